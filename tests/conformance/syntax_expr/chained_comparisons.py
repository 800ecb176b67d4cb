calls = []
def v(x):
    calls.append(x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1)
print(v(1) < v(5) < v(3) < v(10))
print(calls)
calls.clear()
print(v(5) < v(1) < v(10))
print(calls)
print(1 == 1.0 == True, 1 is not None is not False)
print(1 < 2 == 2 > 1, 0 <= 0 < 1 != 2)
print("a" < "b" < "c", [1, 2] < [1, 3] <= [2])
print((1, 2) < (1, 2, 0), (2,) > (1, 99))
x = 5
print(0 < x < 10, 0 < x < 4, x in [5] in [[5]])
print(1 in [1, 2] == True)
