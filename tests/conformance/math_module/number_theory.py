import math
def primes_upto(n):
    sieve = [True] * (n + 1)
    sieve[0] = sieve[1] = False
    for i in range(2, math.isqrt(n) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(sieve[i * i::i])
    return [i for i, p in enumerate(sieve) if p]
ps = primes_upto(100)
print(ps)
def factorize(n):
    out = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out
print(factorize(360), factorize(97), factorize(2 ** 10 * 3 ** 5), factorize(600851475143))
def phi(n):
    return sum(1 for k in range(1, n + 1) if math.gcd(n, k) == 1)
print([phi(n) for n in range(1, 16)])
print(pow(2, 561 - 1, 561), math.comb(2 * 10, 10) // 11)
