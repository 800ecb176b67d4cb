# kind 1: changing __class__ of a builtin exception instance from one sandbox, to be seen by another
try:
    object.__dict__['__class__'].__set__(ValueError('x'), KeyError)
except Exception as e:
    print(type(e).__name__)
