import uuid

u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, u.hex, u.int, u.version, u.variant, u.urn, repr(u))
print(u.fields, u.bytes, u.bytes_le, u.time_low, u.time_mid, u.node, u.clock_seq)
for text in ("{12345678-1234-5678-1234-567812345678}", "urn:uuid:12345678123456781234567812345678", "12345678123456781234567812345678"):
    print(uuid.UUID(text) == u)
print(uuid.UUID(bytes=b"\x00" * 16), uuid.UUID(int=2**128 - 1), uuid.UUID(fields=(1, 2, 3, 4, 5, 6)))
print(uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(int=1, version=4))
print(sorted([uuid.UUID(int=5), uuid.UUID(int=2), uuid.UUID(int=9)]), hash(u) == hash(uuid.UUID(u.hex)))
print(str(uuid.NAMESPACE_DNS), uuid.NAMESPACE_URL.version, uuid.RESERVED_NCS, uuid.RFC_4122)
