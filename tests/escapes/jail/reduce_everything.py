# kind jail: __reduce__/__reduce_ex__ of builtins, functions, modules and types (asteval #86: print.__reduce__ gave getattr)
def leak(label, value):
    text = repr(value)
    if '/interp/' in text or 'site-packages' in text or '.py' in text and '<' not in text:
        print('ESCAPED', label, text[:200])
import sys, math
for obj in (print, len, lambda: 0, sys, math, int, [].append, int.real, iter([]), sys.stdout, 1, 'x', object()):
    for name in ('__reduce__', '__reduce_ex__', '__getstate__', '__getnewargs__', '__getnewargs_ex__'):
        try:
            r = getattr(obj, name)(2) if name == '__reduce_ex__' else getattr(obj, name)()
            leak(name, r)
            if isinstance(r, tuple) and r and callable(r[0]):
                r[0](*r[1]) if len(r) > 1 and isinstance(r[1], tuple) else None
        except Exception:
            pass
