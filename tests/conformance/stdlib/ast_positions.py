# lineno/col_offset/end_* of nodes, in UTF-8 bytes on lines with non-ASCII text.
import ast

SOURCE = "s = 'héllo wörld' + naïve\nπ = 3.14; x = [π, 'ü']\ndef f(ä=1):\n    return ä * '€'\nmulti = (1 +\n    2)\n"
tree = ast.parse(SOURCE)
for node in ast.walk(tree):
    if hasattr(node, "lineno"):
        print(type(node).__name__, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)
for node in ast.walk(tree):
    if isinstance(node, (ast.Name, ast.Constant)):
        print(repr(ast.get_source_segment(SOURCE, node)))
