# In-place operators on locals, items and attributes: immutable values rebind,
# mutable ones (lists, sets, a user __iadd__) change in place.
S = {1, 2, 3}


class Box:
    def __init__(self, x):
        self.x = x

    def __iadd__(self, other):
        self.x += other
        return self


def in_place():
    total, f, items = 0, 1.5, [1]
    alias, s = items, S
    before = s
    for i in range(5):
        total += i
        total -= 1
        f *= 2
        f += i
        items += [i]
        s -= {i}
        total %= 100
    b = Box(1)
    same = b
    b += 5
    text = "a"
    text += "b"
    text *= 3
    n = 7
    n **= 2
    n //= 3
    n <<= 2
    n |= 1
    return total, f, items is alias, alias, s is before, S, same is b, b.x, text, n


print(in_place())


def in_place_items():
    p, q, r = [1.0, 2.0, 3], {"a": 1}, [[0], [1]]
    p[0] += 0.5
    p[1] -= 1
    p[2] *= 4
    p[1:] += [9]
    q["a"] += 10
    r[1] += [2]
    o = Box(0)
    o.x += 3
    o.x *= 2
    return p, q, r, o.x


print(in_place_items())
