# Binary operators and comparisons on locals, globals and constants (the compiler's
# specialized closures): ints, floats, bools and big ints, and evaluation order.
G = 10


def arithmetic(a, b):
    out = [a + b, a + 1, 1 + b, a - 2, a * 3, 2.5 * b, a % 7, a / 4, a // 3]
    out += [a + G, G * b, a < b, a <= 3, G > a, a >= G, a == b, a != 5]
    out += [a is None, b is not None]
    c = a * b
    d = c - a
    e = G + d
    f = G % 3
    out.extend([c, d, e, f])
    return out


print(arithmetic(3, 4))
print(arithmetic(2.5, 0.5))
print(arithmetic(True, 7))
print(arithmetic(10**20, 3))
print(arithmetic(-7, 2))


def order():
    log = []

    def f(x):
        log.append(x)
        return x

    a = f(1) + f(2)
    b = f(3) < f(4)
    c = f(5) % f(6)
    return a, b, c, log


print(order())
x = 6
y = x * G + 1
print(x < y, y % x, y // x, y - G)
