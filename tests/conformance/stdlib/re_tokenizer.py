import re

TOKEN = re.compile(r"""
    (?P<number>\d+(?:\.\d*)?)
  | (?P<name>[A-Za-z_]\w*)
  | (?P<op>[-+*/()=])
  | (?P<space>\s+)
  | (?P<error>.)
""", re.VERBOSE)


def tokens(text):
    for m in TOKEN.finditer(text):
        kind = m.lastgroup
        if kind == "space":
            continue
        if kind == "error":
            raise SyntaxError(f"bad character {m.group()!r} at {m.start()}")
        yield kind, m.group()


print(list(tokens("x = 3.5 * (y + 42) / z")))
try:
    list(tokens("a + $"))
except SyntaxError as error:
    print(error)
