# kind 7: compile-time recursion: f(0)
def f(n):
    return eval('f(n + 1)', {'f': f, 'n': n})
f(0)
