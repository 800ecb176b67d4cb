# kind jail: inspect.getattr_static (reads class and instance namespaces through type's own __mro__/__dict__ descriptors) and types.CellType (a constructible cell) on runtime objects, host-backed builtins and hostile classes, hunting for a host namespace, descriptor or function that the static look-up or a hand-made cell would hand back
import builtins
import inspect
import sys
import types


def leak(label, value):
    text = repr(value)
    kind = type(value)
    if "/interp/" in text or "site-packages" in text or "interp." in text or "<module 'interp" in text:
        print("ESCAPED", label, text[:200])
    if type.__dict__["__module__"].__get__(kind) not in ("builtins", "__main__", "_frozen_importlib",
                                                           "_frozen_importlib_external"):
        print("odd", label, kind)


names = ["__dict__", "__class__", "__globals__", "__code__", "__closure__", "__subclasses__",
         "__builtins__", "__mro__", "__base__", "__bases__", "__self__", "__func__", "__getattribute__",
         "__objclass__", "__wrapped__", "__init__", "__new__", "__get__", "__set__", "cell_contents",
         "f_globals", "tb_frame", "gi_frame", "cr_frame", "gi_code", "__loader__", "__spec__"]
cell = types.CellType(print)
targets = [object, type, int, 3, "s", [], {}, print, len, sys, builtins, inspect, types, cell, types.CellType,
           inspect.getattr_static, lambda: 0, (lambda: cell).__closure__, type.__dict__["__mro__"],
           object.__dict__, int.__dict__["real"], range(3), iter([]), (x for x in ()), super(int, 3)]


armed = []


class Lies(type):
    def __getattribute__(cls, name):
        if armed:
            print("ESCAPED metaclass __getattribute__ ran", name)
        return type.__getattribute__(cls, name)


class Hostile(metaclass=Lies):
    __slots__ = ("__dict__",)

    def __getattribute__(self, name):
        if armed:
            print("ESCAPED __getattribute__ ran", name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        print("ESCAPED __getattr__ ran")


targets += [Hostile, Hostile()]
for target in targets:
    for name in names:
        armed.append(1)
        try:
            found = inspect.getattr_static(target, name)
        except AttributeError:
            continue
        except Exception as error:
            print(type(error).__name__, name)
            continue
        finally:
            armed.clear()
        leak(f"{type(target).__name__}.{name}", found)
        for second in ("__get__", "__call__", "__objclass__", "__self__", "__name__"):
            try:
                leak(f"{name}.{second}", getattr(found, second))
            except Exception:
                pass

for value in (None, print, sys, cell, object(), 10**5):
    fresh = types.CellType(value)
    leak("cell", fresh.cell_contents)
empty = types.CellType()
for attempt in (lambda: empty.cell_contents, lambda: types.CellType(1, 2), lambda: types.CellType(x=1),
                lambda: types.CellType.__new__(types.CellType), lambda: type(cell)(cell)):
    try:
        leak("attempt", attempt())
    except Exception as error:
        print(type(error).__name__, error)
empty.cell_contents = sys
leak("set cell", empty.cell_contents)
# The witness's reachability walk must not meet the hostile classes afterwards.
del Lies, Hostile, targets, target, found
print("done")
