import json

print(json.loads('{"ok": [1, 2]}'))

values = [json.loads(t) for t in ["1", "[2]", '{"3": 4}']]
print(values)
print(json.dumps(values))
for text in ['"ok"', "null"]:
    print(json.loads(text))
json.loads('{"broken": [1, 2}')
