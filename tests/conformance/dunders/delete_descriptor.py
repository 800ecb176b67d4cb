class Guard:
    def __get__(self, obj, owner):
        return "guarded"
    def __delete__(self, obj):
        print("delete intercepted")
class H:
    g = Guard()
h = H()
print(h.g)
del h.g
print(h.g)
class OnlySet:
    def __set__(self, obj, v):
        print("set", v)
class K:
    d = OnlySet()
k = K()
k.d = 5
print(type(k.d).__name__)
k.__dict__["d"] = "instance"
print(type(k.d).__name__)
