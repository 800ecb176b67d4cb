# kind memory bomb: zlib._ZlibDecompressor (gzip's reader from 3.12) asked for everything at once from a small input that expands to gigabytes
import zlib
c = zlib.compressobj(9)
zeros = bytes(1 << 20)
bomb = b"".join([c.compress(zeros) for _ in range(96)] + [c.flush()])
print(len(bomb))
if hasattr(zlib, "_ZlibDecompressor"):
    d = zlib._ZlibDecompressor()
    out = d.decompress(bomb)
    print(len(out))
    d = zlib._ZlibDecompressor()
    out = d.decompress(bomb, 2**62)
    print(len(out))
d = zlib.decompressobj()
print(len(d.decompress(bomb, 2**62)))
