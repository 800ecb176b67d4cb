rows = [("München", 1.5), ("Zürich", 0.4), ("Kraków", 0.8), ("東京", 14.0)]
for city, pop in rows:
    print(f"{city:<10}|{pop:>6.1f}M|")
print("%-8s|%5s|" % ("ñandú", "€"))
print("{:*^12}".format("Ωmega"))
print(format("ü", "^5") + "|", repr(format("é", ">3")))
table = str.maketrans("äöü", "aou")
print("Über schöne Äpfel".translate(table))
print("naïve café".encode("ascii", "replace"), "naïve café".encode("ascii", "ignore"))
print("x²+y²=z²".replace("²", "^2"), "1–2—3".split("–"))
print(ascii("日本"), repr("日本"), str("日本"))
