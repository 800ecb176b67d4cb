# kind jail: constructing a function from another function's code and a chosen globals dict
f = lambda: __import__('os')
F = type(f)
g = F(f.__code__, {'__builtins__': {'__import__': print}})
g()
