# close() on a generator that yields again after GeneratorExit: the RuntimeError comes
# from close() itself (no context); one the generator raises itself keeps its context.
# (What it does when resumed afterwards: close_ignored_exit_resume.py.)


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


def stubborn_finally():
    try:
        yield 1
    finally:
        yield "cleanup"


def raises_own():
    try:
        yield 1
    except GeneratorExit:
        raise RuntimeError("generator ignored GeneratorExit")  # noqa: B904 (the context is the point)


def nested():
    yield from stubborn()


for make in (stubborn, stubborn_finally, raises_own, nested):
    g = make()
    next(g)
    try:
        g.close()
    except RuntimeError as e:
        context = e.__context__
        print(make.__name__, e.args, type(context).__name__, e.__suppress_context__, e.__cause__)
