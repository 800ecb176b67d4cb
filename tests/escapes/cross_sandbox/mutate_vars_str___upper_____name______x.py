# kind 1: changing a table entry reached through vars() from one sandbox, to be seen by another
try:
    vars(str)['upper'].__name__ = 'x'
except Exception as e:
    print(type(e).__name__)
