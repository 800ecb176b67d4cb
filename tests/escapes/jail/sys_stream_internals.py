# kind jail: the streams' buffer, fileno, raw and class internals
def leak(label, value):
    text = repr(value)
    if '/interp/' in text or 'site-packages' in text or '.py' in text and '<' not in text:
        print('ESCAPED', label, text[:200])
import sys
for s in (sys.stdout, sys.stderr, sys.stdin):
    for name in ('buffer', 'fileno', 'raw', '_write', '__dict__', 'reconfigure', 'detach', 'name', 'mode', 'encoding'):
        try:
            v = getattr(s, name)
            leak(name, v)
            if name == 'fileno':
                v()
        except Exception:
            pass
