def grade(score):
    match score:
        case int(s) | float(s) if s >= 90:
            return "A"
        case int(s) | float(s) if s >= 80:
            return "B"
        case int(s) if s < 0:
            return "invalid"
        case int() | float():
            return "C or below"
        case _:
            return "not a number"
for s in [95, 85.5, 70, -1, "x"]:
    print(s, grade(s))
calls = []
def check(v):
    calls.append(v)
    return v > 1
match [1, 2]:
    case [a, b] if check(a):
        print("first guard")
    case [a, b] if check(b):
        print("second guard", a, b)
print(calls)
