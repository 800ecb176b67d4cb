"""The sandbox's builtins namespace.

Each sandbox gets its own dict from :func:`make_builtins` (a program may rebind or
delete builtins without touching other sandboxes); ``print`` and ``input`` in it write
through the ``write(text)`` callable the host layer supplies, so output goes to the
run in progress and never to the host's stdout.

Three kinds of builtin live here:

- Host builtins that only take plain values and never need to pause (``len``,
  ``abs``, ``hash``, ``isinstance``...) are wrapped as they are: the host gives
  CPython's exact behaviour and error messages, and dunders of user classes run
  nested (see :mod:`interp.runtime.functions`).
- Builtins that call sandboxed code or iterate arbitrary iterables (``sorted``,
  ``min``, ``sum``, ``any``, ``next``...) are generator functions (``suspends=True``)
  so that a key function, a generator or a user ``__next__`` can pause the program.
  Their loops tick the meter: a loop over a lazy iterator that never calls a
  sandboxed function would otherwise escape the time limit.
- The lazy iterator types (``map``, ``filter``, ``zip``, ``enumerate``,
  ``reversed``, ``callable_iterator``) are runtime classes with the CPython names,
  stepped by generator functions registered in
  :data:`~interp.runtime.iteration.RUNTIME_ITERATORS`.

Builtins that need the caller's frame (``globals()``, ``locals()``, ``vars()`` and
``dir()`` without arguments, zero-argument ``super()``) are special-cased by the
compiler; the entries here are placeholders.  ``exec``/``eval``/``compile`` reach the
compiler through the late-bound link ``links.compiler_hook`` because the runtime
must not import it.
``open``, ``breakpoint`` and ``help`` do not exist; ``__import__`` is the sandbox's
own import (the same loader as the statement).

Argument errors: a builtin declares its parameters with a
:class:`.signatures.Signature` whose ``host=`` is the host builtin of the same name;
a call of the wrong shape is replayed on it (with inert placeholder values), so
messages follow the CPython underneath (they changed between 3.11 and 3.14).
"""

from __future__ import annotations

import builtins as _host
import operator as _op
import sys
import types as _types
from collections.abc import Callable
from itertools import accumulate
from typing import Any

from . import attributes, bigint, classes, environment, imports, links, memoryviews, meter  # noqa: F401 - memoryviews declares the type
from .attributes import (
    MISSING,
    USER_CLASSES,
    bind_descriptor,
    class_level,
    delete_attr,
    load_attr,
    lookup,
    store_attr,
    user_class_namespace,
)
from .calls import call
from .control import CannotSuspend, HostError, InputRequest
from .descriptors import ClassMethod, Property, StaticMethod, Super
from .exceptions import SandboxStopIteration, exception_classes
from .generators import END, AsyncGenerator, Generator, Paused, await_
from .iteration import (
    HOST_ITERABLES,
    HOST_ITERATORS,
    ITEM_SIZE,
    NEEDS_NEXT,
    PLAIN_STEPS,
    RUNTIME_ITERATORS,
    get_iter,
    next_or_end,
    next_or_stop,
    plain_step,
    resume,
    stepper,
    to_list,
)
from .meter import HARD_CAP, ascii_text, cap
from .modules import Module
from .native import BoundBuiltin, Builtin
from .nested import run_nested
from .numbers import int_round
from .operators import divmod_, power
from .protocols import format_value
from .signatures import NOT_GIVEN, Signature
from .textsize import check_text
from .typenames import visible_type_name
from .typetable import TABLES, ClassMethodEntry, DataAttr, StaticEntry, Value, method, register_type

#: ``cls.__mro__`` read from the type itself: a metaclass's ``__getattribute__`` cannot
#: answer it (nor run, when host code walks a program's class).
_mro_of = type.__dict__["__mro__"].__get__
#: A class's own namespace, read from the type itself (as ``_mro_of``).
_dict_of = type.__dict__["__dict__"].__get__


def tick() -> Any:
    """Count one loop step (generator); yields a time slice when one is due."""
    m = meter.current
    m.countdown -= 1
    if m.countdown <= 0:
        yield from m.tick()


def _host_message(fn: Callable[[], Any]) -> str:
    try:
        fn()
    except Exception as error:
        return str(error)
    return ""


_MIN_EMPTY = _host_message(lambda: min([]))
_MAX_EMPTY = _host_message(lambda: max([]))


def collect(obj: Any) -> Any:
    """All items of ``obj`` as a new list (generator), capped and ticking the meter."""
    return (yield from to_list(obj))


def _text_size(text: str) -> int:
    return len(text) if text.isascii() else len(text.encode("utf-8", "surrogatepass"))


# ---------------------------------------------------------------------------
# Lazy iterator types


def _make_iterator_class(name: str, slots: tuple[str, ...]) -> type:
    def __iter__(self: Any) -> Any:
        return self

    def __next__(self: Any) -> Any:
        # Host machinery (``x in zip(...)``, a host sort) stepping the iterator: each
        # item is a step for the meter, as in a sandboxed loop.
        m = meter.current
        m.countdown -= 1
        if m.countdown <= 0:
            m.check()
        try:
            item = run_nested(RUNTIME_ITERATORS[cls](self))  # cls: a user subclass steps as its base
        except SandboxStopIteration:
            item = END
        if item is END:
            raise StopIteration
        return item

    def __repr__(self: Any) -> str:
        return f"<{name} object at {id(self):#x}>"

    cls = type(
        name,
        (),
        {"__slots__": slots, "__iter__": __iter__, "__next__": __next__, "__repr__": __repr__},
    )
    cls.__module__ = "builtins"
    return cls


MapIterator = _make_iterator_class("map", ("func", "iters", "strict"))
FilterIterator = _make_iterator_class("filter", ("func", "it"))
ZipIterator = _make_iterator_class("zip", ("iters", "strict"))
EnumerateIterator = _make_iterator_class("enumerate", ("it", "count"))
ReversedIterator = _make_iterator_class("reversed", ("seq", "index"))
CallableIterator = _make_iterator_class("callable_iterator", ("func", "sentinel"))


def _map_next(m: Any) -> Any:
    items = yield from _next_items(m, m.iters, m.strict, "map")
    if items is END:
        return END
    return (yield from call(m.func, items, None))


def _filter_next(f: Any) -> Any:
    it = f.it
    func = f.func
    while True:
        item = yield from next_or_stop(it)
        if item is END:
            return END
        if func is None or func is bool:
            if item:
                return item
        else:
            verdict = yield from call(func, (item,), None)
            if verdict:
                return item
        yield from tick()


