# kind jail: sys.exc_info() traceback walked through tb_next and tb_frame.f_back to host frames
def leak(label, value):
    text = repr(value)
    if '/interp/' in text or 'site-packages' in text or '.py' in text and '<' not in text:
        print('ESCAPED', label, text[:200])
import sys
try:
    sorted([3, 1], key=lambda x: 1 / 0)
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
while tb is not None:
    f = tb.tb_frame
    leak('tb', f.f_code.co_filename)
    while f is not None:
        leak('back', f.f_code.co_filename)
        f = f.f_back
    tb = tb.tb_next
