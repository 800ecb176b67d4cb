a = 1
b = 'x'
r = (a) + (b)
