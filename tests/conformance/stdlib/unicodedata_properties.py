import unicodedata as ud

for ch in "aA1½é\u0301 \t\u4e00€\u200b\u05d0\U0001f600٣":
    print(
        ascii(ch),
        ud.name(ch, "?"),
        ud.category(ch),
        ud.bidirectional(ch),
        ud.combining(ch),
        ud.east_asian_width(ch),
        ud.mirrored(ch),
        ud.decomposition(ch),
        ud.numeric(ch, None),
        ud.decimal(ch, -1),
        ud.digit(ch, -1),
    )
print(ud.mirrored("("), ud.mirrored(")"), ud.east_asian_width("Ａ"), ud.category("\ud800"))
