# kind jail: subclasses of property, classmethod, staticmethod, map... and GenericAlias reaching the runtime objects behind them
import types

found = []


class P(property):
    pass


class CM(classmethod):
    pass


class SM(staticmethod):
    pass


class M(map):
    pass


class GA(types.GenericAlias):
    pass


class Holder:
    p = P(lambda self: self)
    c = CM(lambda cls: cls)
    s = SM(lambda: 1)


objs = [Holder.__dict__["p"], Holder.__dict__["c"], Holder.__dict__["s"], M(abs, [1]), GA(list, (int,))]
names = [
    "__slots__",
    "__dict__",
    "__class__",
    "__base__",
    "__bases__",
    "__mro__",
    "__init__",
    "__new__",
    "__reduce_ex__",
    "__reduce__",
    "__getstate__",
    "__func__",
    "fget",
    "obj",
    "origin",
    "args",
    "iters",
    "func",
    "doc",
    "name",
    "getter_doc",
    "__wrapped__",
    "__self__",
    "__objclass__",
    "__code__",
    "__globals__",
]
for obj in objs:
    for name in names:
        try:
            found.append(getattr(obj, name))
        except Exception as e:
            found.append(type(e).__name__)
        try:
            found.append(object.__getattribute__(obj, name))
        except Exception as e:
            found.append(type(e).__name__)
    try:
        found.append(vars(obj))
    except TypeError:
        pass
    try:
        found.append(obj.__reduce_ex__(2))
    except Exception as e:
        found.append(type(e).__name__)
for base, args in (
    (property, ()),
    (classmethod, (len,)),
    (staticmethod, (len,)),
    (map, (abs, [1])),
    (types.GenericAlias, (list, int)),
    (filter, (None, [])),
    (zip, ()),
    (enumerate, ([],)),
    (reversed, ([],)),
):
    for cls in (int, dict, type, P, CM, SM, M, GA, object, property, Holder):
        try:
            found.append(base.__new__(cls, *args))
        except Exception as e:
            found.append(type(e).__name__)
        try:
            found.append(base.__init__(cls, *args))
        except Exception as e:
            found.append(type(e).__name__)
for obj in objs[:3]:
    for attr in ("fget", "fset", "fdel", "__func__", "__doc__"):
        try:
            setattr(obj, attr, print)
        except Exception as e:
            found.append(type(e).__name__)
print(Holder().p is not None, len(found))
