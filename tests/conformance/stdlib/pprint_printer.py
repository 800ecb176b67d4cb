import pprint

pp = pprint.PrettyPrinter(indent=4, width=30)
pp.pprint([{"k%d" % i: list(range(i))} for i in range(6)])
print(pp.isreadable({"a": 1}), pp.isrecursive([1]))
loop = [1, 2]
loop.append(loop)
print(pprint.pformat(loop).split(" with id=")[0])
print(pprint.isrecursive(loop), pprint.isreadable(loop))
pprint.pp({"z": 1, "a": 2})
