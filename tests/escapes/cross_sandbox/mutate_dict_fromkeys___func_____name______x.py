# kind 1: changing a classmethod entry from one sandbox, to be seen by another
try:
    dict.fromkeys.__func__.__name__ = 'x'
except Exception as e:
    print(type(e).__name__)
