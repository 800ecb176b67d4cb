# kind jail (simpleeval technique): operator.attrgetter/methodcaller to reach dunders
import operator
for path in ('__class__.__base__.__subclasses__', '__globals__', '__self__.__import__', '__code__.co_consts', '__func__.__globals__'):
    for obj in (1, print, lambda: 0, [].append, operator.add):
        try:
            v = operator.attrgetter(path)(obj)
            if callable(v):
                v()
        except Exception:
            pass
operator.methodcaller('__subclasses__')(object)
