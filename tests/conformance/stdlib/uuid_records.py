import json
import uuid

NS = uuid.UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
people = ["ada", "grace", "edsger", "barbara"]
records = {str(uuid.uuid5(NS, name)): {"name": name, "len": len(name)} for name in people}
for key in sorted(records):
    print(key, records[key])
print(json.dumps(sorted(records))[:60])
ids = [uuid.UUID(k) for k in records]
print(min(ids), max(ids).hex[:8], sorted(i.int % 97 for i in ids))
