import textwrap

items = {"alpha": "First item with a rather long description that needs wrapping.",
         "beta": "Short.", "gamma": "Another long description that goes on and on for a while."}
for name, desc in items.items():
    lines = textwrap.wrap(desc, 30)
    print(f"{name:<6} {lines[0]}")
    for line in lines[1:]:
        print(" " * 7 + line)
print(textwrap.fill("x", 0) if False else textwrap.wrap("a b", 1))
try:
    textwrap.wrap("a b", 0)
except ValueError as error:
    print("ValueError", error)
