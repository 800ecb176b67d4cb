def f():
    for x in y:
        while z:
            if a:
                b = [1,
                     2
            c = 3
