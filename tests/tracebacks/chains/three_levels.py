def a():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("level two") from e


def b():
    try:
        a()
    except ValueError:
        raise RuntimeError("level three")


b()
