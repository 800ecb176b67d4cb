# Generators whose loops run long enough to be compiled again (the second tier takes a
# loop over in the middle of its run): the item a loop yields is the consumer's alone
# (its finaliser runs when the consumer drops it), close() and throw() reach the yield
# the loop stands at, and an error in a yielded expression points at it.
import traceback


class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        if self.n % 1000 == 999:
            print("freed", self.n)


def items(count):
    for i in range(count):
        yield Item(i)


for item in items(3000):
    if item.n % 1000 == 999:
        print("got", item.n)
    del item


def counter():
    n = 0
    while True:
        try:
            yield n
        except ValueError as error:
            print("thrown in at", n, error)
        n += 1


c = counter()
for _ in range(2500):
    value = next(c)
print(value, c.throw(ValueError("late")), next(c))
c.close()


def guarded():
    try:
        for i in range(5000):
            yield i
    finally:
        print("finally ran")


g = guarded()
print(sum(next(g) for _ in range(4000)))
g.close()


def nothing():
    for _ in range(2000):
        yield


print(len(list(nothing())), set(nothing()))


def faulty():
    for i in range(3000):
        yield 10 // (2000 - i)


try:
    print(sum(faulty()))
except ZeroDivisionError as error:
    last = traceback.extract_tb(error.__traceback__)[-1]
    print(type(error).__name__, last.name, last.lineno, last.line)


def stubborn():
    ignored = False
    for i in range(3000):
        try:
            yield i
        except GeneratorExit:
            if ignored:
                raise
            ignored = True
            print("ignored at", i)


s = stubborn()
for _ in range(2100):
    next(s)
try:
    s.close()
except RuntimeError as error:
    print("RuntimeError", error)
s.close()
print("closed for good", s.gi_running)


def chained(source):
    for x in source:
        if x % 3:
            yield x * x


print(sum(chained(chained(range(30000)))))
