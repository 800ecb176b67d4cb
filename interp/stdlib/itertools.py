"""The sandbox's ``itertools`` module: lazy iterators implemented in host code.

Each iterator type is a runtime class (named and repr'd like CPython's, module
``itertools``) whose step is a generator function registered in
:data:`~interp.runtime.iteration.RUNTIME_ITERATORS`, like ``map`` and ``zip`` in
:mod:`interp.runtime.builtins`: advancing the underlying iterators and calling
predicates go through ``next_or_end`` and ``call``, so a sandboxed generator or key
function can pause the program.  Every step ticks the meter, so that
``list(count())`` hits the time limit instead of spinning in one host loop.

The combinatoric iterators (``product``, ``permutations``, ``combinations``...)
take their inputs in full first, as CPython does; collecting goes through
``collect``, which checks the memory budget, and their outputs are produced lazily
by host generators over those lists (the host generators never reach sandbox code
and are never handed to it).
"""

from __future__ import annotations

import itertools as _it
import sys
from collections import deque as _deque
from collections.abc import Callable, Iterator
from typing import Any

from ..runtime import operators
from ..runtime.builtins import collect, tick
from ..runtime.builtins import collect as _collect
from ..runtime.calls import call
from ..runtime.exceptions import SandboxStopIteration
from ..runtime.functions import run_nested
from ..runtime.generators import END
from ..runtime.iteration import get_iter, next_or_end
from ..runtime.modules import Module, make_module
from ..runtime.native import Builtin
from ..runtime.signatures import NOT_GIVEN, Signature
from ..runtime.typetable import ClassMethodEntry, register_type, table
from . import register

#: The number of items a combinatoric iterator may hold from its inputs.
MAX_POOL_ITEMS = 1_000_000


def _make_class(name: str, slots: tuple[str, ...], step: Callable[[Any], Any]) -> type:
    def __iter__(self: Any) -> Any:
        return self

    def __next__(self: Any) -> Any:
        item = run_nested(step(self))
        if item is END:
            raise StopIteration
        return item

    def __repr__(self: Any) -> str:
        return f"<itertools.{name} object at {id(self):#x}>"

    cls = type(
        name, (), {"__slots__": slots, "__iter__": __iter__, "__next__": __next__, "__repr__": __repr__}
    )
    cls.__module__ = "itertools"
    cls.__qualname__ = name
    register_type(cls, step=step)

    def dunder_next(it: Any) -> Any:
        item = yield from step(it)
        if item is END:
            raise SandboxStopIteration
        return item

    entries = table(cls)
    entries["__iter__"] = Builtin(lambda it: it, "__iter__", qualname=f"{name}.__iter__", self_type=cls)
    entries["__next__"] = Builtin(
        dunder_next, "__next__", suspends=True, qualname=f"{name}.__next__", self_type=cls
    )
    return cls


def _new(cls: type, **fields: Any) -> Any:
    obj = cls.__new__(cls)
    for key, value in fields.items():
        setattr(obj, key, value)
    return obj


def _index(value: Any, what: str) -> int:
    try:
        return operators._op.index(value)
    except TypeError:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer") from None


def _items_from(host_gen: Iterator) -> Any:
    """A step over a host generator that computes items from collected lists."""
    for item in host_gen:
        return item
    return END


# ---------------------------------------------------------------------------
# Infinite iterators


def _count_next(c: Any) -> Any:
    value = c.n
    c.n = operators.add(value, c.step)
    yield from tick()
    return value


Count = _make_class("count", ("n", "step"), _count_next)


def _count_repr(c: Any) -> str:
    if type(c.step) is int and c.step == 1:
        return f"count({c.n!r})"
    return f"count({c.n!r}, {c.step!r})"


Count.__repr__ = _count_repr  # type: ignore[method-assign]


