words = ["zebra", "Zebra", "éclair", "eclair", "Ölfass", "apple", "Äpfel", "ångström"]
print(sorted(words))
print(sorted(words, key=str.casefold))
print(min(words), max(words))
print("a" < "ä" < "b", "é" > "z", "Z" < "a")
print([w for w in words if w[0].isupper()])
print(sorted("höße"), sorted(set("mississippi ñ ñ")))
print("ä" in "Käse", "Käse".count("ä"), "Käse".startswith("K"), "Käse".endswith("se"))
print(sorted(words, key=len)[:3], max(words, key=lambda w: ord(w[0])))
by_first = {}
for w in words:
    by_first.setdefault(w[0].casefold(), []).append(w)
print(sorted(by_first.items()))
