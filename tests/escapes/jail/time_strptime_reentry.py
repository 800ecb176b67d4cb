# kind jail: time.strptime calls the sandbox's _strptime: replace it, re-enter strptime from it, hand odd modules and huge formats, and poke at the builtin for host state
import sys
import time

import _strptime


def leak(label, value):
    text = repr(value)
    if "/interp/" in text or "site-packages" in text or "<function _strptime" in text or "cell" in text:
        print("ESCAPED", label, text[:200])


print(time.strptime("2024-01-02", "%Y-%m-%d")[:3])
for name in ("__closure__", "__globals__", "__code__", "__self__", "__wrapped__", "fn", "__dict__"):
    leak(name, getattr(time.strptime, name, None))
leak("type", type(time.strptime))
original = _strptime._strptime_time
depth = 0


def reenter(*args):
    global depth
    depth += 1
    return time.strptime(*args)


_strptime._strptime_time = reenter
try:
    time.strptime("x", "y")
except RecursionError:
    print("RecursionError", depth > 10)
for odd in (object, type, vars, sys, None, 42):
    _strptime._strptime_time = lambda *args, odd=odd: odd
    leak("odd", time.strptime("1"))
_strptime._strptime_time = original
sys.modules["_strptime"] = 42
try:
    time.strptime("1", "%d")
except Exception as error:
    leak("module", error)
    print(type(error).__name__)
sys.modules["_strptime"] = _strptime
try:
    time.strptime("1" * 200_000, "%d" * 100_000)
except Exception as error:
    print(type(error).__name__)
try:
    time.strptime(format="%d")
except TypeError as error:
    print("TypeError", error)
