import gzip

data = b"hello gzip " * 1000
for level in (0, 1, 6, 9):
    c = gzip.compress(data, compresslevel=level, mtime=0)
    print(level, len(c), c[:10].hex(), gzip.decompress(c) == data)
print(gzip.compress(b"", mtime=0), gzip.decompress(gzip.compress(b"", mtime=0)))
print(gzip.compress(b"abc", mtime=123456).hex())
