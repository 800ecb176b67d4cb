# kind frame_views: type.__subclasses__ of builtin and sandbox classes lists sandbox classes only; function __code__/__globals__ views hold plain values and the sandbox's own dict
def leak(label, value):
    text = repr(value)
    if '/interp/' in text or 'site-packages' in text or 'Popen' in text or 'BuiltinImporter' in text or 'wrap_close' in text:
        print('ESCAPED', label, text[:200])
class A: pass
class B(A): pass
for cls in (object, type, int, BaseException, Exception, dict, A):
    try:
        subs = cls.__subclasses__()
    except (AttributeError, TypeError):
        continue
    for s in subs:
        leak(cls.__name__, s)
        leak('module', getattr(s, '__module__', None))
try:
    for s in type.__subclasses__(object):
        leak('type.__subclasses__(object)', s)
except (AttributeError, TypeError):
    pass
def f(a, *b, c=1, **d):
    return a
c = f.__code__
for name in ('co_name', 'co_qualname', 'co_filename', 'co_firstlineno', 'co_argcount', 'co_kwonlyargcount', 'co_flags'):
    leak(name, getattr(c, name))
for name in ('co_code', 'co_consts', 'co_names', 'replace', '_replace', '__reduce__'):
    try:
        leak(name, getattr(c, name)())
    except (AttributeError, TypeError):
        pass
print(f.__globals__ is globals(), type(c).__name__)
try:
    f.__code__ = c
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
