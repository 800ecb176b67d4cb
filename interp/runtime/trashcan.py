"""Freeing deep data of the sandbox without deep host recursion (issue 13).

When the last reference to an instance goes, CPython frees what the instance holds
from inside the instance's deallocator: a linked list of 100,000 ``Node``s is freed by
100,000 nested deallocator calls.  Inside Pyodide that nesting overflows the
JavaScript engine's stack at about 2,000 levels and kills the whole runtime; CPython
3.14's own trashcan does not step in, because it measures WebAssembly's shadow stack,
which these calls do not grow (``tests/pyodide/checks/README.md`` has the figures).

This module is a trashcan of our own for instances of sandbox classes.  Every such
class gets :func:`finalise` as its host-level ``__del__`` (the host then calls it from
the deallocator, before anything the instance holds is freed).  ``finalise`` takes
what the dying instance holds (its slot values, its ``__dict__``'s contents) and
frees it itself, nested at most :data:`NESTING` finalisers deep; past that depth it
moves the values to a per-thread pending list instead, which the outermost
``finalise`` empties in a loop.  So the host stack holds at most a few dozen
deallocations at a time, whatever the depth of the data, and the order in which
objects die is CPython's (depth first, in attribute order) for data up to that depth:
a sandbox ``__del__`` on such an object prints where it would under CPython.

What the sandbox sees does not change:

- ``finalise`` is hidden from every look-up and listing of class namespaces (the
  ``attributes``, ``introspection``, ``builtins`` and ``descriptors`` modules compare
  values with :data:`interp.runtime.attributes.HIDDEN_FINALISER`): ``C.__del__``,
  ``hasattr``, ``dir``, ``vars(C)``, ``C.__dict__`` and ``super()`` behave as if the
  class had no ``__del__``;
- a class whose own namespace defines ``__del__`` is left alone (the host calls the
  sandbox's method as before); a class that inherits one gets ``finalise``, which
  calls the inherited method exactly as the host would have (through
  :class:`~interp.runtime.functions.BoundMethod`, so it runs only in its own
  sandbox's step, DESIGN.md invariants 2 and 6), then frees what the object holds
  unless that method resurrected it;
- only a deallocation empties an object: when the garbage collector finalises a
  cycle, every finaliser of the cycle runs before anything is freed (and may read the
  others), so ``finalise`` then leaves the object whole and the collector frees it as
  before;
- the pending list holds plain references only, and is empty whenever the outermost
  ``finalise`` returns: nothing one sandbox freed is left to be freed in another
  sandbox's step.

A ``__dict__`` that something else still references (``d = vars(obj)``) is left
as it is.  Only the values a sandbox class's instance holds itself are taken; a
sandbox ``list`` nested 5,000 deep is a host list, freed by the host (see
``tests/pyodide/checks/README.md``).

Calling a Python function from every deallocation costs 1 to 2 microseconds per
instance on CPython 3.11 and about 3 in Pyodide (measured; a bare deallocation costs
0.2 and 0.4), so the hook is installed only where the host stack needs it: inside
Pyodide (``sys.platform == "emscripten"``), or where ``INTERP_TRASHCAN=1`` is set in
the environment (tests run the host that way).  CPython 3.11's own trashcan already
bounds this recursion on servers.
"""

from __future__ import annotations

import os
import sys
import threading
from typing import Any

from . import attributes
from .attributes import MISSING, USER_CLASSES, lookup
from .functions import BoundMethod, Function

#: Whether classes made from now on get the hook (read by ``classes.create_class``).
ENABLED: bool = sys.platform == "emscripten" or os.environ.get("INTERP_TRASHCAN") == "1"

#: How many finalisers may run nested before values are put on the pending list
#: instead.  One level costs about 4 KiB of JavaScript stack in Pyodide (measured: 128
#: nested levels pass with a 1 MiB stack, 256 do not), so 16 levels stay far below
#: what the deepest sandbox recursion leaves free.
NESTING = 16

_getrefcount = sys.getrefcount
_mro_of = type.__dict__["__mro__"].__get__
_dict_of = type.__dict__["__dict__"].__get__
_type_setattr = type.__setattr__
_member_descriptor = type(type("_S", (), {"__slots__": ("x",)}).__dict__["x"])
_getset_descriptor = type(type("_D", (), {}).__dict__["__dict__"])


class _State:
    """The nesting depth and the values put aside.  One per process in Pyodide, which
    has no threads; per thread elsewhere (:class:`_ThreadState`): on CPython the garbage
    collector finalises on whichever thread allocates."""

    __slots__ = ("depth", "pending")

    def __init__(self) -> None:
        self.depth = 0
        self.pending: list = []


class _ThreadState(threading.local):
    depth = 0

    def __init__(self) -> None:
        self.pending: list = []


# A threading.local costs about 0.7 us per attribute access in Pyodide, four times a
# finalisation.
_state: Any = _State() if sys.platform == "emscripten" else _ThreadState()


class _Batch(list):
    """Values of one object put aside together, freed in their order (a list frees
    its items last first)."""

    __slots__ = ()


class _Plan:
    """What :func:`finalise` needs to know about one class: the sandbox ``__del__`` it
    inherits (None if none), its slots (most derived class first, each class's slots in
    CPython's order) and the getter of its ``__dict__``."""

    __slots__ = ("inherited", "slots", "dict_get")

    def __init__(self, cls: type) -> None:
        found, builtin = lookup(cls, "__del__")
        self.inherited = found if found is not MISSING and not builtin else None
        slots: list = []
        dict_get = None
        for k in _mro_of(cls):
            namespace = _dict_of(k)
            if id(k) in USER_CLASSES:
                slots.extend(v for v in namespace.values() if type(v) is _member_descriptor)
            if dict_get is None and type(namespace.get("__dict__")) is _getset_descriptor:
                dict_get = namespace["__dict__"].__get__
        self.slots = tuple(slots)
        self.dict_get = dict_get


