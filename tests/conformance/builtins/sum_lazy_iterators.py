# sum() of lazy iterators (summed as they go, not listed first): ints across chunk
# boundaries, the switch to floats and other types part way, C-integer overflow of the
# running total and its effect on a float tail, bools, user iterators and errors.
import sys


def gen(items):
    for item in items:
        yield item


print(sum(gen(range(5000))), sum(gen(range(5000)), 7), sum(gen([]), 3), sum(gen([]), 0.5))
print(sum(x for x in range(3000) if x % 3), sum(x % 2 == 0 for x in range(2500)))
print(sum(gen([True, False, True]), 0), type(sum(gen([True, True]))).__name__)
print(sum(gen([1, 2, 0.5, 3])), sum(gen(list(range(2000)) + [0.1] * 7)), sum(gen([0.1] * 10)))
print(sum(gen([1] * 1500 + [1e100, 1.0, -1e100])), sum(gen([10**30, 2, 0.5])))
big = sys.maxsize
# The running total leaves the C-integer range and comes back before floats arrive:
# CPython then adds the floats one by one, not with its compensated float sum.
tail = [0.1] * 10 + [1e16, 1.0, -1e16]
print(sum(gen([big, big, -big, -big] + tail)), sum(gen([big, 1, -1] + tail)))
print(sum(gen([big] * 3 + [-big] * 3 + tail)), sum(gen([-big - 1, -1, 1] + tail)))
print(sum(gen(list(range(3000)) + [big, -big] + tail)), sum(gen([big] * 1030 + [-big] * 1030 + tail)))
print(sum(gen([2**70, -(2**70)] + tail)), sum(gen(tail), big), sum(gen(tail), big + 1))
print(sum(gen([1, 2]), -big - 1), sum(gen([10**40] * 2000)) == 2000 * 10**40)
print(sum(gen([1, 2, 3 + 4j])), sum(gen([1.5, 2]), 1), sum(gen([1, 2]), True))
print(sum(gen([[1], [2]]), []), sum(gen([(1,), (2,)]), ()))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + (other.cents if isinstance(other, Money) else other))

    __radd__ = __add__

    def __repr__(self):
        return f"Money({self.cents})"


print(sum(gen([1, 2, Money(5), 3])), sum(gen([Money(1), Money(2)])))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        print("iter called")
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n if self.n != 2 else 2.5


print(sum(Countdown(6)))
try:
    sum(gen([1, 2, "x", 3]))
except TypeError as error:
    print("TypeError", error)
try:
    sum(gen([1, 2]), "")
except TypeError as error:
    print("TypeError", error)
numbers = [1, 2, 3]
print(sum(numbers), sum(tuple(numbers), 10), sum([0.1] * 10), numbers)


class Growing:
    def __init__(self, items):
        self.items = items

    def __radd__(self, other):
        if len(self.items) < 6:
            self.items.append(Growing(self.items))
        return other + 1


grow = []
grow.append(Growing(grow))
print(sum(grow), len(grow))
