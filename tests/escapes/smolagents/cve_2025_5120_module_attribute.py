# smolagents CVE-2025-5120: an allowed module's attributes lead to restricted modules (module.os, module.sys, submodules)
def leak(label, value):
    text = repr(value)
    if '/interp/' in text or 'site-packages' in text or 'test_escape_suite' in text:
        print('ESCAPED', label, text[:200])
import sys, random, collections, functools, itertools, math, time, asyncio, operator, dataclasses, abc
for m in (random, collections, functools, itertools, math, time, asyncio, operator, dataclasses, abc):
    for name in dir(m):
        v = getattr(m, name, None)
        if type(v).__name__ == 'module':
            leak(m.__name__ + '.' + name, v)
            for inner in ('system', 'popen', 'modules', 'open', '__import__'):
                # The sandbox's own sys (a view: sys.modules is its own module table) is
                # no escape; the harness checks that every value left is a sandbox one.
                if hasattr(v, inner) and not (v is sys and inner == 'modules'):
                    print('ESCAPED', m.__name__, name, inner)
own_modules = dict(sys.modules)
