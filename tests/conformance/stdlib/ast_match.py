# match statements parsed: every pattern kind in ast.dump, and unparse.
import ast

SOURCE = """
match command.split():
    case [action]:
        pass
    case [action, obj, *_]:
        pass
    case ["go", ("north" | "south") as direction]:
        pass
    case {"x": 1, "y": y, **rest}:
        pass
    case Point(1, y=2) if y > 0:
        pass
    case None | True | False:
        pass
    case -1 | 1.5 | 2+3j | "s" | b"b":
        pass
    case Color.RED:
        pass
    case _:
        pass
"""
tree = ast.parse(SOURCE)
print(ast.dump(tree, indent=1))
print(ast.unparse(tree))
m = tree.body[0]
print([type(c.pattern).__name__ for c in m.cases])
print(ast.dump(m.cases[4], include_attributes=True))
