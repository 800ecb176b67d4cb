class Default(dict):
    def __missing__(self, key):
        print("missing", key)
        return key * 2
d = Default(a=1)
print(d["a"], d["bb"], d.get("zz"), "bb" in d, len(d))
class Counting(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
c = Counting()
for w in "the cat the hat the".split():
    c[w] += 1
print(sorted(c.items()))
class Raise(dict):
    def __missing__(self, key):
        raise KeyError(f"no {key}")
r = Raise()
try:
    r["x"]
except KeyError as e:
    print("KeyError", e.args)
print(Default().get("k", "dflt"))
