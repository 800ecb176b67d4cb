from collections.abc import Iterable, Sequence, Mapping, Callable, Hashable, Sized
for v in [[1], (1,), "s", {1: 2}, {1}, 5, len, None]:
    print(type(v).__name__, isinstance(v, Iterable), isinstance(v, Sequence), isinstance(v, Mapping),
          isinstance(v, Callable), isinstance(v, Hashable), isinstance(v, Sized))
class MySeq(Sequence):
    def __init__(self, d):
        self.d = d
    def __len__(self):
        return len(self.d)
    def __getitem__(self, i):
        return self.d[i]
s = MySeq([3, 1, 2])
print(list(s), s.index(1), s.count(2), 3 in s, list(reversed(s)))
