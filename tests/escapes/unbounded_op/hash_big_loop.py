# kind 3: hashing large buffers over and over: each update must charge the meter so the time and step limits end it
import hashlib
data = bytes(16 * 1024 * 1024)
h = hashlib.sha256()
while True:
    h.update(data)
