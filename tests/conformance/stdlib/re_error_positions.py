import re

cases = ["abc(", "abc)", "a{3", "[abc", "a++b" if False else "*a", "(?P<name", "(?P<n>x)(?P=m)", "(?<!a*)b",
         "x\\", "\\k", "(?z)", "a|*", "(?#unterminated", "[b-a]", "\\8", "(?P=1x)", "a{5,2}", "(?i",
         "line1\n(?", "ab\n  cd\n  [x"]
for pattern in cases:
    try:
        re.compile(pattern)
        print(repr(pattern), "ok")
    except re.error as error:
        print(repr(pattern), "|", error.msg, "|", error.pos, error.lineno, error.colno)
        print("   ", str(error))
try:
    re.compile(b"(")
except re.error as error:
    print(error.pattern, error.pos)
print(re.error.__name__, re.error.__module__ in ("re", "re._constants", "sre_constants"))
