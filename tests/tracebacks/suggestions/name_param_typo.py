def f(lenght):
    return len(lenght) + lengt
f("ab")
