def summarize(node, depth=0):
    pad = "  " * depth
    match node:
        case {"name": str(name), "children": [*kids]}:
            print(f"{pad}{name}/ ({len(kids)})")
            for k in kids:
                summarize(k, depth + 1)
        case {"name": str(name), "size": int(size)}:
            print(f"{pad}{name} {size}b")
        case [*items]:
            for it in items:
                summarize(it, depth)
        case _:
            print(f"{pad}?? {node!r}")
tree = {"name": "root", "children": [
    {"name": "a.txt", "size": 10},
    {"name": "sub", "children": [{"name": "b.py", "size": 200}, 42]},
    [{"name": "c", "size": 1}],
]}
summarize(tree)
