n = 9
while True:
    n -= 3
    print(10 // n)
