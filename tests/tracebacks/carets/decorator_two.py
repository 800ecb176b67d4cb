def first(fn):
    return fn


def second(fn):
    raise RuntimeError("second failed")


@first
@second
def task():
    pass
