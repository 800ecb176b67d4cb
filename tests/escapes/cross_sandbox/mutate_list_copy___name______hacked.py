# kind 1: changing a builtin method's name (shared table entry) from one sandbox, to be seen by another
try:
    list.copy.__name__ = 'hacked'
except Exception as e:
    print(type(e).__name__)
