# smolagents tools: a host capability's __globals__, __code__, __closure__, __wrapped__, __self__, __module__
def leak(label, value):
    text = repr(value)
    if '/interp/' in text or 'site-packages' in text or 'test_escape_suite' in text:
        print('ESCAPED', label, text[:200])
for f in (echo, aecho, slow, record):
    for name in ('__globals__', '__code__', '__closure__', '__wrapped__', '__self__', '__func__', '__module__', '__dict__', '__defaults__', '__kwdefaults__', '__reduce__', '__call__', '__class__', 'forward', '__get__'):
        try:
            v = getattr(f, name)
            leak(name, v)
            leak(name + ' type', type(v))
        except AttributeError:
            pass
    leak('dir', dir(f))
    leak('type', type(f).__mro__)
