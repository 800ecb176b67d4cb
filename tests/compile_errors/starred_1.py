a = 1
a, *b, *c = range(5)
