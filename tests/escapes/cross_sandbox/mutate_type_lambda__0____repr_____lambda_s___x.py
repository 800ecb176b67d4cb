# kind 1: changing the function type from one sandbox, to be seen by another
try:
    type(lambda: 0).__repr__ = lambda s: 'x'
except Exception as e:
    print(type(e).__name__)
