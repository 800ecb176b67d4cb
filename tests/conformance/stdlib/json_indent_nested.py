import json

tree = {"name": "root", "children": [
    {"name": "a", "children": []},
    {"name": "b", "children": [{"name": "c", "children": [], "weight": 2.5}]},
]}


def depth(node):
    return 1 + max((depth(child) for child in node["children"]), default=0)


print(depth(tree))
print(json.dumps(tree, indent=2))
print(json.dumps(tree, indent=None, separators=(", ", ": ")))
print(json.loads(json.dumps(tree, indent=8)) == tree)
