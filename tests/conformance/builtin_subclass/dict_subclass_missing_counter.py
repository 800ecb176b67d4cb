class Tally(dict):
    def __missing__(self, k):
        return 0
    def add(self, *items):
        for it in items:
            self[it] += 1
        return self
    def most(self):
        return max(self.items(), key=lambda kv: (kv[1], kv[0]))
t = Tally().add(*"abracadabra")
print(sorted(t.items()), t.most(), t["zzz"], "zzz" in t)
print(type(t.copy()).__name__, type(dict(t)).__name__)
t2 = Tally({"a": 100})
t2.update(b=5)
print(t2, t2["c"])
print(Tally.fromkeys("xy", 1), type(Tally.fromkeys("xy")).__name__)
print(t | {"q": 1} == {**t, "q": 1})
