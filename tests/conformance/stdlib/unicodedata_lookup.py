import unicodedata as ud

for name in ("LATIN SMALL LETTER E WITH ACUTE", "SNOWMAN", "snowman", "GREEK SMALL LETTER ALPHA", "EM DASH", "HANGUL SYLLABLE GA", "CJK UNIFIED IDEOGRAPH-4E00"):
    ch = ud.lookup(name)
    print(ascii(ch), ud.name(ch))
print("\N{BLACK STAR}" == ud.lookup("BLACK STAR"))
try:
    ud.lookup("NO SUCH CHARACTER NAME")
except KeyError as error:
    print("KeyError", error)
print(ud.name("\x00", "none"), ud.name("\ue000", None))
