class Pooled:
    _pool = {}
    def __new__(cls, key):
        if key in cls._pool:
            print("reuse", key)
            return cls._pool[key]
        print("new", key)
        obj = super().__new__(cls)
        cls._pool[key] = obj
        return obj
    def __init__(self, key):
        print("init", key)
        self.key = key
a = Pooled("x")
b = Pooled("y")
c = Pooled("x")
print(a is c, a is b)
class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never printed")
print(NotMine())
class PosInt(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(PosInt(-5), type(PosInt(-5)).__name__)
