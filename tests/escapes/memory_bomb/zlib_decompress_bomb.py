# kind memory bomb: a zlib "bomb": a few hundred KB that decompress to gigabytes in one host call
import zlib
bomb = zlib.compress(bytes(64 * 1024 * 1024), 9)
for _ in range(6):
    bomb = zlib.compress(zlib.decompress(bomb) * 2, 9) if len(bomb) < 1 else bomb
print(len(bomb))
out = zlib.decompress(bomb + bomb[:0])
print(len(out))
big = zlib.decompress(zlib.compress(bytes(200 * 1024 * 1024), 1))
print(len(big))
