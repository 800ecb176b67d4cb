# simpleeval #15: a non-builtin method's __globals__ exposes the module and, through it, sys.modules
def leak(label, value):
    text = repr(value)
    if '/interp/' in text or 'site-packages' in text or 'test_escape_suite' in text:
        print('ESCAPED', label, text[:200])
class Obj:
    def m(self):
        pass
for f in (Obj.m, Obj().m, Obj.__init__, Obj.__repr__, Obj.__eq__):
    g = getattr(f, '__globals__', None) or getattr(getattr(f, '__func__', None), '__globals__', None)
    if isinstance(g, dict):
        for k, v in g.items():
            if type(v).__name__ == 'module':
                leak(k, getattr(v, 'modules', None))
