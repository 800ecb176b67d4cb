def outer():
    value = 1

    def inner():
        nonlocal value
        global value

    return inner
