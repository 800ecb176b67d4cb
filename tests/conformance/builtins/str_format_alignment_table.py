rows = [("Name", "Qty", "Price"), ("apple", 3, 1.5), ("watermelon", 1, 12.25), ("fig", 12, 0.3)]
w = max(len(str(r[0])) for r in rows)
for i, (name, qty, price) in enumerate(rows):
    if i == 0:
        print(f"{name:<{w}} {qty:>5} {price:>8}")
        print("-" * (w + 15))
    else:
        print(f"{name:<{w}} {qty:>5d} {price:>8.2f}")
total = sum(q * p for _, q, p in rows[1:])
print(f"{'TOTAL':<{w}} {'':>5} {total:>8.2f}")
print("{:=^30}".format(" END "))
