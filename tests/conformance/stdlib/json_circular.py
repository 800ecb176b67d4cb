import json

a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as error:
    print("ValueError", error)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as error:
    print("ValueError", error)
shared = [1, 2]
print(json.dumps([shared, shared]))
