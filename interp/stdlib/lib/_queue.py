"""The sandbox's ``_queue``: what CPython's ``queue.py`` takes from its C half.

``Empty`` is defined here, as in CPython, so that it is ``_queue.Empty`` wherever it is
shown.  ``SimpleQueue`` is an unbounded FIFO queue.  The sandbox runs one thread, so
nothing can fill an empty queue while ``get`` waits: with a timeout the whole timeout
passes (on the sandbox's clock) before ``Empty`` is raised, and without one the wait
could never end, which is reported at once instead of hanging.
"""

from _collections import deque as _deque


class Empty(Exception):
    """Raised by Queue.get(block=0) and get_nowait() on an empty queue."""


Empty.__module__ = "_queue"


def _wait_for_nothing(timeout):
    if timeout is None:
        raise RuntimeError("deadlock: the only thread would wait forever for a queue item")
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    if timeout > 0:
        import time

        time.sleep(timeout)


class SimpleQueue:
    """An unbounded first-in, first-out queue, without task tracking."""

    __slots__ = ("_items",)

    def __init__(self):
        self._items = _deque()

    def put(self, item, block=True, timeout=None):
        """Put ``item`` in the queue; never blocks (the queue has no bound)."""
        self._items.append(item)

    def put_nowait(self, item):
        """Put ``item`` in the queue without blocking."""
        self._items.append(item)

    def get(self, block=True, timeout=None):
        """Remove and return the oldest item; Empty if there is none (after the
        timeout, when one is given)."""
        if self._items:
            return self._items.popleft()
        if block:
            _wait_for_nothing(timeout)
        raise Empty

    def get_nowait(self):
        """Remove and return the oldest item; Empty if there is none."""
        if self._items:
            return self._items.popleft()
        raise Empty

    def empty(self):
        """Whether the queue is empty."""
        return not self._items

    def qsize(self):
        """The number of items in the queue."""
        return len(self._items)

    @classmethod
    def __class_getitem__(cls, item, /):
        from types import GenericAlias

        return GenericAlias(cls, item)


SimpleQueue.__module__ = "_queue"
