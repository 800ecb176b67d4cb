# operator: CPython's file over our _operator: the Python itemgetter/attrgetter/methodcaller and the rest
import operator
from operator import itemgetter, attrgetter, methodcaller

rows = [("b", 2, {"k": 1}), ("a", 3, {"k": 0}), ("c", 1, {"k": 2})]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0, 1))[0])
print(itemgetter(slice(1, None))("abcd"), itemgetter(-1)([1, 2]), repr(itemgetter(0, "x")))
class P:
    def __init__(self, x):
        self.x = x
        self.me = self
    def scaled(self, k=1):
        return self.x * k
print(attrgetter("x")(P(3)), attrgetter("me.me.x", "x")(P(4)), repr(attrgetter("a.b", "c")))
print(methodcaller("scaled", k=5)(P(2)), repr(methodcaller("scaled", 1, k=2)))
# (Called with no argument, the Python itemgetter and methodcaller word their TypeError
# differently from the C ones that CPython's own run uses: not compared.)
for bad in (lambda: attrgetter(1), lambda: methodcaller(1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
try:
    attrgetter("nope")(P(1))
except AttributeError as e:
    print("AttributeError", e)
print(operator.length_hint([1, 2, 3]), operator.length_hint(iter(range(5))), operator.length_hint(object(), 7))
print(operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"), operator.contains([1], 1))
print(operator.truth([]), operator.is_(None, None), operator.not_(1), operator.index(7))
print(operator.iadd([1], [2]), operator.iconcat([1], (2,)), operator.matmul.__name__, operator.__add__ is operator.add)
print(operator.neg(3), operator.inv(5), operator.truediv(7, 2), operator.floordiv(-7, 2), operator.mod(-7, 3))
x = [1, 2, 3]
operator.setitem(x, 0, 9)
operator.delitem(x, 1)
print(x, operator.getitem({"a": 1}, "a"))
try:
    operator.concat(1, 2)
except TypeError as e:
    print("TypeError", e)
print(sorted(name for name in operator.__all__ if not hasattr(operator, name)))
