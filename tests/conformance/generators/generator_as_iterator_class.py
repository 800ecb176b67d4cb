class Range2D:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield x, y
r = Range2D(3, 2)
print(list(r))
print(len(list(r)), (2, 1) in r, (3, 0) in r)
it = iter(r)
print(next(it), next(it))
print(sorted(r, key=lambda p: (-p[0], p[1]))[:3])
print(dict(zip(r, "abcdef"))[(1, 1)])
