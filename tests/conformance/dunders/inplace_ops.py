class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        print("iadd", o)
        self.items.append(o)
        return self
    def __isub__(self, o):
        self.items.remove(o)
        return self
    def __imul__(self, k):
        self.items = self.items * k
        return self
    def __ior__(self, o):
        self.items.extend(o)
        return self
    def __add__(self, o):
        print("add (not used for +=)")
        return NotImplemented
a = Acc()
ref = a
a += 1
a += 2
a -= 1
a *= 3
a |= [9]
print(a.items, a is ref)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("fallback __add__")
        return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 5
print(x.v, y.v, x is y)
class BadIadd:
    def __iadd__(self, o):
        return None
b = BadIadd()
b += 1
print(b)
