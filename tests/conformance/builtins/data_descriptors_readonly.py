# Data attributes read from builtin classes, and assigning read-only attributes.
print(int.real, int.numerator, float.imag, complex.real, slice.start, range.step)
print(int.real.__get__(7), int.imag.__get__(7), int.real.__get__(True), slice.start.__get__(slice(3, 4)))
print(int.real.__name__, int.real.__qualname__, int.real.__objclass__ is int, bool.real is int.real)
print(int.__dict__["real"] is int.real, "numerator" in vars(int), type(int.real).__name__, type(slice.start).__name__)


class MyInt(int):
    pass


print(MyInt.real, MyInt(5).real, MyInt(5).numerator)
statements = [
    "(1).real = 2",
    "del (1).real",
    "'abc'.upper = 1",
    "[].append = 1",
    "object().x = 1",
    "int.x = 1",
    "MyInt(1).real = 3",
    "(1j).real = 3",
    "slice(1).start = 2",
    "int.real.__get__('a')",
    "int.real.__set__(5, 6)",
    "f = lambda: 0\nf.__globals__ = {}",
    "f = lambda: 0\nf.__code__ = None",
    "f = lambda: 0\nf.__defaults__ = 5",
    "callable(staticmethod(len)) or 1 / 0",
]
for source in statements:
    try:
        exec(source)
        print("ok")
    except Exception as e:
        print(type(e).__name__)
X = type("X", (), {})
print(X.__module__, X.__qualname__, repr(X))
