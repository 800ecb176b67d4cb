# The in-place operator functions (iadd, imul, ior...) on mutable and immutable values,
# and operator dispatch through a class's own dunders, including NotImplemented.
import operator

items = [1, 2]
same = operator.iadd(items, [3])
print(items, same is items)
text = "ab"
new = operator.iadd(text, "c")
print(text, new)
counts = {"a": 1}
print(operator.ior(counts, {"b": 2}), counts)
print(operator.imul([0], 3), operator.isub(10, 4), operator.ipow(2, 5), operator.ifloordiv(17, 5))
print(operator.imod(17, 5), operator.itruediv(1, 4), operator.iand(12, 10), operator.ixor(12, 10))
print(operator.ilshift(1, 4), operator.irshift(64, 3), operator.iconcat([1], (2, 3)))


class Vector:
    def __init__(self, *values):
        self.values = list(values)

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(*(a + b for a, b in zip(self.values, other.values)))

    def __iadd__(self, other):
        self.values = [a + b for a, b in zip(self.values, other.values)]
        return self

    def __mul__(self, k):
        return Vector(*(a * k for a in self.values))

    __rmul__ = __mul__

    def __neg__(self):
        return Vector(*(-a for a in self.values))

    def __eq__(self, other):
        return isinstance(other, Vector) and self.values == other.values

    def __repr__(self):
        return f"Vector{tuple(self.values)}"


v = Vector(1, 2)
w = operator.iadd(v, Vector(10, 20))
print(v, w is v, operator.add(v, Vector(1, 1)), operator.mul(3, v), operator.neg(v))
print(operator.eq(Vector(1), Vector(1)), operator.ne(Vector(1), Vector(2)))
try:
    operator.add(v, 5)
except TypeError:
    print("TypeError Vector + int")
try:
    operator.iconcat(1, [2])
except TypeError:
    print("TypeError iconcat int")
