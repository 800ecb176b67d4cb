# Fields are evaluated left to right, once each, when the t-string is evaluated.
log = []


def val(tag):
    log.append(tag)
    return tag


tmpl = t"{val('a')}{val('b')!r:{val('spec')}}{val('c')=}"
print(log)
print(tmpl.values, [f.format_spec for f in tmpl.interpolations])

log.clear()
joined = t"{val(1)}" t"{val(2)}"
print(log, joined.values)


def gen():
    received = yield "first"
    yield t"got {received} and {(yield 'second')}"


g = gen()
print(next(g))
print(g.send("A"))
result = g.send("B")
print(result.values)


def counter():
    n = 0

    def bump():
        nonlocal n
        n += 1
        return n

    return bump


bump = counter()
templates = [t"{bump()}" for _ in range(3)]
print([tm.values for tm in templates])

# closures and class bodies see their own scopes
def outer():
    local = "local"
    return lambda: t"{local}"


print(outer()().values)


class Box:
    size = 3
    label = t"{size}"


print(Box.label.values)

# an exception in a field propagates, later fields do not run
log.clear()
try:
    t"{val('x')}{1 / 0}{val('never')}"
except ZeroDivisionError:
    print("ZeroDivisionError", log)
