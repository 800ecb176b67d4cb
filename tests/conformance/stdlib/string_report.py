import string

rows = [("apple", 1.5, 10), ("banana", 0.25, 120), ("cherry", 12.0, 3)]
row = string.Template("$name: $$$price x $qty")
for name, price, qty in rows:
    print(row.substitute(name=name.capitalize(), price=f"{price:.2f}", qty=qty))
table = string.Formatter()
for name, price, qty in rows:
    print(table.format("{0:<10}{1:>8.2f}{2:>6d}", name, price, qty))
print("".join(c for c in "Hello, World! 123" if c in string.ascii_letters))
print(str.maketrans(string.ascii_lowercase, string.ascii_lowercase[13:] + string.ascii_lowercase[:13]) and "Uryyb".translate(str.maketrans(string.ascii_letters, string.ascii_lowercase[13:] + string.ascii_lowercase[:13] + string.ascii_uppercase[13:] + string.ascii_uppercase[:13])))
