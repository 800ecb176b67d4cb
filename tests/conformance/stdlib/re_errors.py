import re

for pattern in ["(", "[a-", "a**", "(?P<1>x)", "\\", "x{2,1}", "(?<=a+)b", "[z-a]", "(?P<n>a)(?P<n>b)"]:
    try:
        re.compile(pattern)
        print(pattern, "compiled")
    except re.error as error:
        print(repr(pattern), error.msg, error.pos)
print(issubclass(re.error, Exception))
try:
    re.sub("(a)", r"\2", "a")
except re.error as error:
    print("error", error)
