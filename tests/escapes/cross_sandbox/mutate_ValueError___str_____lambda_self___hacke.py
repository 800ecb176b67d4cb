# kind 1: changing an exception class method from one sandbox, to be seen by another
try:
    ValueError.__str__ = lambda self: 'hacked'
except Exception as e:
    print(type(e).__name__)
