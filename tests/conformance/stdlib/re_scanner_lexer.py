import re

scanner = re.Scanner([
    (r"[0-9]+(?:\.[0-9]+)?", lambda s, t: ("NUM", float(t) if "." in t else int(t))),
    (r"[a-zA-Z_]\w*", lambda s, t: ("NAME", t)),
    (r"[-+*/()^]", lambda s, t: ("OP", t)),
    (r"\s+", None),
])
print(scanner.scan("x = 3.5 * (y + 42)"))
print(scanner.scan("a+b"))
p = re.compile(r"\d+|[a-z]+|\s+|.")
sc = p.scanner("ab 12!")
out = []
while (m := sc.match()) is not None:
    out.append((m.group(), m.span()))
print(out)
sc2 = re.compile(r"\d").scanner("a1b22c")
print([m.group() for m in iter(sc2.search, None)])
