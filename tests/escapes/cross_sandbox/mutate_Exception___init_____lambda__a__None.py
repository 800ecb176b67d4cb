# kind 1: changing Exception.__init__ from one sandbox, to be seen by another
try:
    Exception.__init__ = lambda *a: None
except Exception as e:
    print(type(e).__name__)
