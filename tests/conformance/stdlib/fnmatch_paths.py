import fnmatch

paths = ["src/app/main.py", "src/app/util.py", "src/lib/x.c", "docs/index.md", "tests/test_app.py"]
print([p for p in paths if fnmatch.fnmatch(p, "src/*/*.py")])
print([p for p in paths if fnmatch.fnmatch(p, "*test*")])
print([p for p in paths if fnmatch.fnmatch(p, "*.[ch]")])
ignore = ["*.pyc", "__pycache__", "*.md"]
print([p for p in paths if not any(fnmatch.fnmatch(p, pat) for pat in ignore)])
print([p.rsplit("/", 1)[-1] for p in paths if fnmatch.fnmatch(p, "*/app/*")])
print(fnmatch.fnmatch("dir/sub/file.txt", "dir/*.txt"))
