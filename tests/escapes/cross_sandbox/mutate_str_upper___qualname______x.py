# kind 1: changing a builtin method's qualname from one sandbox, to be seen by another
try:
    str.upper.__qualname__ = 'x'
except Exception as e:
    print(type(e).__name__)
