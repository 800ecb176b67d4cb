def f():
    for x in y:
x = 1
