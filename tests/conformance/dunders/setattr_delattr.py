class Tracked:
    def __init__(self):
        self.changes = []
    def __setattr__(self, name, value):
        if name != "changes":
            self.changes.append((name, value))
        super().__setattr__(name, value)
    def __delattr__(self, name):
        self.changes.append(("del", name))
        super().__delattr__(name)
t = Tracked()
t.x = 1
t.y = 2
t.x += 10
del t.y
print(t.changes, t.x, hasattr(t, "y"))
setattr(t, "z", 3)
print(t.changes[-1])
class ReadOnly:
    def __setattr__(self, k, v):
        raise AttributeError(f"cannot set {k}")
    def __delattr__(self, k):
        raise AttributeError(f"cannot delete {k}")
r = ReadOnly()
try:
    r.a = 1
except AttributeError as e:
    print(e)
del r.b
