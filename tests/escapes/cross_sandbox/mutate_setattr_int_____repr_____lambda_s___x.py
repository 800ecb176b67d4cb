# kind 1: changing int.__repr__ from one sandbox, to be seen by another
try:
    setattr(int, '__repr__', lambda s: 'x')
except Exception as e:
    print(type(e).__name__)
