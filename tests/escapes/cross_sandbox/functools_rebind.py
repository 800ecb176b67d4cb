# kind 1: rebinding functools names and partial's methods
import functools
functools.reduce = None
for name in ('__call__', '__repr__', '__new__'):
    try:
        setattr(functools.partial, name, None)
    except Exception as e:
        print(name, type(e).__name__)
