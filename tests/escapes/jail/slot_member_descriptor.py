# kind 1: a class's __slots__ descriptors (A.x, vars(A)['x'], A.__dict__['x']) must be sandbox views, not the host's member_descriptor
class A:
    __slots__ = ("x", "y")


a = A()
a.x = 1
d1 = A.x
d2 = vars(A)["x"]
d3 = A.__dict__["y"]
t = type(d1)
got = [d1.__get__(a, A), d2.__get__(a), type(d3).__name__, t.__name__]
methods = [getattr(d1, n, None) for n in ("__get__", "__set__", "__delete__", "__objclass__", "__name__", "__reduce__", "__class__")]
for k in dir(d1):
    try:
        got.append((k, getattr(d1, k)))
    except Exception as e:
        got.append((k, type(e).__name__))
d2.__set__(a, 5)
d2.__delete__(a)
print(len(got), a.__class__.__name__)
