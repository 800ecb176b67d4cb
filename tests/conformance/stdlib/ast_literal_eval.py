# ast.literal_eval: every literal kind, containers, and the errors it raises.
import ast

for text in [
    "1",
    "-1.5",
    "+3",
    "1+2j",
    "-(1)" if False else "-1",
    "'s'",
    "b'b'",
    "None",
    "True",
    "(1, [2, {3: 4}], {5, 6})",
    "set()",
    "{'a': 1, 'b': (2,)}",
    "  [1, 2]",
    "1_000_000",
    "0o17",
    "0b101",
    "'\\n\\t'",
    "...",
]:
    try:
        print(repr(text), "->", repr(ast.literal_eval(text)))
    except Exception as e:
        print(repr(text), "!!", type(e).__name__, e)

for bad in [
    "x",
    "f(1)",
    "1 +",
    "[1, 2",
    "{**a}",
    "a.b",
    "1 + x",
    "2 * 3",
    "-'a'",
    "lambda: 1",
    "(1, 2) + (3,)",
]:
    try:
        print(repr(bad), "->", ast.literal_eval(bad))
    except (ValueError, SyntaxError, TypeError) as e:
        print(repr(bad), "!!", type(e).__name__, str(e).split(" at 0x")[0])

node = ast.parse("[1, (2, 'x')]", mode="eval")
print(ast.literal_eval(node))
print(ast.literal_eval(node.body))
try:
    ast.literal_eval(ast.Name(id="x", ctx=ast.Load(), lineno=1, col_offset=0))
except ValueError as e:
    print("ValueError", str(e).split(" at 0x")[0])
