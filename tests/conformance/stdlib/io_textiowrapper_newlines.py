# TextIOWrapper newline modes on reading and writing, line buffering and write-through.
import io

data = b"a\nb\r\nc\rd\r\n\re"
for newline in [None, "", "\n", "\r", "\r\n"]:
    t = io.TextIOWrapper(io.BytesIO(data), encoding="ascii", newline=newline)
    lines = t.readlines()
    print(repr(newline), lines, t.newlines)
    out = io.BytesIO()
    t = io.TextIOWrapper(out, encoding="ascii", newline=newline)
    t.write("1\n2\r\n3\r4")
    t.flush()
    print(repr(newline), out.getvalue())
t = io.TextIOWrapper(io.BytesIO(b"one\r"), encoding="ascii", newline=None)
print(repr(t.read(3)), repr(t.read()), t.newlines)
t = io.TextIOWrapper(io.BytesIO(b"x\r" * 5000 + b"\n"), encoding="ascii", newline="")
print(len(t.readlines()), t.newlines)
t = io.TextIOWrapper(io.BytesIO(b"long line without end" * 3), encoding="ascii")
print(t.readline(10), t.readline(0) == "", t.readline(-1)[-6:])
for line in io.TextIOWrapper(io.BytesIO(b"p\nq\r\nr"), encoding="ascii"):
    print(repr(line))


class Log(io.BufferedIOBase):
    def __init__(self):
        self.parts = []

    def writable(self):
        return True

    def write(self, b):
        self.parts.append(bytes(b))
        return len(b)

    def flush(self):
        self.parts.append("flush")


for options in [{}, {"line_buffering": True}, {"write_through": True}]:
    log = Log()
    t = io.TextIOWrapper(log, encoding="utf-8", **options)
    t.write("ab")
    t.write("c\nd")
    t.write("e\r")
    print(options, log.parts)
    t.flush()
    print(options, log.parts)
log = Log()
t = io.TextIOWrapper(log, encoding="utf-8")
t.write("x" * 9000)
t.write("y" * 10)
t.write("z" * 10)
print([len(p) for p in log.parts])
