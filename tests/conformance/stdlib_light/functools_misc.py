import functools
@functools.total_ordering
class N:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(N(1) <= N(2), N(3) >= N(2), N(1) > N(1))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
words = ["bb", "a", "ccc", "dd"]
def cmp(a, b):
    return (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b)
print(sorted(words, key=functools.cmp_to_key(cmp)))
@functools.singledispatch
def describe(x):
    return "object"
@describe.register
def _(x: int):
    return "int"
@describe.register(list)
def _(x):
    return "list of " + str(len(x))
print(describe(1), describe([1, 2]), describe("s"), describe(True))
