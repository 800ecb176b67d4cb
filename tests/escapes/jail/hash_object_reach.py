# kind jail: reach the host hash object (and its module) behind hashlib's sandbox HASH objects
import hashlib, hmac
found = []
for h in (hashlib.md5(b"x"), hashlib.sha3_256(), hashlib.shake_128(), hashlib.blake2b(), hmac.new(b"k", digestmod="sha256")):
    for name in ("_h", "__dict__", "__reduce__", "__reduce_ex__", "__class__", "__init__", "__new__", "copy", "_hmac", "_inner", "_outer"):
        try:
            v = getattr(h, name)
            if name in ("__reduce__",):
                v = v()
        except Exception as e:
            v = type(e).__name__
        found.append((type(h).__name__, name, repr(v)[:50]))
    t = type(h)
    try:
        print(t, t.__mro__, t.__subclasses__())
    except Exception as e:
        print(type(e).__name__)
    try:
        t.__new__(t)
    except Exception as e:
        found.append(("new", "-", type(e).__name__))
print(len(found))
for row in found:
    if "built-in method" in row[2] and "HASH" not in row[2] and "blake2b" not in row[2] and "HMAC" not in row[2]:
        print("ESCAPED?", row)
import _md5, _sha1, _blake2, _sha3
print(_md5.md5, type(_md5.md5), _md5.md5.__self__ if hasattr(_md5.md5, "__self__") else None)
try:
    print(_md5.md5.__call__.__self__)
except Exception as e:
    print(type(e).__name__)
import copy
try:
    print(copy.deepcopy(hashlib.sha1(b"a")).hexdigest())
except Exception as e:
    print(type(e).__name__, e)
