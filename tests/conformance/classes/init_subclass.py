registry = {}
class Plugin:
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        registry[key or cls.__name__.lower()] = cls
        cls.registered = True
class Alpha(Plugin):
    pass
class Beta(Plugin, key="b"):
    pass
class Gamma(Beta):
    pass
print(sorted(registry), registry["b"].__name__)
print(Gamma.registered, hasattr(Plugin, "registered"))
class Counted:
    count = 0
    def __init_subclass__(cls):
        Counted.count += 1
        cls.index = Counted.count
class A(Counted): pass
class B(Counted): pass
class C(A): pass
print(A.index, B.index, C.index, Counted.count)
