# kind 3: one host operation with no bound on its time: x <<= 10 ** 10
x = 1
x <<= 10 ** 10
