class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(5)))
c = Countdown(3)
for x in c:
    print(x)
print(list(c))
class Repeat:
    def __init__(self, v, times):
        self.v, self.times = v, times
    def __iter__(self):
        for _ in range(self.times):
            yield self.v
r = Repeat("ab", 3)
print(list(r), list(r), "".join(r))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
a, b, c = Countdown(3)
print(a, b, c)
print(sum(Countdown(100)), max(Countdown(4)), sorted(Countdown(4)))
