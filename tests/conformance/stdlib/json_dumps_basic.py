import json

values = [None, True, False, 0, -7, 3.25, 1e100, "plain", "quote\"back\\slash", "tab\tnl\n",
          "é ü ß", "\u2603 snow", [], {}, [1, [2, [3]]], {"a": 1, "b": [True, None]}]
for value in values:
    print(json.dumps(value))
print(json.dumps(values, ensure_ascii=False))
print(json.dumps((1, 2, 3)))
print(json.dumps("x" * 3), json.dumps(["a", "b"], separators=(",", ":")))
print(json.dumps(-0.0), json.dumps(1.0), json.dumps(True + 1))
