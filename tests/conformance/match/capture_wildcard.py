def f(x):
    match x:
        case 0:
            return "literal zero"
        case other:
            return f"captured {other!r}"
print(f(0), f("abc"), f([1]))
def g(x):
    match x:
        case [_, _]:
            return "pair"
        case _:
            return "not a pair"
print(g([1, 2]), g((3, 4)), g([1]), g("ab"))
match 42:
    case n:
        print("bound n =", n)
print(n)
