# kind jail: str.format attribute/index traversal through frames, generators and modules
def leak(label, value):
    text = repr(value)
    if '/interp/' in text or 'site-packages' in text or '.py' in text and '<' not in text:
        print('ESCAPED', label, text[:200])
import sys
def g():
    yield 1
for spec, args in (('{0.f_back.f_code.co_filename}', (sys._getframe(),)), ('{0.gi_frame.f_globals}', (g(),)), ('{0.__self__.__dict__}', (print,)), ('{0.modules}', (sys,)), ('{0.__class__.__mro__[1].__subclasses__}', ((),)), ('{0[__builtins__]}', (globals(),)), ('{0.__func__.__globals__[__builtins__]}', ([].append,))):
    try:
        leak(spec, spec.format(*args))
    except Exception:
        pass
