# kind 7/limits: ast.parse of huge and deeply nested sources must end in a sandbox exception or a limit, never a host crash
import _ast
for source in ["-" * 20_000 + "1", "(" * 5000 + ")" * 5000, "x = " + "+".join(["a"] * 5_000), "[" * 1000 + "]" * 1000,
               "if x:\n" + "".join(" " * i + "if x:\n" for i in range(1, 400)) + " " * 400 + "pass\n"]:
    try:
        tree = compile(source, '<s>', 'exec', _ast.PyCF_ONLY_AST)
        print("parsed", len(source))
    except (SyntaxError, RecursionError, MemoryError) as e:
        print(type(e).__name__)
tree = compile("x = 1\n" * 300_000, "<s>", "exec", _ast.PyCF_ONLY_AST)
print(len(tree.body))
