import reprlib

print(reprlib.repr(list(range(100))))
print(reprlib.repr("x" * 100))
print(reprlib.repr({i: str(i) for i in range(20)}))
print(reprlib.repr(set(range(20))), reprlib.repr(tuple(range(10))))
print(reprlib.repr([[[[[1]]]]]), reprlib.repr(10 ** 50))
print(reprlib.repr(("a" * 40,)), reprlib.repr([]), reprlib.repr({}))
print(reprlib.repr(list(range(6))), reprlib.repr(list(range(7))))
print(reprlib.repr("'quoted'" * 5))
