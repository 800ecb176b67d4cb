import re

s = "2024-03-15 and 1999-12-31"
print(re.sub(r"(\d{4})-(\d\d)-(\d\d)", r"\3/\2/\1", s))
print(re.sub(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)", r"\g<d>.\g<m>.\g<y>", s))
print(re.sub(r"(\d)", r"\g<1>0", "a1b2"))
print(re.sub(r"(\w+)", r"<\g<0>>", "hi there"))
print(re.sub(r"x", r"\n\t\\", "axb"), repr(re.sub(r"x", "\\n", "x")))
print(re.sub(r"(a)(b)?", r"[\2]", "ab a"))
m = re.match(r"(?P<name>\w+) (?P<age>\d+)", "Bob 42")
print(m.expand(r"\g<name> is \2 years (\g<0>)"))
for bad in [r"\g<x>", r"\3", r"\g<", r"\g<1a>", "\\"]:
    try:
        re.sub(r"(a)(b)", bad, "ab")
    except (re.error, IndexError) as error:
        print(type(error).__name__, error)
print(re.subn(r"o", "0", "foo boo", count=0), re.sub(r"o", "0", "foo boo", count=1))
print(re.sub(rb"(\d+)", rb"<\1>", b"a12b3"))
