a = 1
b = 'x'
c = None
r = a + b * c
