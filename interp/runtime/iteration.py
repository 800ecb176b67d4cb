"""The iteration protocol for sandboxed code.

Iterating a list, tuple, str, dict, set or range needs no sandboxed code, so
:func:`get_iter` hands back the host's own iterator and loops over it run at host
speed.  Anything else (a user class with ``__iter__``/``__next__``, a generator, the
lazy ``map``/``zip``/``filter`` objects) is advanced with :func:`next_or_end`, a
generator, so that the code producing the next item may pause the program.
Exhaustion is reported by returning :data:`END`, not by raising.
"""

from __future__ import annotations

from functools import partial
from operator import length_hint
from typing import Any

from . import meter
from .attributes import MISSING, USER_CLASSES, bind_descriptor, call_method_nested, lookup
from .calls import call
from .exceptions import SandboxStopIteration
from .generators import END, Generator, Paused
from .meter import HARD_CAP, cap
from .native import BoundBuiltin
from .nested import run_nested
from .typenames import visible_type_name
from .typetable import HOST_ITERABLES, HOST_ITERATORS, RUNTIME_ITERATORS, register_type


def not_iterable(obj: Any) -> TypeError:
    return TypeError(f"'{visible_type_name(obj)}' object is not iterable")


def get_iter(obj: Any) -> Any:
    """``iter(obj)``; user ``__iter__`` methods run to completion (they rarely do more
    than return an object)."""
    t = type(obj)
    if t in HOST_ITERABLES or t in HOST_ITERATORS:
        return iter(obj)
    if t is Generator or t in RUNTIME_ITERATORS:
        return obj
    method, builtin = lookup(t, "__iter__")
    if method is not MISSING:
        if id(t) in USER_CLASSES and not builtin:
            if method is None:
                raise not_iterable(obj)
            it = call_method_nested(method, obj, ())
            if not is_iterator(it):
                raise TypeError(f"iter() returned non-iterator of type '{visible_type_name(it)}'")
            return it
        # A user subclass of a builtin iterable inherits the host iteration.
        return iter(obj)
    getitem, builtin = lookup(t, "__getitem__")
    if getitem is not MISSING and not builtin:
        return SequenceIterator(obj)
    raise not_iterable(obj)


def is_iterator(obj: Any) -> bool:
    t = type(obj)
    if t in HOST_ITERATORS or t is Generator or t in RUNTIME_ITERATORS:
        return True
    return lookup(t, "__next__")[0] is not MISSING


def next_or_end(it: Any) -> Any:
    """The next item of iterator ``it``, or END (generator: ``yield from``)."""
    t = type(it)
    if t in HOST_ITERATORS:
        for item in it:
            return item
        return END
    if t is Generator:
        out = it.start()
        if type(out) is Paused:
            out = yield from it.drive(out)
        return out
    step = RUNTIME_ITERATORS.get(t)
    if step is not None:
        out = plain_step(it, t)
        if out is not NEEDS_NEXT:
            return out
        try:
            return (yield from step(it))
        except SandboxStopIteration:  # an inner iterator's, passed on (see next_or_stop)
            return END
    method, builtin = lookup(t, "__next__")
    if method is MISSING:
        raise TypeError(f"'{visible_type_name(it)}' object is not an iterator")
    if builtin:
        bound = BoundBuiltin(method, it)
    else:
        bound = bind_descriptor(method, it, t)
    try:
        return (yield from call(bound, (), None))
    except SandboxStopIteration:
        return END


def stepper(it: Any) -> Any:
    """A plain call that gives iterator ``it``'s next item or END, for the host's loops
    over an iterator (``sum``, ``list``, ``min``, the compiled ``for``), which would
    otherwise make a host generator per item (:func:`next_or_end`).  What it gives is
    a :class:`Paused` when the item needs a generator after all (a sandbox generator
    that passed up a request, an iterator of any other kind): ``yield from resume(it,
    paused)`` then gives the item."""
    t = type(it)
    if t in HOST_ITERATORS:
        return partial(next, it, END)
    if t is Generator:
        return it.start
    step = PLAIN_STEPS.get(t)
    if step is not None:
        return partial(step, it)
    return _needs_next


#: Runtime iterator type (``zip``, ``enumerate``) -> its plain step: ``step(it)`` gives
#: the next item or END where it needs no generator (over the host's iterators), else
#: :data:`NEEDS_NEXT` having advanced nothing.  Filled by :mod:`.builtins`.
PLAIN_STEPS: dict[type, Any] = {}


def plain_step(it: Any, t: type) -> Any:
    """Iterator ``it``'s (of type ``t``) next item or END by its plain step, or
    :data:`NEEDS_NEXT` when it has none or that needs the generator path."""
    step = PLAIN_STEPS.get(t)
    return NEEDS_NEXT if step is None else step(it)


#: What a stepper gives for an iterator that :func:`next_or_end` must step.
NEEDS_NEXT = Paused(None, None)


def _needs_next() -> Any:
    return NEEDS_NEXT


def resume(it: Any, paused: Any) -> Any:
    """The generator that gives ``it``'s item after its stepper gave ``paused``."""
    return next_or_end(it) if paused is NEEDS_NEXT else it.drive(paused)


