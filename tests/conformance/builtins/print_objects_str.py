class A:
    def __str__(self):
        return "A-str"
    def __repr__(self):
        return "A-repr"
a = A()
print(a, [a], (a,), {a: a}, {a})
print(str(a), repr(a), f"{a}", f"{a!r}", "%s %r" % (a, a))
print("x", a, 1, sep=":")
print(str([1.0, "a"]), str(("x",)), str({"k": "v"}))
print(1, "1", [1, "1"], 1.0, "1.0")
print(None, [None], True, [True])
print(b"bytes", [b"b"], bytearray(b"ba"))
print(1e-7, 1e16, 123456789012345.6, 0.1 + 0.7, 2 / 3, 10 / 2)
