# inspect.getattr_static: attributes found without running descriptors, __getattr__ or
# __getattribute__ (typing's runtime protocol checks rely on it from 3.12 on).
import inspect


class Meta(type):
    meta_attr = "from the metaclass"

    @property
    def meta_prop(cls):
        return "computed"


class Base(metaclass=Meta):
    inherited = "base value"

    @property
    def prop(self):
        raise RuntimeError("a property getter must not run")

    def method(self):
        return 1

    @classmethod
    def cm(cls):
        return 2

    @staticmethod
    def sm():
        return 3


class Child(Base):
    calls = 0

    def __getattr__(self, name):
        Child.calls += 1
        return "dynamic " + name

    def __getattribute__(self, name):
        if name == "loud":
            raise RuntimeError("__getattribute__ must not run")
        return object.__getattribute__(self, name)


class Data:
    def __get__(self, obj, owner=None):
        return "descriptor value"

    def __set__(self, obj, value):
        pass


class NonData:
    def __get__(self, obj, owner=None):
        return "non-data value"


class Holder:
    data = Data()
    nondata = NonData()


child = Child()
child.own = "instance value"
print(inspect.getattr_static(child, "own"))
print(inspect.getattr_static(child, "inherited"))
print(type(inspect.getattr_static(child, "prop")).__name__)
print(type(inspect.getattr_static(child, "method")).__name__)
print(type(inspect.getattr_static(Child, "cm")).__name__)
print(type(inspect.getattr_static(Child, "sm")).__name__)
print(inspect.getattr_static(Child, "meta_attr"))
print(type(inspect.getattr_static(Child, "meta_prop")).__name__)
print(inspect.getattr_static(child, "missing", "the default"))
print(child.missing, Child.calls)
for target, name in [(child, "missing"), (child, "meta_attr"), (3, "nope")]:
    try:
        inspect.getattr_static(target, name)
    except AttributeError as error:
        print("AttributeError", error)
print(inspect.getattr_static(child, "loud", "no loud"), Child.calls)

holder = Holder()
holder.__dict__["data"] = "shadowed data"
holder.__dict__["nondata"] = "shadowing instance value"
print(type(inspect.getattr_static(holder, "data")).__name__)
print(inspect.getattr_static(holder, "nondata"))
print(holder.data, holder.nondata)


class Slotted:
    __slots__ = ("x",)


s = Slotted()
s.x = 5
print(type(inspect.getattr_static(s, "x")).__name__)
print(inspect.getattr_static(5, "real") is int.__dict__["real"])
print(inspect.getattr_static([], "append") is list.__dict__["append"])
print(inspect.getattr_static(int, "__mro__") is type.__dict__["__mro__"])
print(inspect.getattr_static(Base, "__name__") is type.__dict__["__name__"])
print(inspect.getattr_static(inspect, "getattr_static") is inspect.getattr_static)
