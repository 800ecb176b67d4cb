# kind jail: reach the host decompressor behind zlib._ZlibDecompressor (gzip's reader from 3.12): attributes, type, copy, reduce, and its errors' context
import copy
import zlib
if hasattr(zlib, "_ZlibDecompressor"):
    obj = zlib._ZlibDecompressor()
    for name in ("_z", "__dict__", "__reduce__", "__reduce_ex__", "__class__", "__init__", "__new__", "unused_data", "eof", "needs_input"):
        try:
            v = getattr(obj, name)
        except Exception as e:
            v = type(e).__name__
        if "object at" in repr(v) and name not in ("__reduce__", "__reduce_ex__", "__init__"):
            print("ESCAPED", name, repr(v)[:80])
    for attempt in (lambda: copy.copy(obj), lambda: obj.__reduce_ex__(2), lambda: type(obj)(), lambda: obj.decompress(b"junk"), lambda: obj.decompress(b"x")):
        try:
            v = attempt()
            print(type(v).__name__)
        except Exception as e:
            if e.__context__ is not None or e.__cause__ is not None:
                print("ESCAPED", type(e), type(e.__context__))
            print(type(e).__name__)
