# kind 1: changing a builtin qualname from one sandbox, to be seen by another
try:
    setattr(len, '__qualname__', 'hacked')
except Exception as e:
    print(type(e).__name__)
