import re

p = re.compile(r"""
    (?P<key>[a-z_]+)   # a key
    \s*=\s*
    (?P<value>.*)      # its value
""", re.VERBOSE | re.IGNORECASE)
for line in ["Name = widget", "size=3", "bad line", "COLOR =  red "]:
    m = p.match(line)
    print(repr(line), m.groupdict() if m else None)
print(p.pattern.count("\n"), p.groups, sorted(p.groupindex.items()))
print(p.flags & re.VERBOSE != 0, bool(p.flags & re.IGNORECASE))
print(re.findall(r"^\w", "ab\ncd", re.M), re.findall(r"a.b", "a\nb", re.S), re.findall(r"a.b", "a\nb"))
print(re.compile("x") is re.compile("x"), repr(re.compile(r"a+b", re.I)))
print(re.I, re.M | re.S, repr(re.X))
