# kind 7/limits: compile() of program-built ast trees that contain themselves, share subtrees exponentially, or hold wrong types and sandbox properties
import _ast as ast
loop = ast.UnaryOp(op=ast.USub(), lineno=1, col_offset=0)
loop.operand = loop
try:
    compile(ast.Expression(loop), "<loop>", "eval")
except (RecursionError, MemoryError, TypeError) as e:
    print(type(e).__name__)
class Evil(ast.Name):
    @property
    def id(self):
        print("ESCAPED: compile() ran a sandbox property")
        return "x"
for bad in (Evil(ctx=ast.Load(), lineno=1, col_offset=0), ast.Name(id=12, ctx=ast.Load(), lineno=1, col_offset=0),
            ast.Name(id="x", ctx=ast.Add(), lineno=1, col_offset=0), ast.Constant(value=[1], lineno=1, col_offset=0),
            ast.Constant(value=object(), lineno=1, col_offset=0), ast.Name(id="x", ctx=ast.Load(), lineno="1", col_offset=0)):
    try:
        print(eval(compile(ast.Expression(bad), "<bad>", "eval"), {"x": 5}))
    except Exception as e:
        print(type(e).__name__, e)
shared = ast.Constant(1, lineno=1, col_offset=0)
for i in range(60):
    shared = ast.BinOp(left=shared, op=ast.Add(), right=shared, lineno=1, col_offset=0)
try:
    compile(ast.Expression(shared), "<dag>", "eval")
except (RecursionError, MemoryError) as e:
    print(type(e).__name__)
