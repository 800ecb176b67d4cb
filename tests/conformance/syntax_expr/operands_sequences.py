# Specialized operators on sequences and strings (capped concatenation, repetition
# and %-formatting) and subscripts of lists, dicts, tuples, strings and classes.
def sequences(s, t):
    u = s + t
    v = s * 3
    w = 2 * t
    x = "%s-%d" % ("a", 5)
    y = "%05.1f" % 3.14159
    z = s % () if isinstance(s, str) else None
    return u, v, w, x, y, z


print(sequences("ab", "cd"))
print(sequences([1], [2, 3]))
print(sequences((1,), (2,)))


class Grid:
    def __getitem__(self, i):
        return i * 10


def subscripts(l, d, t, s, i):
    return l[0], l[-1], l[i], d["k"], d[i], t[1], s[i], l[1:], Grid()[i], list[int]


print(subscripts([1, 2, 3], {"k": 1, 2: "two"}, (4, 5), "xyz", 2))
try:
    subscripts([1], {}, (), "", 0)
except (IndexError, KeyError) as e:
    print(type(e).__name__, e)
