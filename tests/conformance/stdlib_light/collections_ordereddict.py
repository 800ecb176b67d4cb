from collections import OrderedDict
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(dict(od), list(od))
od.move_to_end("b")
print(list(od))
od.move_to_end("c", last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), list(od.items()))
o1 = OrderedDict(a=1, b=2)
o2 = OrderedDict(b=2, a=1)
print(o1 == o2, dict(o1) == dict(o2), o1 == {"b": 2, "a": 1})
lru = OrderedDict()
for k in "abcab":
    lru[k] = True
    lru.move_to_end(k)
    if len(lru) > 2:
        lru.popitem(last=False)
print(list(lru))
