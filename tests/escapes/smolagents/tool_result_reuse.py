# smolagents tools: values returned by a capability used as attack surface (their types and methods)
def leak(label, value):
    text = repr(value)
    if '/interp/' in text or 'site-packages' in text or 'test_escape_suite' in text:
        print('ESCAPED', label, text[:200])
v = echo({'a': [1, (2, 3)], 'b': b'x'})
for x in (v, v['a'], v['b'], v['a'][1]):
    leak('type', type(x))
    leak('mro', type(x).__mro__)
    for name in dir(x):
        leak(name, getattr(x, name))
