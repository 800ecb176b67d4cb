def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n % 2 == 0:
        if n > 100:
            return "big even"
        return "even"
    else:
        return "odd"
for v in [-5, 0, 4, 7, 102, 101]:
    print(v, classify(v))
x = 0
if x:
    print("no")
elif not x:
    print("not x")
if []:
    print("empty truthy?")
else:
    print("empty falsy")
if "0":
    print("'0' truthy")
