import gzip

parts = [b"first member\n", b"", b"third member\n" * 20]
blob = b"".join(gzip.compress(p, mtime=0) for p in parts)
print(len(blob), gzip.decompress(blob) == b"".join(parts))
print(gzip.decompress(blob + b"\x00\x00\x00\x00") == b"".join(parts))
