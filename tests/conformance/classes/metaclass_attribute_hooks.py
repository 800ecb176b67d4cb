# A metaclass's __getattribute__ and __getattr__ answer class attribute reads; a class
# body may bind the names type itself describes (__name__, __bases__, __class__); a
# __class__ property or __getattribute__ answers isinstance, as mocks rely on.
class Registry(type):
    def __getattr__(cls, name):
        if name.startswith("make_"):
            return lambda *args: (name[5:], args)
        raise AttributeError(name)

    def __getattribute__(cls, name):
        if name == "secret":
            return "from the metaclass"
        return super().__getattribute__(name)


class Widgets(metaclass=Registry):
    def real(self):
        return "real"


print(Widgets.make_button(1, 2), Widgets.secret, Widgets.real(None))
print(hasattr(Widgets, "missing"), getattr(Widgets, "missing", "default"))
try:
    Widgets.missing
except AttributeError as error:
    print("AttributeError", error)


def hot():
    total = 0
    for i in range(3000):
        total += len(Widgets.make_x(i)[1]) + len(Widgets.secret)
    return total


print(hot())


class Named:
    __name__ = "other"
    __qualname__ = "Named.inner"
    __bases__ = "not bases"
    __class__ = "not a class"
    __mro__ = 7
    __abstractmethods__ = ()


print(Named.__name__, Named.__qualname__, Named.__bases__, Named.__mro__)
print(sorted(k for k in ("__name__", "__bases__", "__class__", "__mro__") if k in Named.__dict__))
print(Named.__dict__["__name__"], Named.__dict__["__class__"], Named().__class__, type(Named()).__name__)


class Pretends:
    @property
    def __class__(self):
        return int


class Shifty:
    def __getattribute__(self, name):
        if name == "__class__":
            return str
        return object.__getattribute__(self, name)


p, s = Pretends(), Shifty()
print(isinstance(p, int), isinstance(p, Pretends), isinstance(p, (float, int)), isinstance(p, str))
print(isinstance(s, str), isinstance(s, Shifty), type(s).__name__, p.__class__, s.__class__)
print(isinstance(3, Pretends), issubclass(Pretends, int))
