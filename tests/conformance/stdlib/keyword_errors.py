import keyword

print(keyword.iskeyword("def"))
for word in ["nonlocal", "global", "exec", "print"]:
    print(word, keyword.iskeyword(word))
print(keyword.issoftkeyword("_"))
print(keyword.iskeyword("async"), keyword.iskeyword("await"))
print(keyword.iskeyword("None"))
print(keyword.iskeyword("lambda"))
keyword.iskeyword(["def"])
