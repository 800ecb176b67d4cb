import datetime
import json
import re

LOG = """\
2024-03-01 10:00:01 INFO  user=alice action=login ip=10.0.0.1
2024-03-01 10:02:13 WARN  user=bob action=login ip=10.0.0.2 attempts=3
2024-03-01 10:05:45 ERROR user=bob action=upload size=10MB reason="disk full"
2024-03-01 11:00:00 INFO  user=alice action=logout
bad line
2024-03-02 09:30:00 INFO  user=carol action=login ip=10.0.0.3
"""
LINE = re.compile(r"^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]{8}) (?P<level>[A-Z]+)\s+(?P<rest>.*)$")
FIELD = re.compile(r'(\w+)=("[^"]*"|\S+)')
events = []
for raw in LOG.splitlines():
    m = LINE.match(raw)
    if not m:
        continue
    when = datetime.datetime.fromisoformat(f"{m['date']}T{m['time']}")
    fields = {k: v.strip('"') for k, v in FIELD.findall(m["rest"])}
    events.append({"when": when.isoformat(), "level": m["level"], **fields})
print(json.dumps(events[2], sort_keys=True))
by_user = {}
for e in events:
    by_user.setdefault(e["user"], []).append(e["action"])
print(json.dumps(by_user, indent=1))
first = datetime.datetime.fromisoformat(events[0]["when"])
last = datetime.datetime.fromisoformat(events[-1]["when"])
print(last - first, sum(e["level"] != "INFO" for e in events))
