# Pattern matching on Interpolation (positional __match_args__) and Template.
from string.templatelib import Interpolation, Template

print(Interpolation.__match_args__)
user = "admin"
size = 12
tmpl = t"user={user!r} size={size:>4} raw={user} n={size!s}"


def describe(part):
    match part:
        case str() as text:
            return f"text {text!r}"
        case Interpolation(value, expr, "r"):
            return f"repr of {expr} -> {value!r}"
        case Interpolation(int() as number, _, None, spec) if spec:
            return f"int {number} with spec {spec!r}"
        case Interpolation(value=str() as text, conversion=None):
            return f"plain str {text}"
        case Interpolation(value, conversion=conv):
            return f"other {value} conversion {conv}"
    return "?"


for part in tmpl:
    print(describe(part))

match tmpl:
    case Template(strings=(first, *_), values=(first_value, *rest)):
        print("template", repr(first), first_value, rest)

match Interpolation(1, "one", "a", "x"):
    case Interpolation(1, "one", "a", "x"):
        print("all four positional")

match t"{size}":
    case Template(interpolations=[Interpolation(12)]):
        print("single interpolation of 12")
    case _:
        print("no match")

try:
    match Interpolation(1, "one"):
        case Interpolation(1, "one", None, "", "extra"):
            print("too many")
except TypeError:
    print("TypeError: too many positional patterns")
