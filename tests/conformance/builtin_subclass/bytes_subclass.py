class Blob(bytes):
    def hexs(self):
        return " ".join(f"{b:02x}" for b in self)
b = Blob(b"\x00\x10AB")
print(b, b.hexs(), len(b), b[2], type(b[1:]).__name__)
print(b.upper(), type(b.upper()).__name__, isinstance(b, bytes))
class Buf(bytearray):
    def push(self, *vals):
        self.extend(vals)
        return self
buf = Buf(b"ab").push(99, 100)
print(buf, len(buf), bytes(buf), buf.decode())
print(type(buf + b"x").__name__)
