# compile() of trees built by hand: missing optional fields, None in lists, constants,
# wrong field types; then exec of what compiles.
import ast
from ast import Call, Constant, Dict, Expr, Load, Store, alias, arg, arguments


def M(*body):
    return ast.Module(list(body), [])


def N(name, ctx=None):
    return ast.Name(name, ctx or Load())


def run(mod):
    try:
        ns = {}
        exec(compile(ast.fix_missing_locations(mod), "<t>", "exec"), ns)
        print("ok", sorted(k for k in ns if not k.startswith("__")))
    except Exception as e:
        print(type(e).__name__, str(e).split(" but got ")[0])


run(M(ast.ImportFrom(module="math", names=[alias("pi")])))
run(M(ast.ImportFrom(module="math", names=[alias("pi")], level=0)))
run(M(ast.Assign(targets=[N("x", Store())], value=Constant(1))))
run(M(Expr(Call(N("print"), [Constant(1)], [ast.keyword(None, Dict([], []))]))))
args = arguments([], [arg("a")], None, [], [], None, [Constant(3)])
run(M(ast.FunctionDef("f", args, [ast.Return(N("a"))], [], None)))
run(M(Expr(Dict([None], [Dict([], [])]))))
args = arguments([], [], None, [arg("k")], [None], None, [])
run(M(Expr(ast.Lambda(args, N("k")))))
run(M(ast.Pass(lineno=1, col_offset=0, end_lineno=None)))
run(M(Expr(Constant((1, frozenset({2}), b"x", None, ...)))))
run(M(Expr(ast.BinOp(Constant(1), ast.Add, Constant(2)))))
run(M(Expr(ast.BoolOp(ast.And(), [Constant(1), Constant(2)]))))
run(M(Expr(ast.Compare(Constant(1), [ast.Lt(), ast.In()], [Constant(2), ast.List([], Load())]))))
run(ast.Module(body=ast.Pass(), type_ignores=[]))
run(M(Expr(N("undefined"))))
print(eval(compile(ast.Expression(Constant(5, lineno=1, col_offset=0)), "<e>", "eval")))
run(M(ast.Global(["g"]), ast.Assign([N("g", Store())], Constant(1))))
run(M(ast.If(Constant(True), [ast.Pass()], [])))
handler = ast.ExceptHandler(N("ValueError"), "e", [ast.Pass()])
run(M(ast.Try([ast.Raise(Call(N("ValueError"), [], []))], [handler], [], [])))
run(M(Expr(Constant([1]))))
run(M(Expr(ast.Name(5, Load()))))
run(M(Expr(Constant(1, lineno="1", col_offset=0))))
run(M(Expr(N("x")), Expr(ast.Pass())))
run(M(Expr(Call(N("print"), N("x"), []))))
