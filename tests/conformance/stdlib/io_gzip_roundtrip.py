# gzip.GzipFile and gzip.open through BytesIO: binary and text modes, line by line.
import gzip
import io

buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as f:
    for i in range(300):
        f.write(b"record %03d %s\n" % (i, b"x" * (i % 7)))
    print(f.tell(), f.writable(), f.readable())
packed = buf.getvalue()
print(len(packed) < 300 * 12, packed[:4])
with gzip.GzipFile(fileobj=io.BytesIO(packed)) as f:
    print(f.readline(), f.read(11), f.peek(1)[:1])
    print(f.tell(), f.seek(100), f.read(10))
    print(sum(1 for _ in f), f.tell())
with gzip.open(io.BytesIO(packed), "rb") as f:
    print(len(f.read()), f.read())
text = io.BytesIO()
with gzip.open(text, "wt", encoding="utf-8", newline="\n") as f:
    print(type(f).__name__, f.write("température: 21°\n"), f.write("ligne deux\n"))
text.seek(0)
with gzip.open(text, "rt", encoding="utf-8") as f:
    print(f.readlines())
wrapped = io.TextIOWrapper(gzip.GzipFile(fileobj=io.BytesIO(packed)), encoding="ascii")
print(wrapped.readline(), next(wrapped), len(wrapped.read().splitlines()))
print(gzip.decompress(packed).count(b"\n"))
