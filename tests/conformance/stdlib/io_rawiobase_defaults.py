# The defaults the abstract classes give a program's subclasses.
import io


class Counter(io.RawIOBase):
    """Reads the bytes 0, 1, 2... up to a limit, in pieces of at most 3."""

    def __init__(self, limit):
        self.left = limit
        self.next = 0

    def readinto(self, b):
        n = min(len(b), 3, self.left)
        for i in range(n):
            b[i] = self.next % 256
            self.next += 1
        self.left -= n
        return n


c = Counter(10)
print(c.read(2), c.read(5), c.read(), c.read(), c.readall())
print(Counter(8).readline(), Counter(300).read(-1)[-3:])
print(Counter(13).readlines())
print(list(Counter(5)))


class Upper(io.BufferedIOBase):
    def __init__(self, text):
        self.text = text

    def read(self, size=-1):
        size = len(self.text) if size is None or size < 0 else size
        piece, self.text = self.text[:size], self.text[size:]
        return piece.upper()

    read1 = read


u = Upper(b"hello buffered world")
space = bytearray(5)
print(u.readinto(space), space, u.readinto1(space), space)
print(u.read(3), u.readable(), u.seekable(), u.writable())


class Lines(io.TextIOBase):
    def __init__(self, lines):
        self.lines = list(lines)

    def readline(self, size=-1):
        return self.lines.pop(0) if self.lines else ""


t = Lines(["a\n", "b\n", "c"])
print(t.encoding, t.errors, t.newlines, list(t))
with Lines(["x\n"]) as again:
    print(again.readlines(), again.closed)
print(again.closed)
Lines.write = lambda self, s: print("write", repr(s))
Lines([]).writelines(["p", "q"])
