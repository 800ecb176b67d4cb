"""Sandboxed functions, their code, cells and bound methods.

A :class:`Function` is what ``def`` and ``lambda`` make.  Its :class:`Code` is built
once by the compiler; calling the function binds the arguments into a *frame* (a
plain list of slots, slot 0 holding the return value) and runs ``code.body``.
``code.body`` is a generator function when the body can suspend (it calls something,
or loops) and a plain function otherwise.

Sandboxed code calls functions through :func:`interp.runtime.calls.call`, never
through ``__call__``: a host ``__call__`` per sandboxed call would put several host
frames on the stack per Python-level call (and Pyodide runs out of JavaScript stack
at depth ~1000 that way).  ``__call__`` and ``__get__`` exist only for host machinery
that calls user code implicitly: a dict hashing a key whose class defines
``__hash__``, a host sort comparing with ``__lt__``.  Those calls run to completion
(see :func:`run_nested`) and cannot pause the program.
"""

from __future__ import annotations

from functools import partial as _partial
from threading import get_ident
from typing import Any

from . import environment, links, meter
from .control import RETURN, UNBOUND, LimitExceeded
from .nested import run_nested


class Cell:
    """A variable shared between a function and the closures defined in it."""

    __slots__ = ("value",)

    def __init__(self, value: Any = UNBOUND) -> None:
        self.value = value


class Code:
    """What the compiler knows about one function body."""

    __slots__ = (
        "name",
        "qualname",
        "filename",
        "firstlineno",
        "argnames",
        "posonlycount",
        "argcount",
        "kwonlynames",
        "has_varargs",
        "has_varkw",
        "nslots",
        "cell_params",
        "new_cells",
        "free_slots",
        "body",
        "body_is_generator",
        "kind",
        "direct",
        "simple",
        "star",
        "padding",
        "slot_names",
        "docstring",
        "lazy",
        "keyword_slots",
    )

    def __init__(
        self,
        *,
        name: str,
        qualname: str,
        filename: str,
        firstlineno: int,
        argnames: tuple[str, ...],
        posonlycount: int,
        kwonlynames: tuple[str, ...],
        has_varargs: bool,
        has_varkw: bool,
        nslots: int,
        cell_params: tuple[int, ...],
        new_cells: tuple[int, ...],
        free_slots: tuple[int, ...],
        body: Any,
        body_is_generator: bool,
        kind: str,
        slot_names: tuple[str, ...],
        docstring: Any = None,
    ) -> None:
        self.name = name
        self.qualname = qualname
        self.filename = filename
        self.firstlineno = firstlineno
        self.argnames = argnames
        self.posonlycount = posonlycount
        self.argcount = len(argnames)
        self.kwonlynames = kwonlynames
        self.has_varargs = has_varargs
        self.has_varkw = has_varkw
        self.nslots = nslots
        self.cell_params = cell_params
        self.new_cells = new_cells
        self.free_slots = free_slots
        self.body = body
        self.body_is_generator = body_is_generator
        #: "function", "generator", "coroutine" or "async_generator".
        self.kind = kind
        self.slot_names = slot_names
        self.docstring = docstring
        #: While the body is a stand-in that compiles the real one on its first call
        #: (compiler/definitions.py): what compiles it, so that a generator's first
        #: call can compile it before the generator exists (:func:`generators.make_generator`).
        self.lazy: Any = None
        #: The frame slot of each parameter a keyword can name, made by the first call
        #: that passes keywords (:func:`~.calls.bind`): most functions never get one.
        self.keyword_slots: dict[str, int] | None = None
        # Simple: positional parameters only, so a call with exactly argcount
        # positional arguments and no keywords can skip the general binder.
        self.simple = not (kwonlynames or has_varargs or has_varkw)
        #: Positional parameters and ``*args`` (and perhaps ``**kwargs``), no keyword-only
        #: ones: calls with at least ``argcount`` positional arguments bind in place
        #: (calls.bind), keywords too when there are no named parameters to match.
        self.star = has_varargs and not kwonlynames
        nparams = self.argcount + len(kwonlynames) + has_varargs + has_varkw
        self.padding = [UNBOUND] * (nslots - 1 - nparams)
        #: A call with exactly ``argcount`` positional arguments can build the frame in
        #: place and run the body at the call site (compiler/specialize.py's calls):
        #: a plain function, no cells to create, no closure to install.
        self.direct = self.simple and kind == "function" and not (cell_params or new_cells or free_slots)


