# kind 1: changing a builtin function name from one sandbox, to be seen by another
try:
    print.__name__ = 'hacked'
except Exception as e:
    print(type(e).__name__)
