data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long", n)
total = 0
while (x := data.pop()) != 8:
    total += x
print(total, data)
print([y for v in range(6) if (y := v * v) % 2 == 0])
print((z := 10) + z)
def f():
    if (m := max([1, 5, 2])) > 3:
        return m
print(f())
vals = [1, 2, 3]
print([last := v for v in vals], last)
i = 0
while (i := i + 1) < 4:
    print("i", i)
print(i)
print(f"{(q := 7) * 2} {q}")
