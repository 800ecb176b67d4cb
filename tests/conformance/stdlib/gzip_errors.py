import gzip

good = gzip.compress(b"payload" * 10, mtime=0)
for bad in (b"not gzip", good[:5], good[:-4], good[:-8] + b"\x00" * 8, good[:20]):
    try:
        print(gzip.decompress(bad))
    except gzip.BadGzipFile as error:
        print("BadGzipFile", error)
    except EOFError as error:
        print("EOFError", error)
print(issubclass(gzip.BadGzipFile, OSError))
gzip.decompress(b"\x1f\x8b\x08\x00")
