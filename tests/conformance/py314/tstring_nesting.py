# Nesting (PEP 701 rules apply to t-strings): quotes reused, t-strings in fields, f-strings mixed.
name = "inner"
outer = t"out {t"in {name}"} out"
inner = outer.values[0]
print(type(inner).__name__, inner.strings, inner.values)
print(outer.interpolations[0].expression)

print(t"{"same quotes"}".values, t'{'single'}'.values)
print(t"{f"{name}!"}".values)
print(f"{t"{name}".values}")
print(f"{t"{name}".strings!r:>12}")

deep = t"{t"{t"{name}"}"}"
level = deep
while not isinstance(level, str):
    print(level.interpolations[0].expression)
    level = level.values[0]
print(repr(level))

# triple-quoted, multi-line fields, comments inside a field
multi = t"""first {
    name  # the name
    .upper()
} last {
    1 +
    2
}"""
print(multi.strings)
print(multi.values)
print([field.expression for field in multi.interpolations])

# containers, dict literals and lambdas (in parentheses) in fields
data = {"k": [1, 2, {"z": 3}]}
tmpl = t"{data['k'][2]['z']} {[i * i for i in range(4)]} {({'a': 1})['a']} {(lambda v: v * 2)(21)}"
print(tmpl.values)
print([field.expression for field in tmpl.interpolations])

# the walrus needs parentheses
walrus = t"{(n := 5)} {n}"
print(walrus.values, walrus.interpolations[0].expression)

# escapes and doubled braces
braces = t"{{literal}} \N{BULLET} {name}\t{{"
print(braces.strings)
