import json

decoder = json.JSONDecoder()
stream = '{"a": 1} [2, 3] "four" 5'
pos = 0
while pos < len(stream):
    while stream[pos] == " ":
        pos += 1
    value, pos = decoder.raw_decode(stream, pos)
    print(repr(value), pos)
try:
    decoder.decode('{"a": 1} extra')
except json.JSONDecodeError as error:
    print(error.msg, error.pos)
strict = json.JSONDecoder(strict=False)
print(repr(strict.decode('"tab\there"')))
try:
    json.loads('"tab\there"')
except ValueError as error:
    print(type(error).__name__, error.msg)
