# await on what cannot be awaited, driven by hand (no event loop): 3.13 reworded the
# message; an __await__ must give an iterator, not a coroutine.
import sys


class NotIterator:
    def __await__(self):
        return 5


async def helper():
    return 1


class GivesCoroutine:
    def __await__(self):
        self.made = helper()
        return self.made


async def wait_for(thing):
    return await thing


for thing in (NotIterator(), GivesCoroutine(), None):
    coroutine = wait_for(thing)
    try:
        coroutine.send(None)
    except TypeError as e:
        print(e, file=sys.stderr)
    coroutine.close()
    if isinstance(thing, GivesCoroutine):
        thing.made.close()  # never started: no "never awaited" warning
wait_for(3).send(None)
