# kind jail: the per-sandbox codec registry: search functions that return odd objects, re-enter lookup, or poke at _codecs' builtins for host state
import _codecs
import codecs


def leak(label, value):
    text = repr(value)
    if "/interp/" in text or "site-packages" in text or "<function _registry" in text or "cell" in text:
        print("ESCAPED", label, text[:200])


class Sneaky(tuple):
    def __len__(self):
        return 4


results = [Sneaky((1, 2, 3, 4)), (object, type, vars, dir), [1, 2, 3, 4], "abcd", None]
codecs.register(lambda name: results.pop(0) if results and name.startswith("odd") else None)
for i in range(6):
    try:
        leak("lookup", codecs.lookup(f"odd{i}"))
    except Exception as error:
        leak("error", error)
for fn in (_codecs.lookup, _codecs.register, _codecs.unregister, _codecs.lookup_error):
    for name in ("__closure__", "__globals__", "__code__", "__self__", "__wrapped__", "fn", "__dict__"):
        leak(name, getattr(fn, name, None))
    leak("type", type(fn))
depth = 0


def reenter(name):
    global depth
    depth += 1
    return codecs.lookup(name + "_")


codecs.register(reenter)
try:
    codecs.lookup("loop")
except RecursionError:
    print("RecursionError", depth > 10)
codecs.unregister(reenter)
for _ in range(2000):
    codecs.register(lambda name: None)
try:
    codecs.lookup("x" * 100000)
except LookupError as error:
    print("LookupError", len(str(error)))
