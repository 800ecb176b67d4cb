import pprint

long_text = "word " * 30
pprint.pprint(long_text, width=40)
pprint.pprint([long_text, b"bytes " * 12], width=50)
pprint.pprint({"key": "value " * 10}, width=30)
print(pprint.pformat("short", width=1))
pprint.pprint(["ab" * 30, "cd"], width=30)
pprint.pprint(("tuple " * 8,), width=25)
print(pprint.pformat("x" * 20, width=5))
