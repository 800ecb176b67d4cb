"""Frame and code *views*: what ``sys._getframe()`` and ``function.__code__`` give the
sandbox.

CPython's pure-Python library asks its caller's frame for a few facts: ``typing`` and
``enum`` the caller's module name (``sys._getframe(n).f_globals['__name__']``),
``warnings`` the file and line of the code that warned, ``typing.overload`` the first
line of a function.  The sandbox has no frames of its own: a sandbox call is a chain of
host frames running compiled closures.  So a view is built on demand, from the host
stack, and holds only sandbox values (DESIGN.md, invariant 2):

- ``f_globals``: the globals dict of the sandbox code running in the frame (a module's
  own namespace, which the program can reach through the module anyway);
- ``f_locals``: a snapshot dict of its local variables (the class namespace in a class
  body, the globals at module level);
- ``f_code``: a :class:`CodeView` (name, qualified name, file name as tracebacks show
  it, first line, argument counts): strings and ints;
- ``f_lineno``: the line of the statement or expression running in the frame;
- ``f_back``: the view of the calling sandbox frame, None at the top.

How the host stack is read: a sandbox function call runs in a host frame of one of
:data:`~interp.runtime.calls.RUNNING_CODES` (holding the ``Function`` as ``fn`` and its
slots as ``frame``); a module body (and ``exec``) in ``Program.run`` (``self`` is the
compiled program); a generator or coroutine body under ``Generator.start``/``drive``
(``self`` is the generator); a class body in the compiler's ``run_body``.  The walk
starts at the caller of the builtin and stops at the first frame that is not the
interpreter's: the driver's frames and everything above are the host's.  The host
frames themselves never leave this module: a view copies what it shows.
"""

from __future__ import annotations

import os
import sys as _host_sys
from typing import Any

from ..compiler import definitions as _definitions
from ..compiler.compile import Program
from ..runtime import meter
from ..runtime.attributes import USER_CLASSES
from ..runtime.calls import RUNNING_CODES
from ..runtime.control import UNBOUND
from ..runtime.functions import Cell, Code, Function
from ..runtime.generators import AsyncGenerator, Generator
from ..runtime.tracebacks import HOST_POSITIONS, function_of, position_of
from ..runtime.typetable import data, method, register_type, table

_PROGRAM_RUN = Program.run.__code__
_GENERATOR_RUNS = frozenset(
    (Generator.start.__code__, Generator.drive.__code__, AsyncGenerator.resume_async.__code__)
)
_DEFINITIONS_FILE = _definitions.__file__
_FunctionType = type(lambda: None)
_host_subclasses = type.__dict__["__subclasses__"]
#: The interpreter's own host frames: its modules but the host layer's (the driver's),
#: and the code it generates (``<block ...>``).  The walk stops at any other.
_PACKAGE = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep
_HOST_LAYER = _PACKAGE + "host" + os.sep


def _interpreter_frame(frame: Any) -> bool:
    filename = frame.f_code.co_filename
    return (filename.startswith(_PACKAGE) or filename.startswith("<")) and not filename.startswith(
        _HOST_LAYER
    )


# co_flags bits, as CPython's inspect module reads them.
_VARARGS, _VARKEYWORDS, _GENERATOR, _COROUTINE, _ASYNC_GENERATOR = 0x04, 0x08, 0x20, 0x80, 0x200
_KIND_FLAGS = {
    "function": 0,
    "generator": _GENERATOR,
    "coroutine": _COROUTINE,
    "async_generator": _ASYNC_GENERATOR,
}


class CodeView:
    """``f.__code__`` / ``frame.f_code``: the facts of a code object that the library
    reads, as plain strings and ints."""

    __slots__ = (
        "co_name",
        "co_qualname",
        "co_filename",
        "co_firstlineno",
        "counts",
        "co_flags",
        "co_varnames",
    )

    def __init__(self, name: str, qualname: str, filename: str, firstlineno: int, code: Code | None) -> None:
        self.co_name = name
        self.co_qualname = qualname
        self.co_filename = filename
        self.co_firstlineno = firstlineno
        if code is None:
            self.counts = (0, 0, 0)
            self.co_flags = 0
            self.co_varnames = ()
        else:
            # Parameters first, in CPython's order (inspect.signature reads them): the
            # named ones, then ``*args``, ``**kwargs`` and the other locals in slot order
            # (cells made here and free variables are not listed).
            named = tuple(code.argnames) + tuple(code.kwonlynames)
            skip = set(code.free_slots) | set(code.new_cells)
            rest = [n for i, n in enumerate(code.slot_names) if n and n[0] != "\0" and i not in skip]
            self.co_varnames = named + tuple(n for n in rest if n not in named)
            self.counts = (code.argcount, code.posonlycount, len(code.kwonlynames))
            self.co_flags = (
                _KIND_FLAGS.get(code.kind, 0) | _VARARGS * code.has_varargs | _VARKEYWORDS * code.has_varkw
            )

    def __repr__(self) -> str:
        return f'<code object {self.co_name}, file "{self.co_filename}", line {self.co_firstlineno}>'


