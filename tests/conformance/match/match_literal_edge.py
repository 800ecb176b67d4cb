for v in [0, 0.0, False, 1, 1.0, True, "0", None]:
    match v:
        case False:
            r = "False (identity)"
        case 0:
            r = "== 0"
        case True:
            r = "True (identity)"
        case 1:
            r = "== 1"
        case None:
            r = "None"
        case _:
            r = "other"
    print(repr(v), r)
match -0.0:
    case 0:
        print("-0.0 matches 0")
match 1 + 2j:
    case 1 + 2j:
        print("complex literal")
match "a" "b":
    case "ab":
        print("concatenated string literal")
