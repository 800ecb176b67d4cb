import struct

checks = [
    lambda: struct.pack("i", "a"),
    lambda: struct.pack("d", "a"),
    lambda: struct.pack("s", 1),
    lambda: struct.pack(1),
    lambda: struct.unpack("i", "abcd"),
    lambda: struct.unpack("i", b"abc"),
    lambda: struct.pack("i"),
    lambda: struct.pack("i", 1, 2),
    lambda: struct.iter_unpack("i", b"abc"),
    lambda: struct.iter_unpack("0s", b""),
    lambda: struct.Struct("i").unpack_from(b"", offset=-1),
    lambda: struct.Struct("z"),
    lambda: struct.pack("b", 300),
    lambda: struct.pack("<H", -1),
    lambda: struct.pack("c", b"ab"),
    lambda: struct.pack_into("<i", bytearray(2), 0, 1),
    lambda: struct.pack_into("<i", b"abcd", 0, 1),
    lambda: struct.calcsize(3.5),
    lambda: struct.Struct(),
]
for check in checks:
    try:
        print("ok", check())
    except struct.error as error:
        print("struct.error", error)
    except Exception as error:
        print(type(error).__name__, error)
print(issubclass(struct.error, Exception), struct.error.__module__, struct.error.__name__)
struct.unpack(">h", b"\x00")
