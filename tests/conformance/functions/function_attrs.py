def f(a, b=1, *, c=2):
    """Docstring of f."""
    return a
print(f.__name__, f.__qualname__, f.__doc__)
print(f.__defaults__, f.__kwdefaults__, f.__module__)
class K:
    def method(self):
        "method doc"
    class Inner:
        def deep(self):
            pass
print(K.method.__qualname__, K.Inner.deep.__qualname__, K.method.__doc__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer().__name__)
g = lambda: 0
print(g.__name__, g.__qualname__, g.__doc__)
f.custom = "attribute"
print(f.custom, "custom" in f.__dict__)
f.__name__ = "renamed"
print(f.__name__)
def nodoc():
    x = "not a docstring"
print(nodoc.__doc__)
