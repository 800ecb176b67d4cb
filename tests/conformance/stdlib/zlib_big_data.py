import random
import zlib

rnd = random.Random(5)
data = rnd.randbytes(200_000) * 5 + bytes(1_000_000) + bytes(range(256)) * 4000
for level in (1, 6, 9):
    c = zlib.compress(data, level)
    print(level, len(c), zlib.crc32(c))
    d = zlib.decompress(c)
    print(len(d), d == data)
print(len(zlib.compress(data, 0)), zlib.crc32(zlib.compress(data, 0)))
