def f(seq):
    match seq:
        case [*_, 0]:
            return "ends with zero"
        case [1, *rest]:
            return f"starts with one, rest={rest}"
        case [*init, 9, 9]:
            return f"ends with 9 9 after {init}"
        case [_, _, *_]:
            return "at least two"
        case _:
            return "fallback"
for s in [[0], [5, 0], [1, 2, 3], [1], [3, 9, 9], [2, 9, 9, 9], [4, 5], [7]]:
    print(s, f(s))
match (1, (2, 3), [4, 5, 6]):
    case (a, (b, c), [d, *e]):
        print(a, b, c, d, e)
