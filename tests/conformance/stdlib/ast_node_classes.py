# The node classes: fields, attributes, constructors, errors, pattern matching on nodes.
import ast
import copy

print(ast.Name._fields, ast.Name._attributes, ast.Name.__match_args__)
print(ast.BinOp.__mro__)
print(ast.expr.__subclasses__()[:3] == [c for c in ast.expr.__subclasses__()][:3])
print(issubclass(ast.Add, ast.operator), isinstance(ast.Load(), ast.expr_context))
n = ast.Name("x", ast.Load())
print(n.id, type(n.ctx).__name__, ast.dump(n))
n2 = ast.BinOp(left=ast.Constant(1), op=ast.Add(), right=ast.Constant(2))
print(ast.dump(n2))
print(eval(compile(ast.fix_missing_locations(ast.Expression(n2)), "<e>", "eval")))
for args, kwargs in [((1, 2, 3), {}), ((1,), {"id": 2})]:
    try:
        ast.Name(*args, **kwargs)
    except TypeError as e:
        print("TypeError", e)
try:
    _ = ast.Name("x").nope
except AttributeError as e:
    print("AttributeError", e)
match ast.parse("f(1)", mode="eval").body:
    case ast.Call(func=ast.Name(id=name), args=[ast.Constant(value=v)]):
        print("matched", name, v)
c = ast.Constant(value=5, lineno=2)
print(c.lineno, c.value, ast.dump(c, include_attributes=True))
tree = ast.parse("a = [1, 2]")
clone = copy.deepcopy(tree)
print(ast.dump(clone) == ast.dump(tree), clone is not tree)
print(type(ast.parse("x").body[0].value.ctx).__name__)
print(ast.Module.__doc__)
print(sorted(k for k in vars(ast.parse("x = 1").body[0])))
for node in [ast.Name("x", ast.Load()), ast.Constant(1), ast.Add(), ast.alias("a"), ast.Module([], [])]:
    r = node.__reduce__()
    print(type(node).__name__, r[1], sorted(r[2]) if len(r) > 2 and r[2] else None)
