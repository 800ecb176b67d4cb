import io
import sys
import warnings

shown = []


def show(message, category, filename, lineno, file=None, line=None):
    shown.append((str(message), category.__name__, lineno))


saved = warnings.showwarning
warnings.showwarning = show
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", FutureWarning)
warnings.showwarning = saved
print(shown)
buffer = io.StringIO()
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = lambda *args, **kwargs: buffer.write(warnings.formatwarning(*args[:4]))
    warnings.warn("to the buffer")
print(buffer.getvalue().splitlines()[0].split(":", 2)[2].strip())
stderr = io.StringIO()
sys.stderr, saved_stderr = stderr, sys.stderr
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn("to stderr", UserWarning)
sys.stderr = saved_stderr
print(stderr.getvalue().splitlines()[0].split(": ", 1)[1])
print(len(stderr.getvalue().splitlines()) >= 1)
