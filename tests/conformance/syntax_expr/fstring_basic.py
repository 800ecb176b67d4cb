name = "Ada"
n = 42
x = 3.14159
print(f"{name} has {n} items")
print(f"{name!r} {name!s} {name!a}")
print(f"{n:>10}|{n:<10}|{n:^10}|")
print(f"{n:*^9}|{n:08d}|{n:+d}|{-n:+d}|{n: d}")
print(f"{x:.2f} {x:10.3f} {x:<10.1f}| {x:e} {x:.3g}")
print(f"{1234567.891:,.2f} {1234567:,} {1234567:_}")
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:#b}")
print(f"{0.25:%} {0.25:.1%}")
print(f"{name=}, {n * 2=}, {x=:.2f}")
w, p = 12, 3
print(f"{x:{w}.{p}f}|")
print(f"{'nested':>{w}}|")
print(f"{{literal}} {n}")
print(f"{[1, 2][1]} {dict(a=1)['a']}")
print(f"{'yes' if n > 40 else 'no'}")
