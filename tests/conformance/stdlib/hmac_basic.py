import hashlib
import hmac

print(hmac.new(b"key", b"msg", "sha256").hexdigest())
print(hmac.new(b"key", b"msg", hashlib.md5).hexdigest())
print(hmac.digest(b"key", b"msg", "md5"), hmac.digest(b"key", b"msg", hashlib.sha1).hex())
m = hmac.new(b"key", digestmod="sha1")
m.update(b"a")
m.update(b"bc")
print(m.hexdigest(), m.name, m.digest_size, m.block_size)
c = m.copy()
c.update(b"d")
print(m.hexdigest() != c.hexdigest(), hmac.new(b"key", b"abcd", "sha1").hexdigest() == c.hexdigest())
print(hmac.new(b"k" * 200, b"long key", "sha512").hexdigest()[:40])
print(hmac.new(bytearray(b"key"), b"", "sha3_256").hexdigest())