def _closure_padding(code: Code, closure: tuple) -> list:
    """``code.padding`` with ``closure``'s cells in their slots (free variables are never
    parameters, so their slots are all in the padding)."""
    padding = list(code.padding)
    start = code.nslots - len(padding)
    for slot, cell in zip(code.free_slots, closure):
        padding[slot - start] = cell
    return padding


#: Calls with fewer positional arguments than this build a direct call's frame in place
#: at a call site of the second tier (see :func:`frame_tails`).
TAIL_ARGS = 8
#: The tails of a function none is known for yet.
NO_TAILS: tuple = (None,) * TAIL_ARGS
#: The tails of a function no call builds in place: known, so not looked for again (not
#: NO_TAILS, which :func:`~.calls.bind` tests by identity).
NO_CALL_IN_PLACE: tuple = tuple([None] * TAIL_ARGS)


def frame_tails(fn: Function) -> tuple:
    """What the frame of a call of ``fn`` with n positional arguments and no keywords
    ends with, per n below :data:`TAIL_ARGS`: the defaults the call does not give, then
    the padding (a closure's holds its cells); None where such a call goes to
    :func:`~.calls.bind` (too few or too many arguments, parameters of other kinds, cells
    to make).  A call site of the second tier builds the frame in place from it, for a
    method called without its defaults (``peek(self, offset=0)``) and a closure as for
    an exact call of a plain function; :func:`~.calls.bind` fills it on the first call
    that site hands it, and a change of ``__defaults__`` empties it."""
    code = fn.code
    if not code.simple or code.kind != "function" or code.cell_params or code.new_cells:
        return NO_CALL_IN_PLACE
    defaults, argcount, padding = fn.defaults, code.argcount, fn.padding
    tails: list = [None] * TAIL_ARGS
    for given in range(max(argcount - len(defaults), 0), min(argcount + 1, TAIL_ARGS)):
        missing = argcount - given
        tails[given] = (*defaults[len(defaults) - missing :], *padding) if missing else padding
    return tuple(tails)


class Function:
    """A function defined in the sandbox."""

    __slots__ = (
        "code",
        "globals",
        "defaults",
        "kwdefaults",
        "closure",
        "padding",
        "__name__",
        "__qualname__",
        "doc",
        "module",
        "__dict__",
        "annotations",
        "owner",
        "tails",
        "__weakref__",
    )

    def __init__(
        self,
        code: Code,
        globals: dict,
        defaults: tuple = (),
        kwdefaults: dict | None = None,
        closure: tuple = (),
        annotations: dict | None = None,
    ) -> None:
        self.code = code
        self.globals = globals
        self.defaults = defaults
        self.kwdefaults = kwdefaults
        self.closure = closure
        #: The frame's slots after the parameters, as a call starts them: the Code's
        #: padding, with the closure's cells in the free variables' slots: every frame
        #: calls.bind builds ends with it, so a closure's frame is built as a plain
        #: function's, not by a loop over its cells.
        self.padding = _closure_padding(code, closure) if closure and code.free_slots else code.padding
        self.__name__ = code.name
        self.__qualname__ = code.qualname
        self.doc = code.docstring
        self.module = globals.get("__name__")
        self.annotations = annotations
        #: The meter of the sandbox whose code made this function: it stands for the
        #: sandbox.  Host machinery may run the function only while that sandbox's
        #: step is in progress (see :func:`host_triggered`).
        self.owner = meter.current
        self.tails = NO_TAILS

    def __repr__(self) -> str:
        return f"<function {self.__qualname__}>"

    # Host machinery only (see the module docstring), which calls what it gets at once:
    # a partial (made by the host, no frame of ours) instead of a BoundMethod, whose
    # __init__ and __call__ would be two more host frames per ``a < b``.
    def __get__(self, obj: Any, owner: Any = None) -> Any:
        if obj is None:
            return self
        return _partial(host_method_call, self, obj)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if self.owner is not meter.current:
            return host_triggered(self, args, kwargs)
        code = self.code
        if not (kwargs or code.body_is_generator) and code.direct and len(args) == code.argcount:
            return run_plain(self, code, args)
        return run_nested(_invoke(self, args, kwargs or None))


