# kind jail: reach the host compressor and decompressor behind zlib.compressobj/decompressobj (attributes, type, copy, reduce)
import zlib, copy
for obj in (zlib.compressobj(), zlib.decompressobj()):
    for name in ("_z", "__dict__", "__reduce__", "__reduce_ex__", "__class__", "__init__", "__new__", "copy", "unused_data", "eof"):
        try:
            v = getattr(obj, name)
        except Exception as e:
            v = type(e).__name__
        text = repr(v)
        if "zlib.Compress object" in text or "zlib.Decompress object" in text:
            if name not in ("__reduce__", "__reduce_ex__", "__init__", "copy"):
                print("ESCAPED", name, text)
    for attempt in (lambda: copy.copy(obj), lambda: obj.__reduce_ex__(2), lambda: type(obj)(), lambda: type(obj).__new__(type(obj))):
        try:
            v = attempt()
            print(type(v).__name__)
        except Exception as e:
            print(type(e).__name__)
