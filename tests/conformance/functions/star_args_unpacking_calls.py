def f(a, b, c):
    return a * 100 + b * 10 + c
print(f(*[1, 2, 3]), f(*(1, 2), 3), f(1, *"12"[0:0], 2, 3))
print(f(**{"a": 1, "b": 2, "c": 3}), f(1, **{"c": 3, "b": 2}))
print(f(*range(3)))
args = (4, 5)
kwargs = {"c": 6}
print(f(*args, **kwargs))
print(max(*[3, 9, 2]), min(*"zebra"))
print(*[1, 2], *[3], sep=", ")
print("{}-{}".format(*"xy"), "{a}".format(**{"a": "A"}))
def count(*a, **k):
    return len(a), len(k)
print(count(*[], **{}), count(*[1] * 5, **dict.fromkeys("abc", 0)))
gen = (i for i in range(3))
print(f(*gen))
try:
    f(*[1, 2])
except Exception as e:
    print("caught", type(e).__name__)
