import textwrap

block = """
    def f():
        return 1

    print(f())
"""
print(repr(textwrap.dedent(block)))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.indent("a\nb\n\nc", "+ ", lambda line: True))
print(repr(textwrap.dedent("\tx\n\ty")), repr(textwrap.dedent("  x\n\ty")))
