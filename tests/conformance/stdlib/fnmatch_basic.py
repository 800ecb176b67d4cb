import fnmatch

names = ["main.py", "test_main.py", "README.md", "setup.cfg", "data1.csv", "data22.csv", ".hidden", "Makefile"]
for pattern in ["*.py", "test_*", "data?.csv", "data[0-9]*.csv", "[!.]*", "*.[cm][sd]*", "*"]:
    print(pattern, fnmatch.filter(names, pattern))
print(fnmatch.fnmatch("FILE.TXT", "*.txt"), fnmatch.fnmatchcase("FILE.TXT", "*.txt"))
for name in ["a.PY", "b.py", "c.pyc"]:
    print(name, fnmatch.fnmatch(name, "*.py"), fnmatch.fnmatch(name, "*.py?"))
print(fnmatch.filter(["x", "y", "xy"], "?"))
print(fnmatch.filter(["[a]", "a"], "[[]a]"))
