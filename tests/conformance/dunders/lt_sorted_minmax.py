class Task:
    calls = 0
    def __init__(self, pri, name):
        self.pri, self.name = pri, name
    def __lt__(self, o):
        Task.calls += 1
        return self.pri < o.pri
    def __repr__(self):
        return self.name
ts = [Task(3, "c"), Task(1, "a"), Task(2, "b")]
print(sorted(ts))
print(min(ts), max(ts))
print(sorted([Task(1, "x"), Task(1, "y"), Task(0, "z")]))
ts.sort(reverse=True)
print(ts)
print(Task.calls > 0)
