# yield from plain iterators: StopIteration values, send/throw/close of duck types.
class Counter:
    def __init__(self, stop):
        self.n, self.stop = 0, stop

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > self.stop:
            raise StopIteration("counted", self.n)
        return self.n


def delegate(it):
    result = yield from it
    print("result", result)


print(list(delegate(Counter(2))))
print(list(delegate(iter([7, 8]))))


class Duck(Counter):
    def send(self, value):
        print("duck send", value)
        return next(self)

    def throw(self, error):
        print("duck throw", type(error).__name__)
        return "recovered"

    def close(self):
        print("duck close")


gen = delegate(Duck(5))
print(next(gen), gen.send("hello"), gen.send(None))
print(gen.throw(KeyError("k")))
gen.close()

gen = delegate(iter([1, 2, 3]))
next(gen)
try:
    gen.send("x")
except AttributeError as e:
    print("AttributeError", "send" in str(e))



def outer():
    yield from Duck(1)


gen = outer()
next(gen)
gen.close()
print("all closed")
