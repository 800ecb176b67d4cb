def f(x):
    match x:
        case [int() as a, int() as b] as pair:
            return f"ints {a},{b} from {pair}"
        case [(1 | 2) as small, *rest]:
            return f"small {small}, rest {rest}"
        case {"k": [*_] as lst}:
            return f"list under k: {lst}"
        case (str() | bytes()) as text:
            return f"text {text!r}"
        case _:
            return "other"
print(f([3, 4]))
print(f([1, "x", "y"]))
print(f({"k": [1, 2]}))
print(f({"k": (1,)}))
print(f("s"), f(b"b"))
print(f(3.0))
