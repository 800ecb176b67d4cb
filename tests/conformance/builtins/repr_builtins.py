print(repr(1), repr(1.0), repr(-0.0), repr(1e100), repr(1.1), repr(1 / 3), repr(2 ** 0.5))
print(repr("a'b"), repr('a"b'), repr("a'b\"c"), repr("\n"), repr("\x00\x7f"), repr("é"), repr("\u200b"))
print(repr([1, "a", None]), repr((1,)), repr(()), repr({}), repr(set()), repr(frozenset({1})))
print(repr({"a": [1, {"b": (2,)}]}), repr(b"\x00a\n'"), repr(bytearray(b"x")))
print(repr(range(3)), repr(slice(1, 2)), repr(slice(None)), repr(Ellipsis), repr(NotImplemented))
print(repr(True), repr(None), repr(int), repr(ValueError("x")), repr(1 + 2j), repr(-1j))
L = [1]
L.append(L)
print(repr(L))
d = {}
d["self"] = d
print(d)
print(str(1.0), str(1e16), str(1e-4), str(0.1 + 0.2), str(123456789012345678.0))
print(float("1e22"), 1e21, 1e15, 123e-20)
