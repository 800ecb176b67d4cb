# Buffered streams over a program's own RawIOBase: the raw calls they make.
import io


class Raw(io.RawIOBase):
    def __init__(self, data=b""):
        self.data = bytearray(data)
        self.pos = 0

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos)
        print("  readinto", len(b), "->", n)
        b[:n] = self.data[self.pos : self.pos + n]
        self.pos += n
        return n

    def write(self, b):
        print("  write", bytes(b))
        self.data[self.pos : self.pos + len(b)] = b
        self.pos += len(b)
        return len(b)

    def seek(self, pos, whence=0):
        print("  seek", pos, whence)
        self.pos = [pos, self.pos + pos, len(self.data) + pos][whence]
        return self.pos

    def tell(self):
        return self.pos


raw = Raw(b"first line\nsecond line\nthird and last line\n")
r = io.BufferedReader(raw, buffer_size=16)
print(r.read(4))
print(r.readline())
print(r.read(20))
print(r.seek(2), r.read(3), r.seek(4, 1), r.read(2))
print(r.read())
print(raw.read(4), raw.readall(), raw.read())
w = io.BufferedWriter(Raw(), buffer_size=8)
for chunk in [b"abc", b"defg", b"hi", b"0123456789" * 2, b"1234567", b"8", b"9"]:
    print(w.write(chunk), w.tell())
w.flush()
print(w.raw.data)
w.close()
print(w.closed, w.raw.closed)
r2 = io.BufferedReader(Raw(b"one\ntwo\n"))
print(r2.raw.read(2), r2.raw.readline(), r2.readline())
