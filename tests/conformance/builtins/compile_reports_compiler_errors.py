# compile() reports the errors the compiler finds, not only the parser's: exec of the
# code would be too late for a program (doctest, a REPL) that checks code first.
sources = [
    "a, *b, *c = range(5)",
    "[*a, *b] = [1, 2]",
    "for i in range(3):\n    class C:\n        break",
    "while x:\n    class C:\n        continue",
    "break",
    "def f():\n    continue",
    "f() = 1",
    "del f()",
    "(a, b) += 1",
    "def g():\n    for (*a, *b), c in x:\n        pass",
    "x = 1\ny = [a, *b, *c]",
    "lambda: (yield)",
]
for source in sources:
    for mode in ("exec", "single"):
        try:
            compile(source, "<check>", mode)
            print(mode, "compiles:", repr(source))
        except SyntaxError as error:
            print(mode, "SyntaxError:", error.msg, error.lineno, error.offset, repr(source))
