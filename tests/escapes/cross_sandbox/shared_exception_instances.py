# kind 1: mutating exception instances the runtime may preallocate and share (RecursionError, StopIteration, KeyError)
def f(n):
    return f(n + 1)
caught = []
for make in (lambda: f(0), lambda: next(iter(())), lambda: {}['k'], lambda: 1 / 0, lambda: [][1], lambda: None.x, lambda: int('x')):
    try:
        make()
    except BaseException as e:
        caught.append(e)
for e in caught:
    e.args = ('hacked',)
    try:
        e.add_note('hacked')
        e.extra = 1
        e.__cause__ = ValueError('hacked')
        e.__traceback__ = None
    except Exception as err:
        print(type(err).__name__)
