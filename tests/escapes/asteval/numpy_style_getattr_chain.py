# asteval: long attribute chains through module objects to reach loaders and importers
def leak(label, value):
    text = repr(value)
    if '/interp/' in text or 'site-packages' in text or 'test_escape_suite' in text:
        print('ESCAPED', label, text[:200])
import math, random, time, sys
for m in (math, random, time, sys):
    for path in ('__loader__.load_module', '__spec__.loader', '__builtins__.__import__', '__class__.__init__.__globals__', '__dict__.__class__'):
        v = m
        try:
            for part in path.split('.'):
                v = getattr(v, part)
            leak(path, v)
        except AttributeError:
            pass
