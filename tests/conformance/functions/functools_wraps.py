import functools
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return fn(*args, **kwargs)
    return wrapper
@logged
def compute(x, y=2):
    """Compute something."""
    return x ** y
print(compute(3), compute.__name__, compute.__doc__)
print(compute.__wrapped__(2, 3))
print(compute.__qualname__)
def plain(fn):
    def wrapper(*a):
        """wrapper doc"""
        return fn(*a)
    return wrapper
@plain
def other():
    """Other doc."""
print(other.__name__, other.__doc__)
print(other.__qualname__)
