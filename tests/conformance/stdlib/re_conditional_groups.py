import re

ANGLE = re.compile(r"^(<)?\w+@\w+\.\w+(?(1)>)$")
for s in ["<a@b.com>", "a@b.com", "<a@b.com", "a@b.com>"]:
    print(s, bool(ANGLE.match(s)))
Q = re.compile(r"(?P<q>['\"])?(?P<body>\w+)(?(q)(?P=q))")
for s in ["'abc'", "\"x\"", "plain", "'broken"]:
    m = Q.fullmatch(s)
    print(s, m.group("body") if m else None)
print(re.findall(r"(a)?(?(1)b|c)", "ab c abc ac"))
print(re.match(r"(?:(x)|y)(?(1)1|2)", "y2").group(), re.match(r"(?:(x)|y)(?(1)1|2)", "x2"))
try:
    re.compile(r"(?(2)a|b)")
except re.error as error:
    print("error", error)
try:
    re.compile(r"(a)(?(1)b|c|d)")
except re.error as error:
    print("error", error.msg)
