import base64
import hashlib
import hmac
import json

SECRET = b"not-a-real-secret"


def sign(payload):
    body = base64.urlsafe_b64encode(json.dumps(payload, sort_keys=True).encode()).rstrip(b"=")
    mac = hmac.new(SECRET, body, hashlib.sha256).digest()
    return (body + b"." + base64.urlsafe_b64encode(mac).rstrip(b"=")).decode()


def verify(token):
    body, _, sig = token.encode().partition(b".")
    expected = base64.urlsafe_b64encode(hmac.new(SECRET, body, hashlib.sha256).digest()).rstrip(b"=")
    if not hmac.compare_digest(sig, expected):
        return None
    return json.loads(base64.urlsafe_b64decode(body + b"=" * (-len(body) % 4)))


token = sign({"user": "ada", "admin": False})
print(token)
print(verify(token))
tampered = token.replace("ada", "eve")
print(verify(tampered), verify(token[:-2] + "AA"))
