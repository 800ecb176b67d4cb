# Starred assignment targets in loops hot enough for the second tier: tuples, lists,
# generators, nested targets, attributes and items as targets, and the errors.


class Box:
    pass


def split(words):
    out, box, slots = [], Box(), [None, None]
    for w in words:
        verb, *rest = w
        first, *mid, last = w + ("z",)
        [a, *b] = list(w)
        box.head, *slots[0] = w
        (x, *y), z = (w, len(w))
        out.append((verb, rest, first, mid, last, a, b, box.head, slots[0], x, y, z))
    return out


def unpack_gen(n):
    for i in range(n):
        h, *t = (j * j for j in range(i % 4 + 1))
    return h, t


def too_short(xs):
    for x in xs:
        a, *b, c = x
    return a, b, c


r = split([("go", "north"), ("take", "lamp", "now"), ("look",)] * 400)
print(r[:3], len(r), unpack_gen(1500))
for bad in ([(1, 2, 3)] * 1200 + [(1,)], [(1, 2)] * 1200 + [5]):
    try:
        too_short(bad)
    except (ValueError, TypeError) as exc:
        print(type(exc).__name__, exc)
