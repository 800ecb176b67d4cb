# kind 3: one host operation with no bound on its time:     x = x * x
x = 10 ** 4000
for i in range(30):
    x = x * x
