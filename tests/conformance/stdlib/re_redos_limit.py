import re

# A catastrophic pattern on a short input still finishes; the long one is for the limits test.
print(re.match(r"(a+)+$", "a" * 12 + "b"))
print(re.match(r"(a|aa)+$", "a" * 14) is not None)
print(len(re.findall(r"(?:x|y)*z", "xyxyz" * 20)))
print(re.match(r"(x+x+)+y", "x" * 10))
print(bool(re.search(r"(\w+\s?)+$", "a few words here")))
print(re.sub(r"(a*)*b", "-", "aaab"))
print(re.fullmatch(r"(?:a|b|ab)*c", "ab" * 8 + "c") is not None)
