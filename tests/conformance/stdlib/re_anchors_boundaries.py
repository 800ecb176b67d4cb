import re

s = "cat scatter Cat\ncat concat\n"
print(re.findall(r"\bcat\b", s), re.findall(r"\Bcat\b", s), re.findall(r"\bcat\B", s))
print(re.findall(r"(?i)^cat", s, re.M), re.findall(r"\Acat", s, re.M), re.findall(r"cat$", s, re.M))
print(re.search(r"t\Z", s), re.search(r"t$", s), re.search(r"\n\Z", s).span())
print(re.findall(r"$", "a\nb\n"), [m.span() for m in re.finditer(r"(?m)$", "a\nb\n")])
print(re.findall(r"\b", "ab cd"), [m.start() for m in re.finditer(r"\B", "ab cd")])
print(re.sub(r"^", ">", "a\nb", flags=re.M), re.sub(r"$", "<", "a\nb\n"))
p = re.compile(r"^\w")
print(p.search("xa", 1), p.match("xa", 1), re.compile(r"\b\w").search("xa", 1))
print(re.findall(r"\b\d+\b", "12 a34 56b 78"), re.findall(r"(?a)\bé", "é"))
