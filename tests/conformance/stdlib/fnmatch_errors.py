import fnmatch

print(fnmatch.fnmatch("a", "a"))
print(fnmatch.filter([], "*"))

for pattern in ["*", "?", "[a-z]"]:
    print(pattern, fnmatch.fnmatch("q", pattern))
print(fnmatch.fnmatchcase("Q", "[a-z]"))
print(fnmatch.filter(["A", "b"], "[A-Z]"))
fnmatch.filter(None, "*")
