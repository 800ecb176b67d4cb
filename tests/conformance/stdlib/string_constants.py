import string

for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits",
             "octdigits", "punctuation", "whitespace"]:
    print(name, repr(getattr(string, name)))
print(len(string.printable))
print(string.capwords("hello   big  world"), string.capwords("a-b c-d", "-"))
print(string.digits.isdigit(), set(string.hexdigits) >= set(string.digits))
print(repr(string.whitespace.strip()), string.ascii_letters.swapcase()[:5])
print(string.capwords(""), string.capwords("  lead and trail  "))
