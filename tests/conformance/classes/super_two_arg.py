class Base:
    def greet(self):
        return "base"
class Mid(Base):
    def greet(self):
        return "mid+" + super(Mid, self).greet()
class Leaf(Mid):
    def greet(self):
        return "leaf+" + super(Mid, self).greet()
    def full(self):
        return super().greet()
print(Leaf().greet(), Leaf().full(), Mid().greet())
class P:
    def __init__(self, x):
        self.x = x
class Q(P):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
q = Q(1, 2)
print(q.x, q.y)
class R(Q):
    def __init__(self):
        super(Q, self).__init__("only x")
r = R()
print(r.x, hasattr(r, "y"))
