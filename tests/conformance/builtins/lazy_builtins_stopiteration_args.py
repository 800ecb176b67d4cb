# next() on map, zip, enumerate and filter passes on the StopIteration (args, value,
# subclass) that ended the iterator they wrap, as the C versions do; strict zip does not.
class It:
    def __init__(self, n, value):
        self.n = n
        self.value = value
    def __iter__(self):
        return self
    def __next__(self):
        if self.n:
            self.n -= 1
            return self.n
        raise StopIteration(self.value)

def gen(value):
    yield 1
    return value

def show(label, make):
    it = make()
    try:
        while True:
            print(label, "item", next(it))
    except StopIteration as stop:
        print(label, "stop", type(stop).__name__, stop.args, stop.value)

show("zip", lambda: zip(It(1, 42)))
show("zip2", lambda: zip([1, 2, 3], It(1, "b")))
show("zip-first", lambda: zip(It(0, (1, 2)), [1]))
show("zip-strict", lambda: zip(It(1, 42), [5], strict=True))
show("map", lambda: map(str, It(2, "m")))
show("map2", lambda: map(lambda a, b: a + b, [1, 2], It(1, 9)))
show("enumerate", lambda: enumerate(It(1, 7), 10))
show("filter", lambda: filter(None, It(3, "f")))
show("gen-zip", lambda: zip(gen("r")))
show("gen-map", lambda: map(str, gen(None)))
show("gen-enum", lambda: enumerate(gen([1])))
show("nested", lambda: enumerate(zip(map(abs, It(1, "deep")))))
print(next(zip(It(0, 1)), "default"))
print(next(map(str, gen(5)), "d1"), next(enumerate(It(0, 3)), "d2"))

def delegate():
    result = yield from zip(It(1, "yf"))
    print("yield from got", result)
    result = yield from map(str, gen("mapped"))
    print("yield from got", result)
    result = yield from enumerate(It(0, None))
    print("yield from got", result)

print(list(delegate()))
print(list(zip(It(2, 1), It(3, 2))), list(map(str, It(2, 5))), list(enumerate(It(1, 3))))
print(sorted(zip(It(2, 1), "ab")), (0,) in zip(It(1, 5)), dict(enumerate(It(2, 1))))
z = zip(It(1, 42))
print(next(z))
try:
    next(z)
except StopIteration as e:
    print("first", e.args)
try:
    next(z)
except StopIteration as e:
    print("again", e.args)
class Stop(StopIteration):
    pass
class It2:
    def __iter__(self):
        return self
    def __next__(self):
        raise Stop("own")
try:
    next(map(str, It2()))
except StopIteration as e:
    print(type(e).__name__, e.args)
z = zip(It2())
try:
    z.__next__()
except StopIteration as e:
    print("dunder", type(e).__name__, e.args)