_COUNT = Signature("count", "start=0, step=1", host=_it.count)
_CYCLE = Signature("cycle", "iterable, /", host=_it.cycle)
_REPEAT = Signature("repeat", "object, times=None", host=_it.repeat)
_ACCUMULATE = Signature("accumulate", "iterable, func=None, *, initial=None", host=_it.accumulate)
_COMPRESS = Signature("compress", "data, selectors", host=_it.compress)
_GROUPBY = Signature("groupby", "iterable, key=None", host=_it.groupby)
_PAIRWISE = Signature("pairwise", "iterable, /", host=_it.pairwise)
_STARMAP = Signature("starmap", "function, iterable, /", host=_it.starmap)
_TEE = Signature("tee", "iterable, n=2, /", host=_it.tee)


def _new_count(*args: Any, **kwargs: Any) -> Any:
    start, step = _COUNT.unpack(args, kwargs)
    for value in (start, step):
        if not isinstance(value, (int, float, complex)):
            raise TypeError("a number is required")
    return _new(Count, n=start, step=step)


def _cycle_next(c: Any) -> Any:
    yield from tick()
    if c.it is not None:
        item = yield from next_or_end(c.it)
        if item is not END:
            c.saved.append(item)
            return item
        c.it = None
    if not c.saved:
        return END
    item = c.saved[c.index]
    c.index = (c.index + 1) % len(c.saved)
    return item


Cycle = _make_class("cycle", ("it", "saved", "index"), _cycle_next)


def _new_cycle(*args: Any, **kwargs: Any) -> Any:
    (iterable,) = _CYCLE.unpack(args, kwargs)
    return _new(Cycle, it=get_iter(iterable), saved=[], index=0)


def _repeat_next(r: Any) -> Any:
    yield from tick()
    if r.times is None:
        return r.obj
    if r.times <= 0:
        return END
    r.times -= 1
    return r.obj


Repeat = _make_class("repeat", ("obj", "times"), _repeat_next)


def _repeat_repr(r: Any) -> str:
    if r.times is None:
        return f"repeat({r.obj!r})"
    return f"repeat({r.obj!r}, {max(r.times, 0)})"


Repeat.__repr__ = _repeat_repr  # type: ignore[method-assign]


def _new_repeat(*args: Any, **kwargs: Any) -> Any:
    obj, times = _REPEAT.unpack(args, kwargs)
    if times is not None:
        times = _index(times, "times")
    return _new(Repeat, obj=obj, times=times)


# ---------------------------------------------------------------------------
# Iterators over iterables


def _accumulate_next(a: Any) -> Any:
    if a.initial is not END:
        value = a.initial
        a.initial = END
        a.total = value
        return value
    item = yield from next_or_end(a.it)
    if item is END:
        return END
    if a.total is END:
        a.total = item
    elif a.func is None:
        a.total = operators.add(a.total, item)
    else:
        a.total = yield from call(a.func, (a.total, item), None)
    return a.total


Accumulate = _make_class("accumulate", ("it", "func", "total", "initial"), _accumulate_next)


def _new_accumulate(*args: Any, **kwargs: Any) -> Any:
    iterable, func, initial = _ACCUMULATE.unpack(args, kwargs)
    return _new(
        Accumulate,
        it=get_iter(iterable),
        func=func,
        total=END,
        initial=END if initial is None else initial,
    )


def _chain_next(c: Any) -> Any:
    while True:
        if c.current is None:
            if c.sources is None:
                return END
            source = yield from next_or_end(c.sources)
            if source is END:
                c.sources = None
                return END
            c.current = get_iter(source)
        item = yield from next_or_end(c.current)
        if item is not END:
            return item
        c.current = None
        yield from tick()


Chain = _make_class("chain", ("sources", "current"), _chain_next)


def _new_chain(*args: Any, **kwargs: Any) -> Any:
    if kwargs:
        raise TypeError("chain() takes no keyword arguments")
    return _new(Chain, sources=iter(args), current=None)


def _chain_from_iterable(cls: Any, iterable: Any) -> Any:
    return _new(Chain, sources=get_iter(iterable), current=None)


