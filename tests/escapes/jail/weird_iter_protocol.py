# kind jail: iterators whose __next__ returns runtime internals and __length_hint__ lies, consumed by host containers
class It:
    n = 0
    def __iter__(self):
        return self
    def __next__(self):
        It.n += 1
        if It.n > 5:
            raise StopIteration
        return print
    def __length_hint__(self):
        return 10 ** 18
list(It())
It.n = 0
tuple(It())
It.n = 0
[].extend(It())
