# Specialized operators with user-defined dunders on either side.
class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        return V(self.x + (other.x if isinstance(other, V) else other))

    def __radd__(self, other):
        return V(other + self.x)

    def __mul__(self, other):
        return V(self.x * other)

    def __rmul__(self, other):
        return V(other * self.x)

    def __mod__(self, other):
        return V(self.x % other)

    def __lt__(self, other):
        return self.x < other

    def __eq__(self, other):
        return isinstance(other, V) and self.x == other.x

    def __hash__(self):
        return hash(self.x)

    def __getitem__(self, i):
        return self.x * i

    def __repr__(self):
        return f"V({self.x})"


def user_operands(a, b):
    return a + b, a + 1, 1 + a, a * 3, 2 * a, 1.5 * a, a % 2, a < 5, a == b, a[2], b + a


print(user_operands(V(3), V(4)))
try:
    V(1) - 2
except TypeError as e:
    print("TypeError", e)
print({V(1): "one"}[V(1)])
