# super(C) (unbound), super(C, obj), super(C, C) and super objects as descriptors.
class A:
    def f(self):
        return "A.f"

    @classmethod
    def make(cls):
        return cls.__name__

    @property
    def p(self):
        return "A.p"


class B(A):
    def f(self):
        return "B.f+" + super().f()


class C(B):
    up = super(B)  # an unbound super object in a class body binds on access

    def f(self):
        return "C.f+" + self.up.f()


unbound = super(B)
print(repr(unbound), repr(super(B, None)))
print(unbound.__thisclass__.__name__, unbound.__self__, unbound.__self_class__)
b = B()
bound = unbound.__get__(b, B)
print(bound.f(), bound.p, bound.make(), bound.__self__ is b)
print(unbound.__get__(None, B) is unbound, bound.__get__(B()) is bound)
print(super(B, b).f(), super(B, B).make(), super(B, B).f(b))
print(super(C, C()).f(), C().f(), repr(C().up).startswith("<super: <class 'B'>"))
print(type(unbound).__name__, unbound.__class__ is super, super(B, b).__class__ is super)
for args in [(B,), (B, b)]:
    s = super(*args)
    print(len(args), hasattr(s, "f"), hasattr(s, "__thisclass__"))
for bad in [(1,), (B, 1), (B, A), (B, b, 3)]:
    try:
        super(*bad)
    except TypeError as e:
        print("TypeError", len(bad))
try:
    unbound.f()
except AttributeError:
    print("unbound super has no f")
def outside():
    return super()
try:
    outside()
except RuntimeError:
    print("RuntimeError")
