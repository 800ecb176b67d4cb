# f-strings in the tree: JoinedStr, FormattedValue, conversions, nested format specs.
import ast

for source in [
    "f'plain'",
    "f'{x}'",
    "f'a{x!r}b{y!s:>10}c{z!a}'",
    "f'{x:{width}.{prec}f}'",
    "f'{x=}' f'{y = !r}'",
    "'a' f'{b}' 'c'",
    "f'{{literal}} {x}'",
    "f'''{\n x\n}'''",
]:
    tree = ast.parse(source, mode="eval")
    print(ast.dump(tree))
    print(ast.unparse(tree))
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            print("  name", node.id, node.lineno, node.col_offset, node.end_col_offset)
