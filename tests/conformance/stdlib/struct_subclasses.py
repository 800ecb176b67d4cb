import struct


class Bytes(bytes):
    pass


class Arr(bytearray):
    pass


class Int(int):
    pass


class Float(float):
    pass


class Text(str):
    pass


print(struct.unpack("<h", Bytes(b"\x05\x00")))
print(struct.pack("<iq", Int(5), True), struct.pack("<d", Float(2.25)))
print(struct.pack(Text("<h"), 3), struct.calcsize(Text("ii")))
target = Arr(4)
struct.pack_into("<H", target, 1, 0xABCD)
print(target, type(target).__name__)
print(struct.unpack("<4B", memoryview(b"\x01\x02\x03\x04")))
print(struct.unpack_from("<H", memoryview(b"\x00\x01\x02\x03")[1:]))


class Thing:
    pass


for fmt in ("i", "d", "s", "?"):
    try:
        print(fmt, struct.pack(fmt, Thing()))
    except Exception as error:
        print(fmt, type(error).__name__, error)