table(Chain)["from_iterable"] = ClassMethodEntry(
    Builtin(_chain_from_iterable, "from_iterable", qualname="chain.from_iterable", self_type=Chain)
)


def _compress_next(c: Any) -> Any:
    while True:
        item = yield from next_or_end(c.data)
        if item is END:
            return END
        selector = yield from next_or_end(c.selectors)
        if selector is END:
            return END
        if selector:
            return item
        yield from tick()


Compress = _make_class("compress", ("data", "selectors"), _compress_next)


def _new_compress(*args: Any, **kwargs: Any) -> Any:
    data, selectors = _COMPRESS.unpack(args, kwargs)
    return _new(Compress, data=get_iter(data), selectors=get_iter(selectors))


def _dropwhile_next(d: Any) -> Any:
    while True:
        item = yield from next_or_end(d.it)
        if item is END:
            return END
        if d.dropping:
            verdict = yield from call(d.pred, (item,), None)
            if verdict:
                yield from tick()
                continue
            d.dropping = False
        return item


def _takewhile_next(t: Any) -> Any:
    if t.pred is None:
        return END
    item = yield from next_or_end(t.it)
    if item is END:
        return END
    verdict = yield from call(t.pred, (item,), None)
    if verdict:
        return item
    t.pred = None
    return END


def _filterfalse_next(f: Any) -> Any:
    while True:
        item = yield from next_or_end(f.it)
        if item is END:
            return END
        if f.pred is None or f.pred is bool:
            verdict = item
        else:
            verdict = yield from call(f.pred, (item,), None)
        if not verdict:
            return item
        yield from tick()


DropWhile = _make_class("dropwhile", ("pred", "it", "dropping"), _dropwhile_next)
TakeWhile = _make_class("takewhile", ("pred", "it"), _takewhile_next)
FilterFalse = _make_class("filterfalse", ("pred", "it"), _filterfalse_next)


def _predicate_ctor(cls: type, host_fn: Callable, name: str) -> Callable[..., Any]:
    signature = Signature(name, "predicate, iterable, /", host=host_fn)

    def new(*args: Any, **kwargs: Any) -> Any:
        predicate, iterable = signature.unpack(args, kwargs)
        obj = _new(cls, pred=predicate, it=get_iter(iterable))
        if cls is DropWhile:
            obj.dropping = True
        return obj

    return new


_UNSET: Any = object()


def _groupby_fetch(g: Any) -> Any:
    """Advance to the next item and its key (generator); False when exhausted."""
    item = yield from next_or_end(g.it)
    if item is END:
        return False
    g.currvalue = item
    g.currkey = item if g.keyfunc is None else (yield from call(g.keyfunc, (item,), None))
    return True


# CPython's pure-Python equivalent of groupby, with the grouper generator unrolled
# into a two-state step (before its first item / after a yield).


def _groupby_next(g: Any) -> Any:
    g.group_id = object()
    while g.currkey is g.tgtkey or g.currkey == g.tgtkey:
        ok = yield from _groupby_fetch(g)
        if not ok:
            return END
        yield from tick()
    g.tgtkey = g.currkey
    return (g.currkey, _new(Grouper, parent=g, tgtkey=g.tgtkey, group_id=g.group_id, state=0))


def _grouper_next(gr: Any) -> Any:
    g = gr.parent
    if gr.state == 2:
        return END
    if gr.state == 1:
        ok = yield from _groupby_fetch(g)
        if not ok:
            gr.state = 2
            return END
    gr.state = 1
    if g.group_id is gr.group_id and (g.currkey is gr.tgtkey or g.currkey == gr.tgtkey):
        return g.currvalue
    gr.state = 2
    return END


GroupBy = _make_class(
    "groupby", ("it", "keyfunc", "tgtkey", "currkey", "currvalue", "group_id"), _groupby_next
)
Grouper = _make_class("_grouper", ("parent", "tgtkey", "group_id", "state"), _grouper_next)


