class Ver:
    def __init__(self, s):
        self.t = tuple(int(p) for p in s.split("."))
    def __repr__(self):
        return "Ver(" + ".".join(map(str, self.t)) + ")"
    def __eq__(self, o):
        return self.t == o.t
    def __lt__(self, o):
        return self.t < o.t
    def __le__(self, o):
        return self.t <= o.t
    def __gt__(self, o):
        return self.t > o.t
    def __ge__(self, o):
        return self.t >= o.t
vs = [Ver("1.10"), Ver("1.2"), Ver("1.2.1"), Ver("0.9")]
print(sorted(vs))
print(min(vs), max(vs))
print(Ver("1.0") < Ver("1.0.0"), Ver("2.0") >= Ver("2.0"), Ver("1") != Ver("1"))
print(sorted(vs, reverse=True)[0])
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
print(OnlyLt(2) > OnlyLt(1), OnlyLt(1) > OnlyLt(2))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError:
    print("TypeError no __le__")
