class Res:
    def __init__(self, n, fail=False):
        self.n = n
        self.fail = fail
    def __enter__(self):
        print("open", self.n)
        if self.fail:
            raise RuntimeError(f"cannot open {self.n}")
        return self
    def __exit__(self, *exc):
        print("close", self.n, exc[0].__name__ if exc[0] else "-")
try:
    with Res(1), Res(2), Res(3, fail=True), Res(4):
        print("never")
except RuntimeError as e:
    print("caught", e)
with Res("a") as a, Res("b") as b:
    print("inside", a.n, b.n)
try:
    with Res("outer"):
        with Res("inner"):
            raise KeyError("k")
except KeyError:
    print("KeyError handled")
