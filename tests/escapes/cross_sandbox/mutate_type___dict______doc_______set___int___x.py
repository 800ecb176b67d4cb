# kind 1: changing a type __doc__ setter from one sandbox, to be seen by another
try:
    type.__dict__['__doc__'].__set__(int, 'x')
except Exception as e:
    print(type(e).__name__)
