import binascii

print(binascii.crc32(b"hello"), binascii.crc32(b"world", 5), binascii.crc32(b""))
print(binascii.crc32(b"world", binascii.crc32(b"hello ")) == binascii.crc32(b"hello world"))
print(binascii.crc_hqx(b"abc", 0), binascii.crc_hqx(b"abc", 0xFFFF), binascii.crc_hqx(b"", 7))
print(binascii.crc32(bytearray(b"abc")), binascii.crc32(memoryview(b"xabc")[1:]))
big = bytes(range(256)) * 9000
print(binascii.crc32(big), binascii.crc_hqx(big, 0))
running = 0
for i in range(0, len(big), 100000):
    running = binascii.crc32(big[i : i + 100000], running)
print(running == binascii.crc32(big))
print(binascii.crc32(b"a", -1), binascii.crc32(b"a", 2**32 + 1))
for bad in (lambda: binascii.crc32("text"), lambda: binascii.crc32(b"a", "x"), lambda: binascii.crc_hqx(b"a")):
    try:
        print(bad())
    except TypeError as error:
        print("TypeError", error)
