import copy

original = {"list": [1, [2, 3]], "tuple": (4, [5]), "set": {6}, "str": "s", "num": 7.5}
shallow = copy.copy(original)
deep = copy.deepcopy(original)
shallow["list"][1].append("s")
deep["tuple"][1].append("d")
print(original)
print(shallow is original, shallow["list"] is original["list"], deep["list"] is original["list"])
print(deep)
print(copy.copy((1, 2)) == (1, 2), copy.deepcopy((1, 2)))
t = (1, [2])
print(copy.deepcopy(t) is t, copy.deepcopy(t) == t)