def next_or_stop(it: Any) -> Any:
    """The next item of ``it``, END, or the ``StopIteration`` that ended it (generator).

    For the lazy builtins (``map``, ``zip``, ``enumerate``, ``filter``) and ``yield
    from``: CPython's C versions return the inner iterator's "no more" as is, so the
    ``StopIteration`` that a ``__next__`` raised, or the one carrying a generator's
    return value, reaches whoever called ``next()`` on them, arguments and all.  Plain
    exhaustion with nothing to pass on is END.  Callers that end a loop on it catch
    ``SandboxStopIteration`` (as :func:`next_or_end` does for the lazy builtins).
    """
    t = type(it)
    if t in HOST_ITERATORS:
        for item in it:
            return item
        return END
    if t is Generator:
        was_finished = it.finished
        out = it.start()
        if type(out) is Paused:
            out = yield from it.drive(out)
        if out is END and not was_finished and it.return_value is not None:
            raise SandboxStopIteration(it.return_value)
        return out
    step = RUNTIME_ITERATORS.get(t)
    if step is not None:
        out = plain_step(it, t)
        if out is not NEEDS_NEXT:
            return out
        return (yield from step(it))
    method, builtin = lookup(t, "__next__")
    if method is MISSING:
        raise TypeError(f"'{visible_type_name(it)}' object is not an iterator")
    bound = BoundBuiltin(method, it) if builtin else bind_descriptor(method, it, t)
    return (yield from call(bound, (), None))


#: Estimated bytes per item of a materialised list, for the size cap.
ITEM_SIZE = 8


def _cap_items(obj: Any) -> None:
    """Refuse to list a range or host iterator longer than the allocation cap."""
    try:
        count = length_hint(obj)
    except OverflowError:
        raise MemoryError("result too large") from None
    cap(count * ITEM_SIZE)


def _item_limit() -> int:
    """How many items a materialised list may hold under the caps."""
    limit = HARD_CAP
    m = meter.current
    if m.max_memory is not None and m.max_memory < limit:
        limit = m.max_memory
    return limit // ITEM_SIZE


def _too_long(it: Any) -> bool:
    try:
        return length_hint(it) > _item_limit()
    except OverflowError:
        return True


def to_list(obj: Any) -> Any:
    """All items of iterable ``obj`` as a new list (generator: ``yield from``).

    Ranges and host iterators are size-checked before the host lists them; other
    iterators are advanced one item at a time, each a step for the meter, so an
    endless lazy iterator still meets the time and step limits, and the list is
    size-checked as it grows.
    """
    t = type(obj)
    if t in HOST_ITERABLES:
        if t is range:
            _cap_items(obj)
        return list(obj)
    it = get_iter(obj)
    if type(it) in HOST_ITERATORS:
        _cap_items(it)
        return list(it)
    items = []
    append = items.append
    m = meter.current
    step = stepper(it)
    while True:
        item = step()
        if type(item) is Paused:
            item = yield from resume(it, item)
        if item is END:
            return items
        append(item)
        m.countdown -= 1
        if m.countdown <= 0:
            _check_items(len(items))
            yield from m.tick()


def _check_items(count: int) -> None:
    cap(count * ITEM_SIZE)


class SequenceIterator:
    """Iteration over an object with only ``__getitem__`` (the old protocol)."""

    __slots__ = ("seq", "index")

    def __init__(self, seq: Any) -> None:
        self.seq = seq
        self.index = 0

    def __iter__(self) -> SequenceIterator:
        return self

    def __next__(self) -> Any:
        item = run_nested(_sequence_next(self))
        if item is END:
            raise StopIteration
        return item


def _sequence_next(it: SequenceIterator) -> Any:
    if it.seq is None:
        return END
    getitem, _ = lookup(type(it.seq), "__getitem__")
    try:
        item = yield from call(bind_descriptor(getitem, it.seq, type(it.seq)), (it.index,), None)
    except (IndexError, SandboxStopIteration):
        it.seq = None
        return END
    it.index += 1
    return item


register_type(SequenceIterator, step=_sequence_next)


def iterate_host(obj: Any) -> Any:
    """A host iterator over ``obj`` for host code that needs one (nested calls).

    Host code may list it (``a, *b = x``): a host iterator longer than the caps and
    every lazy iterator come wrapped so that listing them is size-checked and each
    item is a step for the meter.
    """
    it = get_iter(obj)
    t = type(it)
    if t in HOST_ITERATORS:
        return _CountedHostIterator(it) if _too_long(it) else it
    if t is Generator:
        return it
    return _HostView(it)


class _Counted:
    """Counts the items handed to host code: a step each, size-checked as they add up."""

    __slots__ = ("it", "count")

    def __init__(self, it: Any) -> None:
        self.it = it
        self.count = 0

    def __iter__(self) -> Any:
        return self

    def _step(self) -> None:
        self.count += 1
        m = meter.current
        m.countdown -= 1
        if m.countdown <= 0:
            _check_items(self.count)
            m.check()


class _CountedHostIterator(_Counted):
    """A host iterator too long to list: ``list()`` of it is refused at once (through
    its length hint), a loop over it counts."""

    __slots__ = ()

    def __length_hint__(self) -> int:
        _cap_items(self.it)
        return length_hint(self.it)

    def __next__(self) -> Any:
        for item in self.it:
            self._step()
            return item
        raise StopIteration


class _HostView(_Counted):
    __slots__ = ()

    def __next__(self) -> Any:
        item = run_nested(next_or_end(self.it))
        if item is END:
            raise StopIteration
        self._step()
        return item
