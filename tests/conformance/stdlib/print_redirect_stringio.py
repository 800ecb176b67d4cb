import contextlib
import io
import sys

buffer = io.StringIO()
with contextlib.redirect_stdout(buffer):
    print("one", 2, 3.5, sep="|", end=";\n")
    print()
    print(*range(5))
    sys.stdout.write("direct write\n")
print(repr(buffer.getvalue()))
print(sys.stdout is not buffer)

outer = io.StringIO()
inner = io.StringIO()
with contextlib.redirect_stdout(outer):
    print("outer before")
    with contextlib.redirect_stdout(inner):
        print("inner")
    print("outer after")
print(repr(outer.getvalue()), repr(inner.getvalue()))
