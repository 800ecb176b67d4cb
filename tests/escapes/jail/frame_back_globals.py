# kind jail: walking sys._getframe().f_back to the host's frames
def leak(label, value):
    text = repr(value)
    if '/interp/' in text or 'site-packages' in text or '.py' in text and '<' not in text:
        print('ESCAPED', label, text[:200])
import sys
f = sys._getframe()
while f is not None:
    leak('frame', f.f_code.co_filename)
    leak('globals', sorted(f.f_globals)[:50])
    f = f.f_back
