class Plain(Exception):
    pass
e = Plain("a", 2, [3])
print(e.args, str(e), repr(e))
print(str(Plain()), repr(Plain()), str(Plain("one")), repr(Plain("one")))
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
n = NoSuper(5)
print(n.args, n.x, str(n))
class Custom(ValueError):
    def __repr__(self):
        return "Custom!"
c = Custom("v")
print(repr(c), str(c), isinstance(c, ValueError))
try:
    int("nope")
except ValueError as err:
    print(type(err).__name__, isinstance(err, Custom))
class KE(KeyError):
    pass
print(str(KE("k")), str(KeyError("k")), str(LookupError("k")))
