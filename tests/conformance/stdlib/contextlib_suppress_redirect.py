import contextlib
import io

with contextlib.suppress(KeyError, IndexError):
    {}["x"]
print("suppressed")
buffer = io.StringIO()
with contextlib.redirect_stdout(buffer):
    print("captured line")
    print("another")
print(repr(buffer.getvalue()))
with contextlib.nullcontext(42) as value:
    print(value)
try:
    with contextlib.suppress(KeyError):
        [][1]
except IndexError:
    print("IndexError passes through")
