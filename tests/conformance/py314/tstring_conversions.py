# Conversions (!r, !s, !a) are recorded, not applied; string.templatelib.convert applies them.
from string.templatelib import convert


class Thing:
    def __repr__(self):
        return "Thing()"

    def __str__(self):
        return "a thing"


thing = Thing()
word = "caf\u00e9"
tmpl = t"{thing!r} {thing!s} {thing!a} {thing} {word!a} {word!r}"
for field in tmpl.interpolations:
    print(field.expression, field.conversion, field.value is thing or field.value == word)
    print("  ->", convert(field.value, field.conversion))

print(convert(3, None), convert("x", "r"), convert("\u00e9", "a"), convert(1.5, "s"))
try:
    convert(1, "x")
except ValueError as e:
    print("ValueError", e)


def render(template):
    out = []
    for part in template:
        if isinstance(part, str):
            out.append(part)
        else:
            out.append(format(convert(part.value, part.conversion), part.format_spec))
    return "".join(out)


print(render(tmpl))
print(render(t"[{word!r:>12}] [{thing!s:*^11}] [{3.14159!r}]"))
print(f"{thing!r} {thing!s} {thing!a}" == render(t"{thing!r} {thing!s} {thing!a}"))

# conversion with whitespace around the expression
spaced = t"{ thing !r}"
print(spaced.interpolations[0].expression, spaced.interpolations[0].conversion)
