# kind 7/limits: compile() of a program-built ast tree nested 4000 deep (deeper than the compiler takes)
import _ast as ast
node = ast.Constant(1, lineno=1, col_offset=0)
for i in range(4_000):
    node = ast.UnaryOp(op=ast.USub(), operand=node, lineno=1, col_offset=0)
for tree in (ast.Expression(node),):
    try:
        print(eval(compile(tree, "<deep>", "eval")))
    except (RecursionError, MemoryError) as e:
        print(type(e).__name__)
