counter = 0
x = countr + 1
