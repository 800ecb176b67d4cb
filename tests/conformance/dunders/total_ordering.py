from functools import total_ordering
@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, o):
        return self.cents == o.cents
    def __lt__(self, o):
        return self.cents < o.cents
    def __repr__(self):
        return f"${self.cents / 100:.2f}"
a, b, c = Money(150), Money(99), Money(150)
print(a > b, a >= c, b <= a, a <= b, a == c, a != b)
print(sorted([a, b, Money(1)]), max(a, b), min([a, b, c]))
@total_ordering
class Rank:
    order = ["low", "mid", "high"]
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __gt__(self, o):
        return self.order.index(self.n) > self.order.index(o.n)
print(Rank("low") < Rank("high"), Rank("mid") >= Rank("high"), Rank("high") <= Rank("high"))
