import binascii

payload = bytes((i * 37 + 11) % 256 for i in range(1000))
assert binascii.a2b_base64(binascii.b2a_base64(payload)) == payload
assert binascii.unhexlify(binascii.hexlify(payload)) == payload
assert binascii.a2b_qp(binascii.b2a_qp(payload)) == payload
lines = [binascii.b2a_uu(payload[i : i + 45]) for i in range(0, len(payload), 45)]
print(len(lines), lines[0][:20], b"".join(binascii.a2b_uu(line) for line in lines) == payload)
print(binascii.crc32(payload), binascii.hexlify(payload[:16]), len(binascii.b2a_base64(payload)))
print(binascii.b2a_qp(payload[:40]))
