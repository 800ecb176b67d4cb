words = ["Straße", "İstanbul", "ÉCOLE", "mañana", "Ωmega"]
for w in words:
    print(w, w.lower(), w.upper(), w.casefold(), w.swapcase(), len(w), len(w.upper()))
print("straße".casefold() == "STRASSE".casefold())
print("ñ".center(5, "·"), "ü".ljust(3, "—") + "|", "日本".rjust(6, "＊"))
print(f"{'é':>4}|{'漢字':^6}|{'ö':<3}|")
print("α,β,γ".split(","), "—".join("abc"), "x→y→z".split("→"))
print("Ä".isupper(), "ä".islower(), "É".isalpha(), "²".isdigit(), "²".isdecimal(), "½".isnumeric())
for w in ["ÀÉÎ", "àéî", "ǅungla"]:
    print(w.isupper(), w.islower(), w.istitle(), w.capitalize())
