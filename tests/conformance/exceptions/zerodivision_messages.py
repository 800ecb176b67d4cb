for expr in ["1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "divmod(1, 0)"]:
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, "->", type(e).__name__)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
def avg(xs):
    return sum(xs) / len(xs)
print(avg([1, 2, 3]))
try:
    avg([])
except ZeroDivisionError:
    print("empty average")
try:
    print(avg([]))
except Exception as e:
    print("caught", type(e).__name__)
