# kind 2/5: asyncio's own frames are left out of tracebacks (interp/runtime/tracebacks.py HIDDEN_FILES): walk what is left for host objects, and forge the hidden file name to hide a frame of our own
import asyncio
import traceback


OWN = (lambda: None).__code__.co_filename


def leak(label, value):
    text = repr(value).replace(OWN, '<own>')
    if '/interp/' in text or 'site-packages' in text or '.py' in text:
        print('ESCAPED', label, text[:200])


async def fail(kind):
    await asyncio.sleep(0)
    raise kind('from a task')


async def main():
    for attempt in (
        lambda: asyncio.gather(fail(KeyError), fail(ValueError)),
        lambda: asyncio.wait_for(fail(OSError), 5),
        lambda: asyncio.create_task(fail(IndexError)),
        lambda: asyncio.shield(fail(LookupError)),
    ):
        try:
            await attempt()
        except Exception as error:
            tb = error.__traceback__
            while tb is not None:
                frame = tb.tb_frame
                leak('file', frame.f_code.co_filename)
                leak('globals', type(getattr(frame, 'f_globals', None)))
                tb = tb.tb_next
            for entry in traceback.extract_tb(error.__traceback__):
                leak('entry', (entry.filename, entry.name, entry.line))
            print(type(error).__name__, [e.name for e in traceback.extract_tb(error.__traceback__)])
    task = asyncio.current_task()
    leak('coro', task.get_coro())
    leak('stack', task.get_stack())


asyncio.run(main())
# A program's own code compiled under the hidden name: its frames drop out of its own
# traceback, nothing more.
namespace = {}
exec(compile('def f():\n    raise RuntimeError("forged")\n', '<asyncio>', 'exec'), namespace)
try:
    namespace['f']()
except RuntimeError as error:
    print([e.name for e in traceback.extract_tb(error.__traceback__)])
namespace['f']()
