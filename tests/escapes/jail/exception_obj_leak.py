# kind jail (asteval CVE-2025 AttributeError.obj): exception attributes that hold the failing object (obj, name, args, value)
def leak(label, value):
    text = repr(value)
    if '/interp/' in text or 'site-packages' in text or '.py' in text and '<' not in text:
        print('ESCAPED', label, text[:200])
import sys
found = []
for op in (lambda: print.nope, lambda: sys.nope, lambda: int.real.nope, lambda: iter([]).nope, lambda: sys.stdout.nope, lambda: next(iter(())), lambda: object.__new__(type(print))(), lambda: type(print).__call__(None)):
    try:
        op()
    except Exception as e:
        for name in ('obj', 'name', 'args', 'value', '__context__', '__cause__'):
            found.append(getattr(e, name, None))
            leak(name, getattr(e, name, None))
