import copy

a = [1, 2]
a.append(a)
b = copy.deepcopy(a)
print(b[2] is b, b[2] is a, len(b))
shared = [0]
pair = [shared, shared]
c = copy.deepcopy(pair)
print(c[0] is c[1], c[0] is shared)
d = {"k": shared}
d["self"] = d
e = copy.deepcopy(d)
print(e["self"] is e, e["k"] == [0])
memo = {}
x = copy.deepcopy([shared], memo)
print(id(shared) in memo, x[0] is memo[id(shared)])
