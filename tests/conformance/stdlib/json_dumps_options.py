import json

data = {"name": "widget", "tags": ["a", "b"], "size": {"w": 3, "h": 4.5}, "ok": True, "z": None}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="\t", sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, indent=0))
print(json.dumps([1, [2, []], {}], indent=3))
print(json.dumps({"b": 1, "a": 2, "c": {"y": 1, "x": 2}}, sort_keys=True))
print(json.dumps([], indent=2), json.dumps({}, indent=2))
