for i in range(5):
    if i == 10:
        break
else:
    print("for completed", i)
for i in range(5):
    if i == 2:
        print("breaking at", i)
        break
else:
    print("never")
n = 0
while n < 3:
    n += 1
else:
    print("while done", n)
while True:
    n -= 1
    if n == 1:
        continue
    if n < 0:
        break
    print("n", n)
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if i + j == 3:
            break
        print(i, j)
for x in []:
    print("x")
else:
    print("empty else")
