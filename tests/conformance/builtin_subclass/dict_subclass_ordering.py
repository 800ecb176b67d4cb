class Ordered(dict):
    def keys_sorted(self):
        return sorted(self)
    def __iter__(self):
        return iter(sorted(super().__iter__()))
o = Ordered(c=3, a=1, b=2)
print(list(o), o.keys_sorted(), list(o.keys()), list(o.items()))
print([k for k in o], sorted(o.values()))
print(dict(o))
class Frozen(dict):
    def __setitem__(self, k, v):
        raise TypeError("frozen")
f = Frozen(a=1)
print(f)
try:
    f["b"] = 2
except TypeError as e:
    print("TypeError", e)
f.update(b=2)
print(f)
f["c"] = 3
