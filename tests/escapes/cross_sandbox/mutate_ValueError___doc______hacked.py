# kind 1: changing an exception docstring from one sandbox, to be seen by another
try:
    ValueError.__doc__ = 'hacked'
except Exception as e:
    print(type(e).__name__)
