import zlib

text = ("The quick brown fox jumps over the lazy dog. " * 200).encode()
for level in (-1, 0, 1, 6, 9):
    c = zlib.compress(text, level)
    print(level, len(c), zlib.decompress(c) == text, c[:2].hex())
for wbits in (9, 15, -15, 31, -9):
    c = zlib.compress(text, 6, wbits)
    print(wbits, len(c), zlib.decompress(c, wbits) == text)
print(zlib.decompress(zlib.compress(text, wbits=31), 47) == text, zlib.decompress(zlib.compress(text), 32 + 15) == text)
print(zlib.compress(b""), zlib.decompress(zlib.compress(b"")), zlib.compress(bytearray(b"abc")), zlib.compress(memoryview(b"abc")))
print(zlib.decompress(zlib.compress(b"abc") + b"trailing junk"))
print(zlib.decompress(zlib.compress(text), bufsize=1) == text, zlib.compress(b"abc", level=9))
