import re

html = "<b>bold</b> and <i>italic</i>"
print(re.findall(r"<.+>", html), re.findall(r"<.+?>", html))
print(re.findall(r"<(\w+)>(.*?)</\1>", html))
print(re.match(r"a{2,4}", "aaaaa").group(), re.match(r"a{2,4}?", "aaaaa").group())
print(re.match(r"(a+?)(a*)", "aaa").groups(), re.match(r"(a*?)(a+?)", "aaa").groups())
print(re.findall(r"\d{2,}?", "12345"), re.findall(r"\d{,2}", "12345"))
print(re.search(r"x.*y", "x1y2y3").group(), re.search(r"x.*?y", "x1y2y3").group())
print(re.match(r"(.*)(\d+)", "abc123").groups(), re.match(r"(.*?)(\d+)", "abc123").groups())
print(re.findall(r"a??b", "ab b aab"), re.findall(r"(?:ab)+?", "ababab"))
print(re.sub(r"\s{2,}", " ", "a  b   c d"), re.findall(r"a{0}b", "ab"))
