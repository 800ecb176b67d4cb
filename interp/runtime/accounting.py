"""What one sandbox holds in memory: a walk of the objects reachable from its roots.

The process-wide figures (the resident set on Linux, the top of the WebAssembly heap in
Pyodide) cannot tell sandboxes apart: in a server, or in the page's one Pyodide runtime,
one tenant's allocations would count against another's budget.  So ``max_memory`` is
enforced against the sum of ``sys.getsizeof`` over the objects the sandbox can reach:

- its roots: the host frames of the program that runs now (from the meter's check up to
  the first frame of the host layer), whose locals hold the sandbox frames (lists), the
  values in flight and, through the suspended host generators they reference, the frames
  of every suspended sandbox generator and coroutine; and the owner of the sandbox's
  import loader (the session), which holds its globals and its modules between runs;
- everything those reach through ``gc.get_referents``, each object counted once, except
  the shared runtime: host types (a user class is the sandbox's and is walked), host
  functions and code, frames, host modules, syntax trees, capabilities, the meter.

A walk costs time in proportion to the objects it visits, so the meter runs it only when
something says the sandbox may have grown (see :class:`interp.runtime.meter.Meter`), and it
stops as soon as the total passes the limit it was given: its cost is bounded by the
budget, not by what the program managed to allocate.
"""

from __future__ import annotations

import gc
import os
import sys
import time
import types
from collections.abc import Callable, Iterable
from itertools import compress, repeat
from operator import gt, is_, le, or_
from typing import Any

from ..syntax import nodes
from . import imports
from .attributes import USER_CLASSES
from .capabilities import Capability
from .meter import Meter

#: ``cls.__mro__`` read from the type itself: a metaclass's ``__getattribute__`` cannot
#: answer it (nor run, when host code walks a program's class).
_mro_of = type.__dict__["__mro__"].__get__

#: Objects that reference nothing: their size is counted, nothing under them is walked.
_ATOMS: frozenset[type] = frozenset({str, bytes, int, float, complex, bool, type(None), range, slice})

#: Shared machinery of the host and of the runtime: not the sandbox's, never walked.
_OPAQUE: set[type] = {
    types.FunctionType,
    types.BuiltinFunctionType,
    types.MethodType,
    types.CodeType,
    types.FrameType,
    types.ModuleType,
    types.WrapperDescriptorType,
    types.MethodWrapperType,
    types.MethodDescriptorType,
    types.ClassMethodDescriptorType,
    types.GetSetDescriptorType,
    types.MemberDescriptorType,
    Capability,
    Meter,
    *(t for t in vars(nodes).values() if isinstance(t, type) and issubclass(t, nodes.AST)),
}

#: Containers of more items than this are first tried in bulk (see :func:`measure`).
_BULK = 16
#: Objects, or containers, between two calls of a walk's ``interrupt``.
_CHUNK = 4096
#: An atom of at most _SMALL bytes referenced more than _WIDELY times is not counted.
_WIDELY = 1000
_SMALL = 64

#: Where the interpreter's own frames come from: its modules (but the host layer's,
#: whose frames are the driver's) and the code it generates (``<specialized ...>``).
_PACKAGE = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep
_HOST_LAYER = _PACKAGE + "host" + os.sep

#: What a session keeps for its sandbox between runs (its other attributes are the
#: host's: the output callbacks, the meter, the granted module factories).
_SESSION_STATE = ("globals", "modules", "builtins", "sources", "environment")


def _interpreter_frame(filename: str) -> bool:
    return (filename.startswith(_PACKAGE) or filename.startswith("<")) and not filename.startswith(
        _HOST_LAYER
    )


