# kind jail: assigning one function's __code__ to another, and a code view from compile()
def a():
    return 1
def b():
    return open
try:
    a.__code__ = b.__code__
except Exception as e:
    print(type(e).__name__)
c = compile('open', 'x', 'eval')
a.__code__ = c
a()
