sales = {"north": [1200.5, 980.25, 1500], "south": [400, 650.75], "east": [], "west": [99999.999, 0.5]}
print(f"{'region':<8}|{'n':>3}|{'total':>12}|{'mean':>10}|{'share':>7}")
grand = sum(sum(v) for v in sales.values())
for region, vals in sales.items():
    total = sum(vals)
    mean = total / len(vals) if vals else float("nan")
    share = total / grand
    print(f"{region:<8}|{len(vals):>3}|{total:>12,.2f}|{mean:>10.1f}|{share:>7.1%}")
print(f"{'':-<44}")
print(f"{'all':<8}|{sum(map(len, sales.values())):>3}|{grand:>12,.2f}|")
for n in [0, 7, 42, 1234, -56789, 10 ** 9]:
    print(f"{n:>+12,d} {n:#x} {n:e}")
print("%-10s%8.3f" % ("pi-ish", 355 / 113), "{:^20}".format("centered"))
