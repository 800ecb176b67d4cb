def f():
    x = 1
    return x


print(f())
while True print(1)
