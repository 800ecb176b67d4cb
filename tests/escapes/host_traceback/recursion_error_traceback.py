# kind 2: an uncaught RecursionError through mutual recursion, with repeated frames to fold
def a(n):
    return b(n)
def b(n):
    return a(n + 1)
a(0)
