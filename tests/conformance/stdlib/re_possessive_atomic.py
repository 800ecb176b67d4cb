import re
import sys

if sys.version_info >= (3, 11):
    print(re.match(r"(?>a+)b", "aaab").group(), re.match(r"(?>a+)ab", "aaab"))
    print(re.findall(r"\d++", "12 345 6"), re.match(r"a*+a", "aaa"))
    print(re.fullmatch(r'"(?:[^"\\]++|\\.)*+"', r'"he said \"hi\""') is not None)
    print(re.match(r"(?:ab|a)++c", "ababc"), re.match(r"(?>ab|a)c", "ac"))
    print(re.findall(r"\w?+\d", "a1 22 b"), re.findall(r"x{1,2}+x", "xxx xx"))
    print(re.sub(r"(?>\s+)$", "", "trailing   "), re.match(r"(?>(\w)+)", "abc").groups())
    for pattern in [r"a?+", r"(?:a|b)*+c", r"[^,]++,"]:
        print(pattern, re.findall(pattern, "aab,c,"))
else:
    print("old")
