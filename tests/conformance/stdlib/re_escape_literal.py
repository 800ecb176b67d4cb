import re

for s in ["a.b", "1+1=2", "(x)", "[a-z]", "price: $5^2", "tab\there", "naïve", " ", "#", "~!@%&", "a-b_c"]:
    e = re.escape(s)
    print(repr(s), repr(e), re.fullmatch(e, s) is not None)
print(re.escape(b"a.b*c"), re.escape(b"\x00\xff"))
words = ["c++", "c#", "f*", "node.js"]
pattern = re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))
print(pattern.findall("I like c++ and c# but not f* or node.js or nodexjs"))
print(re.sub(re.escape("1.5"), "X", "1.5 and 105"))
print(re.split(re.escape("||"), "a||b|c||d"))
