# kind 1: changing object.__init_subclass__ from one sandbox, to be seen by another
try:
    object.__init_subclass__ = classmethod(lambda c: None)
except Exception as e:
    print(type(e).__name__)
