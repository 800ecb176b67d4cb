import re

print(re.sub(r"\s+", " ", "  many   spaces\t\tand\nlines  "))
print(re.sub(r"(\d+)", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
print(re.subn(r"o", "0", "foo boo zoo", count=2))
print(re.sub(r"^", "> ", "line1\nline2", flags=re.M))
print(re.split(r"[,;]\s*", "a, b;c,  d"))
print(re.split(r"(,)", "a,b,c"))
print(re.split(r"\s", "a b c d", maxsplit=2))
print(re.split(r"x*", "axbc"))
print(re.sub(r"a|(b)", r"[\1]", "abc"))
print(re.escape("1.5*[x]+(y)?"))