class BoundMethod:
    """A function bound to an object (``obj.method``)."""

    __slots__ = ("__func__", "__self__", "__weakref__")

    def __init__(self, func: Any, obj: Any) -> None:
        self.__func__ = func
        self.__self__ = obj

    def __eq__(self, other: Any) -> bool:
        return (
            type(other) is BoundMethod and self.__func__ == other.__func__ and self.__self__ is other.__self__
        )

    def __hash__(self) -> int:
        return hash((id(self.__func__), id(self.__self__)))

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        func = self.__func__
        if type(func) is Function:
            return host_method_call(func, self.__self__, *args, **kwargs)
        return run_nested(_call(self, args, kwargs or None))


def host_method_call(func: Function, obj: Any, *args: Any, **kwargs: Any) -> Any:
    """``func`` bound to ``obj`` and called by host machinery: a user dunder (``a + b``,
    ``set.add``), run to completion."""
    code = func.code
    if code.name in _ATTRIBUTE_HOOKS:
        return _host_read(code.name, obj, args, kwargs)
    if func.owner is not meter.current or code.name == "__del__":
        return host_triggered(func, (obj, *args), kwargs)
    if not (kwargs or code.body_is_generator) and code.direct and len(args) + 1 == code.argcount:
        return run_plain(func, code, (obj, *args))
    return run_nested(_invoke(func, (obj, *args), kwargs or None))


#: The hooks of attribute look-up.  The sandbox's own look-ups go through the
#: runtime's tables (``attributes.load_attr``), which call them as CPython does; a host
#: slot calls them only when host machinery reads an attribute of a sandbox object: the
#: ``__class__`` that every ``isinstance`` of the host reads when the type does not
#: match, a class's ``__name__`` for a message.  CPython reads those from the type
#: itself, and running program code there would run it inside host machinery (a
#: memory walk, a traceback's formatting) where CPython runs none.
_ATTRIBUTE_HOOKS = frozenset({"__getattribute__", "__getattr__"})


def _host_read(hook: str, obj: Any, args: tuple, kwargs: dict) -> Any:
    """What a host read of ``obj``'s attribute ``args[0]`` finds without the program's
    ``__getattribute__`` or ``__getattr__``: the object's own attributes, by type."""
    if hook == "__getattr__" or kwargs or len(args) != 1 or type(args[0]) is not str:
        raise AttributeError(args[0] if len(args) == 1 and type(args[0]) is str else "attribute")
    if issubclass(type(obj), type):
        return type.__getattribute__(obj, args[0])
    return object.__getattribute__(obj, args[0])


def run_plain(fn: Function, code: Code, args: tuple) -> Any:
    """Run, for host machinery, a function whose body cannot pause (``code.body`` is a
    plain function: no calls, no loops) and that takes exactly ``args``: what
    ``run_nested(invoke(...))`` does, without a generator and its trampoline.  A user
    ``__getitem__`` or ``__add__`` called by a host operator is mostly such a function.

    The same budgets as :data:`calls.RUN_STEPS`: a step, the depth limit, the nested
    host re-entry limit, and the traceback entry.  When the countdown is due, the
    general path runs instead, so that the meter's tick stays in one place.
    """
    m = meter.current
    if m.countdown <= 1 or m.nested >= m.max_nested:
        return run_nested(_invoke(fn, args, None))
    m.countdown -= 1
    m.depth += 1
    if m.depth > m.max_depth:
        m.depth -= 1
        raise RecursionError("maximum recursion depth exceeded")
    # A host re-entry all the same (a user __add__ calling + on its operands recurses
    # through the host's operator): it counts against the host stack's limit.
    m.nested += 1
    frame = [None, *args, *code.padding]
    try:
        rest = code.body(frame)
        if rest is not None and rest is not RETURN:
            # A resumable body whose statement must run as a generator (see
            # calls.RUN_STEPS).  The same re-entry as the body's: counted once.
            m.nested -= 1
            try:
                run_nested(rest(frame))
            finally:
                m.nested += 1
    except BaseException as error:
        _add_frame(error, code)
        raise
    finally:
        m.depth -= 1
        m.nested -= 1
    return frame[0]


