import struct

print(struct.pack("<iHd", 1, 2, 3.5))
print(struct.pack(">I", 256), struct.pack("!h", -2), struct.pack("=q", 2**40))
print(struct.unpack(">I", b"\x00\x00\x01\x00"))
print(struct.unpack("<bB?", b"\xff\xff\x01"))
print(struct.calcsize("iqd"), struct.calcsize("<iqd"), struct.calcsize("3s2x"), struct.calcsize("@bi"))
print(struct.pack("3s", b"abcdef"), struct.pack("5s", b"ab"), struct.pack("p", b""), struct.pack("4p", b"xyz"))
print(struct.pack("?", 0), struct.pack("?", [1]), struct.pack("c", b"z"))
print(struct.pack("e", 1.5), struct.pack("<f", 0.1), struct.unpack("<f", struct.pack("<f", 0.1)))
print(struct.pack("<2h3x", 1, 2), struct.unpack("<0s"), struct.unpack("<0s", b""))
print(struct.unpack("<Q", struct.pack("<Q", 2**64 - 1)))
print(struct.unpack("<d", struct.pack("<d", float("inf"))), struct.pack("<?", True))
