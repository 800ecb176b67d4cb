import base64
import hashlib
import json
import zlib

state = {"board": [[(r * 3 + c) % 5 for c in range(8)] for r in range(8)], "turn": 17, "names": ["ada", "bob"]}
raw = json.dumps(state, separators=(",", ":")).encode()
packed = base64.urlsafe_b64encode(zlib.compress(raw, 9)).decode()
print(len(raw), len(packed), packed[:30])
restored = json.loads(zlib.decompress(base64.urlsafe_b64decode(packed)))
print(restored == state, hashlib.sha256(raw).hexdigest()[:16])
