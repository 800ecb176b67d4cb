# kind 1: changing the call of builtin functions from one sandbox, to be seen by another
try:
    type(print).__call__ = None
except Exception as e:
    print(type(e).__name__)
