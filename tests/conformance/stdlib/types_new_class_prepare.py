# Building classes dynamically with types.new_class, prepare_class and resolve_bases:
# a record factory, a metaclass that records attribute order, and __mro_entries__.
import types


def record(name, fields):
    def body(ns):
        ns["__slots__"] = tuple(fields)
        ns["fields"] = tuple(fields)

        def __init__(self, *values):
            if len(values) != len(fields):
                raise TypeError(f"{name} takes {len(fields)} values")
            for field, value in zip(fields, values):
                setattr(self, field, value)

        def __repr__(self):
            return f"{name}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"

        ns["__init__"], ns["__repr__"] = __init__, __repr__

    return types.new_class(name, (), {}, body)


Point = record("Point", ["x", "y"])
p = Point(1, 2)
print(p, Point.__name__, Point.fields, type(Point) is type)
try:
    Point(1)
except TypeError as exc:
    print("TypeError", exc)


class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kwds):
        return {"prepared_for": name, **kwds}

    def __new__(mcs, name, bases, ns, **kwds):
        cls = super().__new__(mcs, name, bases, ns)
        cls.order = [key for key in ns if not key.startswith("__")]
        return cls


Model = types.new_class("Model", (), {"metaclass": Ordered, "tag": "v1"}, lambda ns: ns.update(b=2, a=1))
print(Model.order, Model.prepared_for, type(Model).__name__)
meta, ns, kwds = types.prepare_class("Thing", (Model,), {"extra": 1})
print(meta.__name__, ns, kwds)


class Fake:
    def __mro_entries__(self, bases):
        return (dict,)


print(types.resolve_bases((int, Fake())))
Mapping = types.new_class("Mapping", (Fake(),))
print(Mapping.__mro__[1].__name__, Mapping.__orig_bases__[0].__class__.__name__)
print(types.new_class("Empty").__mro__[-1].__name__)
