class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.suppress
with CM("a") as a, CM("b", suppress=True) as b, CM("c"):
    print("body", a.name, b.name)
    raise ValueError("x")
print("after with (suppressed by b)")
with (CM("p") as p,
      CM("q") as q):
    print("parenthesized", p.name, q.name)
with CM("outer"), CM("inner"):
    raise KeyError("escapes")
