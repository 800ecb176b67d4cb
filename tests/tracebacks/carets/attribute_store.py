x = 1
x.attr = 2
