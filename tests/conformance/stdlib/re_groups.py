import re

m = re.match(r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)(T(\d\d):(\d\d))?", "2024-03-15T10:30 rest")
print(m.group(0), m.group(1, 2), m.groups(), m.groupdict())
print(m.start("month"), m.end("day"), m.span(5), m.lastindex, m.lastgroup)
m = re.match(r"(a)(b)?(c)?", "ac")
print(m.groups(), m.groups("-"), m.group(2), m.span(2))
m = re.search(r"(?:non)(capt)(?=ure)", "noncapture")
print(m.groups(), m.group())
print(re.match(r"(\w)\1", "aab"), re.match(r"(\w)\1", "aab".upper()[0] * 2).group())
print(re.sub(r"(?P<w>\w+) (\w+)", r"\2 \g<w>", "hello world"))
