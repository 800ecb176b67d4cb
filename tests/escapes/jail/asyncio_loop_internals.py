# kind jail: the event loop's internals (ready queue, selector, call_soon with a host function)
def leak(label, value):
    text = repr(value)
    if '/interp/' in text or 'site-packages' in text or '.py' in text and '<' not in text:
        print('ESCAPED', label, text[:200])
import asyncio
loop = asyncio.get_running_loop()
for name in ('_ready', '_scheduled', '_selector', '_default_executor', 'run_in_executor', 'call_soon', '_run_once', 'time', '__dict__', 'slow_callback_duration'):
    v = getattr(loop, name, None)
    leak(name, v)
t = asyncio.current_task()
leak('task', t)
if t is not None:
    c = t.get_coro()
    leak('coro', c)
    leak('frame', getattr(c, 'cr_frame', None))
loop.call_soon(print, 'scheduled')
await asyncio.sleep(0)
