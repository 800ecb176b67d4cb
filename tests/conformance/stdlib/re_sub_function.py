import re

prices = "apple $1.50, pear $0.75, melon $3"


def add_tax(m):
    value = float(m.group(1)) * 1.2
    return f"${value:.2f}"


print(re.sub(r"\$(\d+(?:\.\d+)?)", add_tax, prices))
counter = {}


def number(m):
    word = m.group().lower()
    counter[word] = counter.get(word, 0) + 1
    return f"{word}#{counter[word]}"


print(re.sub(r"\b[A-Za-z]+\b", number, "the cat and The dog and THE bird"))
print(re.subn(r"\d", lambda m: str(9 - int(m.group())), "2024-03-15"))
print(re.sub(r"(?P<k>\w+)=(?P<v>\w+)", lambda m: f"{m['v']}={m['k']}", "a=1 b=2 c"))
print(re.sub("x*", lambda m: f"[{m.group()}]", "axxb"))
print(re.sub(r"\s+", lambda m: " " if "\n" not in m.group() else "\n", "a  b\n\n c   d"))
calls = []
re.sub(r"(a)|(b)", lambda m: calls.append((m.lastindex, m.span())) or "", "abba")
print(calls)
try:
    re.sub(r"a", lambda m: 5, "a")
except TypeError as error:
    print("TypeError", error)
try:
    re.sub(r"a", lambda m: 1 / 0, "xa")
except ZeroDivisionError as error:
    print("ZeroDivisionError", error)
