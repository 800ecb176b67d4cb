a, b, c = 1, 2, 'z'
r = a + b + c
