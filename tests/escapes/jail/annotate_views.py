# kind jail: 3.14's __annotate__ views (PEP 649/749: a function's annotate builtin, the module's __annotate__ bound to its hidden annotations dict, a class's __annotate__/__annotations__ getters that call sandbox code) walked for host objects, with hostile formats and annotate functions; on 3.11-3.13 hosts the names are absent and only the probing runs
import sys


def leak(label, value):
    text = repr(value)
    if "/interp/" in text or "site-packages" in text or "interp." in text or "<module 'interp" in text:
        print("ESCAPED", label, text[:200])


x: int = 1


def f(a: int) -> str:
    return ""


class Fmt(int):
    def __eq__(self, other):
        print("ESCAPED format __eq__ ran")
        return True

    __hash__ = int.__hash__

    def __index__(self):
        print("ESCAPED format __index__ ran")
        return 1


module = sys.modules[__name__]
views = [getattr(f, "__annotate__", None), globals().get("__annotate__"), getattr(module, "__annotate__", None)]
for view in views:
    if view is None:
        continue
    for name in ("__self__", "__func__", "__code__", "__globals__", "__closure__", "__wrapped__",
                 "__dict__", "__module__", "__qualname__", "__reduce__", "__reduce_ex__", "__call__"):
        try:
            leak(name, getattr(view, name))
        except AttributeError:
            pass
    for fmt in (1, 2, 3, 4, Fmt(1), Fmt(7), True, 1.0, None, "1", 10**100):
        try:
            leak("call", view(fmt))
        except Exception as error:
            leak("error", error)
    for args in ((), (1, 2)):
        try:
            view(*args)
        except TypeError:
            pass


class Target:
    pass


def hostile(format):
    # Runs as sandbox code from the class's __annotations__ getter.
    frame = sys._getframe(1)
    leak("frame", frame.f_globals.get("__name__"))
    return {"name": sys}


try:
    Target.__annotate__ = hostile
    leak("class annotations", Target.__annotations__)
except Exception as error:
    leak("class error", error)
for bad in (lambda format: 1 / 0, lambda format: [sys], lambda format: Target.__annotations__):
    Other = type("Other", (), {})
    try:
        Other.__annotate__ = bad
        leak("bad", Other.__annotations__)
    except (TypeError, ZeroDivisionError, RecursionError, AttributeError) as error:
        print(type(error).__name__)
def plain():
    pass


for annotate in (hostile, lambda format: 1 / 0, getattr(f, "__annotate__", None)):
    try:
        plain.__annotate__ = annotate
        leak("function annotations", plain.__annotations__)
        leak("function annotate", plain.__annotate__)
    except (TypeError, ZeroDivisionError, AttributeError) as error:
        print(type(error).__name__)
print("done")