def running_frames(start: Any) -> list[Any]:
    """The locals of the host frames from ``start`` up to the host layer: the frames of
    the program that runs now (its sandbox frame lists, the values it computes).

    The walk up stops at the first frame that is not the interpreter's (the driver, or
    whatever host code called into the runtime directly): what those hold is the host's.
    The interpreter's are its modules' and the code it generates (``<specialized ...>``).
    """
    values: list[Any] = []
    frame = start
    # Processor time, not the clock's: on a loaded machine the clock's 50 ms covered a
    # few milliseconds of work, too few frames, and a deep recursion's memory went unseen.
    deadline = time.process_time() + FRAME_WALK_SECONDS
    while frame is not None and _interpreter_frame(frame.f_code.co_filename):
        values.extend(frame.f_locals.values())
        frame = frame.f_back
        if time.process_time() > deadline:
            # Reading f_locals inside a deep chain of generators (which is what a deep
            # sandbox recursion is) costs time in proportion to the chain's depth on
            # CPython 3.11, so a full walk of a deep recursion is quadratic: minutes at
            # 55,000 host frames, in one host call no limit interrupts.  The walk reads
            # the newest frames only then (docs/THREAT_MODEL.md, "Memory").
            break
    return values


#: Processor seconds a walk spends on the running frames at most.  At the default recursion limit
#: the whole stack takes a few milliseconds.
FRAME_WALK_SECONDS = 0.05


def session_roots() -> list[Any]:
    """What the sandbox keeps between runs: the state of the owner of its import loader
    (the session: globals, modules, builtins...); empty when no sandbox is active."""
    owner = getattr(imports.current_loader, "__self__", None)
    if owner is None:
        return []
    return [state for state in map(vars(owner).get, _SESSION_STATE) if state is not None]


def measure_sandbox(
    start: Any, limit: int | None = None, interrupt: Callable[[], None] | None = None
) -> int | None:
    """Bytes the running sandbox holds: its running frames from host frame ``start`` up,
    and what it keeps between runs (see :func:`measure` for ``limit`` and
    ``interrupt``).  None when no sandbox is active (runtime code run by the host
    directly, with a bare meter)."""
    owners = session_roots()
    if not owners:
        return None
    return measure(running_frames(start) + owners, limit, interrupt)


def _unique_counts() -> tuple[int, int]:
    """What ``sys.getrefcount`` says of an object that only its container references,
    in :func:`measure`'s loop and in its bulk test (same shapes as there): the counts
    include the references the walk itself holds, which differ between versions."""
    getrefcount = sys.getrefcount
    container = [object()]
    pending = gc.get_referents(container)
    bulk = max(map(getrefcount, pending))
    for obj in pending:
        return getrefcount(obj), bulk
    raise AssertionError("unreachable")


_unique = _unique_counts()

#: What ``sys.getsizeof`` adds to ``__sizeof__`` for an object the collector tracks.
_GC_HEAD = sys.getsizeof([]) - [].__sizeof__()


def _class_sizeof(obj: Any) -> int:
    """``sys.getsizeof`` of an instance of a user class, without its ``__sizeof__``.

    ``sys.getsizeof`` calls the class's ``__sizeof__``, which a sandbox class may define
    (CPython's ``OrderedDict`` does): the walk would run sandbox code, under no frame of
    its own, and take the program's word for its size.  The nearest builtin base's
    method answers instead; every user class is collected, hence the header."""
    for base in _mro_of(type(obj)):
        if id(base) not in USER_CLASSES:
            return base.__sizeof__(obj) + _GC_HEAD
    return _GC_HEAD  # unreachable: object ends every MRO


