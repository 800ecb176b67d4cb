# Operators on user instances in a hot loop (the second tier's code): results,
# NotImplemented and its fallbacks, subclasses, builtin bases, errors from the method.
calls = []


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        calls.append("add")
        return V(self.x + o.x) if isinstance(o, V) and o.x >= 0 else NotImplemented

    def __lt__(self, o):
        calls.append("lt")
        return self.x < o.x if isinstance(o, V) and o.x >= 0 else NotImplemented

    def __le__(self, o):
        raise ValueError("no le")

    def __eq__(self, o):
        calls.append("eq")
        return NotImplemented if self.x < 0 else self.x == getattr(o, "x", None)


class W(V):
    def __gt__(self, o):
        calls.append("W.gt")
        return True


class L(list):
    __add__ = V.__add__


def apply(k, a, b):
    for _ in range(2):  # a loop: the body runs in the second tier once hot
        if k == 0:
            r = a + b
        elif k == 2:
            r = a < b
        elif k == 3:
            r = a == b
        else:
            r = a <= b
    return getattr(r, "x", r)


pairs = [(V(1), V(2)), (V(-1), V(-1)), (V(1), 5), (W(1), V(2)), (V(2), W(1)), (L([1]), L([2]))]
for i in range(400):
    results = []
    for a, b in pairs:
        for k in (0, 2, 3, 5):
            try:
                results.append(apply(k, a, b))
            except (TypeError, ValueError) as exc:
                results.append((type(exc).__name__, str(exc), exc.__context__))
    if i < 399:
        calls.clear()
print(results, calls)
