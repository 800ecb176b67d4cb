class TypedList(list):
    def __init__(self, kind, items=()):
        self.kind = kind
        super().__init__(self._check(x) for x in items)
    def _check(self, x):
        if not isinstance(x, self.kind):
            raise TypeError(f"expected {self.kind.__name__}")
        return x
    def append(self, x):
        super().append(self._check(x))
t = TypedList(int, [1, 2])
t.append(3)
print(t, len(t), t.kind, isinstance(t, list), type(t).__name__)
print(t + [4], type(t + [4]).__name__, t[1:], type(t[1:]).__name__)
try:
    t.append("x")
except TypeError as e:
    print("TypeError", e)
t.extend(["not checked"])
print(t)
print(sorted(t[:3], reverse=True), t == [1, 2, 3, "not checked"])
