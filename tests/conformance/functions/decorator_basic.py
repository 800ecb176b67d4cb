def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + "!"
    return wrapper
@shout
def greet(name):
    return "hello " + name
print(greet("world"))
print(greet.__name__)
def trace(fn):
    def wrapper(*a):
        print("call", fn.__name__, a)
        r = fn(*a)
        print("ret", r)
        return r
    return wrapper
@trace
def add(a, b):
    return a + b
add(2, 3)
def register(fn, registry=[]):
    registry.append(fn.__name__)
    return fn
@register
def one():
    return 1
@register
def two():
    return 2
print(register.__defaults__[0], one(), two())
