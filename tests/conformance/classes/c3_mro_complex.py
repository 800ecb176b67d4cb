class O: pass
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass
print([k.__name__ for k in A.__mro__])
print([k.__name__ for k in B.__mro__])
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
print([k.__name__ for k in Z.__mro__], [k.__name__ for k in W.__mro__])
try:
    class Bad(Z, W):
        pass
except TypeError:
    print("TypeError: inconsistent MRO")
class Bad2(X, Z):
    pass
