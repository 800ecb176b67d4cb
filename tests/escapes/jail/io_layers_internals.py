# kind jail: the io module's lazy loader (_load_more, module __getattr__) and the buffered/text layers over hostile streams (lying readinto/read1/write/tell, huge sizes): only sandbox values and sandbox exceptions come back
import io
for arg in (None, 5, b"TextIOWrapper", "nope", "__builtins__", "_load_more"):
    try:
        v = io._load_more(arg)
        print(type(v).__name__)
    except Exception as e:
        print(type(e).__name__)
for arg in (5, "TextIOWrapper", "__dict__"):
    try:
        print(type(io.__getattr__(arg)).__name__)
    except Exception as e:
        print(type(e).__name__)
class Liar(io.RawIOBase):
    def readable(self): return True
    def writable(self): return True
    def seekable(self): return True
    def readinto(self, b): return 10**30
    def write(self, b): return -1
    def tell(self): return "x"
    def seek(self, p, w=0): return 2**70
class Odd(io.BufferedIOBase):
    def readable(self): return True
    def writable(self): return True
    def seekable(self): return True
    def read1(self, n=-1): return "text, not bytes"
    def read(self, n=-1): return None
    def write(self, b): return object()
    def tell(self): return -5
for make in (lambda: io.BufferedReader(Liar()), lambda: io.BufferedWriter(Liar()), lambda: io.BufferedRandom(Liar())):
    f = make()
    for op in (lambda: f.read(3), lambda: f.peek(), lambda: f.write(b"abc") and f.flush(), lambda: f.seek(1), lambda: f.tell(), lambda: f.readinto(bytearray(3))):
        try:
            print(type(op()).__name__)
        except Exception as e:
            print(type(e).__name__)
t = io.TextIOWrapper(Odd(), encoding="utf-8")
for op in (t.read, t.readline, lambda: t.write("x") and t.flush(), t.tell, lambda: t.seek(2**200), lambda: t.seek(2**100), lambda: t.read(10**12), t.detach, lambda: t.buffer):
    try:
        v = op()
        print(type(v).__name__)
    except Exception as e:
        print(type(e).__name__)
try:
    io.BufferedReader(io.BytesIO(b"x" * 100)).read(10**15)
except MemoryError as e:
    print("MemoryError")
print(type(io.TextIOWrapper.__init__).__name__, io.TextIOWrapper.__module__, type(io._load_more).__name__)
io.BufferedReader(Liar()).read()  # readall over a readinto that always lies: ends at a limit