def measure(
    roots: Iterable[Any], limit: int | None = None, interrupt: Callable[[], None] | None = None
) -> int:
    """Bytes of the objects reachable from ``roots``, each counted once.

    Stops early and returns a figure over ``limit`` as soon as the total passes it, so
    that a walk never costs more than the budget allows the sandbox to hold.  An object
    that only its container references can be reached only once: it skips the set of
    objects seen, which most of a large heap's objects then never enter.

    Bounded in bytes, a walk can still take long in time: a large heap is millions of
    objects, and a container of a million items is one call of each C loop below.  So
    a container of more than :data:`_CHUNK` items is walked a slice at a time, and
    ``interrupt`` (the meter's check of Stop and of the time limits, which raises to end
    the run) is called between slices and every :data:`_CHUNK` containers: the time
    limit ends a run inside a walk as it does in a loop.
    """
    getsizeof = sys.getsizeof
    getrefcount = sys.getrefcount
    get_referents = gc.get_referents
    atoms = _ATOMS
    opaque = _OPAQUE
    bound = limit if limit is not None else sys.maxsize
    seen: set[int] = set()
    total = 0
    stack: list[Any] = []
    pending: Any = list(roots)
    big: Any = None  # a container of more than _CHUNK items, walked a slice at a time
    starts: Any = None  # where its next slices start
    popped = 0
    while True:
        # The counts that say "only its container references it", for items of ``pending``:
        # a slice of ``big`` is one more reference to each item.
        extra = 0 if big is None else 1
        unique, unique_bulk = _unique[0] + extra, _unique[1] + extra
        widely = unique + _WIDELY
        if len(pending) > _BULK:
            # (No local holds an item here: it would count in the refcounts below.)
            if all(map(is_, pending, repeat(pending[0]))):
                # One object many times (``[0] * n``): visited once.
                pending = (pending[0],)
                continue
            kinds = set(map(type, pending))
            if max(map(getrefcount, pending)) <= unique_bulk:
                # A large container whose items nothing else references (a list of
                # distinct strings, of rows): classified and sized by C loops.
                if kinds <= atoms:
                    total += sum(map(getsizeof, pending))
                    pending = ()
                elif kinds.isdisjoint(atoms) and kinds.isdisjoint(opaque) and not any(map(_is_type, kinds)):
                    user = any(id(kind) in USER_CLASSES for kind in kinds)
                    total += sum(map(_class_sizeof if user else getsizeof, pending))
                    stack += pending
                    pending = ()
            elif kinds <= atoms:
                # Shared atoms: each distinct one is sized once, and those referenced
                # from everywhere and small are the runtime's (as below).  The distinct
                # ones are found and sized with C loops: a row of small ints must not
                # cost a loop per item, and after the first rows they are all seen.
                distinct = dict(zip(map(id, pending), pending))
                fresh = distinct.keys() - seen
                seen |= fresh
                objs = list(map(distinct.__getitem__, fresh))
                sizes = list(map(getsizeof, objs))
                large = map(gt, sizes, repeat(_SMALL))
                private = map(le, map(getrefcount, objs), repeat(widely + 2))
                total += sum(compress(sizes, map(or_, large, private)))
                del distinct, objs
                pending = ()
        for obj in pending:
            kind = type(obj)
            count = getrefcount(obj)
            if kind in atoms:
                if count > unique:
                    # Atoms referenced from everywhere (small ints, one-letter strings,
                    # None) are the runtime's: each reference is counted in its container.
                    if count > widely and getsizeof(obj) <= _SMALL:
                        continue
                    key = id(obj)
                    if key in seen:
                        continue
                    seen.add(key)
                total += getsizeof(obj)
            # A class test by the type: the host's isinstance would ask the object's
            # ``__class__``, running a program's ``__getattribute__`` inside the walk.
            elif kind in opaque or (issubclass(kind, type) and id(obj) not in USER_CLASSES):
                continue
            else:
                if count > unique:
                    key = id(obj)
                    if key in seen:
                        continue
                    seen.add(key)
                total += getsizeof(obj) if id(kind) not in USER_CLASSES else _class_sizeof(obj)
                stack.append(obj)
        if total > bound:
            return total
        if big is not None:
            start = next(starts, None)
            if start is not None:
                pending = big[start : start + _CHUNK]
                if interrupt is not None:
                    interrupt()
                continue
            big = starts = None
        if not stack:
            return total
        pending = get_referents(stack.pop())
        if len(pending) > _CHUNK:
            big = pending
            starts = iter(range(_CHUNK, len(big), _CHUNK))
            pending = big[:_CHUNK]
        popped += 1
        if popped == _CHUNK:
            popped = 0
            if interrupt is not None:
                interrupt()


def _is_type(kind: type) -> bool:
    return issubclass(kind, type)
