def f(*a):
    return a


r = f(*5)
