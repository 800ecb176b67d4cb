# StringIO's newline modes: what is stored, how lines split, and the newlines seen.
import io
for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO("a\r\nb\rc\nd", newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.newlines)
    s.write("x\ny\r")
    s.write("\nz")
    print(repr(nl), repr(s.getvalue()), s.newlines, s.tell())
    s.seek(0)
    print(repr(nl), [s.readline(2) for _ in range(4)], list(s))
for bad in ["x", 5, b"\n"]:
    try:
        io.StringIO(newline=bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(repr(io.StringIO("\r\n", newline=None).read()), repr(io.StringIO("q\r", newline="").readline()))
