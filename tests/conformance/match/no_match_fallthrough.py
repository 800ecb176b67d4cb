def f(x):
    match x:
        case 1:
            r = "one"
        case [a]:
            r = f"list of {a}"
    else_branch = "after match"
    return locals().get("r", "no case matched"), else_branch
print(f(1), f([2]), f(3))
matched = []
for v in range(4):
    match v:
        case 0 | 2:
            matched.append(v)
print(matched)
match "abc":
    case "abd":
        print("no")
print("match without hit is fine")
