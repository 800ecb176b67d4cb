x = "module"
class C:
    x = "class"
    y = x + "!"
    def method(self):
        return x
    lam = lambda self: x
    comp = [x for _ in range(1)]
print(C.y, C().method(), C().lam(), C.comp)
class D:
    a = 1
    b = a + 1
    def f(self):
        try:
            return a
        except NameError:
            return "NameError: class attr not visible"
print(D().f(), D.b)
def func():
    v = "func local"
    class Inner:
        w = v
        def get(self):
            return v
    return Inner.w, Inner().get()
print(func())
