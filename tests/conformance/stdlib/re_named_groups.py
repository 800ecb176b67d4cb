import re

LOG = re.compile(r"(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - (?P<user>\S+) \[(?P<when>[^\]]+)\] \"(?P<method>[A-Z]+) (?P<path>\S+)\" (?P<status>\d{3})")
lines = [
    '10.0.0.1 - alice [01/Mar/2024:10:00:00] "GET /index.html" 200',
    '192.168.1.20 - - [01/Mar/2024:10:00:05] "POST /api/login" 401',
    'garbage line',
    '172.16.0.3 - bob [01/Mar/2024:10:01:00] "DELETE /api/item/7" 204',
]
for line in lines:
    m = LOG.match(line)
    if m is None:
        print("skip", repr(line))
        continue
    d = m.groupdict()
    print(d["ip"], d["user"], d["method"], d["path"], int(d["status"]))
    print("  spans:", m.span("path"), m.start("status"), m.lastgroup, m.lastindex)
print(sorted(LOG.groupindex.items(), key=lambda kv: kv[1]))
print(LOG.groups, type(LOG.groupindex).__name__)
m = re.match(r"(?P<a>x)?(?P<b>y)", "y")
print(m.groupdict(), m.groupdict("none"), m.group("a"), m["b"])
try:
    m.group("c")
except IndexError as error:
    print("IndexError", error)
print(re.sub(r"(?P<first>\w+)\s(?P<last>\w+)", r"\g<last>, \g<first>", "Ada Lovelace and Alan Turing"))
