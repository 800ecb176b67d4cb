a = 1
b = 'x'
c = 2
r = (a + b) * c
