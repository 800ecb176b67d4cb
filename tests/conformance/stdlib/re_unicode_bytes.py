import re

print(re.findall(r"\w+", "naïve café straße ДОМ 日本"))
print(re.findall(r"\w+", "naïve café", re.ASCII))
print(re.sub(r"\d", "#", "٣ 3 ３"))
print(re.findall(rb"\d+", b"ab12cd345"))
print(re.match(rb"(\w+) (\w+)", b"hello world").groups())
print(re.search(r"STRASSE", "straße", re.I), re.search(r"ß", "SS", re.I))
print(re.findall(r"[à-ÿ]+", "àéî xyz ÿ"))
try:
    re.search(r"\d", b"123")
except TypeError as error:
    print("TypeError", error)
