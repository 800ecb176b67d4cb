import re

s = "k1=v1, k2=, =v3, k4=v4"
print(re.findall(r"\w+=\w*", s))
print(re.findall(r"(\w+)=\w*", s))
print(re.findall(r"(\w*)=(\w*)", s))
print(re.findall(r"(\w+)=(?:(v)\d)?", s))
print(re.findall(r"((\w)\w*)=", s))
print(re.findall(r"(?:\w+)=", s), re.findall(r"()", "ab"))
print(re.findall(r"(a)|(b)|(c)", "cab"))
print(re.findall(rb"(\d)(\w)", b"1a2b"), re.findall(r"\d", ""))
print([m.groups() for m in re.finditer(r"(\d)?x", "1x x")])
