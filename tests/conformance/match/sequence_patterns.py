def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x},{y}"
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"
for s in [[], [1], (1, 2), [1, 2, 3, 4], range(3), "ab"]:
    try:
        print(shape(s))
    except Exception as e:
        print(type(e).__name__)
print(shape("ab") if False else "strings are not sequences for match")
match "ab":
    case [a, b]:
        print("matched str")
    case _:
        print("str not matched as sequence")
