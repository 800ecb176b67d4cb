import struct

s = struct.Struct("<2h")
print(s.format, s.size, s.pack(1, -2), s.unpack(b"\x01\x00\xfe\xff"))
print(type(s).__name__, isinstance(s, struct.Struct), struct.Struct.__name__)
t = struct.Struct(b">I")
print(t.format, t.size, t.unpack_from(b"\x00\x00\x00\x05\x00", 0), t.unpack_from(b"xx\x00\x00\x00\x07", offset=2))
buf = bytearray(10)
s.pack_into(buf, 2, 7, 8)
print(buf)
print(list(s.iter_unpack(b"\x01\x00\x02\x00\x03\x00\x04\x00")))
it = struct.iter_unpack("<B", b"\x01\x02\x03")
print(next(it), list(it))
records = [(1, 2.5, b"ab"), (2, -1.0, b"cd")]
rec = struct.Struct("<id2s")
blob = b"".join(rec.pack(*r) for r in records)
print(len(blob), [rec.unpack_from(blob, i * rec.size) for i in range(len(records))])
for f in ("i", "<i", ">q", "3s", "?"):
    print(f, struct.Struct(f).size)
