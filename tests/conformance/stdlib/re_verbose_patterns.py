import re

NUMBER = re.compile(r"""
    ^
    (?P<sign>[-+])?          # optional sign
    (?P<int>\d+)             # integer part
    (?:\.(?P<frac>\d*))?     # optional fraction
    (?:[eE](?P<exp>[-+]?\d+))?  # exponent
    $
""", re.VERBOSE)
for s in ["42", "-3.14", "+1e10", "2.5E-3", "abc", "1.", ".5"]:
    m = NUMBER.match(s)
    print(f"{s:8}", m.groupdict() if m else None)
PHONE = re.compile(r"""
    \(? (\d{3}) \)?    # area code
    [\s.-]*
    (\d{3})            # exchange
    [\s.-]*
    (\d{4})            # line
""", re.X)
for s in ["(555) 123-4567", "555.123.4567", "5551234567", "555 12 4567"]:
    m = PHONE.fullmatch(s)
    print(s, "-".join(m.groups()) if m else None)
print(re.findall(r"(?x) [ ]a  \#b  [#]c", " a#b#c"))
print(re.compile(r"a b  # c", re.X).pattern.split("#")[0], re.fullmatch(r"(?x)a\ b", "a b") is not None)
