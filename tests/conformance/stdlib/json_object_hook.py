import json


def as_point(d):
    if "__point__" in d:
        x, y = d["__point__"]
        return ("point", x, y)
    return d


text = '[{"__point__": [1, 2]}, {"name": "n", "inner": {"__point__": [3, 4]}}]'
print(json.loads(text, object_hook=as_point))
pairs = json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list)
print(pairs)
print(json.loads('{"b": 1, "a": 2, "b": 3}'))
print(json.loads('[1.5, 2, 3]', parse_float=lambda s: "F" + s, parse_int=lambda s: int(s) * 10))
print(json.loads('[NaN, Infinity]', parse_constant=lambda name: name.lower()))