class FrameView:
    """One frame of ``sys._getframe()``: a copy of what the frame shows, never a host frame."""

    __slots__ = ("f_globals", "locals_of", "f_code", "f_lineno", "f_back")

    def __init__(self, globals_: dict, locals_of: Any, code: CodeView, lineno: int) -> None:
        self.f_globals = globals_
        self.locals_of = locals_of  # () -> dict: the locals as they are when read
        self.f_code = code
        self.f_lineno = lineno
        self.f_back: FrameView | None = None

    def __repr__(self) -> str:
        code = self.f_code
        return f"<frame, file '{code.co_filename}', line {self.f_lineno}, code {code.co_name}>"


CodeView.__name__ = CodeView.__qualname__ = "code"
FrameView.__name__ = FrameView.__qualname__ = "frame"
# The class's repr in the sandbox is built from these: CPython's ``<class 'code'>``, not
# the host module that defines the view.
CodeView.__module__ = FrameView.__module__ = "builtins"


def code_view(fn: Function) -> CodeView:
    """``fn.__code__``."""
    code = fn.code
    return CodeView(code.name, code.qualname, code.filename, code.firstlineno, code)


def _register() -> None:
    table(CodeView)
    for name in ("co_name", "co_qualname", "co_filename", "co_firstlineno", "co_flags", "co_varnames"):
        data(CodeView, name)(_slot_getter(name))
    data(CodeView, "co_argcount")(lambda c: c.counts[0])
    data(CodeView, "co_posonlyargcount")(lambda c: c.counts[1])
    data(CodeView, "co_kwonlyargcount")(lambda c: c.counts[2])
    register_type(CodeView, name="code")
    table(FrameView)
    for name in ("f_globals", "f_code", "f_lineno", "f_back"):
        data(FrameView, name)(_slot_getter(name))
    data(FrameView, "f_locals")(lambda f: f.locals_of())
    register_type(FrameView, name="frame")
    # The sandbox function's own: its code view and its globals (the module's namespace).
    data(Function, "__code__")(code_view)
    data(Function, "__globals__")(lambda fn: fn.globals)
    method(type, "__subclasses__")(subclasses)


def subclasses(cls: Any) -> list:
    """``cls.__subclasses__()``: the direct subclasses that are sandbox classes.

    A sandbox class's subclasses are its own sandbox's (no other sandbox can reach the
    class to derive from it).  A builtin type's host subclasses are every class of the
    process, the classic jail escape, and other sandboxes' classes besides: the view
    lists none of them, as the runtime does not record which sandbox made a class."""
    if id(cls) not in USER_CLASSES:
        return []
    return [sub for sub in _host_subclasses(cls) if id(sub) in USER_CLASSES]


def _slot_getter(name: str) -> Any:
    getter = getattr(FrameView if name.startswith("f_") else CodeView, name).__get__
    return lambda obj: getter(obj)


_register()


# -- reading the host stack ------------------------------------------------------------


def _slots_snapshot(code: Code, slots: Any) -> Any:
    """The locals of a function frame (slot list ``slots``) as a dict, when read."""
    names = code.slot_names

    def snapshot() -> dict:
        out: dict = {}
        if type(slots) is not list:
            return out
        for name, value in zip(names, slots):
            if not name or name[0] in ".\0":
                continue
            if type(value) is Cell:
                value = value.value
            if value is not UNBOUND:
                out[name] = value
        return out

    return snapshot


