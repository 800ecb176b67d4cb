# kind 1: changing a getset view setter on a builtin exception from one sandbox, to be seen by another
try:
    type.__dict__['__name__'].__set__(ValueError, 'Hacked')
except Exception as e:
    print(type(e).__name__)
