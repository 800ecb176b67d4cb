# The string.templatelib module: the two types, convert, and the Interpolation constructor.
import string.templatelib as templatelib
from string.templatelib import Interpolation, Template

x = 5
print(Template is type(t""), Interpolation is type(t"{x}".interpolations[0]))
print(Template.__name__, Template.__module__, Interpolation.__name__, Interpolation.__module__)
print(repr(Template), repr(Interpolation))
print(sorted(name for name in ("Template", "Interpolation", "convert") if hasattr(templatelib, name)))

i = Interpolation(42, "answer")
print(i.value, repr(i.expression), i.conversion, repr(i.format_spec), repr(i))
print(Interpolation(1, "e", "s", "x"), Interpolation(value=2, expression="v", conversion="a", format_spec=">2"))
print(Interpolation("only value"))

for args in [(1, 2), (1, "e", "z"), (1, "e", None, 5)]:
    try:
        Interpolation(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)

for obj, attr in [(i, "value"), (t"{x}", "strings"), (t"", "interpolations")]:
    try:
        setattr(obj, attr, None)
    except AttributeError:
        print("AttributeError on", attr)

for base in (Template, Interpolation):
    try:

        class Sub(base):
            pass

    except TypeError:
        print("TypeError: cannot subclass", base.__name__)

print(isinstance(t"", Template), isinstance(i, Interpolation), isinstance(i, Template))
print(type(iter(t"a{x}")).__name__, next(iter(t"a{x}")))
it = iter(t"{x}")
print(next(it).value, next(it, "done"))
print(Template[int], Interpolation[str])
print(templatelib.convert(x, "r"), templatelib.convert([x], None))
