def inner():
    raise KeyError("inner")


def handler():
    raise TypeError("handler failed")


def outer():
    try:
        inner()
    except KeyError:
        handler()


outer()
