class P:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = [2]
    def m(self):
        pass
p = P()
print(p.__dict__, vars(p))
p.__dict__["c"] = 3
print(p.c)
vars(p)["d"] = 4
print(p.d, sorted(vars(p)))
print(sorted(k for k in vars(P) if not k.startswith("__")))
print("m" in P.__dict__, "a" in P.__dict__)
class E:
    pass
print(vars(E()))
del p.a
print(p.__dict__)
try:
    vars(5)
except TypeError:
    print("TypeError vars(5)")
