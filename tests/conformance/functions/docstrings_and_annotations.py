def f(x: int, y: "str" = "a") -> list:
    """Return a list."""
    return [x, y]
print(f(1), f.__doc__)
print(f.__annotations__)
def g(*args: int, **kwargs: float) -> None:
    pass
print(g.__annotations__)
x: int = 5
y: list
print(x, "y" in globals())
print(sorted(k for k in globals() if not k.startswith("__")))
class C:
    a: int
    b: str = "bee"
print(C.__annotations__, C.b, hasattr(C, "a"))
