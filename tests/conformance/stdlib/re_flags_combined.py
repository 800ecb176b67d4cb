import re

text = "First line\nsecond Line\nTHIRD LINE\n"
print(re.findall(r"^\w+", text))
print(re.findall(r"^\w+", text, re.MULTILINE))
print(re.findall(r"line$", text, re.M | re.I))
print(re.findall(r"line.second", text, re.I), re.findall(r"line.second", text, re.I | re.S))
print(re.findall(r"(?im)^t\w+", text), re.findall(r"(?i:t)HIRD", text))
print(re.search(r"\w+", "über", re.ASCII), re.search(r"\w+", "über").group())
flags = re.I | re.M
print(flags, int(flags), repr(flags), re.I in flags, re.S in flags)
print(re.RegexFlag.IGNORECASE is re.I, re.IGNORECASE.name, re.NOFLAG if hasattr(re, "NOFLAG") else 0)
p = re.compile(r"(?x) \d+ # digits", re.I)
print(p.flags == (re.X | re.I | re.U), p.pattern)
try:
    re.compile(r"a", re.A | re.U)
except ValueError as error:
    print("ValueError", error)
try:
    re.compile(rb"a", re.U)
except ValueError as error:
    print("ValueError", error)
print(re.findall(r"(?s:.)x", "\nx ax"), re.findall(r"(?-i:a)b", "aB Ab ab", re.I))
