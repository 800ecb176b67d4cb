# RestrictedPython CVE-2023-41039: string.Formatter / str.format attribute access bypassed the guarded getattr
def leak(label, value):
    text = repr(value)
    if '/interp/' in text or 'site-packages' in text or 'test_escape_suite' in text:
        print('ESCAPED', label, text[:200])
try:
    import string
    f = string.Formatter()
    leak('formatter', f.format('{0.__class__.__base__.__subclasses__}', 1))
except ImportError:
    pass
for t in (str, type('S', (str,), {})):
    leak('format', t('{0.__class__.__base__}').format(1))
    leak('map', t('{x.__class__.__mro__}').format_map({'x': 1}))
