import re

p = re.compile(r"\w+")
s = "alpha beta gamma"
print(p.search(s, 3).group(), p.search(s, 6, 8).group(), p.match(s, 6).span())
print(p.findall(s, 2, 12), [m.span() for m in p.finditer(s, 100)], p.findall(s, -5, 5))
print(re.compile(r"$").search("abc", 0, 2).span(), re.compile(r"a$").search("ab", 0, 1))
print(re.compile(r"\b").findall("ab cd", 1, 4), re.compile(r"(?<=a)b").search("ab", 1).span())
print(p.fullmatch(s, 6, 10), p.fullmatch(s, 6, 9), re.compile(r"^b").search("ab", 1))
m = p.search(s, 6, 14)
print(m.pos, m.endpos, m.string[m.pos:m.endpos], repr(m))
print(p.sub("X", s[:10]), p.split(s, 1))
