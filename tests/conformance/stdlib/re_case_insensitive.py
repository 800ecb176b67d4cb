import re

names = ["Alice", "alice", "ALICE", "Álice", "bob", "Bob"]
print([n for n in names if re.fullmatch(r"alice", n, re.I)])
print(re.findall(r"(?i)[a-c]+", "ABC xyz aBc"), re.findall(r"(?i)[^a-c]+", "ABCxyzD"))
print(re.sub(r"(?i)python", "Python", "python PYTHON PyThOn jython"))
print(re.findall(r"(?i)i", "iIİı"), re.findall(r"(?i)ſ", "sSſ"))
print(re.search(r"(?i)ΣΟΦΙΑ", "σοφία σοφια").group())
print(re.match(r"(?i)(?-i:A)b", "AB"), re.match(r"(?i)(?-i:A)b", "aB"))
print(re.findall(rb"(?i)[a-z]", b"aB\xc9\xe9"), re.findall(r"(?i)[a-z]", "aBÉé"))
print(re.compile("(?i)abc").flags & re.I != 0, re.fullmatch(r"(?i)\u00ff", "\u0178") is not None)
