import re

SOURCE = """
; comment
[server]
host = example.org
port=8080
debug = yes   ; inline

[paths]
root = /var/www
logs: /var/log/app
  continued value
[empty]
bad line here
"""
SECTION = re.compile(r"^\[(?P<name>[^\]]+)\]\s*$")
OPTION = re.compile(r"^(?P<key>[\w.-]+)\s*[=:]\s*(?P<value>.*?)\s*(?:;.*)?$")
config, current, errors = {}, None, []
for number, line in enumerate(SOURCE.splitlines(), 1):
    if not line.strip() or re.match(r"\s*[;#]", line):
        continue
    if m := SECTION.match(line):
        current = config.setdefault(m["name"], {})
    elif re.match(r"\s+\S", line) and current is not None and current:
        key = list(current)[-1]
        current[key] += "\n" + line.strip()
    elif (m := OPTION.match(line)) and current is not None:
        current[m["key"].lower()] = m["value"]
    else:
        errors.append((number, line))
print(config)
print(errors)
