# simpleeval: objects handed in as names reached through __class__ and their module
def leak(label, value):
    text = repr(value)
    if '/interp/' in text or 'site-packages' in text or 'test_escape_suite' in text:
        print('ESCAPED', label, text[:200])
for obj in (echo, record, aecho):
    leak('class', obj.__class__)
    leak('module', getattr(obj, '__module__', None))
    leak('qualname', getattr(obj, '__qualname__', None))
