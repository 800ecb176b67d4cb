s = "héllo wörld"
print(s, len(s), s.upper(), s.title(), s[1], s[-5:])
print(s.encode("utf-8"), len(s.encode("utf-8")))
greek = "αβγδε"
print(greek.upper(), len(greek), greek[::-1], greek[1:3])
print("日本語テキスト", len("日本語テキスト"), "日本語"[1])
emoji = "I ❤ 🐍!"
print(emoji, len(emoji), [ord(c) for c in emoji[-2:]], emoji[-2])
print("ß".upper(), "ǆ".title(), "ﬃ".upper(), "Σ".lower())
print(sorted(["éclair", "apple", "zebra", "Ärger"]))
print("café" == "cafe\u0301", len("cafe\u0301"), "ç".isalpha(), "٣".isdigit())
print(repr("naïve"), ascii("naïve"), repr("\u00e9"), "\N{GREEK SMALL LETTER ALPHA}")
