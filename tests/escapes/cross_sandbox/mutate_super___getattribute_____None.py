# kind 1: changing super from one sandbox, to be seen by another
try:
    super.__getattribute__ = None
except Exception as e:
    print(type(e).__name__)