def _next_items(obj: Any, iters: Any, strict: bool, name: str) -> Any:
    """The next item of each iterator, or END (generator); CPython's strict checks."""
    if not iters:
        return END
    items = []
    for i, it in enumerate(iters):
        # Not strict: the inner StopIteration passes on, and the iterators stay (CPython
        # asks them again on the next call).
        item = yield from (next_or_end(it) if strict else next_or_stop(it))
        if item is END:
            obj.iters = None
            if strict:
                if i:
                    plural = " " if i == 1 else "s 1-"
                    raise ValueError(f"{name}() argument {i + 1} is shorter than argument{plural}{i}")
                for j in range(1, len(iters)):
                    other = yield from next_or_end(iters[j])
                    if other is not END:
                        plural = " " if j == 1 else "s 1-"
                        raise ValueError(f"{name}() argument {j + 1} is longer than argument{plural}{j}")
            return END
        items.append(item)
    return items


def _zip_next(z: Any) -> Any:
    items = yield from _next_items(z, z.iters, z.strict, "zip")
    return END if items is END else tuple(items)


def _host_items(obj: Any) -> Any:
    """The next item of each of a ``zip``'s or ``map``'s iterators as a list where they
    are all the host's (not strict), else END or NEEDS_NEXT (see PLAIN_STEPS)."""
    iters = obj.iters
    if not iters:
        return END  # no iterables, or one ran out
    if obj.strict:
        return NEEDS_NEXT
    for it in iters:
        if type(it) not in HOST_ITERATORS:
            return NEEDS_NEXT
    items = []
    for it in iters:
        # As CPython's: the iterators after the first exhausted one are not asked.
        item = next(it, END)
        if item is END:
            obj.iters = None
            return END
        items.append(item)
    return items


def _zip_step(z: Any) -> Any:
    """The plain step of a ``zip`` over the host's iterators (see PLAIN_STEPS)."""
    items = _host_items(z)
    return tuple(items) if type(items) is list else items


def _map_step(m: Any) -> Any:
    """The plain step of a ``map`` of a builtin that cannot pause (``len``, ``abs``) over
    the host's iterators (see PLAIN_STEPS)."""
    func = m.func
    if type(func) is not Builtin or func.suspends:
        return NEEDS_NEXT
    items = _host_items(m)
    return func.fn(*items) if type(items) is list else items


def _enumerate_step(e: Any) -> Any:
    """The plain step of an ``enumerate`` over a host iterator, or over one with a plain
    step of its own (a zip of lists), see PLAIN_STEPS."""
    it = e.it
    t = type(it)
    if t in HOST_ITERATORS:
        item = next(it, END)
    else:
        item = plain_step(it, t)
        if item is NEEDS_NEXT:
            return NEEDS_NEXT
    if item is END:
        return END
    count = e.count
    e.count = count + 1
    return (count, item)


def _enumerate_next(e: Any) -> Any:
    item = yield from next_or_stop(e.it)
    if item is END:
        return END
    count = e.count
    e.count = count + 1
    return (count, item)


_DIRECT_SEQUENCES = (tuple, str, bytes, bytearray, list)


def _reversed_next(r: Any) -> Any:
    index = r.index
    seq = r.seq
    if seq is None or index < 0:
        r.seq = None
        return END
    r.index = index - 1
    t = type(seq)
    try:
        if t in _DIRECT_SEQUENCES:
            return seq[index]
        getitem, builtin = lookup(t, "__getitem__")
        if builtin or getitem is MISSING:
            return seq[index]
        return (yield from call(bind_descriptor(getitem, seq, t), (index,), None))
    except (IndexError, SandboxStopIteration):
        r.seq = None
        r.index = -1
        return END


def _callable_iterator_next(c: Any) -> Any:
    if c.func is None:
        return END
    try:
        value = yield from call(c.func, (), None)
    except SandboxStopIteration:
        c.func = None
        return END
    if value == c.sentinel:
        c.func = None
        return END
    return value


def _iterator_self(it: Any) -> Any:
    return it


