import hashlib

print(hashlib.blake2b.SALT_SIZE, hashlib.blake2b.PERSON_SIZE, hashlib.blake2b.MAX_KEY_SIZE, hashlib.blake2b.MAX_DIGEST_SIZE)
print(hashlib.blake2s.SALT_SIZE, hashlib.blake2s.PERSON_SIZE, hashlib.blake2s.MAX_KEY_SIZE, hashlib.blake2s.MAX_DIGEST_SIZE)
print(hashlib.blake2b(b"x", digest_size=16, key=b"k", salt=b"s", person=b"p").hexdigest())
print(hashlib.blake2s(b"x", digest_size=8).hexdigest(), hashlib.blake2s(b"x", key=b"secret").hexdigest())
print(hashlib.blake2b(b"data", fanout=2, depth=3, leaf_size=4, node_offset=5, node_depth=6, inner_size=7, last_node=True).hexdigest()[:32])
h = hashlib.blake2b(digest_size=20)
h.update(b"one")
print(h.hexdigest(), h.name, h.digest_size, h.block_size, isinstance(h, hashlib.blake2b))
for call in (
    lambda: hashlib.blake2b(key=b"x" * 65),
    lambda: hashlib.blake2b(digest_size=0),
    lambda: hashlib.blake2s(salt=b"x" * 9),
    lambda: hashlib.blake2b(fanout=-1),
):
    try:
        print(call())
    except Exception as error:
        print(type(error).__name__, error)
