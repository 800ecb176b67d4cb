from functools import reduce
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 6), 1))
print(reduce(lambda acc, s: acc + len(s), ["ab", "cde"], 0))
print(reduce(max, [3, 9, 2]), reduce(lambda a, b: b + a, "abc"))
print(reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
try:
    reduce(lambda a, b: a, [])
except TypeError:
    print("TypeError empty no initial")
print(reduce(lambda a, b: a, [], "init"))
print(reduce(lambda x, f: f(x), [str.strip, str.upper, lambda s: s + "!"], "  hi "))
