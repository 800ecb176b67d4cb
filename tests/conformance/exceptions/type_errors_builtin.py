ops = [lambda: 1 + "1", lambda: "a" * "b", lambda: len(3), lambda: [1] + (2,),
       lambda: None + 1, lambda: sorted([1, "a"]), lambda: hash([]), lambda: {[]: 1},
       lambda: abs("x"), lambda: iter(5), lambda: int([1])]
for i, op in enumerate(ops):
    try:
        op()
        print(i, "no error")
    except TypeError:
        print(i, "TypeError")
print(1 < 2.5, [1] < [2], (1, "a") < (1, "b"))
try:
    print(1 < "a")
except TypeError:
    print("TypeError compare")
