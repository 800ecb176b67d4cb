def repeat(times):
    if times < 1:
        raise ValueError("times must be positive")
    return lambda fn: fn


@repeat(0)
def greet():
    print("hi")
