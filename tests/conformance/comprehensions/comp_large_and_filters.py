primes = [n for n in range(2, 100) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes, len(primes))
print([n for n in range(1, 200) if str(n) == str(n)[::-1] and n > 100])
print(sum([1 for c in "the rain in spain" if c in "aeiou"]))
print(["FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else i for i in range(1, 16)])
words = "the quick brown fox jumps over the lazy dog".split()
print({w[0] for w in words} >= set("tqbfjold"), sorted({len(w) for w in words}))
print([w for w in words if len(w) == max(len(x) for x in words)])
squares = {n * n for n in range(1, 40)}
print(sorted(a + b for a in squares for b in squares if a < b and a + b < 60))
cubes = [n ** 3 for n in range(10)]
print(cubes, [c for c in cubes if c in squares])
