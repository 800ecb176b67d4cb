# TextIOWrapper: encodings, error handlers, reconfigure, detach.
import io

raw = io.BytesIO("naïve café\nłódź\n€ 5\n".encode("utf-8"))
t = io.TextIOWrapper(raw, encoding="utf-8")
print(t.encoding, t.errors, t.line_buffering, t.write_through, t.buffer is raw)
print(t.readline(), t.read(3), t.read())
out = io.BytesIO()
t = io.TextIOWrapper(out, encoding="latin-1", newline="")
print(t.write("café\n"), t.write("über\r\n"), out.getvalue())
t.flush()
print(out.getvalue())
for errors in ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace"]:
    sink = io.BytesIO()
    w = io.TextIOWrapper(sink, encoding="ascii", errors=errors)
    try:
        w.write("a€b")
        w.flush()
        print(errors, sink.getvalue())
    except UnicodeEncodeError as e:
        print(errors, type(e).__name__, e.start, e.end)
    w.detach()
for errors in ["strict", "replace", "ignore", "surrogateescape"]:
    r = io.TextIOWrapper(io.BytesIO(b"ok \xff\xfe end\n"), encoding="utf-8", errors=errors)
    try:
        print(errors, ascii(r.read()))
    except UnicodeDecodeError as e:
        print(errors, type(e).__name__, e.start, e.reason)
# A multi-byte character cut across chunk boundaries still decodes.
text = "ab€" * 5000
r = io.TextIOWrapper(io.BufferedReader(io.BytesIO(text.encode("utf-8")), 7), encoding="utf-8")
print(r.read() == text, r.read())
w = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
w.write("plain\n")
w.reconfigure(encoding="utf-8", errors="replace", line_buffering=True)
print(w.encoding, w.errors, w.line_buffering)
w.write("ünï\n")
print(w.buffer.getvalue())
r = io.TextIOWrapper(io.BytesIO(b"x\ny\n"), encoding="ascii")
r.readline()
try:
    r.reconfigure(encoding="latin-1")
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)
r.reconfigure(write_through=True)
print(r.write_through, r.read())
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding="utf-8")
w.write("kept after detach")
print(w.detach() is b, b.getvalue(), w.buffer)
print(io.TextIOWrapper(io.BytesIO(), encoding="UTF8").encoding)
