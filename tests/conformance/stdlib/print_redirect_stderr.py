import contextlib
import io
import sys

errors = io.StringIO()
with contextlib.redirect_stderr(errors):
    print("to stderr", file=sys.stderr)
    sys.stderr.write("written\n")
print(repr(errors.getvalue()))

saved = sys.stderr
sys.stderr = sys.stdout
print("stderr is stdout now", file=sys.stderr)
sys.stderr = saved
print(sys.stderr is saved, sys.__stderr__ is not None)
print("file=None goes to stdout", file=None)
