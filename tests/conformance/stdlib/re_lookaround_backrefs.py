import re

print(re.findall(r"\w+(?=!)", "hey! you there! no"))
print(re.findall(r"(?<!\$)\b\d+", "$10 20 $30 40"))
print(re.findall(r"(?<=-)\w+", "a-b c-d -e"))
print(re.search(r"(\w+) \1", "the the cat").group(1))
print(re.findall(r"<(\w+)>.*?</\1>", "<b>x</b><i>y</i><b>z</i>"))
print(re.match(r"(?i)hello", "HeLLo").group())
print(re.findall(r"a{2,3}?", "aaaaaaa"), re.findall(r"a{2,3}", "aaaaaaa"))
print(re.sub(r"(?m)^(\s*)#", r"\1//", "# a\n  # b\nc # d"))
print(re.fullmatch(r"(?:(a)|b)+", "abab").groups())
print(re.match(r"(?P<q>['\"]).*?(?P=q)", "'quoted' rest").group())
