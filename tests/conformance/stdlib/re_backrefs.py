import re

print(re.findall(r"\b(\w+)\s+\1\b", "this is is a test test of the the code"))
print(re.sub(r"\b(\w+)(\s+\1\b)+", r"\1", "go go go now now stop"))
print(re.fullmatch(r"(\w)(\w)?\w?\2\1", "abcba") is not None, re.fullmatch(r"(\w)(\w)?\w?\2\1", "abcab"))
print(re.search(r"(?P<quote>[\"']).*?(?P=quote)", "say \"hi 'there'\" ok").group())
print(re.findall(r"(a)(?:b\1)+", "ababa abab"))
print(re.match(r"(?i)(ab)\1", "abAB").group(), re.match(r"(ab)\1", "abAB"))
print(re.search(r"<(?P<tag>\w+)[^>]*>(.*?)</(?P=tag)>", "<div class='x'><p>text</p></div>").groups())
m = re.search(r"(\d)(\d)(\d)(\d)(\d)(\d)(\d)(\d)(\d)(\d)\10", "12345678900")
print(m.group(10), m.span())
print(re.sub(r"(\w)\1", lambda m: m.group(1).upper(), "aabbcdde"))
for word in ["level", "rotor", "python", "abba", "x"]:
    print(word, bool(re.fullmatch(r"(?:(\w)(?:(\w)(?:(\w)\w?\3|\w?)\2|\w?)\1|\w)", word)))
