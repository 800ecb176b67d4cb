# kind jail: tb.tb_frame of a failure inside a standard module, walked for host paths, frames and globals
def leak(label, value):
    text = repr(value)
    if '/interp/' in text or 'site-packages' in text or 'python3' in text:
        print('ESCAPED', label, text[:200])
import json
import traceback
try:
    json.loads('{"a": [1, 2,')
except ValueError as error:
    tb = error.__traceback__
    while tb is not None:
        frame = tb.tb_frame
        leak('file', frame.f_code.co_filename)
        leak('globals', sorted(frame.f_globals)[:80])
        leak('locals', frame.f_locals)
        leak('back', frame.f_back)
        for name in ('__builtins__', '__loader__', '__spec__'):
            leak(name, frame.f_globals.get(name))
        tb.tb_next = tb.tb_next
        tb = tb.tb_next
    leak('text', traceback.format_exc())
    leak('levels', traceback._format_levels(error, [('x', 1, 'y')] * 10**6))
