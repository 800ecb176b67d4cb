# kind jail: __self__ of every builtin and method (smolagents PR 274: builtins' __self__ is the builtins module)
def leak(label, value):
    text = repr(value)
    if '/interp/' in text or 'site-packages' in text or '.py' in text and '<' not in text:
        print('ESCAPED', label, text[:200])
import sys, math, random, time
for mod in (sys, math, random, time):
    for name in dir(mod):
        f = getattr(mod, name, None)
        s = getattr(f, '__self__', None)
        if s is not None and type(s).__name__ == 'module':
            leak(name, getattr(s, '__import__', None))
            leak(name, getattr(s, 'open', None))
for name in dir(__builtins__) if __builtins__ else []:
    pass
for f in (print, len, sorted, eval, exec, compile, input, getattr, __import__):
    s = getattr(f, '__self__', None)
    if s is not None:
        leak('self', sorted(dir(s))[:20])
        getattr(s, '__import__', lambda n: None)('os')
