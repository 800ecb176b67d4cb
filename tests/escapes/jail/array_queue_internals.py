# kind jail: walk the sandbox-Python array and _queue modules (globals, helpers, bound natives, reduce, tampered internals) for host objects
import array
import _queue
import queue

found = []
for module in (array, _queue):
    for name, value in sorted(vars(module).items()):
        found.append((module.__name__, name, type(value).__name__))
        for attr in ("__self__", "__globals__", "__closure__", "__code__", "__func__", "__wrapped__", "__module__"):
            try:
                inner = getattr(value, attr)
            except Exception as e:
                inner = type(e).__name__
            text = repr(inner)
            if "interp." in text or "<module '" in text and "(built-in)" in text:
                print("ESCAPED", module.__name__, name, attr, text[:80])
a = array.array("i", [1, 2, 3])
for name in ("_items", "_typecode", "__slots__", "__reduce_ex__", "__class__", "__dict__"):
    try:
        found.append((name, repr(getattr(a, name))[:60]))
    except Exception as e:
        found.append((name, type(e).__name__))
print(a.__reduce_ex__(2), a.buffer_info()[1])
# Internals replaced by the program only break the program's own array.
a._items = "not a list"
b = array.array("d")
b._typecode = "z"
for action in (lambda: a.append(4), lambda: a.tobytes(), lambda: a[0], lambda: b.itemsize,
               lambda: b.tobytes(), lambda: b.append(1.0), lambda: a + a, lambda: repr(b)):
    try:
        found.append(("tampered", repr(action())[:40]))
    except Exception as e:
        found.append(("tampered", type(e).__name__))
class Lying:
    def __index__(self):
        raise KeyError("from __index__")
try:
    array.array("i").append(Lying())
except KeyError as e:
    found.append(("index", e.__traceback__.tb_frame.f_code.co_filename))
sq = queue.SimpleQueue()
try:
    sq.get(timeout=0)
except queue.Empty as e:
    found.append(("empty", type(e).__module__, e.__traceback__ is not None))
print(len(found), found[-12:])
