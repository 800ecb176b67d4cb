# kind jail: the host fields of a sandbox function behind its frames (padding: the closure's cells in place, closure, code), by every reading path
def outer():
    secret = [1]

    def inner(x, *args, **kwargs):
        return secret, x

    return inner


fn = outer()
found = []
for name in ("padding", "closure", "code", "globals", "owner"):
    for read in (
        lambda n: getattr(fn, n),
        lambda n: object.__getattribute__(fn, n),
        lambda n: type(fn).__getattribute__(fn, n),
        lambda n: vars(fn)[n],
        lambda n: fn.__dict__[n],
    ):
        try:
            found.append(read(name))
        except Exception as e:
            found.append(type(e).__name__)
found.append(sorted(n for n in dir(fn) if "padding" in n or "frees" in n))
found.append([type(c.cell_contents).__name__ for c in fn.__closure__])
found.append(fn(3))
for value in found:
    if not isinstance(value, (str, list, tuple, int)):
        print("ESCAPED", type(value))
print(found)
