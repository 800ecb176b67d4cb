# kind frame_views: a frame view of CPython's own library code (typing, enum, warnings running in the sandbox) gives that module's sandbox globals only: no host module, function or path
import sys, typing, enum, warnings
def leak(label, value):
    text = repr(value)
    if '/interp/' in text or 'site-packages' in text or 'lib/python' in text or "<module '" in text and 'sandbox' in text:
        print('ESCAPED', label, text[:200])
captured = []
class Spy:
    def __hash__(self):
        f = sys._getframe(1)
        while f is not None:
            captured.append(f)
            f = f.f_back
        return 1
    def __eq__(self, other):
        return self is other
typing.Literal[Spy()]
typing.Union[int, Spy()]
for f in captured:
    g = f.f_globals
    leak('file', f.f_code.co_filename)
    for key, value in list(g.items()):
        leak('global ' + key, value)
    for key, value in list(f.f_locals.items()):
        leak('local ' + key, value)
    for name in ('__builtins__', '__loader__', '__spec__'):
        leak(name, g.get(name))
print(len(captured) > 0)
