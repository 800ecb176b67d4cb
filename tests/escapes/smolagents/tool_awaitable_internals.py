# smolagents tools: the awaitable an async capability returns (cr_frame, cr_code, send, throw, __await__)
def leak(label, value):
    text = repr(value)
    if '/interp/' in text or 'site-packages' in text or 'test_escape_suite' in text:
        print('ESCAPED', label, text[:200])
c = aecho(1)
for name in ('cr_frame', 'cr_code', 'cr_await', 'gi_frame', 'send', 'throw', 'close', '__await__', '__next__', '__class__', '__dict__'):
    v = getattr(c, name, None)
    leak(name, v)
try:
    it = c.__await__()
    leak('await', it)
    leak('next', next(it))
except Exception:
    pass
print(await aecho(2))
