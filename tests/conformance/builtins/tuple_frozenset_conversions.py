print(tuple([1, 2]), tuple("ab"), tuple({"k": 1}), tuple(range(3)), tuple(), tuple(x for x in "xy"))
print(frozenset("abca") == frozenset("abc"), sorted(frozenset({3, 1})), len(frozenset()))
print(list({"b": 1, "a": 2}.items()), set([1, 1, 2]) == {1, 2}, sorted(set("hello")))
print(dict([(1, 2), [3, 4]]), dict(zip("ab", "cd")), dict({"x": 1}.items()))
try:
    dict([(1, 2, 3)])
except ValueError:
    print("ValueError dict seq")
try:
    dict([1, 2])
except TypeError:
    print("TypeError dict seq")
print(list(map(list, [(1, 2), "ab"])), [list(t) for t in zip("ab", "cd")])
print(str(frozenset()), repr(frozenset([1])), frozenset({1, 2}) == {1, 2})
