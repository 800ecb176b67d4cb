# kind 1: changing the descriptor views of builtin types (int.real, BaseException.args)
for view in (int.real, BaseException.args, slice.start, property.fget, type.__dict__['__name__']):
    for name in ('__name__', '__qualname__', '__doc__', '__objclass__', '__get__', '__set__'):
        try:
            setattr(view, name, None)
        except Exception as e:
            pass
    try:
        type(view).__get__ = None
    except Exception as e:
        pass
