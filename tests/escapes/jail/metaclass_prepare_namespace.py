# kind jail: a metaclass whose __prepare__ returns a custom mapping that records every name the class body touches
class NS(dict):
    def __getitem__(self, k):
        v = dict.__getitem__(self, k) if k in self else None
        return v
    def __setitem__(self, k, v):
        dict.__setitem__(self, k, v)
class M(type):
    @classmethod
    def __prepare__(m, name, bases):
        return NS()
class C(metaclass=M):
    x = __builtins__
    y = __import__ if '__import__' in dir() else None
    z = __loader__ if False else None
