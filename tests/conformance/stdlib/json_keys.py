import json

print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none", "s": "str"}))
try:
    json.dumps({(1, 2): "tuple"})
except TypeError as error:
    print("TypeError", error)
print(json.dumps({(1, 2): "tuple", "ok": 1}, skipkeys=True))
print(json.dumps({"b": 1, "a": {"d": 1, "c": 2}}, sort_keys=True, indent=2))
try:
    json.dumps({1: 1, "a": 2}, sort_keys=True)
except TypeError as error:
    print("TypeError")
