import base64
import json

token = {"user": "ada", "scopes": ["read", "write"], "n": 12345}
raw = json.dumps(token, separators=(",", ":")).encode()
enc = base64.urlsafe_b64encode(raw)
print(enc)
print(enc.rstrip(b"="))
padded = enc.rstrip(b"=") + b"=" * (-len(enc.rstrip(b"=")) % 4)
print(json.loads(base64.urlsafe_b64decode(padded)))
print(base64.urlsafe_b64encode(bytes(range(250, 256))), base64.urlsafe_b64decode("-_-_"))
print(base64.b64encode(bytes(range(250, 256))))