def _new_groupby(*args: Any, **kwargs: Any) -> Any:
    iterable, key = _GROUPBY.unpack(args, kwargs)
    return _new(
        GroupBy,
        it=get_iter(iterable),
        keyfunc=key,
        tgtkey=_UNSET,
        currkey=_UNSET,
        currvalue=None,
        group_id=None,
    )


def _islice_next(s: Any) -> Any:
    if s.it is None:
        return END
    while s.index < s.next_index:
        item = yield from next_or_end(s.it)
        if item is END:
            s.it = None
            return END
        s.index += 1
        yield from tick()
    if s.stop is not None and s.index >= s.stop:
        s.it = None
        return END
    item = yield from next_or_end(s.it)
    if item is END:
        s.it = None
        return END
    s.index += 1
    s.next_index += s.step
    if s.stop is not None and s.next_index > s.stop:
        s.next_index = s.stop
    return item


ISlice = _make_class("islice", ("it", "index", "next_index", "stop", "step"), _islice_next)


def _ssize(value: Any) -> int:
    """CPython's PyNumber_AsSsize_t as islice uses it: -1 on any failure."""
    try:
        n = operators._op.index(value)
    except TypeError:
        return -1
    return n if -sys.maxsize - 1 <= n <= sys.maxsize else -1


_STOP_MESSAGE = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
_INDICES_MESSAGE = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."


# islice(iterable, stop) or islice(iterable, start, stop[, step]).
_ISLICE = Signature("islice", "iterable, first, second=NOT_GIVEN, step=None, /", host=_it.islice)


def _new_islice(*args: Any, **kwargs: Any) -> Any:
    # The checks and messages follow CPython's islice_new, quirks included.
    iterable, first, second, step_arg = _ISLICE.unpack(args, kwargs)
    start_arg, stop_arg = (None, first) if second is NOT_GIVEN else (first, second)
    start, stop, step = 0, -1, 1
    if start_arg is not None:
        start = _ssize(start_arg)
    if stop_arg is not None:
        stop = _ssize(stop_arg)
        if stop == -1:
            raise ValueError(_STOP_MESSAGE)
    if start < 0 or stop < -1:
        raise ValueError(_INDICES_MESSAGE)
    if step_arg is not None:
        step = _ssize(step_arg)
        if step < 1:
            raise ValueError("Step for islice() must be a positive integer or None.")
    it = get_iter(iterable)
    return _new(ISlice, it=it, index=0, next_index=start, stop=None if stop == -1 else stop, step=step)


def _pairwise_next(p: Any) -> Any:
    if p.it is None:
        return END
    if p.last is END:
        first = yield from next_or_end(p.it)
        if first is END:
            p.it = None
            return END
        p.last = first
    item = yield from next_or_end(p.it)
    if item is END:
        p.it = None
        return END
    pair = (p.last, item)
    p.last = item
    return pair


Pairwise = _make_class("pairwise", ("it", "last"), _pairwise_next)


def _new_pairwise(*args: Any, **kwargs: Any) -> Any:
    (iterable,) = _PAIRWISE.unpack(args, kwargs)
    return _new(Pairwise, it=get_iter(iterable), last=END)


def _starmap_next(s: Any) -> Any:
    item = yield from next_or_end(s.it)
    if item is END:
        return END
    if type(item) is not tuple:
        try:
            get_iter(item)
        except TypeError:
            raise TypeError("iterable argument must be iterable") from None
        item = yield from _collect(item)
    return (yield from call(s.func, item, None))


StarMap = _make_class("starmap", ("func", "it"), _starmap_next)


def _new_starmap(*args: Any, **kwargs: Any) -> Any:
    function, iterable = _STARMAP.unpack(args, kwargs)
    return _new(StarMap, func=function, it=get_iter(iterable))


