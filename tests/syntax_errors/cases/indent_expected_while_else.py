while x:
    pass
else:
x = 1
