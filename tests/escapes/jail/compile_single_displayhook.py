# kind jail: compile(..., "single") and sys.displayhook (doctest's example runner): the hook's attributes, frames seen from a replaced hook, a repr that walks frames and rebinds builtins._, a deleted hook, huge and looping reprs
import sys, builtins


def leak(label, value):
    text = repr(value)
    if (
        "/interp/" in text
        or "site-packages" in text
        or "lib/python" in text
        or "interp." in text
        or "Builtin" in text
    ):
        print("ESCAPED", label, text[:200])


hook = sys.displayhook
for name in dir(hook) + [
    "__self__",
    "__func__",
    "__wrapped__",
    "__closure__",
    "__globals__",
    "fn",
    "__code__",
    "__module__",
]:
    try:
        leak("hook." + name, getattr(hook, name))
    except Exception as error:
        leak("hook error " + name, error)
leak("type", type(hook))
code = compile("1 + 1\n", "<single>", "single")
for name in ["co_consts", "co_code", "tree", "source", "co_names", "__reduce__", "__dict__"]:
    try:
        leak("code." + name, getattr(code, name))
    except Exception as error:
        leak("code error " + name, error)

seen = []


def spy(value):
    frame = sys._getframe()
    while frame is not None:
        leak("frame code", frame.f_code)
        leak("frame globals", list(frame.f_globals))
        for key, val in list(frame.f_locals.items()):
            leak("frame local " + key, val)
        frame = frame.f_back
    seen.append(value)


sys.displayhook = spy
exec(compile("for i in range(3): i\n", "<single>", "single"))
print(seen)


class Sneaky:
    def __repr__(self):
        leak("builtins._ in repr", type(builtins.__dict__.get("_")))
        f = sys._getframe(1)
        while f is not None:
            leak("repr frame", (f.f_code, [type(v) for v in f.f_locals.values()]))
            f = f.f_back
        builtins._ = "rebound"
        return "Sneaky()"


sys.displayhook = sys.__displayhook__
exec(compile("Sneaky()\n", "<single>", "single"), {"Sneaky": Sneaky})
leak("builtins._ after", type(builtins._))

del sys.displayhook
try:
    exec(compile("42\n", "<single>", "single"))
except RuntimeError as error:
    print("refused:", error)
sys.displayhook = "not callable"
try:
    exec(compile("42\n", "<single>", "single"))
except TypeError as error:
    print("TypeError", error)
sys.displayhook = sys.__displayhook__


class Huge:
    def __repr__(self):
        return "x" * 10**7


try:
    exec(compile("Huge()\n", "<single>", "single"), {"Huge": Huge})
except BaseException as error:
    print(type(error).__name__)
