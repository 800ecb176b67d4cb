import zlib

print(zlib.crc32(b"hello"), zlib.crc32(b"world", 5), zlib.crc32(b""), zlib.crc32(b"a", -1))
print(zlib.adler32(b"hello"), zlib.adler32(b"world", 5), zlib.adler32(b""), zlib.adler32(b"a", 2**32 + 3))
big = bytes(range(256)) * 9000
print(zlib.crc32(big), zlib.adler32(big))
running = 1
for i in range(0, len(big), 70000):
    running = zlib.adler32(big[i : i + 70000], running)
print(running == zlib.adler32(big))
for call in (lambda: zlib.crc32("text"), lambda: zlib.adler32(b"a", "x"), lambda: zlib.crc32()):
    try:
        print(call())
    except TypeError as error:
        print("TypeError", error)