def _zip_longest_next(z: Any) -> Any:
    if z.active == 0:
        return END
    items = []
    for i, it in enumerate(z.iters):
        if it is None:
            items.append(z.fillvalue)
            continue
        item = yield from next_or_end(it)
        if item is END:
            z.active -= 1
            if z.active == 0:
                return END
            z.iters[i] = None
            item = z.fillvalue
        items.append(item)
    return tuple(items)


ZipLongest = _make_class("zip_longest", ("iters", "fillvalue", "active"), _zip_longest_next)


_ZIP_LONGEST = Signature("zip_longest", "*iterables, fillvalue=None", host=_it.zip_longest)


def _new_zip_longest(*args: Any, **kwargs: Any) -> Any:
    iterables, fillvalue = _ZIP_LONGEST.unpack(args, kwargs)
    iters = [get_iter(a) for a in iterables]
    return _new(ZipLongest, iters=iters, fillvalue=fillvalue, active=len(iters))


# tee: each branch keeps a queue; fetching from the source feeds every queue.


class _TeeShared:
    __slots__ = ("it", "queues")

    def __init__(self, it: Any) -> None:
        self.it = it
        self.queues: list[_deque] = []


def _tee_next(t: Any) -> Any:
    if t.queue:
        return t.queue.popleft()
    shared = t.shared
    if shared.it is None:
        return END
    item = yield from next_or_end(shared.it)
    if item is END:
        shared.it = None
        return END
    for queue in shared.queues:
        if queue is not t.queue:
            queue.append(item)
    return item


Tee = _make_class("_tee", ("shared", "queue"), _tee_next)


def _tee_branch(shared: _TeeShared, queue: _deque) -> Any:
    shared.queues.append(queue)
    return _new(Tee, shared=shared, queue=queue)


def _tee_copy(t: Any) -> Any:
    return _tee_branch(t.shared, _deque(t.queue))


table(Tee)["__copy__"] = Builtin(_tee_copy, "__copy__", qualname="_tee.__copy__", self_type=Tee)


def _tee(*args: Any, **kwargs: Any) -> Any:
    iterable, n = _TEE.unpack(args, kwargs)
    n = _index(n, "n")
    if n < 0:
        raise ValueError("n must be >= 0")
    it = get_iter(iterable)
    if type(it) is Tee:
        shared, first_queue = it.shared, _deque(it.queue)
    else:
        shared, first_queue = _TeeShared(it), _deque()
    branches = []
    for i in range(n):
        branches.append(_tee_branch(shared, first_queue if i == 0 else _deque(first_queue)))
    return tuple(branches)


# ---------------------------------------------------------------------------
# Combinatoric iterators


def _host_step(c: Any) -> Any:
    yield from tick()
    if c.gen is None:
        return END
    for item in c.gen:
        return item
    c.gen = None
    return END


Product = _make_class("product", ("gen",), _host_step)
Permutations = _make_class("permutations", ("gen",), _host_step)
Combinations = _make_class("combinations", ("gen",), _host_step)
CombinationsWithReplacement = _make_class("combinations_with_replacement", ("gen",), _host_step)


def _pool(iterable: Any) -> Any:
    """The items of ``iterable`` as a tuple (generator), within the pool cap."""
    items = yield from collect(iterable)
    if len(items) > MAX_POOL_ITEMS:
        raise MemoryError("too many items for a combinatoric iterator in the sandbox")
    return tuple(items)


_PRODUCT = Signature("product", "*iterables, repeat=1", host=_it.product)


def _new_product(*args: Any, **kwargs: Any) -> Any:
    iterables, repeat = _PRODUCT.unpack(args, kwargs)
    repeat = _index(repeat, "repeat")
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = []
    for arg in iterables:
        pools.append((yield from _pool(arg)))
    total = sum(len(p) for p in pools) * repeat
    if total > MAX_POOL_ITEMS:
        raise MemoryError("too many items for a combinatoric iterator in the sandbox")
    return _new(Product, gen=_it.product(*pools, repeat=repeat))


