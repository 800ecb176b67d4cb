import json

encoder = json.JSONEncoder(indent=2, sort_keys=True)
chunks = list(encoder.iterencode({"b": [1, 2], "a": {"x": None}}))
print(len(chunks) > 1)
print("".join(chunks))
compact = json.JSONEncoder(separators=(",", ":"))
print(compact.encode([{"k": "v"}, 1.5, None]))
print(json.JSONEncoder().encode("just a string"))
print(list(json.JSONEncoder().iterencode(7)))
