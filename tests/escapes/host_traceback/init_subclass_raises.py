# kind 2: errors raised from __init_subclass__, a metaclass __new__ and __set_name__
class D:
    def __set_name__(self, owner, name):
        raise RuntimeError('set_name')
class Base:
    def __init_subclass__(cls, **kw):
        raise ValueError('init_subclass')
try:
    class C(Base):
        pass
except ValueError:
    pass
class M(type):
    def __new__(m, *a):
        raise KeyError('meta')
try:
    class X(metaclass=M):
        pass
except KeyError:
    pass
class Y:
    d = D()