def _r_argument(r: Any, n: int, name: str, optional: bool) -> int:
    if r is None:
        if optional:
            return n
        raise TypeError("Expected int as r")
    r = _index(r, "r")
    if r < 0:
        raise ValueError("r must be non-negative")
    return r


def _combinatoric_ctor(cls: type, host_fn: Callable, name: str, optional_r: bool) -> Callable[..., Any]:
    signature = Signature(name, "iterable, r=None" if optional_r else "iterable, r", host=host_fn)

    def new(*args: Any, **kwargs: Any) -> Any:
        iterable, r = signature.unpack(args, kwargs)
        pool = yield from _pool(iterable)
        r = _r_argument(r, len(pool), name, optional_r)
        return _new(cls, gen=host_fn(pool, r))

    return new


def _batched_next(b: Any) -> Any:
    if b.it is None:
        return END
    batch = []
    while len(batch) < b.n:
        item = yield from next_or_end(b.it)
        if item is END:
            b.it = None
            break
        batch.append(item)
    if not batch:
        return END
    if b.strict and len(batch) < b.n:
        raise ValueError("batched(): incomplete batch")
    return tuple(batch)


Batched = _make_class("batched", ("it", "n", "strict"), _batched_next)


# batched exists from 3.12 on (and is only registered there); 3.13 added strict=.
_BATCHED = Signature(
    "batched",
    "iterable, n, *, strict=False" if sys.version_info >= (3, 13) else "iterable, n",
    host=getattr(_it, "batched", None),
)


def _new_batched(*args: Any, **kwargs: Any) -> Any:
    iterable, n, *strict = _BATCHED.unpack(args, kwargs)  # strict: [] before 3.13
    n = _index(n, "n")
    if n < 1:
        raise ValueError("n must be at least one")
    return _new(Batched, it=get_iter(iterable), n=n, strict=bool(strict and strict[0]))


_CONSTRUCTORS: list[tuple[type, Callable[..., Any], bool]] = [
    (Count, _new_count, False),
    (Cycle, _new_cycle, False),
    (Repeat, _new_repeat, False),
    (Accumulate, _new_accumulate, False),
    (Chain, _new_chain, False),
    (Compress, _new_compress, False),
    (DropWhile, _predicate_ctor(DropWhile, _it.dropwhile, "dropwhile"), False),
    (TakeWhile, _predicate_ctor(TakeWhile, _it.takewhile, "takewhile"), False),
    (FilterFalse, _predicate_ctor(FilterFalse, _it.filterfalse, "filterfalse"), False),
    (GroupBy, _new_groupby, False),
    (ISlice, _new_islice, False),
    (Pairwise, _new_pairwise, False),
    (StarMap, _new_starmap, False),
    (ZipLongest, _new_zip_longest, False),
    (Product, _new_product, True),
    (Permutations, _combinatoric_ctor(Permutations, _it.permutations, "permutations", True), True),
    (Combinations, _combinatoric_ctor(Combinations, _it.combinations, "combinations", False), True),
    (
        CombinationsWithReplacement,
        _combinatoric_ctor(
            CombinationsWithReplacement,
            _it.combinations_with_replacement,
            "combinations_with_replacement",
            False,
        ),
        True,
    ),
]
if hasattr(_it, "batched"):
    _CONSTRUCTORS.append((Batched, _new_batched, False))

for _cls, _ctor, _suspends in _CONSTRUCTORS:
    register_type(_cls, constructor=Builtin(_ctor, _cls.__name__, suspends=_suspends))


@register("itertools")
def create() -> Module:
    attributes: dict[str, Any] = {cls.__name__: cls for cls, _, _ in _CONSTRUCTORS}
    attributes["tee"] = Builtin(_tee, "tee")
    return make_module(
        "itertools",
        dict(sorted(attributes.items())),
        doc="Functional tools for creating and using iterators.",
    )
