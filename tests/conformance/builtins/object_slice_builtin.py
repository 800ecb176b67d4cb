o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object())
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, 5))
print("abcdefghijkl"[s], list(range(20))[slice(None, None, 5)])
print(s.indices(6), slice(-3, None).indices(10), slice(None, None, -2).indices(7))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
L = list(range(10))
L[slice(0, 3)] = ["x"]
print(L)
del L[slice(None, None, 2)]
print(L)
