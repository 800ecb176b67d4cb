import re

m = re.search(r"(?P<key>\w+)=(?P<val>\w*)(;)?", "  opt=on; rest")
print(m)
print(m.group(), m.group(0), m.group(1, "val"), m[2], m.start(), m.end(), m.span())
print(m.groups(), m.groupdict(), m.lastindex, m.lastgroup, m.pos, m.endpos)
print(m.re.pattern, m.string, m.regs, bool(m))
print(m.start(3), m.end(3), m.span(3))
for bad in [4, -1, "nope", 1.5]:
    try:
        m.group(bad)
    except IndexError as error:
        print("IndexError", error)
m2 = re.match(r"(a)|(b)", "b")
print(m2.groups(), m2.groups(0), m2.lastindex, m2.start(1), m2.span(1))
m3 = re.compile(r"x").search("axbx", 2)
print(m3, m3.pos, m3.span())
try:
    m["a"] = 1
except TypeError as error:
    print("TypeError", error)
print(type(m).__name__, type(re.compile("a")).__name__, isinstance(m, re.Match), isinstance(re.compile(""), re.Pattern))
