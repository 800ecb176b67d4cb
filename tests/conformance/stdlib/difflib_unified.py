import difflib

before = """def greet(name):
    print("Hello, " + name)

greet("world")
""".splitlines(keepends=True)
after = """def greet(name, punctuation="!"):
    print(f"Hello, {name}{punctuation}")

greet("world")
greet("sandbox")
""".splitlines(keepends=True)
print("".join(difflib.unified_diff(before, after, fromfile="old.py", tofile="new.py")))
print("".join(difflib.unified_diff(before, after, n=0)))
print("".join(difflib.context_diff(before, after, fromfile="old.py", tofile="new.py")))
lines = list(difflib.unified_diff(["a", "b"], ["a", "c"], lineterm=""))
print(lines)
print(list(difflib.unified_diff([], [])))
