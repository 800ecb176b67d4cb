import gzip
import io

buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as f:
    for i in range(100):
        f.write(b"row %d\n" % i)
    print(f.mode == gzip.WRITE, f.closed)
print(f.closed, len(buf.getvalue()))
print(gzip.decompress(buf.getvalue()).count(b"\n"))
out = io.BytesIO()
with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=1, mtime=0, filename="data.txt") as g:
    g.write(b"named")
print(out.getvalue()[:20])
