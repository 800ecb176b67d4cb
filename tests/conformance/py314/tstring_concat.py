# Implicit and explicit concatenation of templates; Template() normalises its arguments.
from string.templatelib import Interpolation, Template

a, b = 1, 2
joined = t"one {a}" t" two {b}" t"!"
print(joined.strings, joined.values)
print(t"x" t"y" t"" t"{a}".strings)

total = t"{a} plus " + t"{b}"
print(total.strings, total.values)
print((t"" + t"").strings, (t"{a}" + t"{b}").strings)

for left, right in [(t"{a}", "text"), ("text", t"{a}"), (t"{a}", 3), (t"{a}", Interpolation(1, "one"))]:
    try:
        left + right
    except TypeError:
        print("TypeError", type(left).__name__, type(right).__name__)

made = Template("a", "b", Interpolation(1, "x"), Interpolation(2, "y"), "c", "d")
print(made.strings, made.values)
print(Template().strings, Template("only").strings, Template(Interpolation(0, "z")).strings)
print(repr(Template("x", Interpolation(5, "five", "r", ">3"))))

same = Template(*t"left {a} mid {b} right")
print(same.strings, same.values)

for bad in [(1,), ("a", None), (b"bytes",)]:
    try:
        Template(*bad)
    except TypeError:
        print("TypeError for", [type(x).__name__ for x in bad])
try:
    Template(strings=("a",))
except TypeError:
    print("TypeError for keywords")

pieces = [t"{i}" for i in range(4)]
combined = pieces[0]
for piece in pieces[1:]:
    combined = combined + t"," + piece
print(combined.strings, combined.values)
try:
    sum(pieces, t"")
except TypeError:
    print("sum: TypeError")