def in_own_step(owner: Any) -> bool:
    """Whether the sandbox of meter ``owner`` is stepping, on this thread.

    The thread matters on CPython, where every step runs on the worker thread
    (:mod:`interp.host.worker`) but the garbage collector runs on whichever thread
    allocates: a finaliser run from the host's own thread would race the step.
    """
    if owner is not meter.current or owner.tripped is not None or owner is meter.IDLE:
        return False  # another sandbox's step, no step, or past a hard limit
    thread = owner.thread
    return thread is None or thread == get_ident()


def host_triggered(fn: Function, args: tuple, kwargs: dict) -> Any:
    """Run sandbox function ``fn`` for host machinery, if its own sandbox is running.

    The host calls sandbox code on its own schedule: its garbage collector finalises
    objects (``__del__``) whenever it runs, which can be during another sandbox's
    step or after the run ended; a host container compares keys with their
    ``__eq__``.  Per-run state (meter, environment, loader, builtins) is process-wide
    and belongs to whichever sandbox is stepping, so such code would run under
    another tenant's meter and could reach its modules and capabilities (DESIGN.md,
    invariant 6).  It runs only inside its own sandbox's step, where it runs at once,
    in CPython's order; anywhere else a finaliser is dropped and any other call
    refused.

    A ``__del__`` that raises is reported on the sandbox's stderr as CPython does
    ("Exception ignored in: ..."), not thrown into the host's garbage collector; one
    that hits a hard limit is abandoned, and the meter stops the run at its next
    check (the limit stays exceeded).
    """
    finaliser = fn.code.name == "__del__"
    if not in_own_step(fn.owner):
        if finaliser:
            return None
        raise RuntimeError("sandbox code cannot run outside its own sandbox's run")
    if not finaliser:
        return run_nested(_invoke(fn, args, kwargs or None))
    try:
        return run_nested(_invoke(fn, args, kwargs or None))
    except LimitExceeded as limit:
        meter.current.trip(limit)
        return None
    except BaseException as error:  # noqa: BLE001 - reported as CPython reports it
        environment.current.unraisable(error, f"<function {fn.__qualname__} at {id(fn):#x}>")
        return None


# calls.invoke and calls.call, late-bound (calls imports this module).  Host operators
# call user dunders through them, so the first call binds them to globals of this
# module: no look-up in ``links`` per call afterwards.
def _invoke(fn: Any, args: Any, kwargs: Any) -> Any:
    global _invoke
    _invoke = links.invoke
    return _invoke(fn, args, kwargs)


def _call(f: Any, args: Any, kwargs: Any) -> Any:
    global _call
    _call = links.call
    return _call(f, args, kwargs)


def _add_frame(error: BaseException, code: Code) -> None:
    # tracebacks imports this module: a late-bound link, bound on first use as _invoke.
    global _add_frame
    _add_frame = links.add_frame
    _add_frame(error, code)


def call_nested(f: Any, args: Any, kwargs: Any = None) -> Any:
    """Call ``f`` from host machinery and run the call to completion."""
    return run_nested(_call(f, args, kwargs))


__all__ = [
    "Cell",
    "Code",
    "Function",
    "BoundMethod",
    "run_nested",
    "call_nested",
    "LimitExceeded",
]
