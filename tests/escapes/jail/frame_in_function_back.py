# kind jail: frame views from inside nested calls, generators and callbacks walked back to the host
def leak(label, value):
    text = repr(value)
    if '/interp/' in text or 'site-packages' in text or '.py' in text and '<' not in text:
        print('ESCAPED', label, text[:200])
import sys
def inner():
    f = sys._getframe(0)
    out = []
    while f is not None:
        out.append(f)
        f = f.f_back
    return out
frames = inner() + sorted([1, 2], key=lambda x: inner() and x) and []
for f in inner():
    leak('code', f.f_code.co_filename)
    leak('name', f.f_code.co_name)
    leak('builtins', f.f_builtins.get('__import__'))