def _line_of(segment: list) -> int | None:
    """The line running in one sandbox frame: the innermost of its host frames that runs
    a closure the compiler marked with its node's position (see tracebacks.mark)."""
    for inner in segment:
        table = HOST_POSITIONS.get(inner.f_code)
        if table is not None:
            # A body compiled to host code (compiler/hostcode.py): its host line names
            # the node it runs, else its statement's line is in ``ln``.
            lineno = inner.f_lineno
            position = table[lineno] if lineno is not None and lineno < len(table) else None
            if position is not None:
                return position[0]
            line = inner.f_locals.get("ln")
            if type(line) is int and line > 0:
                return line
            continue
        outer = inner.f_back
        if outer is None:
            continue
        # Closures of one template (two call statements of a block) share their code:
        # the one running is told apart by its cells, as the traceback printer does.
        fn = function_of(inner, outer.f_locals)
        if fn is not None:
            position = position_of(fn)
            if position is not None:
                return position[0]
    return None


def _classify(frame: Any) -> tuple | None:
    """(globals, locals_of, code view, fallback line) when host ``frame`` starts a
    sandbox frame, else None."""
    code = frame.f_code
    if code in RUNNING_CODES:
        local = frame.f_locals
        fn, slots = local.get("fn"), local.get("frame")
        # A call site that handed the call to calls.invoke holds ``fn`` but no ``frame``.
        if type(fn) is Function and type(slots) is list:
            c = fn.code
            return fn.globals, _slots_snapshot(c, slots), code_view(fn), c.firstlineno
        return None
    if code is _PROGRAM_RUN:
        program = frame.f_locals.get("self")
        if type(program) is not Program or type(program.globals) is not dict:
            return None
        namespace = program.namespace if type(program.namespace) is dict else program.globals
        view = CodeView("<module>", "<module>", program.filename, 1, None)
        return program.globals, (lambda: namespace), view, 1
    if code in _GENERATOR_RUNS:
        gen = frame.f_locals.get("self")
        c = getattr(gen, "code", None) if isinstance(gen, Generator) else None
        if type(c) is not Code or type(getattr(gen, "globals", None)) is not dict:
            return None
        view = CodeView(c.name, c.qualname, c.filename, c.firstlineno, c)
        return gen.globals, _slots_snapshot(c, gen.frame), view, c.firstlineno
    if code.co_name == "run_body" and code.co_filename == _DEFINITIONS_FILE:
        local = frame.f_locals
        namespace, info = local.get("namespace"), local.get("body_frame")
        if type(namespace) is not dict or info is None:
            return None
        view = CodeView(info.name, info.name, info.filename, 0, None)
        return _class_globals(frame), (lambda: namespace), view, 0
    return None


def _class_globals(frame: Any) -> dict:
    """The globals of a class body: those of the class statement that runs it (its
    ``make_class`` host frame, further up)."""
    frame = frame.f_back
    while frame is not None:
        if frame.f_code.co_name == "make_class" and frame.f_code.co_filename == _DEFINITIONS_FILE:
            found = frame.f_locals.get("g")
            if type(found) is dict:
                return found
        frame = frame.f_back
    return {}


def sandbox_frames(start: Any) -> list[FrameView]:
    """The views of the sandbox frames running now, innermost first, linked by
    ``f_back``; ``start`` is the host frame of the builtin's caller."""
    views: list[FrameView] = []
    segment: list = []
    frame = start
    walked = 0
    while frame is not None and _interpreter_frame(frame):
        walked += 1
        found = _classify(frame)
        if found is not None:
            globals_, locals_of, code, fallback = found
            line = _line_of(segment)
            view = FrameView(globals_, locals_of, code, line if line is not None else fallback)
            if views:
                views[-1].f_back = view
            views.append(view)
            segment = []
        segment.append(frame)
        frame = frame.f_back
    # The walk is work the program asked for: one step per host frame read.
    meter.current.countdown -= walked
    return views


def getframe(depth: Any = 0) -> FrameView:
    """``sys._getframe(depth)``."""
    if type(depth) is not int:
        if isinstance(depth, int):
            depth = int(depth)
        else:
            raise TypeError(f"'{type(depth).__name__}' object cannot be interpreted as an integer")
    views = sandbox_frames(_host_sys._getframe(1))
    if depth < 0:
        depth = 0
    if depth >= len(views):
        raise ValueError("call stack is not deep enough")
    return views[depth]


def getframemodulename(depth: Any = 0) -> Any:
    """``sys._getframemodulename(depth)`` (3.12+): ``__name__`` of that frame's globals."""
    try:
        view = getframe(depth)
    except ValueError:
        return None
    name = view.f_globals.get("__name__")
    return name if type(name) is str else None
