# kind 1: changing a builtin type name from one sandbox, to be seen by another
try:
    int.__name__ = 'integer'
except Exception as e:
    print(type(e).__name__)
