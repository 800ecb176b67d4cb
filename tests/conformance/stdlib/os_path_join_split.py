# os.path.join/split/dirname/basename on the paths a build script handles, with the
# POSIX rules for absolute components, trailing slashes and empty parts.
import os
import os.path

print(os.path.join("src", "pkg", "module.py"), os.path.join("/usr", "lib", "python3"))
print(os.path.join("a", "/b", "c"), os.path.join("a/", "b//", "c"), repr(os.path.join("", "x")))
print(os.path.join("dir", ""), os.path.join("/"), os.path.join(b"bytes", b"path"))
for path in ["/usr/local/bin/python3", "relative/file.txt", "/", "name", "dir/", "//double", "a/b/../c", ""]:
    head, tail = os.path.split(path)
    print(repr(path), "->", repr(head), repr(tail), repr(os.path.dirname(path)), repr(os.path.basename(path)))
print(os.path.isabs("/etc"), os.path.isabs("etc"), os.path.isabs(""), os.path.isabs("//x"))
print(os.sep, os.path.sep, os.curdir, os.pardir, os.extsep, os.pathsep)

outputs = {}
for source in ["src/app/main.py", "src/app/util/strings.py", "src/tests/test_main.py"]:
    rel = source.split("/", 1)[1]
    target = os.path.join("build", os.path.dirname(rel), os.path.basename(rel).replace(".py", ".pyc"))
    outputs[source] = target
for source, target in outputs.items():
    print(source, "=>", target)

parts = []
path = "/home/user/projects/demo/readme.md"
while True:
    path, tail = os.path.split(path)
    if not tail:
        parts.append(path)
        break
    parts.append(tail)
print(parts[::-1])
for bad in [None, 3, ["a"]]:
    try:
        os.path.join("a", bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
try:
    os.path.join("text", b"bytes")
except TypeError:
    print("TypeError str and bytes")
