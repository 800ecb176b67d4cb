import zlib

text = b"".join(b"line %d: %s\n" % (i, b"abc" * (i % 7)) for i in range(3000))
c = zlib.compressobj(9, zlib.DEFLATED, -15)
parts = [c.compress(text[i : i + 1000]) for i in range(0, len(text), 1000)]
parts.append(c.flush())
raw = b"".join(parts)
print(len(raw), raw == zlib.compress(text, 9, -15), type(c).__name__)
d = zlib.decompressobj(-15)
out = d.decompress(raw[:500]) + d.decompress(raw[500:]) + d.flush()
print(out == text, d.eof, d.unused_data, d.unconsumed_tail)
d = zlib.decompressobj()
stream = zlib.compress(b"hello world" * 100) + b"EXTRA"
first = d.decompress(stream, 50)
print(len(first), len(d.unconsumed_tail) > 0, d.eof)
rest = d.decompress(d.unconsumed_tail)
print(len(first + rest), d.eof, d.unused_data)
d2 = zlib.decompressobj()
part = d2.decompress(stream, 10)
print(len(part), len(d2.flush()), d2.eof)
c2 = zlib.compressobj()
c2.compress(b"abc")
cc = c2.copy()
print(zlib.decompress(c2.flush() ) == b"abc", zlib.decompress(cc.compress(b"def") + cc.flush()))
print(zlib.compressobj(zdict=b"hello").compress(b"hello hello") + b"" == b"", zlib.decompressobj(zdict=b"hi").eof)
for call in (
    lambda: zlib.compressobj(99),
    lambda: zlib.decompressobj(99),
    lambda: zlib.decompressobj().decompress(b"", -1),
    lambda: zlib.decompressobj().flush(0),
    lambda: zlib.compressobj().compress("x"),
    lambda: zlib.decompressobj().decompress(b"garbage!"),
    lambda: zlib.compressobj(method=3),
):
    try:
        print(call())
    except zlib.error as error:
        print("zlib.error", error)
    except Exception as error:
        print(type(error).__name__, error)
