import base64
import gzip
import json

records = [{"id": i, "name": f"user{i}", "tags": ["a", "b"][: i % 3]} for i in range(200)]
raw = json.dumps(records).encode()
packed = gzip.compress(raw, mtime=0)
wire = base64.b64encode(packed)
print(len(raw), len(packed), len(wire))
back = json.loads(gzip.decompress(base64.b64decode(wire)))
print(back == records, back[7])
