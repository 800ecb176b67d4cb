import json
from collections import OrderedDict


class Tag(str):
    pass


class Count(int):
    pass


class Items(list):
    pass


class Table(dict):
    pass


print(json.dumps([Tag("t"), Count(3), Items([1, 2]), Table(a=1)]))
print(json.dumps(OrderedDict([("z", 1), ("a", 2)])))
print(json.loads('{"z": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.dumps({Tag("k"): Count(5)}))
