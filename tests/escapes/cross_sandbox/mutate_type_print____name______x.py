# kind 1: changing the builtin function type from one sandbox, to be seen by another
try:
    type(print).__name__ = 'x'
except Exception as e:
    print(type(e).__name__)
