# compile(source, name, "single"), which doctest runs examples with: expression
# statements call sys.displayhook (repr to sys.stdout, builtins._), also inside
# compound statements; None is not shown; a replaced hook; one statement only.
import builtins
import contextlib
import io
import sys

exec(compile("1 + 1\n", "<input>", "single"))
print("_ is", builtins._)
exec(compile("for i in range(3): i * 10\n", "<input>", "single"))
exec(compile("'text'; None; [1, 2]\n", "<input>", "single"))
exec(compile("if True:\n    'inside if'\n", "<input>", "single"))
exec(compile("def f():\n    'docstring, not shown'\n    123\n", "<input>", "single"), g := {})
exec(compile("f()\n", "<input>", "single"), g)
exec(compile("x = 5\n", "<input>", "single"), g)
print(g["x"])


class Loud:
    def __repr__(self):
        return "Loud()"


exec(compile("Loud()\n", "<input>", "single"), {"Loud": Loud})
print(type(builtins._).__name__)

buffer = io.StringIO()
with contextlib.redirect_stdout(buffer):
    exec(compile("'captured'\n", "<input>", "single"))
print(repr(buffer.getvalue()))

print(sys.displayhook is sys.__displayhook__)
seen = []
sys.displayhook = seen.append
exec(compile("99\n", "<input>", "single"))
exec(compile("None\n", "<input>", "single"))
print(seen)
sys.displayhook = sys.__displayhook__
sys.displayhook(None)
sys.displayhook("direct")
print(builtins._)

for bad in ["1\n2\n", "x = 1\ny = 2\n"]:
    try:
        compile(bad, "<input>", "single")
    except SyntaxError as error:
        print(type(error).__name__, error.msg, error.lineno)
try:
    exec(compile("1/0\n", "<input>", "single"))
except ZeroDivisionError as error:
    print("raised", error)
code = compile("7\n", "<input>", "single")
exec(code)
exec(code)
print(type(code).__name__)
