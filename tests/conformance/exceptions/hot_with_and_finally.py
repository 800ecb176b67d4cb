# with and finally, run often enough to be compiled again: __exit__ on every way out,
# break and continue through finally, a generator closed inside both.
log = []


class Guard:
    def __init__(self, name, swallow=()):
        self.name, self.swallow = name, swallow

    def __enter__(self):
        log.append("enter " + self.name)
        return self.name, len(log)

    def __exit__(self, kind, value, tb):
        log.append(f"exit {self.name} {kind.__name__ if kind else None}")
        return kind is not None and issubclass(kind, self.swallow)


def exits(i):
    with Guard("a") as (name, n), Guard("b", swallow=ZeroDivisionError):
        if i == 0:
            return name
        if i in (1, 2):
            raise KeyError("k") if i == 2 else ZeroDivisionError
    return "after"


def loop_control():
    out = []
    for i in range(6):
        try:
            if i == 1:
                continue
            if i == 4:
                break
            out.append(i)
        finally:
            out.append(-i)
    return out


def gen():
    with Guard("g"):
        for i in range(5):
            try:
                yield i
            finally:
                log.append(f"finally {i}")


for i in range(40):
    try:
        print(exits(i % 3), end=" ")
    except KeyError as error:
        print("KeyError", repr(error), end=" ")
    print(loop_control())
    g = gen()
    print(next(g), next(g))
    g.close()
print(log[-12:], len(log))
