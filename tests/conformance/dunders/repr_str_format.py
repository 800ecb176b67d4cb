class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"P({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"
    def __format__(self, spec):
        if spec == "polar":
            return f"r={(self.x ** 2 + self.y ** 2) ** 0.5:.2f}"
        return format(str(self), spec)
p = P(3, 4)
print(p, repr(p), str(p), [p], (p,), {"k": p})
print(f"{p}", f"{p!r}", f"{p:polar}", f"{p:>12}|", format(p, "<10") + "|")
print("{} {!r} {:polar}".format(p, p, p))
print("%s %r" % (p, p))
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr!"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")
class BadStr:
    def __str__(self):
        return 5
try:
    str(BadStr())
except TypeError:
    print("TypeError __str__ returned non-string")
