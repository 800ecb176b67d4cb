import string

f = string.Formatter()
for fmt in ["{", "}", "{0!x}", "{0:}{1}", "{a.}"]:
    try:
        print(repr(f.format(fmt, 1)))
    except (ValueError, IndexError, KeyError, AttributeError) as error:
        print(fmt, type(error).__name__, error)
print(f.format("{0}{1}", "a", "b"))
print(f.format("{!r}", "x"))
f.format("{missing}")

