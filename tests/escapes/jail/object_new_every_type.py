# kind jail: object.__new__ on every type reachable from builtins and modules, then repr/str/call/dir
import sys, math, random, time, itertools, collections, functools, operator, asyncio
seen = []
for mod in (sys, math, random, time, itertools, collections, functools, operator, asyncio):
    for name in dir(mod):
        v = getattr(mod, name, None)
        if isinstance(v, type):
            seen.append(v)
for v in list(vars().values()) + [type(print), type(sys), type(int.real), type(iter([])), type(sys.stdout)]:
    if isinstance(v, type):
        seen.append(v)
for t in seen:
    try:
        o = object.__new__(t)
    except Exception:
        continue
    for op in (repr, str, dir, hash, bool, len, iter, lambda o: o(), lambda o: o.__class__, lambda o: vars(o)):
        try:
            op(o)
        except Exception:
            pass
