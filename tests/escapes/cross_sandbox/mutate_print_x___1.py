# kind 1: changing a new attribute on a builtin function from one sandbox, to be seen by another
try:
    print.x = 1
except Exception as e:
    print(type(e).__name__)
