# simpleeval security bump (operator module): operator functions that call, get or set attributes on behalf of the caller
import operator
for f, args in ((operator.attrgetter('__globals__'), (lambda: 0,)), (operator.methodcaller('__subclasses__'), (object,)), (operator.getitem, (globals(), '__builtins__')), (operator.setitem, (globals(), '__builtins__', {})), (getattr(operator, 'call', None), (print, 'via operator.call')), (operator.attrgetter('__self__'), (print,))):
    if f is None:
        continue
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__)
