import hashlib

print(sorted(hashlib.algorithms_guaranteed))
for name in sorted(hashlib.algorithms_guaranteed):
    h = hashlib.new(name, b"abc")
    if name.startswith("shake"):
        print(name, h.hexdigest(16), h.digest(4), h.digest_size, h.block_size, h.name)
    else:
        print(name, h.hexdigest(), h.digest_size, h.block_size, h.name, len(h.digest()))
print(hashlib.md5(b"").hexdigest(), hashlib.sha1(b"x" * 1000).hexdigest())
print(hashlib.sha256("ünïcode".encode("utf-8")).hexdigest())
print(hashlib.sha512(bytearray(b"x")).hexdigest()[:32], hashlib.sha256(memoryview(b"xyz")[1:]).hexdigest())
