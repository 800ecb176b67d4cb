# Format specs of t-strings are evaluated (like an f-string's) but never applied.
width = 10
precision = 3
value = 3.14159265
tmpl = t"[{value:{width}.{precision}f}] [{value:>{width}}] [{value:}] [{value}]"
for field in tmpl.interpolations:
    print(repr(field.format_spec), field.conversion)


def render(template):
    return "".join(
        part if isinstance(part, str) else format(part.value, part.format_spec) for part in template
    )


print(render(tmpl))
print(f"[{value:{width}.{precision}f}] [{value:>{width}}] [{value:}] [{value}]" == render(tmpl))

# specs with literal text, nested fields with conversions and their own specs
fill = "*"
align = "^"
spec_tmpl = t"{'mid':{fill}{align}{width}} {42:{'x'!r}} {7:{width:03d}}"
print([field.format_spec for field in spec_tmpl.interpolations])

# a spec that is only a nested field
dynamic = ">8"
print(t"{'right':{dynamic}}".interpolations[0].format_spec)

# spec evaluation order: value first, then the spec, field by field
log = []


def note(tag, result):
    log.append(tag)
    return result


ordered = t"{note('v1', 1):{note('s1', '>3')}}{note('v2', 2):{note('s2', '<3')}}"
print(log, ordered.values, [f.format_spec for f in ordered.interpolations])

# date-like specs and colons inside brackets
data = {"a": 1}
print(t"{data['a']:05}".interpolations[0].format_spec, t"{data['a']:05}".values)
print(t"{(lambda: 5)():x<4}".interpolations[0].expression)
