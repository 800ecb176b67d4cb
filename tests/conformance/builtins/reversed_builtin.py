print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(1, 10, 3))))
print(list(reversed((1, 2))), "".join(reversed("stressed")))
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.items())), list(reversed(d.values())))
r = reversed([1, 2, 3])
print(next(r), list(r))
L = [1, 2, 3]
r = reversed(L)
L.append(4)
print(list(r))
try:
    reversed({1, 2})
except TypeError:
    print("TypeError set not reversible")
try:
    reversed(x for x in [1])
except TypeError:
    print("TypeError generator not reversible")
