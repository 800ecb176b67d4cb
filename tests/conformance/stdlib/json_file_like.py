import io
import json

buffer = io.StringIO()
json.dump({"a": [1, 2, 3], "b": "x"}, buffer, indent=1)
print(buffer.getvalue())
buffer.seek(0)
print(json.load(buffer))
source = io.StringIO('{"nested": {"list": [true, false]}}')
print(json.load(source)["nested"]["list"])
print(json.loads(b'{"bytes": 1}'))
print(json.loads('{"bom": 1}'.encode("utf-16")))
