import zlib

c = zlib.compress(b"hello" * 10)
for call in (
    lambda: zlib.decompress(c[:-3]),
    lambda: zlib.decompress(b"xx"),
    lambda: zlib.decompress(c, 99),
    lambda: zlib.decompress(b""),
    lambda: zlib.decompress(c, bufsize=-1),
    lambda: zlib.compress(b"x", 10),
    lambda: zlib.compress("x"),
    lambda: zlib.decompress("x"),
    lambda: zlib.compress(b"x", "9"),
    lambda: zlib.compress(b"x", 6, 99),
    lambda: zlib.compress(),
):
    try:
        print(call())
    except zlib.error as error:
        print("zlib.error", error)
    except Exception as error:
        print(type(error).__name__, error)
print(issubclass(zlib.error, Exception), zlib.error.__module__, zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION)
zlib.decompress(b"\x78\x9c\x00")
