# The = specifier: the expression text goes into the strings, the repr is the default.
x = 10
y = "why"
tmpl = t"{x=}"
print(tmpl.strings, tmpl.interpolations)

spaced = t"{ x = }"
print(spaced.strings, spaced.interpolations[0].expression, spaced.interpolations[0].conversion)

with_conv = t"{y=!s}"
print(with_conv.strings, with_conv.interpolations[0].conversion)

with_spec = t"{x=:>5}"
print(with_spec.strings, with_spec.interpolations[0].conversion, repr(with_spec.interpolations[0].format_spec))

with_both = t"{y = !r:^9}"
print(with_both.strings, with_both.interpolations)

expr = t"{x + 1 = }"
print(expr.strings, expr.interpolations[0].expression, expr.values)

comparison = t"{x != 3=}"
print(comparison.strings, comparison.interpolations[0].expression, comparison.values)

several = t"a{x=}b{y=}c"
print(several.strings, several.values)


def render(template):
    out = []
    for part in template:
        if isinstance(part, str):
            out.append(part)
            continue
        value = part.value
        if part.conversion == "r":
            value = repr(value)
        elif part.conversion == "s":
            value = str(value)
        out.append(format(value, part.format_spec))
    return "".join(out)


for template, text in [
    (tmpl, f"{x=}"),
    (spaced, f"{ x = }"),
    (with_conv, f"{y=!s}"),
    (with_spec, f"{x=:>5}"),
    (with_both, f"{y = !r:^9}"),
    (expr, f"{x + 1 = }"),
    (several, f"a{x=}b{y=}c"),
]:
    print(repr(render(template)), render(template) == text)
