# kind 1: changing a table entry docstring from one sandbox, to be seen by another
try:
    str.__dict__['join'].__doc__ = 'x'
except Exception as e:
    print(type(e).__name__)
