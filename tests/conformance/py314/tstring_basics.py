# t-strings (PEP 750): a Template holds the literal pieces and the fields, unformatted.
name = "World"
count = 3
greeting = t"Hello {name}, you have {count} new messages"
print(type(greeting).__name__, type(greeting).__module__, type(greeting).__qualname__)
print(greeting.strings)
print(greeting.values)
print(len(greeting.interpolations))
for item in greeting.interpolations:
    print(type(item).__name__, repr(item.value), item.expression, item.conversion, repr(item.format_spec))
print(repr(greeting))

empty = t""
print(empty.strings, empty.interpolations, empty.values, list(empty))

only_field = t"{count}"
print(only_field.strings, only_field.values)

adjacent = t"{name}{count}{name}"
print(adjacent.strings)
print([type(part).__name__ for part in adjacent])

# iteration skips empty strings and keeps the order
parts = list(t"a{1}{2}b{3}")
print(parts)
print([p if isinstance(p, str) else p.value for p in parts])

# strings, interpolations and values are tuples
print(type(greeting.strings).__name__, type(greeting.interpolations).__name__, type(greeting.values).__name__)

# t-strings are not str
print(isinstance(greeting, str), greeting == greeting, t"x" == t"x")

# raw and upper-case prefixes
raw = rt"\n{name}\t"
print(raw.strings)
upper = T"{name}" Tr"\d"
print(upper.strings)

# the Template is a new object each time, values are the live objects
items = []
tmpl = t"{items}"
items.append(1)
print(tmpl.values[0] is items, tmpl.values)


def render(template):
    out = []
    for part in template:
        out.append(part if isinstance(part, str) else str(part.value).upper())
    return "".join(out)


print(render(greeting))
print(render(t"lower {name} and {'case'}!"))
