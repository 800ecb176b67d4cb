UNITS = {
    "length": {"m": 1.0, "km": 1000.0, "cm": 0.01, "mi": 1609.344, "ft": 0.3048},
    "mass": {"kg": 1.0, "g": 0.001, "lb": 0.45359237},
}
def convert(value, src, dst):
    for kind, table in UNITS.items():
        if src in table and dst in table:
            return value * table[src] / table[dst]
        if src in table or dst in table:
            raise ValueError(f"cannot convert {src} to {dst}")
    raise KeyError(src)
def temp(value, src, dst):
    to_c = {"C": lambda v: v, "F": lambda v: (v - 32) * 5 / 9, "K": lambda v: v - 273.15}
    from_c = {"C": lambda v: v, "F": lambda v: v * 9 / 5 + 32, "K": lambda v: v + 273.15}
    return from_c[dst](to_c[src](value))
for v, s, d in [(5, "km", "mi"), (6, "ft", "cm"), (1, "lb", "g"), (100, "m", "km")]:
    print(f"{v} {s} = {convert(v, s, d):.4f} {d}")
for v, s, d in [(100, "C", "F"), (32, "F", "C"), (0, "K", "C"), (-40, "F", "C")]:
    print(f"{v}{s} = {temp(v, s, d):.2f}{d}")
for bad in [("m", "kg"), ("parsec", "m")]:
    try:
        convert(1, *bad)
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
