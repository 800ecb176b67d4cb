ops = [lambda: [][0], lambda: "abc"[3], lambda: (1,)[-2], lambda: range(3)[3],
       lambda: [].pop(), lambda: b"x"[1], lambda: [1, 2].pop(5)]
for i, op in enumerate(ops):
    try:
        op()
    except IndexError:
        print(i, "IndexError")
L = [1, 2, 3]
print(L[-3], L[2], L[-1:10])
try:
    L[3] = 4
except IndexError:
    print("assignment IndexError")
try:
    del L[5]
except IndexError:
    print("del IndexError")
print(L[10:], L[-10:1])
try:
    print(L[3])
except Exception as e:
    print("caught", type(e).__name__)
