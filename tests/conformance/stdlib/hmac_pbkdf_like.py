import hashlib
import hmac


def derive(password, salt, rounds, length):
    block = hmac.new(password, salt + b"\x00\x00\x00\x01", hashlib.sha256).digest()
    out = bytearray(block)
    for _ in range(rounds - 1):
        block = hmac.new(password, block, hashlib.sha256).digest()
        out = bytearray(x ^ y for x, y in zip(out, block))
    return bytes(out[:length])


print(derive(b"password", b"salt", 1, 32).hex())
print(derive(b"password", b"salt", 20, 16).hex())
