# kind 1: changing BaseException.args from one sandbox, to be seen by another
try:
    BaseException.args = property(lambda s: ('x',))
except Exception as e:
    print(type(e).__name__)
