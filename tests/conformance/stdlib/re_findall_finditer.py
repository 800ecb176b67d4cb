import re

text = "Alice: 30, Bob: 25, Carol: 41; Dave:19"
print(re.findall(r"\d+", text))
print(re.findall(r"(\w+):\s*(\d+)", text))
print(re.findall(r"[aeiou]", "sequoia", flags=re.I))
for m in re.finditer(r"(\w+):\s*(\d+)", text):
    print(m.start(), m.end(), m.group(1), int(m.group(2)) * 2)
print(re.findall(r"", "ab"))
print(re.findall(r"a|", "bab"))
print([m.span() for m in re.finditer(r"\b", "hi there")])
