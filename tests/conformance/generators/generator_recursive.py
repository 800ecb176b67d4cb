def walk(tree, depth=0):
    name, children = tree
    yield depth, name
    for c in children:
        yield from walk(c, depth + 1)
tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b1x", [])])])])
for d, n in walk(tree):
    print("  " * d + n)
def perms(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        for rest in perms(items[:i] + items[i + 1:]):
            yield items[i:i + 1] + rest
print(list(perms("abc")))
def flatten(x):
    if isinstance(x, (list, tuple)):
        for e in x:
            yield from flatten(e)
    else:
        yield x
print(list(flatten([1, (2, [3, [4, (5,)]]), [], 6])))
