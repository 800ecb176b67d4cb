# kind 1: changing type.__call__ from one sandbox, to be seen by another
try:
    type.__call__ = lambda *a: None
except Exception as e:
    print(type(e).__name__)
