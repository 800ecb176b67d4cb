# map, filter, zip, enumerate and reversed are subclassable, as in CPython.
class Squares(map):
    def __new__(cls, iterable):
        return super().__new__(cls, lambda x: x * x, iterable)


class Evens(filter):
    def __init__(self, *args):
        self.seen = 0

    def __next__(self):
        self.seen += 1
        return super().__next__()


class Pairs(zip):
    pass


class Numbered(enumerate):
    def __next__(self):
        index, value = super().__next__()
        return f"{index}:{value}"


class Backwards(reversed):
    pass


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return "abc"[i]


print(list(Squares(range(5))), isinstance(Squares([]), map))
e = Evens(lambda n: n % 2 == 0, range(7))
print(list(e), e.seen)
print(list(Pairs("ab", [1, 2])), dict(Pairs("xy", (7, 8))))
try:
    list(Pairs("abc", [1], strict=True))
except ValueError as err:
    print("ValueError", err)
print(list(Numbered("xyz", start=1)))
r = Backwards(Seq())
print(type(r).__name__, list(r), list(r))
print(type(Backwards([1, 2])).__name__)
s = Squares([3, 4])
print(next(s), 16 in s, next(s, "done"), sorted(Squares([2, -3, 1])))
for a, b in Pairs(Numbered("pq"), Squares([5, 6])):
    print(a, b)
print(Squares.__mro__[1] is map, issubclass(Numbered, enumerate))
