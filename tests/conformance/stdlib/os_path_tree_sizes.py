# Directory sizes from a listing of (path, size) pairs, as `du` would print them, with
# os.path doing all the path arithmetic (no file system is touched).
import os

listing = [
    ("/project/README.md", 1200),
    ("/project/src/app.py", 5400),
    ("/project/src/lib/util.py", 2300),
    ("/project/src/lib/__init__.py", 0),
    ("/project/tests/test_app.py", 3100),
    ("/project/docs/guide/intro.md", 800),
    ("/project/docs/guide/../index.md", 450),
]

totals = {}
for path, size in listing:
    path = os.path.normpath(path)
    directory = os.path.dirname(path)
    while True:
        totals[directory] = totals.get(directory, 0) + size
        if directory == "/":
            break
        directory = os.path.dirname(directory)

for directory in sorted(totals):
    depth = directory.count(os.sep) - (directory == "/")
    label = os.path.relpath(directory, "/project") if directory.startswith("/project") else directory
    print(f"{'  ' * depth}{label:<12}{totals[directory]:>6}")

print(os.path.splitdrive("/project/src"), os.path.splitdrive("C:/x"))
largest = max(listing, key=lambda item: item[1])
print(os.path.basename(largest[0]), os.path.splitext(largest[0])[1])
extensions = {}
for path, size in listing:
    ext = os.path.splitext(path)[1] or "(none)"
    extensions[ext] = extensions.get(ext, 0) + size
print(sorted(extensions.items()))
print(os.path.commonpath([os.path.normpath(p) for p, _ in listing]))
print(sorted({os.path.basename(os.path.dirname(p)) for p, _ in listing}))
