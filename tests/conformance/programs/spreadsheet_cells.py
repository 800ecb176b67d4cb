import math
cells = {"A1": "5", "A2": "7", "A3": "=A1+A2", "B1": "=A3*2", "B2": "=B1-A1", "C1": "=C2", "C2": "=C1", "D1": "=sqrt(A1*5)"}
def value(name, visiting=()):
    if name in visiting:
        raise RecursionError(f"cycle at {name}")
    raw = cells[name]
    if not raw.startswith("="):
        return float(raw)
    expr = raw[1:]
    env = {"sqrt": math.sqrt}
    for ref in sorted({t for t in expr.replace("+", " ").replace("-", " ").replace("*", " ").replace("(", " ").replace(")", " ").split() if t in cells}):
        env[ref] = value(ref, visiting + (name,))
    return eval(expr, {"__builtins__": {}}, env)
for c in ["A1", "A3", "B1", "B2", "D1"]:
    print(c, value(c))
try:
    value("C1")
except RecursionError as e:
    print("RecursionError:", e)
cells["A1"] = "10"
print({c: value(c) for c in ["A3", "B1", "B2"]})
