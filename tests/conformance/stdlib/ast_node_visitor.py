# NodeVisitor subclasses: counting node kinds, names, calls and function nesting.
import ast
from collections import Counter

SOURCE = """
import math
def area(r):
    return math.pi * r ** 2
def outer():
    def inner(x):
        return [area(i) for i in range(x)]
    return inner
class Shape:
    def scale(self, k):
        self.k = k
        return self
print(area(2), outer()(3))
"""


class Counting(ast.NodeVisitor):
    def __init__(self):
        self.kinds = Counter()
        self.names = []
        self.calls = []
        self.functions = []
        self.depth = 0

    def generic_visit(self, node):
        self.kinds[type(node).__name__] += 1
        super().generic_visit(node)

    def visit_Name(self, node):
        self.names.append((node.id, type(node.ctx).__name__))
        self.generic_visit(node)

    def visit_Call(self, node):
        self.calls.append(ast.unparse(node.func))
        self.generic_visit(node)

    def visit_FunctionDef(self, node):
        self.functions.append(("  " * self.depth) + node.name + f"@{node.lineno}")
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1


v = Counting()
v.visit(ast.parse(SOURCE))
print(sorted(v.kinds.items()))
print(v.names)
print(v.calls)
print("\n".join(v.functions))
print(sum(1 for _ in ast.walk(ast.parse(SOURCE))))
print([type(n).__name__ for n in ast.iter_child_nodes(ast.parse(SOURCE).body[1])])
print([(k, type(v).__name__) for k, v in ast.iter_fields(ast.parse("x.y").body[0].value)])
print(ast.get_docstring(ast.parse('def f():\n    """  Doc\n    string.\n    """\n').body[0]))
print(ast.get_docstring(ast.parse('"""Module doc."""\nx = 1')))
print(ast.get_source_segment(SOURCE, ast.parse(SOURCE).body[1].body[0]))
