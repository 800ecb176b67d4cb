def build(a, b, c, d, e, f):
    return a + b + c + d + e + f


total = build(
    1,
    2,
    3,
    4,
    5,
    "six",
)
