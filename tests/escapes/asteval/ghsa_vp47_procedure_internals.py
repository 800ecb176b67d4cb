# asteval GHSA-vp47-9734-prjw: a function object's writable internals (code, globals, defaults, closure, dict)
def f(x=1):
    return x
for name, value in (('__code__', compile('open', 'x', 'eval')), ('__globals__', {}), ('__defaults__', (print,)), ('__kwdefaults__', {'x': 1}), ('__closure__', ()), ('__dict__', {'a': 1}), ('__name__', 5), ('__qualname__', None), ('__module__', 5), ('__annotations__', 5), ('__type_params__', 5)):
    try:
        setattr(f, name, value)
    except (TypeError, AttributeError, ValueError) as e:
        print(name, type(e).__name__)
f()
