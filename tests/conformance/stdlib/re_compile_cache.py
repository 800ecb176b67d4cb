import re

a = re.compile(r"\d+")
b = re.compile(r"\d+")
c = re.compile(r"\d+", re.I)
print(a == b, a == c, hash(a) == hash(b), a is re.compile(a))
print(re.compile(a).pattern, re.findall(a, "1 22"))
try:
    re.compile(a, re.I)
except ValueError as error:
    print("ValueError", error)
seen = {re.compile("x"), re.compile("x"), re.compile("y")}
print(len(seen))
for i in range(600):
    re.compile(f"k{i}")
print(re.compile(r"\d+") == a, re.match(r"k59\d", "k599").group())
re.purge()
print(re.compile(r"\d+") == a, repr(re.compile(r"(?s)x", re.M)))
import copy
print(copy.copy(a) is a, copy.deepcopy(a) is a)
m = a.search("ab12")
print(copy.copy(m) is m, copy.deepcopy(m).group())
print(repr(re.compile("a" * 250)) [:30], len(repr(re.compile("a" * 250))))
