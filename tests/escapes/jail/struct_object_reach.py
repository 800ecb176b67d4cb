# kind jail: reach the host struct.Struct inside the sandbox's Struct through its attributes, type, class and reduce
import struct
s = struct.Struct("<i")
found = []
for name in ("_s", "__dict__", "__slots__", "__reduce__", "__reduce_ex__", "__getstate__", "__class__", "__weakref__", "__init__", "__new__"):
    try:
        v = getattr(s, name)
    except Exception as e:
        v = type(e).__name__
    found.append((name, repr(v)[:60]))
    if "_struct.Struct object" in repr(v) and v is not s and name != "__class__":
        print("ESCAPED", name, v)
t = type(s)
for name in ("__dict__", "__mro__", "__subclasses__", "__base__", "__bases__", "mro"):
    try:
        v = getattr(t, name)
        if callable(v):
            v = v()
    except Exception as e:
        v = type(e).__name__
    found.append((name, repr(v)[:80]))
try:
    s.__reduce_ex__(2)
except Exception as e:
    found.append(("reduce", type(e).__name__))
import copy
try:
    copy.copy(s)
except Exception as e:
    found.append(("copy", type(e).__name__))
print(found)
try:
    class Sub(struct.Struct):
        pass
except TypeError as e:
    print("no subclass:", e)
it = struct.iter_unpack("<h", b"\x01\x00\x02\x00")
print(type(it), getattr(it, "gi_frame", None))
err = struct.error
print(err.__mro__, err.__module__)
