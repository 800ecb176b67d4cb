# kind 1: changing range from one sandbox, to be seen by another
try:
    range.__iter__ = None
except Exception as e:
    print(type(e).__name__)
