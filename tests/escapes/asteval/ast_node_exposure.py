# asteval: interpreter internals exposed as values (the AST of a function, compile() results, code objects)
def leak(label, value):
    text = repr(value)
    if '/interp/' in text or 'site-packages' in text or 'test_escape_suite' in text:
        print('ESCAPED', label, text[:200])
def f():
    return 1
for name in ('body', 'ast', '__code__', '__wrapped__', '_interpreter', '_ast'):
    leak(name, getattr(f, name, None))
c = compile('1 + 1', 'x', 'exec')
for name in dir(c):
    leak(name, getattr(c, name, None))
try:
    type(c).__new__(type(c))
except Exception:
    pass
