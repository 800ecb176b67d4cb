def f(seq):
    match seq:
        case [x, y] if x > y:
            return f"desc {x} {y}"
        case [x, y]:
            return f"asc-or-eq {x} {y}"
        case [x, *_] if (n := len(seq)) > 3:
            return f"long list of {n} starting {x}"
        case _:
            return "other"
for s in [[2, 1], [1, 2], [5, 5], [1, 2, 3, 4], [1, 2, 3]]:
    print(s, f(s))
x = "outer"
match [10, 20]:
    case [x, 99]:
        print("no")
    case _:
        print("x after failed case:", x)
