# SyntaxError from ast.parse: CPython's message, line and offset.
import ast

for source in [
    "x = (",
    "def f(:\n    pass",
    "a = 1 +",
    "if x\n    pass",
    "print 'hello'",
    "x = [1, 2",
    "return = 3",
    "f(**a, *b)",
    "class C:\npass",
    "1 = x",
    "x = 'unterminated",
    "for x in:\n    pass",
]:
    try:
        ast.parse(source)
        print("parsed", repr(source))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.filename)
try:
    ast.parse("x = ", filename="prog.py")
except SyntaxError as e:
    print(e.filename, e.msg)
# Not syntax errors for ast.parse (compile() would refuse them later).
for source in ["nonlocal x", "return 1", "break", "await x", "yield 1"]:
    print(ast.dump(ast.parse(source)))
# mode="single": one statement only.
for source in ["x = 1\ny = 2", "x = 1; y = 2", "if x:\n    pass\n", "", "\n\n"]:
    try:
        print(ast.dump(ast.parse(source, mode="single")))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset)