#: The attribute code's cache of plans: it is emptied whenever a class namespace or
#: hierarchy changes and when a class dies, which is exactly when a plan of ours goes
#: stale (an inherited ``__del__`` assigned or deleted, an id reused).  Ours are kept
#: there by ``id(class)``, a bare int, which no key of the attribute code's is (they
#: are tuples): one look-up of an int per deallocation, where a tuple key would build
#: a tuple and hash it (and a dict of our own under a str key cost two look-ups).
_plans: dict = attributes._plans


def _dict_refs(obj: Any, dict_get: Any) -> int:
    """References to ``obj``'s ``__dict__`` seen from a frame holding it in a local,
    as :func:`_own_dict` sees them (measured once: the figure differs between
    CPython versions)."""
    d = dict_get(obj)
    return _getrefcount(d)


def _own_dict(obj: Any, dict_get: Any) -> Any:
    """``obj.__dict__`` if it is not empty and only ``obj`` holds it, else None."""
    d = dict_get(obj)
    if not d or _getrefcount(d) > _PRIVATE:
        return None
    return d


def _calibrate() -> int:
    class Probe:
        pass

    probe = Probe()
    probe.x = 1
    get = _dict_of(Probe)["__dict__"].__get__
    get(probe)  # the dict exists from here on
    return _dict_refs(probe, get)


_PRIVATE = _calibrate()


def _dying_refs() -> int:
    """References to an object that :func:`finalise` sees while the host deallocates it
    (its count dropped to 0; the host holds it for the finaliser): measured on a probe
    with the same first steps as ``finalise``."""
    seen: list = []

    def probe(obj: Any) -> None:
        seen.append(_getrefcount(obj))

    class Probe:
        __del__ = probe

    Probe()
    return seen[0]


_DYING = _dying_refs()


def finalise(obj: Any) -> None:
    """The host ``__del__`` of sandbox classes (see the module docstring).

    Never raises: the host would print the error on its own stderr."""
    try:
        t = type(obj)
        plan = _plans.get(id(t))
        if plan is None:
            plan = _plans[id(t)] = _Plan(t)
        if plan.inherited is not None:
            # An inherited sandbox __del__, which the host would have called.
            _call_inherited(plan.inherited, obj, t)
        if _getrefcount(obj) > _DYING:
            # Not a deallocation: the garbage collector finalising a cycle, whose other
            # finalisers may still read this object (CPython clears nothing before they
            # all ran), or the inherited __del__ resurrected it.  Left whole.
            return
        state = _state
        depth = state.depth
        if depth >= NESTING:
            _put_aside(obj, plan, state.pending)
            return
        state.depth = depth + 1
        try:
            # What the host would free after this call, freed now: slots, then the
            # __dict__ (unless something else holds it), in CPython's order.
            for slot in plan.slots:
                try:
                    value = slot.__get__(obj)
                except AttributeError:
                    continue
                slot.__delete__(obj)
                del value
            get = plan.dict_get
            if get is not None:
                d = get(obj)
                if d and _getrefcount(d) <= _PRIVATE:
                    d.clear()
                del d
            if depth == 0 and state.pending:
                drain(state.pending)
        finally:
            state.depth = depth
    except BaseException:  # noqa: BLE001, S110 - a finaliser must not raise into the host
        return


def drain(pending: list) -> None:
    """Free what deeper deallocations put aside, one item at a time (the outermost
    deallocation does this: each item freed may put more aside, never deeper)."""
    while pending:
        item = pending.pop()
        if type(item) is _Batch:
            for i in range(len(item)):
                item[i] = None
        del item


def _call_inherited(found: Any, obj: Any, t: type) -> None:
    """Call ``found``, the ``__del__`` of a base class, as the host's finaliser does."""
    if type(found) is Function:
        BoundMethod(found, obj)()
        return
    for k in _mro_of(type(found)):
        get = _dict_of(k).get("__get__")
        if get is not None:
            found = found.__get__(obj, t)
            break
    found()


def _put_aside(obj: Any, plan: _Plan, pending: list) -> None:
    """Move what ``obj`` holds to the pending list (too deep to free it now)."""
    batch = None
    for slot in plan.slots:
        try:
            value = slot.__get__(obj)
        except AttributeError:
            continue
        slot.__delete__(obj)
        if batch is None:
            batch = _Batch()
        batch.append(value)
    d = _own_dict(obj, plan.dict_get) if plan.dict_get is not None else None
    if batch is None:
        if d is not None:
            pending.append(d)  # it outlives obj: the loop frees it
        return
    if d is not None:
        batch.append(d)
    pending.append(batch)


def attach(cls: type) -> None:
    """Give sandbox class ``cls`` the hidden finaliser, unless its namespace defines a
    ``__del__`` of its own, it is a metaclass, or a host base class has a finaliser of
    its own (which the hook would hide from the host)."""
    if issubclass(cls, type) or "__del__" in _dict_of(cls):
        return
    for k in _mro_of(cls):
        if id(k) not in USER_CLASSES and "__del__" in _dict_of(k):
            return
    _type_setattr(cls, "__del__", finalise)


attributes.HIDDEN_FINALISER = finalise
