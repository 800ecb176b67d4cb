import hashlib
import json

files = {
    "a.txt": b"alpha\n" * 100,
    "b.bin": bytes(range(256)) * 40,
    "empty": b"",
}
manifest = {name: hashlib.sha256(data).hexdigest() for name, data in sorted(files.items())}
print(json.dumps(manifest, indent=1))
tree = hashlib.sha1()
for name, digest in sorted(manifest.items()):
    tree.update(name.encode() + b"\0" + bytes.fromhex(digest))
print(tree.hexdigest())
files["a.txt"] += b"!"
changed = [n for n, d in files.items() if hashlib.sha256(d).hexdigest() != manifest[n]]
print(changed)
chunked = hashlib.md5()
for i in range(0, len(files["b.bin"]), 1000):
    chunked.update(files["b.bin"][i : i + 1000])
print(chunked.hexdigest() == hashlib.md5(files["b.bin"]).hexdigest())
