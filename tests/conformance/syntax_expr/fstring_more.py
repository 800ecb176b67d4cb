items = [("apple", 1.5, 3), ("banana", 0.25, 12), ("cherry", 10.0, 1)]
for nm, price, qty in items:
    print(f"{nm:<10}{price:>8.2f}{qty:>5d}{price * qty:>10,.2f}")
print(f"{'total':<10}{sum(p * q for _, p, q in items):>23,.2f}")
v = 255
print(f"{v:#06x} {v:06b} {v:>+8}")
print(f"{-3.5:08.2f} {3.5:+.0f} {2.5:.0f} {0.5:.0f}")
print(f"{'abc':.2} {'abc':5}| {'abc':>5}|")
print(f"{123:,d} {-1234567:,}")
print(f"{1e10:g} {1e-10:g} {123456789.0:g} {0.0001:g}")
print(f"{3:3}|{'x':3}|{True}|{None}")
print(f"{True:d} {False:>5}")
d = {"k": "v"}
print(f"{d['k']!r:>6}")
print(f"{v!r:>6}|{str(v)!r}")
