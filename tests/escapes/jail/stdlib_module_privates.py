# kind jail: private names of sandbox stdlib modules that CPython uses to reach os/sys (random._os, collections._sys, functools globals)
def leak(label, value):
    text = repr(value)
    if '/interp/' in text or 'site-packages' in text or '.py' in text and '<' not in text:
        print('ESCAPED', label, text[:200])
import random, collections, functools, dataclasses, abc, operator, asyncio, itertools, math, time
for m in (random, collections, functools, dataclasses, abc, operator, asyncio, itertools, math, time):
    for name in ('_os', '_sys', 'sys', 'os', '_sha512', '_inst', '__loader__', '__spec__', '__file__', '__builtins__', '__cached__', '_weakref', '_thread', 'inspect', 'types', 'copy', 're', 'keyword', '_abc'):
        v = getattr(m, name, None)
        if v is not None:
            leak(m.__name__ + '.' + name, v)
            leak(m.__name__ + '.' + name + ' type', type(v))