def _make_dunder_next(step: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def __next__(it: Any) -> Any:
        item = yield from step(it)
        if item is END:
            raise SandboxStopIteration
        return item

    return __next__


#: map(strict=True) is new in 3.14: accepted where the host CPython has it.
_MAP = Signature(
    "map",
    "function, iterable, /, *iterables" + (", strict=False" if sys.version_info >= (3, 14) else ""),
    host=_host.map,
)


def _new_map(*args: Any, **kwargs: Any) -> Any:
    func, first, more, *strict = _MAP.unpack(args, kwargs)
    m = MapIterator()
    m.func = func
    m.iters = [get_iter(first), *(get_iter(a) for a in more)]
    m.strict = bool(strict and strict[0])
    return m


_FILTER = Signature("filter", "function, iterable, /", host=_host.filter)


def _new_filter(*args: Any, **kwargs: Any) -> Any:
    func, iterable = _FILTER.unpack(args, kwargs)
    f = FilterIterator()
    f.func = func
    f.it = get_iter(iterable)
    return f


_ZIP = Signature("zip", "*iterables, strict=False", host=_host.zip)


def _new_zip(*args: Any, **kwargs: Any) -> Any:
    iterables, strict = _ZIP.unpack(args, kwargs)
    z = ZipIterator()
    z.iters = [get_iter(a) for a in iterables]
    z.strict = bool(strict)
    return z


_ENUMERATE = Signature("enumerate", "iterable, start=0", host=_host.enumerate)


def _new_enumerate(*args: Any, **kwargs: Any) -> Any:
    iterable, start = _ENUMERATE.unpack(args, kwargs)
    e = EnumerateIterator()
    e.it = get_iter(iterable)
    e.count = _op.index(start)
    return e


#: Host types whose reversed() the host does at host speed (CPython gives them
#: their own reverse iterator types, so the host's are the right ones).
_HOST_REVERSIBLE = (list, range, dict, type({}.keys()), type({}.values()), type({}.items()))


_REVERSED = Signature("reversed", "sequence, /", host=_host.reversed)


def _new_reversed(*args: Any, **kwargs: Any) -> Any:
    (seq,) = _REVERSED.unpack(args, kwargs)
    t = type(seq)
    if t in _HOST_REVERSIBLE:
        return reversed(seq)
    method, builtin = lookup(t, "__reversed__")
    if method is None:
        raise TypeError(f"'{visible_type_name(seq)}' object is not reversible")
    if method is not MISSING and not builtin:
        return (yield from call(bind_descriptor(method, seq, t), (), None))
    if isinstance(seq, _HOST_REVERSIBLE):
        # A user subclass of list or dict that keeps the host's __reversed__.
        return reversed(seq)
    if method is not MISSING and builtin and type(method) is Builtin:
        # A runtime type with __reversed__ in its table (deque).
        return (yield from call(BoundBuiltin(method, seq), (), None))
    # The sequence protocol: __len__ now, __getitem__ with falling indexes later.
    getitem, getitem_builtin = lookup(t, "__getitem__")
    length, length_builtin = lookup(t, "__len__")
    direct = isinstance(seq, _DIRECT_SEQUENCES)
    user_getitem = getitem is not MISSING and getitem is not None and not getitem_builtin
    user_len = length is not MISSING and length is not None and not length_builtin
    if not (direct or (user_getitem and user_len)) or isinstance(seq, (dict, set, frozenset)):
        raise TypeError(f"'{visible_type_name(seq)}' object is not reversible")
    if user_len:
        n = yield from call(bind_descriptor(length, seq, t), (), None)
        n = _op.index(n)
        if n < 0:
            raise ValueError("__len__() should return >= 0")
    else:
        n = len(seq)
    r = ReversedIterator()
    r.seq = seq
    r.index = n - 1
    return r


# ---------------------------------------------------------------------------
# Iteration builtins


_ITER = Signature("iter", "object, sentinel=NOT_GIVEN, /", host=_host.iter)


def _iter(*args: Any, **kwargs: Any) -> Any:
    func, sentinel = _ITER.unpack(args, kwargs)
    if sentinel is NOT_GIVEN:
        return get_iter(func)
    if not callable(func):
        raise TypeError("iter(v, w): v must be callable")
    c = CallableIterator()
    c.func = func
    c.sentinel = sentinel
    return c


_NEXT = Signature("next", "iterator, default=NOT_GIVEN, /", host=_host.next)


def _next(*args: Any, **kwargs: Any) -> Any:
    it, default = _NEXT.unpack(args, kwargs)
    has_default = default is not NOT_GIVEN
    t = type(it)
    if t in HOST_ITERATORS:
        for item in it:
            return item
        if has_default:
            return default
        raise SandboxStopIteration
    if t is Generator:
        was_finished = it.finished
        item = yield from it.resume(None)
        if item is not END:
            return item
        if has_default:
            return default
        value = None if was_finished else it.return_value
        raise SandboxStopIteration(*(() if value is None else (value,)))
    step = RUNTIME_ITERATORS.get(t)
    if step is not None:
        item = plain_step(it, t)
        try:
            if item is NEEDS_NEXT:
                item = yield from step(it)
        except SandboxStopIteration:
            # The StopIteration of the iterator it wraps, as CPython's map/zip pass it on.
            if has_default:
                return default
            raise
        if item is not END:
            return item
        if has_default:
            return default
        raise SandboxStopIteration
    method, builtin = lookup(t, "__next__")
    if method is MISSING or method is None:
        raise TypeError(f"'{visible_type_name(it)}' object is not an iterator")
    bound = (
        BoundBuiltin(method, it) if builtin and type(method) is Builtin else bind_descriptor(method, it, t)
    )
    if not has_default:
        return (yield from call(bound, (), None))
    try:
        return (yield from call(bound, (), None))
    except SandboxStopIteration:
        return default


_ANY = Signature("any", "iterable, /", host=_host.any)


def _any(*args: Any, **kwargs: Any) -> Any:
    (obj,) = _ANY.unpack(args, kwargs)
    if type(obj) in HOST_ITERABLES and type(obj) is not range:
        return any(obj)
    it = get_iter(obj)
    step = stepper(it)
    m = meter.current
    while True:
        item = step()
        if type(item) is Paused:
            item = yield from resume(it, item)
        if item is END:
            return False
        if item:
            return True
        m.countdown -= 1
        if m.countdown <= 0:
            yield from m.tick()


_ALL = Signature("all", "iterable, /", host=_host.all)


def _all(*args: Any, **kwargs: Any) -> Any:
    (obj,) = _ALL.unpack(args, kwargs)
    if type(obj) in HOST_ITERABLES and type(obj) is not range:
        return all(obj)
    it = get_iter(obj)
    step = stepper(it)
    m = meter.current
    while True:
        item = step()
        if type(item) is Paused:
            item = yield from resume(it, item)
        if item is END:
            return True
        if not item:
            return False
        m.countdown -= 1
        if m.countdown <= 0:
            yield from m.tick()


_NUMBERS = frozenset({int, float, bool, complex})


_SUM = Signature("sum", "iterable, /, start=0", host=_host.sum)


def _sum(*args: Any, **kwargs: Any) -> Any:
    iterable, start = _SUM.unpack(args, kwargs)
    if isinstance(start, str):
        raise TypeError("sum() can't sum strings [use ''.join(seq) instead]")
    if isinstance(start, bytes):
        raise TypeError("sum() can't sum bytes [use b''.join(seq) instead]")
    if isinstance(start, bytearray):
        raise TypeError("sum() can't sum bytearray [use b''.join(seq) instead]")
    if type(iterable) is range and type(start) in (int, bool):
        # Host speed without materialising the range, in chunks so the meter can stop it
        # (integer sums only: chunking would change the compensated float algorithm).
        total = start
        m = meter.current
        # Steps for the host's work on one chunk (bigint.STEPS_PER_SECOND): one step a
        # chunk let 2,000 chunks, seconds of work, pass between two checks of the time.
        bits = max(abs(iterable.start), abs(iterable.stop)).bit_length()
        steps = _RANGE_CHUNK * (20 + bits // 30) // 1000
        for i in range(0, len(iterable), _RANGE_CHUNK):
            total = sum(iterable[i : i + _RANGE_CHUNK], total)
            m.countdown -= steps
            if m.countdown <= 0:
                yield from m.tick()
        return total
    items = None
    fast = True
    if type(start) is int and type(iterable) not in HOST_ITERABLES:
        it = get_iter(iterable)
        if type(it) not in HOST_ITERATORS:
            # A lazy iterator (a generator...) is summed as it goes, not listed first:
            # its ints are folded a chunk at a time; what follows its first other item
            # is listed and summed below, from the total so far.
            start, fast, items = yield from _sum_ints(it, start)
            if items is None:
                return start
    if items is None:
        # A list or tuple is read in place: nothing below runs sandbox code before the
        # host has summed it, and the loop at the end reads it live, as CPython does.
        items = iterable if type(iterable) in _SEQUENCES else (yield from collect(iterable))
    if fast and type(start) in _NUMBERS and all(type(x) in _NUMBERS for x in items):
        if type(start) is int and len(items) > 4 and set(map(type, items)) <= _INT_TYPES:
            # Ints may be huge: in pieces the meter can interrupt (see bigint).
            return (yield from bigint.run_suspending(bigint.sum_pieces(items, start)))
        # One host call: the host's float algorithm (compensated on 3.12+) is the oracle.
        return sum(items, start)
    total = start
    for item in items:
        if type(item) in _CONCATENATED and type(total) in _CONCATENATED:
            # sum(lists, []) builds ever larger lists: refuse one that is too large.
            cap((len(total) + len(item)) * 8)
        total = total + item
        yield from tick()
    return total


_RANGE_CHUNK = 1 << 16
_INT_TYPES = frozenset({int, bool})
_CONCATENATED = frozenset({list, tuple})
_SEQUENCES = (list, tuple)
#: Items of a lazy iterator held at once while ``sum`` folds them.
_SUM_CHUNK = 1 << 10
#: CPython's sum keeps an int total in a C integer as long as every item and every
#: partial sum fits (the size of ``sys.maxsize``: 64 bits natively, 32 in Pyodide), and
#: once one does not, adds the rest one by one (no compensated float sum after that).
_FAST_MIN, _FAST_MAX = -sys.maxsize - 1, sys.maxsize


def _sum_ints(it: Any, total: int) -> Any:
    """Fold the ints (and bools) that iterator ``it`` yields into ``total``, a chunk at
    a time (generator).  Returns ``(total, fast, rest)``: ``fast`` says whether CPython's
    sum would still be on its C-integer path, ``rest`` is None at the iterator's end,
    else the list of the items from its first item of another type on."""
    fast = _FAST_MIN <= total <= _FAST_MAX
    chunk: list = []
    append = chunk.append
    m = meter.current
    step = stepper(it)
    while True:
        item = step()
        if type(item) is Paused:
            item = yield from resume(it, item)
        if item is END:
            break
        t = type(item)
        if t is not int and t is not bool:
            if chunk:
                total, fast = yield from _fold_ints(chunk, total, fast)
            rest = [item]
            while True:  # not collect(it): that would call the iterator's __iter__ again
                item = yield from next_or_end(it)
                if item is END:
                    return total, fast, rest
                rest.append(item)
                m.countdown -= 1
                if m.countdown <= 0:
                    cap(len(rest) * ITEM_SIZE)
                    yield from m.tick()
        append(item)
        if len(chunk) == _SUM_CHUNK:
            total, fast = yield from _fold_ints(chunk, total, fast)
            chunk.clear()
        m.countdown -= 1
        if m.countdown <= 0:
            yield from m.tick()
    if chunk:
        total, fast = yield from _fold_ints(chunk, total, fast)
    return total, fast, None


def _fold_ints(chunk: list, total: int, fast: bool) -> Any:
    """``total`` plus the ints of ``chunk``, and whether CPython's sum would still be
    on its C-integer path after them (generator)."""
    if fast:
        low, high = min(chunk), max(chunk)
        if low < _FAST_MIN or high > _FAST_MAX:
            fast = False
        else:
            count = len(chunk)
            if total + count * min(low, 0) < _FAST_MIN or total + count * max(high, 0) > _FAST_MAX:
                # Partial sums may leave the range: follow them (small ints, cheap).
                fast = all(_FAST_MIN <= partial <= _FAST_MAX for partial in accumulate(chunk, initial=total))
            if fast:
                return sum(chunk, total), True
    # Ints may be huge: in pieces the meter can interrupt (see bigint).
    return (yield from bigint.run_suspending(bigint.sum_pieces(chunk, total))), False


_MIN = Signature("min", "first, /, *rest, key=None, default=NOT_GIVEN", host=_host.min)
_MAX = Signature("max", "first, /, *rest, key=None, default=NOT_GIVEN", host=_host.max)


def _min_max(name: str, signature: Signature, empty: str, args: tuple, kwargs: dict | None) -> Any:
    first, rest, key, default = signature.unpack(args, kwargs)
    if not rest:
        items = get_iter(first)
    else:
        if default is not NOT_GIVEN:
            raise TypeError(f"Cannot specify a default for {name}() with multiple positional arguments")
        items = iter((first, *rest))
    is_min = name == "min"
    best = best_key = MISSING
    step = stepper(items)
    m = meter.current
    while True:
        item = step()
        if type(item) is Paused:
            item = yield from resume(items, item)
        if item is END:
            break
        k = item if key is None else (yield from call(key, (item,), None))
        if best is MISSING:
            best, best_key = item, k
        elif (k < best_key) if is_min else (k > best_key):
            best, best_key = item, k
        m.countdown -= 1
        if m.countdown <= 0:
            yield from m.tick()
    if best is MISSING:
        if default is not NOT_GIVEN:
            return default
        raise ValueError(empty)
    return best


def _min(*args: Any, **kwargs: Any) -> Any:
    return (yield from _min_max("min", _MIN, _MIN_EMPTY, args, kwargs))


def _max(*args: Any, **kwargs: Any) -> Any:
    return (yield from _min_max("max", _MAX, _MAX_EMPTY, args, kwargs))


_SORTED = Signature("sorted", "iterable, /, *, key=None, reverse=False", host=_host.sorted)


def _sorted(*args: Any, **kwargs: Any) -> Any:
    iterable, key, reverse = _SORTED.unpack(args, kwargs)
    items = yield from collect(iterable)
    items = list(items)
    if key is None:
        if (
            len(items) > bigint.SORT_PIECEWISE
            and type(reverse) in _INT_TYPES
            and (yield from bigint.run_suspending(bigint.plainly_sortable(items)))
        ):
            # A host sort of millions of items is seconds in one call: in pieces.
            return (yield from bigint.run_suspending(bigint.sort_pieces(items, reverse)))
        items.sort(reverse=reverse)
        return items
    keys = []
    for item in items:
        keys.append((yield from call(key, (item,), None)))
    # Sort positions by their keys: equal keys never compare the items themselves.
    order = sorted(range(len(items)), key=keys.__getitem__, reverse=reverse)
    return [items[i] for i in order]


# ---------------------------------------------------------------------------
# Attributes


def _check_name(name: Any) -> None:
    if type(name) is not str and not isinstance(name, str):
        raise TypeError(f"attribute name must be string, not '{visible_type_name(name)}'")


_GETATTR = Signature("getattr", "object, name, default=NOT_GIVEN, /", host=_host.getattr)
_HASATTR = Signature("hasattr", "obj, name, /", host=_host.hasattr)
_SETATTR = Signature("setattr", "obj, name, value, /", host=_host.setattr)
_DELATTR = Signature("delattr", "obj, name, /", host=_host.delattr)


def _getattr(*args: Any, **kwargs: Any) -> Any:
    if len(args) == 2 and not kwargs and type(args[1]) is str:
        # getattr(obj, name), the common call (dataclasses.replace reads every field so).
        return load_attr(args[0], args[1])
    obj, name, default = _GETATTR.unpack(args, kwargs)
    _check_name(name)
    name = str.__str__(name)
    if default is NOT_GIVEN:
        return load_attr(obj, name)
    try:
        return load_attr(obj, name)
    except AttributeError:
        return default


def _hasattr(*args: Any, **kwargs: Any) -> bool:
    obj, name = _HASATTR.unpack(args, kwargs)
    if type(name) is not str:
        _check_name(name)
        name = str.__str__(name)
    try:
        load_attr(obj, name)
    except AttributeError:
        return False
    return True


def _setattr(*args: Any, **kwargs: Any) -> None:
    obj, name, value = _SETATTR.unpack(args, kwargs)
    if type(name) is not str:
        _check_name(name)
        name = str.__str__(name)
    store_attr(obj, name, value)


def _delattr(*args: Any, **kwargs: Any) -> None:
    obj, name = _DELATTR.unpack(args, kwargs)
    _check_name(name)
    delete_attr(obj, str.__str__(name))


_mappingproxy = _types.MappingProxyType
_getset_descriptor = type(type.__dict__["__dict__"])


def _table_namespace(cls: type) -> dict:
    """The sandbox-visible class attributes of builtin type ``cls`` (sandbox values only)."""
    out: dict = {}
    for name, entry in TABLES.get(cls, {}).items():
        et = type(entry)
        if et is Builtin:
            out[name] = entry
        elif et is ClassMethodEntry or et is StaticEntry:
            out[name] = entry.builtin
        elif et is Value:
            out[name] = entry.value
        elif et is DataAttr:
            out[name] = class_level(entry, cls, name)
    return out


_VARS = Signature("vars", "object=NOT_GIVEN, /", host=_host.vars)
_DIR = Signature("dir", "object=NOT_GIVEN, /", host=_host.dir)


def _vars(*args: Any, **kwargs: Any) -> Any:
    (obj,) = _VARS.unpack(args, kwargs)
    if obj is NOT_GIVEN:
        raise RuntimeError("vars() without arguments must be compiled as a special call")
    if isinstance(obj, type):
        if id(obj) in USER_CLASSES:
            return _mappingproxy(user_class_namespace(obj))
        return _mappingproxy(_table_namespace(obj))
    try:
        d = load_attr(obj, "__dict__")
    except AttributeError:
        raise TypeError("vars() argument must have __dict__ attribute") from None
    return d


def _dir_names_of_type(t: type, into: set) -> None:
    for k in _mro_of(t):
        entries = TABLES.get(k)
        if entries is not None:
            into.update(entries)
        elif id(k) in USER_CLASSES:
            hidden = attributes.HIDDEN_FINALISER
            into.update(key for key, value in _dict_of(k).items() if type(key) is str and value is not hidden)


def _dir(*args: Any, **kwargs: Any) -> Any:
    (obj,) = _DIR.unpack(args, kwargs)
    if obj is NOT_GIVEN:
        raise RuntimeError("dir() without arguments must be compiled as a special call")
    t = type(obj)
    if t is Module:
        # module.__dir__: the module's own __dir__ function if it has one (PEP 562),
        # else the names of its namespace.
        hook = obj.__dict__.get("__dir__", MISSING)
        if hook is MISSING:
            return sorted(k for k in obj.__dict__ if type(k) is str)
        result = yield from call(hook, (), None)
        items = yield from collect(result)
        return sorted(items)
    # CPython: sorted(type(obj).__dir__(obj)); the tables give object.__dir__.
    hook, builtin = lookup(t, "__dir__")
    if hook is not MISSING and hook is not None:
        bound = (
            BoundBuiltin(hook, obj) if builtin and type(hook) is Builtin else bind_descriptor(hook, obj, t)
        )
        result = yield from call(bound, (), None)
        items = yield from collect(result)
        return sorted(items)
    names: set = set()
    if isinstance(obj, type):
        _dir_names_of_type(obj, names)
    else:
        _dir_names_of_type(t, names)
        d = None
        try:
            if id(t) in USER_CLASSES:
                # The instance's own namespace (sandbox values), as object.__dir__ reads it.
                d = object.__getattribute__(obj, "__dict__")
            else:
                d = load_attr(obj, "__dict__")
        except AttributeError:
            pass
        if isinstance(d, dict):
            names.update(k for k in d if type(k) is str)
    names.discard("__weakref__")
    return sorted(names)


# ---------------------------------------------------------------------------
# Numbers and conversions


_DIVMOD = Signature("divmod", "x, y, /", host=_host.divmod)


def _divmod(*args: Any, **kwargs: Any) -> Any:
    x, y = _DIVMOD.unpack(args, kwargs)
    return divmod_(x, y)


_POW = Signature("pow", "base, exp, mod=None", host=_host.pow)


def _pow(*args: Any, **kwargs: Any) -> Any:
    base, exp, mod = _POW.unpack(args, kwargs)
    return power(base, exp, mod)


def _radix(host_fn: Callable[[Any], str], bits_per_char: int) -> Callable[[Any], str]:
    signature = Signature(host_fn.__name__, "number, /", host=host_fn)

    def convert(*args: Any, **kwargs: Any) -> str:
        (number,) = signature.unpack(args, kwargs)
        n = _op.index(number)
        cap(n.bit_length() // bits_per_char + 4)
        return host_fn(n)

    return convert


_FORMAT = Signature("format", "value, format_spec='', /", host=_host.format)


def _format(*args: Any, **kwargs: Any) -> str:
    value, spec = _FORMAT.unpack(args, kwargs)
    if not isinstance(spec, str):
        raise TypeError(f"format() argument 2 must be str, not {visible_type_name(spec)}")
    return format_value(value, spec)


_ASCII = Signature("ascii", "obj, /", host=_host.ascii)


def _ascii(*args: Any, **kwargs: Any) -> str:
    (obj,) = _ASCII.unpack(args, kwargs)
    check_text(obj)
    return ascii_text(obj)


def _repr(*args: Any, **kwargs: Any) -> str:
    """``repr()``: the host's, once the text of a container is known to fit."""
    if len(args) == 1 and not kwargs:
        check_text(args[0])
    return _host.repr(*args, **kwargs)


def _repr_of(value: Any) -> str:
    return repr(value)


# ---------------------------------------------------------------------------
# Types


_ISINSTANCE = Signature("isinstance", "obj, class_or_tuple, /", host=_host.isinstance)
_CALLABLE = Signature("callable", "obj, /", host=_host.callable)
_ISSUBCLASS = Signature("issubclass", "cls, class_or_tuple, /", host=_host.issubclass)


def _isinstance(*args: Any, **kwargs: Any) -> bool:
    if len(args) == 2 and not kwargs:
        obj, class_or_tuple = args
    else:
        obj, class_or_tuple = _ISINSTANCE.unpack(args, kwargs)
    if isinstance(obj, class_or_tuple):
        return True
    if id(type(obj)) not in USER_CLASSES:
        return False
    # CPython then reads ``obj.__class__`` as the program would (a property or a
    # __getattribute__ of its own may answer another class, as mocks do); the host's
    # isinstance reads it by the type alone (functions._host_read).
    try:
        claimed = load_attr(obj, "__class__")
    except AttributeError:
        return False
    if claimed is type(obj) or not issubclass(type(claimed), type):
        return False
    return _claims_subclass(claimed, class_or_tuple)


def _claims_subclass(claimed: type, class_or_tuple: Any) -> bool:
    if type(class_or_tuple) is tuple:
        return any(_claims_subclass(claimed, item) for item in class_or_tuple)
    return issubclass(type(class_or_tuple), type) and class_or_tuple in _mro_of(claimed)


def _callable(*args: Any, **kwargs: Any) -> bool:
    (obj,) = _CALLABLE.unpack(args, kwargs)
    if type(obj) is StaticMethod:
        # staticmethod objects are callable since Python 3.10.
        return True
    return callable(obj)


def _issubclass(*args: Any, **kwargs: Any) -> bool:
    cls, class_or_tuple = _ISSUBCLASS.unpack(args, kwargs)
    return issubclass(cls, class_or_tuple)


# ---------------------------------------------------------------------------
# Placeholders and hooks


def _frame_placeholder(name: str) -> Builtin:
    signature = Signature(name, "", host=getattr(_host, name))

    def placeholder(*args: Any, **kwargs: Any) -> Any:
        signature.unpack(args, kwargs)
        if name == "globals":
            # Called under another name (g = globals; g()): the calling code's globals.
            found = classes.caller_globals()
            if found is not None:
                return found
        raise RuntimeError(f"{name}() must be compiled as a special call")

    return Builtin(placeholder, name)


def _compiler_builtin(kind: str) -> Builtin:
    def run(*args: Any, **kwargs: Any) -> Any:
        # ``links.compiler_hook(kind, args, kwargs)``: kind is "exec", "eval" or
        # "compile", the arguments as given; a generator returning the result.
        if links.compiler_hook is None:
            raise RuntimeError(f"{kind}() is not available: no compiler is installed")
        return (yield from links.compiler_hook(kind, args, kwargs or None))

    return Builtin(run, kind, suspends=True)


def _exit(*args: Any, **kwargs: Any) -> Any:
    if kwargs or len(args) > 1:
        raise TypeError(f"exit expected at most 1 argument, got {len(args)}")
    raise SystemExit(*args)


_AITER = Signature("aiter", "async_iterable, /", host=_host.aiter)
_ANEXT = Signature("anext", "aiterator, default=NOT_GIVEN, /", host=_host.anext)


def _aiter(*args: Any, **kwargs: Any) -> Any:
    (obj,) = _AITER.unpack(args, kwargs)
    t = type(obj)
    if t is AsyncGenerator and "__aiter__" not in TABLES.get(AsyncGenerator, {}):
        return obj
    method, builtin = lookup(t, "__aiter__")
    if method is MISSING or method is None:
        raise TypeError(f"'{visible_type_name(obj)}' object is not an async iterable")
    bound = (
        BoundBuiltin(method, obj) if builtin and type(method) is Builtin else bind_descriptor(method, obj, t)
    )
    it = yield from call(bound, (), None)
    if type(it) is not AsyncGenerator and lookup(type(it), "__anext__")[0] is MISSING:
        raise TypeError(f"aiter() returned not an async iterator of type '{visible_type_name(it)}'")
    return it


class AnextAwaitable(Generator):
    """What ``anext(it, default)`` returns: awaiting it awaits ``it.__anext__()`` and
    turns ``StopAsyncIteration`` into ``default`` (CPython's ``anext_awaitable``).

    Also the awaitable of ``anext(agen)`` for an async generator while the async
    generator protocol is not registered (see ``runtime/async_generators``).  It is run
    like a generator: ``await`` delegates to it through ``resume``, its body is a host
    generator whose yields pass up to the event loop (and requests to the driver), and
    the awaited value is left in ``frame[0]`` as compiled bodies leave theirs.
    """

    __slots__ = ()

    def __init__(self, body: Any) -> None:
        self.owner = meter.current
        self.code = None
        self.frame = [None]
        self.body = body(self.frame)
        self.running = False
        self.finished = False
        self.return_value = None
        self.__name__ = self.__qualname__ = "anext_awaitable"

    def __repr__(self) -> str:
        return f"<anext_awaitable object at {id(self):#x}>"


def _await_with_default(awaitable: Any, default: Any) -> Any:
    def body(frame: list) -> Any:
        try:
            frame[0] = yield from await_(awaitable)
        except StopAsyncIteration:
            frame[0] = default

    return body


def _async_generator_step(agen: Any) -> Any:
    def body(frame: list) -> Any:
        item = yield from agen.resume_async(None)
        if item is END:
            raise StopAsyncIteration
        frame[0] = item

    return body


def _anext(*args: Any, **kwargs: Any) -> Any:
    it, default = _ANEXT.unpack(args, kwargs)
    t = type(it)
    if t is AsyncGenerator and "__anext__" not in TABLES.get(AsyncGenerator, {}):
        awaitable: Any = AnextAwaitable(_async_generator_step(it))
    else:
        method, builtin = lookup(t, "__anext__")
        if method is MISSING or method is None:
            raise TypeError(f"'{visible_type_name(it)}' object is not an async iterator")
        bound = (
            BoundBuiltin(method, it)
            if builtin and type(method) is Builtin
            else bind_descriptor(method, it, t)
        )
        awaitable = yield from call(bound, (), None)
    if default is NOT_GIVEN:
        return awaitable
    return AnextAwaitable(_await_with_default(awaitable, default))


AnextAwaitable.__name__ = AnextAwaitable.__qualname__ = "anext_awaitable"
AnextAwaitable.__module__ = "builtins"
register_type(AnextAwaitable, name="anext_awaitable")
method(AnextAwaitable, "__await__")(lambda aw: aw)
method(AnextAwaitable, "__repr__")(AnextAwaitable.__repr__)
method(AnextAwaitable, "__iter__")(lambda aw: aw)


# ---------------------------------------------------------------------------
# print and input


def _make_print(write: Callable[[str], Any]) -> Builtin:
    def print_(*args: Any, **kwargs: Any) -> Any:
        sep = " "
        end = "\n"
        file = None
        flush = False
        if kwargs:
            for k, v in kwargs.items():
                if k == "sep":
                    sep = v
                elif k == "end":
                    end = v
                elif k == "file":
                    file = v
                elif k == "flush":
                    flush = v
                else:
                    raise TypeError(f"'{k}' is an invalid keyword argument for print()")
            if sep is None:
                sep = " "
            elif not isinstance(sep, str):
                raise TypeError(f"sep must be None or a string, not {visible_type_name(sep)}")
            if end is None:
                end = "\n"
            elif not isinstance(end, str):
                raise TypeError(f"end must be None or a string, not {visible_type_name(end)}")
        env = environment.current
        if file is None:
            # CPython prints to sys.stdout as found now: a program (or
            # contextlib.redirect_stdout) may have replaced it.
            namespace = env.sys_namespace
            if namespace is None:
                write(_printed(args, sep, end))
                return None
            file = namespace.get("stdout", MISSING)
            if file is MISSING:
                raise RuntimeError("lost sys.stdout")
            if file is None:
                return None
        if file is env.console_out:
            write(_printed(args, sep, end))
            return None
        if file is env.console_err:
            env.write_err(_printed(args, sep, end))
            return None
        # A file-like sandbox object: CPython calls its write() once per piece.
        writer = load_attr(file, "write")
        for i, a in enumerate(args):
            if i:
                yield from call(writer, (sep if type(sep) is str else str(sep),), None)
            yield from call(writer, (a if type(a) is str else str(a),), None)
        yield from call(writer, (end if type(end) is str else str(end),), None)
        if flush:
            yield from call(load_attr(file, "flush"), (), None)
        return None

    return Builtin(print_, "print", suspends=True)


#: Arguments of a print joined before the text is measured (see _printed).
_FEW = 8


def _printed(args: tuple, sep: str, end: str) -> str:
    """The text ``print(*args, sep=sep, end=end)`` writes, as an exact ``str``.

    Past a few arguments its size is counted as the pieces are made, before anything
    is joined: one ``print(*parts, sep=chunk)`` can ask for far more than the host
    has memory for, and the output limit (or, without one, the hard cap) must end
    it while the pieces are only counted.  Characters are counted first, as they
    cost nothing (a character is at least a byte of output); the bytes once the
    text exists.
    Like CPython, a ``str`` subclass given as ``sep`` or ``end`` is written as its
    ``str()``, once per use.
    """
    m = meter.current
    plain = type(sep) is str
    if plain and type(end) is str and len(args) <= _FEW:
        # The common print: a few pieces, joined at once.  The join is then at most
        # twice what the program holds (the pieces, and the few copies of ``sep``),
        # and it makes an exact str of pieces that a __str__ returned as subclasses.
        pieces = [a if type(a) is str else _text_of(a) for a in args]
        text = sep.join(pieces) + end
        m.add_output(_text_size(text))
        return text
    room = HARD_CAP if m.max_output is None else min(HARD_CAP, m.max_output - m.output)
    pieces = []
    chars = 0
    for i, a in enumerate(args):
        if i and not plain:
            piece = _exact_text(sep)
            chars += len(piece)
            pieces.append(piece)
        piece = a if type(a) is str else _exact_text(a)
        chars += len(piece)
        if chars > room:
            break
        pieces.append(piece)
    if plain and args:
        chars += len(sep) * (len(args) - 1)
    tail = end if type(end) is str else _exact_text(end)
    chars += len(tail)
    if chars > room:
        m.add_output(chars)  # over the output limit for certain
    cap(chars)  # the hard cap and the memory limit, before the join
    text = (sep if plain else "").join(pieces) + tail
    m.add_output(_text_size(text))
    return text


def _exact_text(value: Any) -> str:
    """``str(value)`` as an exact ``str``.  A ``__str__`` may return a ``str`` subclass,
    whose own ``__len__``, ``encode`` or ``isascii`` would then answer the meter's
    questions and the host callbacks would hold the program's object: only its
    characters go on."""
    check_text(value)
    text = str(value)
    return text if type(text) is str else str.__str__(text)


def _text_of(value: Any) -> str:
    """``str(value)``, once the text of a container is known to fit."""
    check_text(value)
    return str(value)


#: What run_nested raises when code it runs asks to pause (the same words).
CANNOT_PAUSE_MESSAGE = (
    "cannot pause here: this code runs inside an operation that must complete "
    "at once (such as a __hash__, __eq__ or __lt__ called by a dict, set or sort)"
)


def _inside_nested_run() -> bool:
    """Whether the running code was called by host machinery that runs it to completion
    (:func:`~interp.runtime.nested.run_nested` is on the host stack), so a request
    yielded now would be refused rather than reach the driver."""
    target = run_nested.__code__
    frame = sys._getframe(1)
    while frame is not None:
        if frame.f_code is target:
            return True
        frame = frame.f_back
    return False


def _make_input(write: Callable[[str], Any]) -> Builtin:
    def input_(*args: Any, **kwargs: Any) -> Any:
        if kwargs:
            raise TypeError("input() takes no keyword arguments")
        if len(args) > 1:
            raise TypeError(f"input expected at most 1 argument, got {len(args)}")
        prompt = ""
        if args:
            prompt = args[0] if type(args[0]) is str else _exact_text(args[0])
        if _inside_nested_run():
            # The request would be refused (see nested.run_nested): refuse it before
            # the prompt is written, as if input() had never started.
            raise CannotSuspend(CANNOT_PAUSE_MESSAGE)
        env = environment.current
        stream = env.sys_namespace.get("stdout") if env.sys_namespace is not None else None
        if prompt and stream is not None and stream is not env.console_out:
            # CPython writes the prompt to sys.stdout as it is now, and flushes it.
            yield from call(load_attr(stream, "write"), (prompt,), None)
            yield from call(load_attr(stream, "flush"), (), None)
            prompt = ""  # the console shows none
        elif prompt:
            meter.current.add_output(_text_size(prompt))
            write(prompt)
        answer = yield InputRequest(prompt)
        if type(answer) is HostError:
            raise answer.exception
        if answer is None:
            raise EOFError("EOF when reading a line")
        if not isinstance(answer, str):
            answer = str(answer)
        return answer

    return Builtin(input_, "input", suspends=True)


# ---------------------------------------------------------------------------
# __import__: the sandbox's own import statement as a function (unittest.main imports
# its module by name with it).  It reaches the same loader as ``import``, so it finds
# exactly what ``import`` finds.

_IMPORT = Signature("__import__", "name, globals=None, locals=None, fromlist=None, level=0")


def _dunder_import(*args: Any, **kwargs: Any) -> Any:
    name, globals_, _locals, fromlist, level = _IMPORT.unpack(args, kwargs)
    if not isinstance(name, str):
        raise TypeError(f"module name must be str, not {visible_type_name(name)}")
    if type(level) is not int:
        raise TypeError(f"'{visible_type_name(level)}' object cannot be interpreted as an integer")
    if level < 0:
        raise ValueError("level must be >= 0")
    if not level and not name:
        raise ValueError("Empty module name")
    namespace = globals_ if type(globals_) is dict else {}
    full = "." * level + str.__str__(name)
    module = yield from imports.import_module(full, namespace)
    if fromlist:
        for item in (yield from to_list(fromlist)):
            if type(item) is str and item != "*" and load_attr_or_missing(module, item) is MISSING:
                try:
                    yield from imports.import_from(module, item, namespace)
                except ImportError:
                    pass  # as CPython: the error is for ``from ... import`` to raise
        return module
    if not level:
        return (yield from imports.import_module(name.partition(".")[0], {}))
    return module


def load_attr_or_missing(obj: Any, name: str) -> Any:
    try:
        return load_attr(obj, name)
    except AttributeError:
        return MISSING


# ---------------------------------------------------------------------------
# The namespace


def _round(*args: Any, **kwargs: Any) -> Any:
    """``round()``: the host's, but an int whose ``__round__`` is int's own goes through
    the sandbox's ``int.__round__``, which answers ``round(0, -10**40)`` at once (the
    host's computes ``10 ** 10**40`` first: a hang no limit interrupts)."""
    number = args[0] if args else kwargs.get("number")
    ndigits = args[1] if len(args) > 1 else kwargs.get("ndigits")
    if ndigits is not None and isinstance(number, int) and attributes.lookup(type(number), "__round__")[1]:
        # The shape of the call (count, keywords) is checked by the host's round, on
        # harmless values, so that its errors are CPython's.
        _host.round(*(0 for _ in args), **dict.fromkeys(kwargs, 0))
        return int_round(number, ndigits)
    return _host.round(*args, **kwargs)


def _wrap(host_fn: Callable[..., Any], name: str | None = None) -> Builtin:
    return Builtin(host_fn, name or host_fn.__name__)


#: Builtins shared by every sandbox (immutable objects; each sandbox gets its own dict).
_SHARED: dict[str, Any] = {}


def _build_shared() -> None:
    s = _SHARED
    for fn in (
        _host.len,
        _host.abs,
        _host.hash,
        _host.id,
        _host.chr,
        _host.ord,
    ):
        s[fn.__name__] = _wrap(fn)
    s["callable"] = Builtin(_callable, "callable")
    s["divmod"] = Builtin(_divmod, "divmod")
    s["round"] = Builtin(_round, "round")
    s["repr"] = Builtin(_repr, "repr")
    s["ascii"] = Builtin(_ascii, "ascii")
    s["isinstance"] = Builtin(_isinstance, "isinstance")
    s["issubclass"] = Builtin(_issubclass, "issubclass")
    s["bin"] = Builtin(_radix(_host.bin, 1), "bin")
    s["oct"] = Builtin(_radix(_host.oct, 3), "oct")
    s["hex"] = Builtin(_radix(_host.hex, 4), "hex")
    s["pow"] = Builtin(_pow, "pow")
    s["format"] = Builtin(_format, "format")
    s["getattr"] = Builtin(_getattr, "getattr")
    s["setattr"] = Builtin(_setattr, "setattr")
    s["hasattr"] = Builtin(_hasattr, "hasattr")
    s["delattr"] = Builtin(_delattr, "delattr")
    s["vars"] = Builtin(_vars, "vars")
    s["dir"] = Builtin(_dir, "dir", suspends=True)
    s["iter"] = Builtin(_iter, "iter")
    s["next"] = Builtin(_next, "next", suspends=True)
    s["any"] = Builtin(_any, "any", suspends=True)
    s["all"] = Builtin(_all, "all", suspends=True)
    s["sum"] = Builtin(_sum, "sum", suspends=True)
    s["min"] = Builtin(_min, "min", suspends=True)
    s["max"] = Builtin(_max, "max", suspends=True)
    s["sorted"] = Builtin(_sorted, "sorted", suspends=True)
    s["aiter"] = Builtin(_aiter, "aiter", suspends=True)
    s["anext"] = Builtin(_anext, "anext", suspends=True)
    s["exit"] = Builtin(_exit, "exit")
    s["quit"] = Builtin(_exit, "quit")
    for name in ("globals", "locals"):
        s[name] = _frame_placeholder(name)
    for kind in ("exec", "eval", "compile"):
        s[kind] = _compiler_builtin(kind)
    for t in (
        object,
        type,
        int,
        float,
        complex,
        bool,
        str,
        bytes,
        bytearray,
        memoryview,
        list,
        tuple,
        dict,
        set,
        frozenset,
        range,
        slice,
    ):
        s[t.__name__] = t
    s["map"] = MapIterator
    s["filter"] = FilterIterator
    s["zip"] = ZipIterator
    s["enumerate"] = EnumerateIterator
    s["reversed"] = ReversedIterator
    s["property"] = Property
    s["classmethod"] = ClassMethod
    s["staticmethod"] = StaticMethod
    s["super"] = Super
    s["NotImplemented"] = NotImplemented
    s["Ellipsis"] = Ellipsis
    s["__debug__"] = True
    s.update(exception_classes())


def _declare_iterator(cls: type, step: Callable[[Any], Any], constructor: Builtin | None) -> None:
    entries = register_type(cls, step=step, constructor=constructor, subclassable=constructor is not None)
    if constructor is not None:
        new = classes.builtin_subclass_new(cls, constructor, cls.__name__)
        entries["__new__"] = StaticEntry(
            Builtin(new, "__new__", suspends=True, qualname=f"{cls.__name__}.__new__")
        )
    entries["__iter__"] = Builtin(
        _iterator_self, "__iter__", qualname=f"{cls.__name__}.__iter__", self_type=cls
    )
    entries["__next__"] = Builtin(
        _make_dunder_next(step), "__next__", suspends=True, qualname=f"{cls.__name__}.__next__", self_type=cls
    )


def _register_constructors() -> None:
    _declare_iterator(MapIterator, _map_next, Builtin(_new_map, "map"))
    _declare_iterator(FilterIterator, _filter_next, Builtin(_new_filter, "filter"))
    _declare_iterator(ZipIterator, _zip_next, Builtin(_new_zip, "zip"))
    _declare_iterator(EnumerateIterator, _enumerate_next, Builtin(_new_enumerate, "enumerate"))
    PLAIN_STEPS[ZipIterator] = _zip_step
    PLAIN_STEPS[MapIterator] = _map_step
    PLAIN_STEPS[EnumerateIterator] = _enumerate_step
    _declare_iterator(ReversedIterator, _reversed_next, Builtin(_new_reversed, "reversed", suspends=True))
    _declare_iterator(CallableIterator, _callable_iterator_next, None)


_build_shared()
_register_constructors()


def make_builtins(
    *,
    write: Callable[[str], Any],
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A fresh builtins namespace for one sandbox.

    ``write(text)`` receives everything ``print`` (without ``file=``) and ``input``'s
    prompt produce, already counted against ``meter.current``'s output budget.
    ``extra`` adds or overrides names (the host layer's capabilities, say).
    """
    namespace = dict(_SHARED)
    namespace["print"] = _make_print(write)
    namespace["input"] = _make_input(write)
    namespace["__import__"] = Builtin(_dunder_import, "__import__", suspends=True)
    if extra:
        namespace.update(extra)
    return namespace


__all__ = [
    "make_builtins",
    "MapIterator",
    "FilterIterator",
    "ZipIterator",
    "EnumerateIterator",
    "ReversedIterator",
    "CallableIterator",
    "collect",
    "tick",
]
