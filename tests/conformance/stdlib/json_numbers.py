import json

for text in ["0", "-0", "1.0", "1E2", "1e-2", "-1.5e+3", "12345678901234567890", "0.1"]:
    value = json.loads(text)
    print(text, repr(value), json.dumps(value))
for bad in ["+1", ".5", "1.", "0x10", "- 1"]:
    try:
        json.loads(bad)
        print(bad, "accepted")
    except json.JSONDecodeError as error:
        print(bad, error.msg)
