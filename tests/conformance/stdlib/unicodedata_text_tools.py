import unicodedata as ud


def strip_accents(text):
    return "".join(c for c in ud.normalize("NFD", text) if not ud.combining(c))


def slug(text):
    out = []
    for c in strip_accents(text).lower():
        cat = ud.category(c)
        if cat[0] in "LN":
            out.append(c)
        elif cat[0] in "ZP" and out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")


def width(text):
    return sum(2 if ud.east_asian_width(c) in "WF" else 0 if ud.combining(c) else 1 for c in text)


for s in ["Crème Brûlée!", "Ünïcödé — test", "Łódź, Poland", "日本語 text"]:
    print(ascii(strip_accents(s)), slug(s), width(s))
digits = "٣٤٥" + "१२"
print(int(digits), [ud.digit(c) for c in digits], sum(ud.numeric(c) for c in "½¼⅓"))
