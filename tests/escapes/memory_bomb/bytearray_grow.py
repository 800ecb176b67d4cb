# kind 4: a memory bomb:     b += b'a' * 10_000_000
b = bytearray()
while True:
    b += b'a' * 10_000_000
