# compile() checks each expression's ctx against its place (Store, Del, Load) as CPython
# does; starred and nested targets; then exec of the trees that pass.
import ast
from ast import Attribute, Del, List, Load, Name, Starred, Store, Tuple


def M(*body):
    return ast.Module(list(body), [])


def run(mod):
    try:
        ns = {"o": type("O", (), {})()}
        exec(compile(ast.fix_missing_locations(mod), "<t>", "exec"), ns)
        print("ok", sorted(k for k in ns if not k.startswith("__") and k != "o"))
    except Exception as e:
        print(type(e).__name__, e)


one_two = List([ast.Constant(1), ast.Constant(2)], Load())
run(M(ast.Assign([Name("x", Load())], ast.Constant(1))))
run(M(ast.Assign([Name("x", Store())], ast.Constant(1)), ast.Delete([Name("x", Load())])))
run(M(ast.Assign([Name("x", Store())], ast.Constant(1)), ast.Delete([Name("x", Del())])))
target = Tuple([Name("a", Store()), Starred(Name("b", Load()), Store())], Store())
run(M(ast.Assign([target], one_two)))
target = Tuple([Name("a", Store()), Starred(Name("b", Store()), Store())], Store())
run(M(ast.Assign([target], one_two)))
target = Tuple([Name("a", Store()), Name("b", Store())], Load())
run(M(ast.Assign([target], one_two)))
run(M(ast.Assign([ast.Call(Name("f", Load()), [], [])], ast.Constant(1))))
run(M(ast.For(Attribute(Name("o", Load()), "x", Store()), one_two, [ast.Pass()], [])))
run(M(ast.For(Attribute(Name("o", Store()), "x", Store()), one_two, [ast.Pass()], [])))
run(M(ast.AugAssign(Name("y", Load()), ast.Add(), ast.Constant(1))))
run(M(ast.AnnAssign(Name("z", Store()), Name("int", Load()), ast.Constant(3), 1)))
walrus = ast.NamedExpr(Name("w", Store()), ast.Constant(4))
run(M(ast.Expr(walrus)))
comp = ast.comprehension(Name("i", Load()), one_two, [], 0)
run(M(ast.Expr(ast.ListComp(Name("i", Load()), [comp]))))
comp = ast.comprehension(Name("i", Store()), one_two, [], 0)
run(M(ast.Assign([Name("r", Store())], ast.ListComp(Name("i", Load()), [comp]))))
item = ast.withitem(ast.Call(Name("open", Load()), [], []), Name("f", Load()))
run(M(ast.With([item], [ast.Pass()])))
