import re

text = "The year 1999 ended; 2000 began. In 2024, things changed by 15%."
for m in re.finditer(r"\b(\d{4})\b", text):
    print(m.group(1), m.span(), text[m.start() - 4:m.start()].strip())
it = re.finditer(r"\w+", "a bb ccc")
print(type(it).__name__ == "callable_iterator", next(it).group(), [m.group() for m in it])
print([(m.start(), m.group()) for m in re.finditer(r"a*", "baaac")])
p = re.compile(r"[A-Z]")
print([m.span() for m in p.finditer("AbCdEf", 1, 5)])
words = {}
for m in re.finditer(r"(?i)\b([a-z])\w*", "Apple avocado Banana blueberry cherry Apricot"):
    words.setdefault(m.group(1).lower(), []).append(m.group())
print(words)
m = next(re.finditer(r"(?P<x>\d+)", "id=42"))
print(m.re.pattern, m.string, m.pos, m.endpos, m.regs)
total = sum(int(m.group()) for m in re.finditer(r"-?\d+", "3 apples, -2 pears, 10 figs"))
print(total)
