class Todo:
    _id = 0
    def __init__(self, title, priority=2, tags=()):
        Todo._id += 1
        self.id = Todo._id
        self.title, self.priority, self.tags, self.done = title, priority, set(tags), False
    def __repr__(self):
        mark = "x" if self.done else " "
        tags = ",".join(sorted(self.tags))
        return f"[{mark}] #{self.id} P{self.priority} {self.title}" + (f" ({tags})" if tags else "")
class TodoList:
    def __init__(self):
        self.items = {}
    def add(self, *a, **k):
        t = Todo(*a, **k)
        self.items[t.id] = t
        return t.id
    def complete(self, tid):
        try:
            self.items[tid].done = True
        except KeyError:
            raise KeyError(f"no todo {tid}") from None
    def query(self, tag=None, done=None):
        res = [t for t in self.items.values() if (tag is None or tag in t.tags) and (done is None or t.done == done)]
        return sorted(res, key=lambda t: (t.priority, t.id))
tl = TodoList()
tl.add("write report", 1, ["work"])
tl.add("buy milk", tags=["home", "shop"])
tl.add("fix bug", 1, ["work", "urgent"])
tl.add("call mom", 3)
tl.complete(3)
for t in tl.query():
    print(t)
print(tl.query(tag="work", done=False), len(tl.query(done=True)))
try:
    tl.complete(42)
except KeyError as e:
    print("KeyError", e)
