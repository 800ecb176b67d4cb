# kind 2: a NameError whose "Did you mean" scans a globals dict of 200,000 names, some of them str subclasses with an __eq__ that loops
class S(str):
    def __eq__(self, other):
        while True:
            pass
    __hash__ = str.__hash__
g = globals()
for i in range(200_000):
    g[f"name_{i}"] = i
g[S("valuee")] = 1
print(valeu)
