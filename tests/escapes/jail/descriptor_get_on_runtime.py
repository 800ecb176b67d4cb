# kind jail: descriptor views and functions bound to runtime objects they were not made for
fs = [int.real, slice.start, BaseException.args, type.__dict__['__name__'], type.__dict__['__dict__'], object.__dict__['__class__']]
for view in fs:
    for obj in (print, type(print), [].append, iter([]), int.real):
        try:
            view.__get__(obj)
        except Exception:
            pass
(lambda self: self).__get__(print)()
