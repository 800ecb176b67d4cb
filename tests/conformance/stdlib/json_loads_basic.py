import json

texts = ['null', 'true', 'false', '0', '-12', '3.5', '1e3', '-0.0', '"hi"', '"\\u00e9\\n"',
         '[]', '{}', '[1, "two", [3.0], {"four": 4}]', ' { "a" : [ 1 , 2 ] } ',
         '"\\ud83d\\ude00"', '123456789012345678901234567890', '[1e400, -1e400]']
for text in texts:
    value = json.loads(text)
    print(repr(value), type(value).__name__)
print(json.loads("[[[]]]"), json.loads('{"a": {"b": {}}}'))
print(json.loads('"\\/\\b\\f"'))
