# A realistic program mixing the binary and text-data modules: build a small archive
# of records, sign it, encode it for transport, then check and read it back.
import base64
import binascii
import hashlib
import hmac
import json
import struct
import unicodedata
import uuid

KEY = b"demo-key"
NS = uuid.UUID("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0")
HEAD = struct.Struct("<4sBI")
ITEM = struct.Struct("<16sHd")

people = [("Zoë", 31, 1.75), ("José", 45, 1.68), ("Ærin", 27, 1.80)]


def pack(rows):
    body = bytearray(HEAD.pack(b"RCRD", 1, len(rows)))
    for name, age, height in rows:
        clean = unicodedata.normalize("NFC", name)
        ident = uuid.uuid5(NS, clean)
        encoded = clean.encode("utf-8")
        body += ITEM.pack(ident.bytes, age, height) + struct.pack("<B", len(encoded)) + encoded
    crc = binascii.crc32(body)
    body += struct.pack("<I", crc)
    mac = hmac.new(KEY, bytes(body), hashlib.sha256).digest()
    return base64.b64encode(bytes(body) + mac)


def unpack(blob):
    raw = base64.b64decode(blob, validate=True)
    body, mac = raw[:-32], raw[-32:]
    if not hmac.compare_digest(mac, hmac.new(KEY, body, hashlib.sha256).digest()):
        raise ValueError("bad signature")
    (crc,) = struct.unpack("<I", body[-4:])
    if binascii.crc32(body[:-4]) != crc:
        raise ValueError("bad crc")
    magic, version, count = HEAD.unpack_from(body)
    offset = HEAD.size
    rows = []
    for _ in range(count):
        ident, age, height = ITEM.unpack_from(body, offset)
        offset += ITEM.size
        (n,) = struct.unpack_from("<B", body, offset)
        name = body[offset + 1 : offset + 1 + n].decode("utf-8")
        offset += 1 + n
        rows.append({"id": str(uuid.UUID(bytes=ident)), "name": name, "age": age, "height": height})
    return magic.decode(), version, rows


blob = pack(people)
print(len(blob), blob[:40])
print(hashlib.sha1(blob).hexdigest())
magic, version, rows = unpack(blob)
print(magic, version)
print(json.dumps(rows, ensure_ascii=False, indent=1))
broken = bytearray(base64.b64decode(blob))
broken[10] ^= 1
try:
    unpack(base64.b64encode(bytes(broken)))
except ValueError as error:
    print("rejected:", error)
