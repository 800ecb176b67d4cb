# kind jail: reach the host zlib module, its compressor objects or a host exception (as __context__) through the sandbox's zlib, binascii and struct errors
import zlib, binascii, struct
for fn in (zlib.compress, zlib.decompress, zlib.crc32, zlib.adler32):
    for name in ("__self__", "__module__", "__globals__", "__closure__", "__wrapped__", "__dict__"):
        try:
            v = getattr(fn, name)
        except Exception as e:
            v = type(e).__name__
        if "module" in repr(v) or "cell" in repr(v):
            print("ESCAPED", name, repr(v)[:80])
print(hasattr(zlib, "compressobj"), hasattr(zlib, "decompressobj"), zlib.error.__mro__)
for call, cls in ((lambda: zlib.decompress(b"garbage"), zlib.error), (lambda: zlib.compress(b"", 99), zlib.error),
                  (lambda: binascii.unhexlify("0"), binascii.Error), (lambda: struct.pack("b", 999), struct.error)):
    try:
        call()
    except Exception as e:
        if type(e) is not cls or e.__context__ is not None or e.__cause__ is not None:
            print("ESCAPED", type(e), type(e.__context__), type(e.__cause__))
        print(type(e).__name__, e, e.__traceback__.tb_frame.f_globals.get("__name__"))
