def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i) if i < 0:
            return f"negative int {i}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str() as s if not s:
            return "empty str"
        case str(s):
            return f"str {s!r}"
        case list([x, *_]):
            return f"list starting {x}"
        case dict(d):
            return f"dict with {len(d)}"
        case tuple((a, b)):
            return f"2-tuple {a} {b}"
        case _:
            return "other"
for v in [True, -3, 7, 1.5, "", "hi", [9, 8], [], {"a": 1}, (1, 2), (1, 2, 3), None]:
    print(kind(v))
