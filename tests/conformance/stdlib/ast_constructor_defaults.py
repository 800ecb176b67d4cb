# Node constructors as the running CPython has them (3.13+ fill list fields, optional
# fields and ctx; 3.11 leaves them unset), compile() with PyCF_ONLY_AST, copy.replace.
import ast
import copy
import warnings

warnings.simplefilter("ignore", DeprecationWarning)


def state(node):
    return sorted((k, type(v).__name__ if isinstance(v, ast.AST) else v) for k, v in vars(node).items())


for make in [
    lambda: ast.FunctionDef(),
    lambda: ast.FunctionDef("f"),
    lambda: ast.Name("x"),
    lambda: ast.Name(id="x", ctx=ast.Store()),
    lambda: ast.Constant(1),
    lambda: ast.arguments(),
    lambda: ast.Call(ast.Name("f", ast.Load())),
    lambda: ast.alias("os"),
    lambda: ast.Module(),
    lambda: ast.MatchAs(),
    lambda: ast.Name("x", extra=5),
]:
    node = make()
    print(type(node).__name__, state(node))
    for field in node._fields:
        try:
            value = getattr(node, field)
            print("  ", field, "=", type(value).__name__ if isinstance(value, ast.AST) else value)
        except AttributeError as e:
            print("  ", field, "AttributeError", e)

print(ast.Constant.kind, ast.arg.type_comment, ast.expr.end_lineno)
text = repr(ast.Name("x", ast.Load()))
print(text if " at 0x" not in text else "<default object repr>")
text = repr(ast.parse("f(a, b, c, d)").body[0])
print(text if " at 0x" not in text else "<default object repr>")

tree = compile("x = 1", "<s>", "exec", ast.PyCF_ONLY_AST)
print(type(tree).__name__, ast.dump(tree))
print(compile(tree, "<s>", "exec", ast.PyCF_ONLY_AST) is tree)
print(ast.dump(compile("a + 1", "<s>", "eval", ast.PyCF_ONLY_AST)))
print(ast.dump(compile(b"del x", "<s>", "exec", ast.PyCF_ONLY_AST)))
print(ast.dump(ast.parse("x = 1; y", mode="single")))
try:
    compile(42, "<s>", "exec", ast.PyCF_ONLY_AST)
except TypeError as e:
    print("TypeError", e)
if hasattr(copy, "replace"):
    node = ast.Name("x", ast.Load())
    print(ast.dump(copy.replace(node, id="y")))
else:
    print(ast.dump(ast.Name(id="y", ctx=ast.Load())))
