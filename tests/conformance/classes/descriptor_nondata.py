class Cached:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, owner):
        if obj is None:
            return self
        print("computing", self.name)
        val = self.fn(obj)
        obj.__dict__[self.name] = val
        return val
class Data:
    def __init__(self, n):
        self.n = n
    @Cached
    def total(self):
        return sum(range(self.n))
d = Data(10)
print(d.total)
print(d.total)
d.total = -1
print(d.total)
class Verbose:
    def __get__(self, obj, owner):
        return f"get from {owner.__name__} obj={obj is not None}"
class Host:
    v = Verbose()
print(Host.v)
print(Host().v)
