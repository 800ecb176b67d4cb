# kind jail: getattr/setattr/hasattr with names that are not plain str (subclasses, bytes, ints, None)
class S(str):
    pass
for name in (S('__globals__'), b'__class__', 5, None, S('__class__'), '__class__\x00', '__glob\u0061ls__'):
    for obj in (print, lambda: 0, 1, type):
        try:
            getattr(obj, name)
            setattr(obj, name, 1)
        except Exception:
            pass
