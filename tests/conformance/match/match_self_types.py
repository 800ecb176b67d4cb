def norm(v):
    match v:
        case int(n) | float(n) if n != n:
            return "nan"
        case float(n) if n in (float("inf"), float("-inf")):
            return "inf"
        case int(n) | float(n):
            return f"{n:g}"
        case str(s) if s.isdigit():
            return norm(int(s))
        case bytes(b):
            return norm(b.decode())
        case _:
            return "?"
for v in [3, 2.50, float("nan"), float("-inf"), "42", b"7", "x", None]:
    print(repr(v), norm(v))
