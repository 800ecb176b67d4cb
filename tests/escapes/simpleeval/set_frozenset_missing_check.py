# simpleeval security bump: set/frozenset methods as a path around attribute checks (set.__class__, frozenset internals)
def leak(label, value):
    text = repr(value)
    if '/interp/' in text or 'site-packages' in text or 'test_escape_suite' in text:
        print('ESCAPED', label, text[:200])
for s in ({1, 2}, frozenset([1])):
    for name in dir(s):
        v = getattr(s, name)
        leak(name, v)
    leak('class', s.__class__.__mro__)
    leak('reduce', s.__reduce__())
