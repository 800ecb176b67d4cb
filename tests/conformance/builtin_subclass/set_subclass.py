class Tags(set):
    def __init__(self, items=()):
        super().__init__(t.lower() for t in items)
    def add(self, t):
        super().add(t.lower())
    def __repr__(self):
        return "Tags(" + ", ".join(sorted(self)) + ")"
t = Tags(["Py", "Code"])
t.add("FUN")
print(t, len(t), "py" in t, isinstance(t, set))
u = t | {"x"}
print(type(u).__name__, sorted(u))
print(sorted(t & {"py", "zzz"}), type(t.copy()).__name__)
t.discard("code")
print(t)
class FS(frozenset):
    def total(self):
        return sum(self)
f = FS([1, 2, 3, 3])
print(f.total(), len(f), type(f | {4}).__name__, sorted(f))
