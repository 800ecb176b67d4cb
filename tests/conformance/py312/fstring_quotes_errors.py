d = {"a": {"b": "deep"}}
print(f"{d["a"]["b"]}")
print(f"{d["a"]!r}")
print(f"{"{"}{"}"}")
print(f"{'x' if d else "y"}")
vals = [1.23456, 2.5]
print(f"{", ".join(f"{v:.2f}" for v in vals)}")
names = {"x": "ex", "y": "why"}
for k in names:
    print(f"{k}={names[k]!r:>6} {f"{names[k]}".upper()}")
print(f"{d["missing"]}")
