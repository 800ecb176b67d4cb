# BufferedReader over a BytesIO: reads, peek, read1, readline, readinto, seek and tell.
import io

data = b"alpha\nbeta\ngamma delta\n" * 4 + b"tail"
r = io.BufferedReader(io.BytesIO(data), buffer_size=16)
print(r.readable(), r.writable(), r.seekable(), r.closed)
print(r.peek(3)[:3], r.tell())
print(r.read(3), r.tell())
print(r.read1(100))
print(r.read1(4), r.read1())
print(r.readline(), r.readline(3), r.readline())
space = bytearray(10)
print(r.readinto(space), space)
space = bytearray(40)
print(r.readinto1(space), bytes(space[:8]))
print(r.tell(), r.seek(0), r.read(5))
print(r.seek(2, io.SEEK_CUR), r.read(4))
print(r.seek(-4, io.SEEK_END), r.read(), r.read(), r.read(3))
r.seek(0)
print([line for line in r][:3])
r.seek(0)
print(len(r.readlines()), r.readlines())
r.seek(6)
print(r.read(-1)[:10], r.read1(5))
print(r.seek(0), r.read(0), r.peek()[:4])
raw = r.detach()
print(type(raw).__name__, raw.tell(), r.raw)
# A bigger read than the buffer goes straight through.
big = io.BufferedReader(io.BytesIO(bytes(range(200))), buffer_size=8)
print(len(big.read(100)), big.tell(), big.read(3))
with io.BufferedReader(io.BytesIO(b"x\ny\n")) as f:
    print(list(f), f.closed)
print(f.closed, f.raw.closed)
