from functools import partial
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(5), two_to(10), square(base=3))
print(square.func is power, square.args, square.keywords, two_to.args)
pr = partial(print, "prefix:", sep="|")
pr("a", "b")
int2 = partial(int, base=2)
print(int2("1011"), int2("11", base=10))
p2 = partial(partial(power, 3), 4)
print(p2(), p2.args)
def f(a, b, c):
    return a, b, c
print(partial(f, 1, c=3)(2), list(map(partial(power, exp=3), [1, 2, 3])))
