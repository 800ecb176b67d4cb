import unicodedata as ud

samples = ["e\u0301", "é", "ﬁ", "½", "Ａ", "\u1e9b\u0323", "한국어", "Å", "Å"]
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    print(form, [ascii(ud.normalize(form, s)) for s in samples])
    print(form, [ud.is_normalized(form, s) for s in samples])
print(ud.normalize("NFC", "") == "", len(ud.normalize("NFKD", "\ufdfa")))
words = ["café", "cafe\u0301", "CAFÉ"]
print(len(set(words)), len({ud.normalize("NFC", w).casefold() for w in words}))
