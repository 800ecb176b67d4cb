# NodeTransformer rewriting a tree, then compile() of the tree and exec/eval of it.
import ast


class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int) and not isinstance(node.value, bool):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node


class RenamePrint(ast.NodeTransformer):
    def visit_Name(self, node):
        if node.id == "shout":
            return ast.copy_location(ast.Name(id="print", ctx=node.ctx), node)
        return node


class DropPass(ast.NodeTransformer):
    def visit_Pass(self, node):
        return None


source = "total = 0\nfor i in range(3):\n    total += i + 10\n    pass\nshout('total', total)\n"
tree = ast.parse(source)
tree = DropPass().visit(RenamePrint().visit(Double().visit(tree)))
tree = ast.fix_missing_locations(tree)
print(ast.unparse(tree))
namespace = {}
exec(compile(tree, "<ast>", "exec"), namespace)
print(namespace["total"])

expr = ast.parse("3 * x + 1", mode="eval")
print(eval(compile(Double().visit(expr), "<expr>", "eval"), {"x": 5}))

# A tree built by hand, with missing locations filled in.
call = ast.Call(func=ast.Name(id="print", ctx=ast.Load()), args=[ast.Constant(value="built")], keywords=[])
module = ast.Module(body=[ast.Expr(value=call)], type_ignores=[])
exec(compile(ast.fix_missing_locations(module), "<built>", "exec"))

fn = ast.parse("def add(a, b):\n    return a + b").body[0]
fn.name = "plus"
fn.body[0].value.op = ast.Mult()
mod = ast.Module(body=[fn], type_ignores=[])
ns = {}
exec(compile(mod, "<fn>", "exec"), ns)
print(ns["plus"](6, 7))

moved = ast.parse("x = 1\ny = 2")
ast.increment_lineno(moved, 10)
print([(n.lineno, n.end_lineno) for n in moved.body])

bad = ast.Module(body=[ast.Expr(value=ast.Name(id="x", ctx=ast.Load()))], type_ignores=[])
for tree in (bad, ast.parse("1", mode="eval")):
    try:
        compile(tree, "<bad>", "exec")
    except TypeError as e:
        print("TypeError", e)
