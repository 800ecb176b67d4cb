import hashlib

h = hashlib.sha256()
h.update(b"a")
c = h.copy()
c.update(b"b")
print(h.hexdigest(), c.hexdigest(), hashlib.sha256(b"ab").hexdigest() == c.hexdigest())
parts = [bytes([i]) * 1000 for i in range(50)]
inc = hashlib.md5()
for part in parts:
    inc.update(part)
print(inc.hexdigest() == hashlib.md5(b"".join(parts)).hexdigest())
big = bytes(range(256)) * 12000
print(hashlib.sha1(big).hexdigest(), hashlib.blake2s(big).hexdigest())
s = hashlib.sha3_256()
s.update(big)
print(s.hexdigest())
x = hashlib.shake_256(b"seed")
print(x.hexdigest(10), x.copy().hexdigest(10), len(x.digest(100)))
print(hashlib.md5(b"x", usedforsecurity=False).hexdigest(), hashlib.new("sha1", b"y").hexdigest())
print(hashlib.new("SHA256", b"z").hexdigest() == hashlib.sha256(b"z").hexdigest())
