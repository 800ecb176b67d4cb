import random

random.seed(12345)
print(random.random())
print([random.randint(1, 6) for _ in range(12)])
print([random.randrange(0, 100, 5) for _ in range(6)])
print(random.choice("abcdefghij"), random.choice(range(1000)))
print(round(random.uniform(-1, 1), 12))
print(random.getrandbits(40), random.getrandbits(1))
print(random.randbytes(6))

# Re-seeding repeats the sequence exactly.
random.seed("repeatable")
first = [random.random() for _ in range(5)]
random.seed("repeatable")
second = [random.random() for _ in range(5)]
print(first == second, [round(x, 6) for x in first])

# getstate/setstate round trip
random.seed(7)
state = random.getstate()
draws = [random.randint(0, 10**9) for _ in range(4)]
random.setstate(state)
print(draws == [random.randint(0, 10**9) for _ in range(4)], draws)

# Independent generators do not disturb each other.
a = random.Random(99)
b = random.Random(99)
random.seed(1)
print(a.random() == b.random(), a.randint(1, 10**6), random.randint(1, 10**6))

# bytes and int seeds
for seed in (0, -3, 2**70, b"key", "key"):
    random.seed(seed)
    print(repr(seed), random.randrange(10**6))
