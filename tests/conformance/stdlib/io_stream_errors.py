# What streams say when misused: closed, detached, unsupported operations.
import io


def show(label, action):
    try:
        print(label, repr(action()))
    except (ValueError, OSError, TypeError, LookupError) as e:
        print(label, type(e).__name__, e)


r = io.BufferedReader(io.BytesIO(b"data\n"))
show("write to reader", lambda: r.write(b"x"))
show("truncate reader", lambda: r.truncate())
show("negative read", lambda: r.read(-2))
show("bad whence", lambda: r.seek(0, 9))
show("str write", lambda: io.BufferedWriter(io.BytesIO()).write("text"))
show("read writer", lambda: io.BufferedWriter(io.BytesIO()).read())
show("zero buffer", lambda: io.BufferedReader(io.BytesIO(), 0))
show("not readable", lambda: io.BufferedReader(io.RawIOBase()))
show("not writable", lambda: io.BufferedWriter(io.RawIOBase()))
r.close()
for name in ["read", "read1", "peek", "readline", "flush"]:
    show("closed " + name, getattr(r, name))
show("closed seek", lambda: r.seek(0))
show("closed readinto", lambda: r.readinto(bytearray(3)))
w = io.BufferedWriter(io.BytesIO())
w.close()
for name in ["flush", "truncate", "writelines"]:
    show("closed " + name, lambda: getattr(w, name)([b"x"]) if name == "writelines" else getattr(w, name)())
show("closed write", lambda: w.write(b"x"))
d = io.BufferedReader(io.BytesIO(b"abc"))
d.detach()
for name in ["read", "tell", "flush", "close", "readable", "fileno"]:
    show("detached " + name, getattr(d, name))
show("detached closed", lambda: d.closed)
show("detached raw", lambda: d.raw)
t = io.TextIOWrapper(io.BytesIO(b"text"), encoding="utf-8")
show("bytes to text", lambda: t.write(b"x"))
show("bad newline", lambda: io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="x"))
show("bad encoding", lambda: io.TextIOWrapper(io.BytesIO(), encoding="no-such-codec"))
t.detach()
for name in ["read", "write", "tell", "flush", "close", "detach"]:
    show("detached " + name, lambda: getattr(t, name)("x") if name == "write" else getattr(t, name)())
t = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
t.close()
for name in ["read", "readline", "tell", "flush"]:
    show("closed " + name, getattr(t, name))
show("closed text write", lambda: t.write("x"))
show("closed iter", lambda: next(t))
show("fileno", lambda: io.BytesIO().fileno())
show("raw seek", lambda: io.RawIOBase().seek(0))
show("raw tell", lambda: io.RawIOBase().tell())
show("text read", lambda: io.TextIOBase().read())
show("buffered detach", lambda: io.BufferedIOBase().detach())
show("string detach", lambda: io.StringIO().detach())
io.BufferedWriter(io.BytesIO()).write(12)
