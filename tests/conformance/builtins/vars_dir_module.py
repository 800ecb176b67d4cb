import math
print([n for n in dir(math) if n.startswith("is")])
print(sorted(n for n in ["pi", "e", "tau", "inf", "nan"] if hasattr(math, n)))
def f():
    a = 1
    b = 2
    return dir()
print(f())
class P:
    x = 1
    def m(self):
        pass
print([n for n in vars(P) if not n.startswith("__")])
p = P()
p.y = 2
print(vars(p), [n for n in dir(p) if not n.startswith("__")])
print(type(vars(P)).__name__)
