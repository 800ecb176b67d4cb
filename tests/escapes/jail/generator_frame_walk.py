# kind jail: gi_frame / cr_frame / ag_frame and gi_yieldfrom / cr_await chains
def leak(label, value):
    text = repr(value)
    if '/interp/' in text or 'site-packages' in text or '.py' in text and '<' not in text:
        print('ESCAPED', label, text[:200])
def g():
    yield 1
async def c():
    pass
async def ag():
    yield 1
objs = [g(), c(), ag()]
next(objs[0])
for o in objs:
    for name in ('gi_frame', 'cr_frame', 'ag_frame', 'gi_code', 'cr_code', 'ag_code', 'gi_yieldfrom', 'cr_await', 'cr_origin', 'ag_await'):
        v = getattr(o, name, None)
        leak(name, v)
        f = getattr(v, 'f_back', None)
        leak(name + '.f_back', f)
objs[1].close()
