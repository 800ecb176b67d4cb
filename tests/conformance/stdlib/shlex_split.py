import shlex

for line in ['ls -l "my file.txt"', "echo 'single quoted' \"double $HOME\"", r"a\ b c\\d",
             "cmd --opt=1 # comment", "  spaced   out  ", '""', "a'b'c"]:
    print(repr(line), shlex.split(line))
print(shlex.split("x # not comment", comments=True))
print(shlex.split("a 'b c'", posix=False))
print(shlex.split("a\\ b"), shlex.split("'a\\ b'"), shlex.split('"a\\"b"'))
print(shlex.split(""), shlex.split("   "))
print(shlex.split("x=1 y='2 3'"))
