# re.compile of plain patterns takes a fast path (the opcode list comes from the host's
# own re); the patterns it declines take CPython's code in the sandbox. Both must give
# the same patterns, matches, errors, warnings and monkeypatching behaviour as CPython.
import re
import warnings

PATTERNS = [
    (r"(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?", re.VERBOSE | re.MULTILINE | re.DOTALL),
    (r"(?P<year>\d{4})-(?P<month>\d\d)(?:-(?P<day>\d\d))?", 0),
    (r"straße|ΣΑΣ|[a-zé-ö]+", re.IGNORECASE),
    (r"[\u0100-\uffff]+|[\U00010000-\U0010ffff]", 0),
    (r"(?x) a  b # comment\n c", 0),
    (r"(?<=ab)c(?<!d)(?=e)?", 0),
    (r"\bfoo\b|bar{2,5}?|baz*", re.ASCII),
    ("[[ab]", 0),
    ("[a--b]", 0),
    ("(?P<é>x)", 0),
    ("(" * 45 + "a" + ")" * 45, 0),
    ("[\x00-\uffff]{2}", 0),
    ("x" * 4500, 0),
]
SUBJECTS = ["2024-05-17", "STRASSE straße σας", "abce ac", "foo barrr baz", "a", "xx", "\U0001f600"]

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for pattern, flags in PATTERNS:
        compiled = re.compile(pattern, flags)
        print(repr(compiled)[:70], compiled.groups, sorted(compiled.groupindex.items()))
        for subject in SUBJECTS:
            found = compiled.search(subject)
            print("  ", subject[:12], found and (found.span(), found.groups()[:3]))
    print([(w.category.__name__, str(w.message)) for w in caught])

for bad in ["a(", "a{2,1}", "(?P<1>x)", "[z-a]", "(?<=a+)b", b"\\w(?u)"]:
    try:
        re.compile(bad)
    except re.error as error:
        print(type(error).__name__, error, error.pos)

for flags in (re.LOCALE, re.DEBUG * 0):
    print(re.compile(b"a[b-d]", flags).match(b"ac"))

calls = []
original = re._compiler._code


def spy(p, flags):
    calls.append(flags)
    return original(p, flags)


re._compiler._code = spy
re.purge()
print(re.compile("abc").match("abc").group(), len(calls))
re._compiler._code = original
re.purge()
print(re.compile("abd").match("abd").group(), len(calls))
print(type(re.compile("")), re.compile("a", 0) is re.compile("a", 0))
