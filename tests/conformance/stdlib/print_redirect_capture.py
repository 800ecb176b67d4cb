import contextlib
import io


def noisy(n):
    for i in range(n):
        print(f"step {i}")
    return n * 2


def capture(function, *args):
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        result = function(*args)
    return result, buffer.getvalue().splitlines()


result, lines = capture(noisy, 3)
print(result, lines)
try:
    with contextlib.redirect_stdout(io.StringIO()) as target:
        print("before error")
        raise KeyError("k")
except KeyError:
    print("restored after error:", repr(target.getvalue()))
