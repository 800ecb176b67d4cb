import struct

# A small binary file format: a header, then length-prefixed records.
HEADER = struct.Struct(">4sHH")
ENTRY = struct.Struct(">HI")


def write(entries):
    out = bytearray(HEADER.pack(b"DEMO", 1, len(entries)))
    for key, name, value in entries:
        data = name.encode("utf-8")
        out += ENTRY.pack(key, value)
        out += struct.pack(">B", len(data)) + data
    return bytes(out)


def read(blob):
    magic, version, count = HEADER.unpack_from(blob, 0)
    offset = HEADER.size
    entries = []
    for _ in range(count):
        key, value = ENTRY.unpack_from(blob, offset)
        offset += ENTRY.size
        (length,) = struct.unpack_from(">B", blob, offset)
        offset += 1
        name = blob[offset : offset + length].decode("utf-8")
        offset += length
        entries.append((key, name, value))
    return magic, version, entries


blob = write([(1, "alpha", 10), (2, "bêta", 2**31), (300, "", 0)])
print(len(blob), blob[:12].hex(" "))
print(read(blob))
floats = struct.pack("<5f", *[i / 4 for i in range(5)])
print(struct.unpack("<5f", floats))
print(sum(x for (x,) in struct.iter_unpack("<H", bytes(range(20)))))
