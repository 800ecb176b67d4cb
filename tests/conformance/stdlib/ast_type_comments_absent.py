# Type comments: absent unless asked for; the fields exist and are None.
import ast

source = "def f(a, b):  # type: (int, str) -> None\n    x = 1  # type: int\n    return x\n"
tree = ast.parse(source)
fn = tree.body[0]
print(fn.type_comment, fn.body[0].type_comment)
print(ast.dump(tree))
print(tree.type_ignores)
print("type_comment" in ast.FunctionDef._fields, "type_comment" in ast.Assign._fields)
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(ast.arg("x").type_comment, ast.Constant(1).kind)
