"""The sandbox's ``sys`` module: the parts a program uses to talk to its console.

``sys.stdout`` and ``sys.stderr`` write to the streams the host set up for the run
(:attr:`interp.runtime.environment.Environment.write_out` / ``write_err``), counted
against the output limit; ``sys.stdin`` reads lines through the same host request as
``input()``.  ``exit``, ``maxsize``, ``version_info`` and the recursion limit behave
as in CPython (the recursion limit starts at 1000), except that ``setrecursionlimit``
cannot raise the depth above the ceiling the host configured (``Limits.max_depth``).  There is no ``path`` or anything
else that would reach the interpreter's machinery (``settrace`` only records its
function, and ``displayhook`` is what ``compile(..., "single")`` code calls); ``_getframe`` gives frame
views of sandbox code only (:mod:`.frame_views`).
"""

from __future__ import annotations

import io
import sys as _host_sys
from _thread import get_ident
from typing import Any

from ..compiler.interactive import displayhook
from ..runtime import environment, meter
from ..runtime.attributes import USER_CLASSES, load_attr
from ..runtime.control import HostError, InputRequest
from ..runtime.exceptions import SandboxStopIteration, exception_classes
from ..runtime.generators import END
from ..runtime.iteration import to_list
from ..runtime.modules import Module, make_module
from ..runtime.native import Builtin
from ..runtime.typenames import visible_type_name
from ..runtime.typetable import data, expose, method, register_type, table
from . import register
from .frame_views import getframe, getframemodulename


class TextStream:
    """``sys.stdout``, ``sys.stderr`` or ``sys.stdin`` of the sandbox."""

    __slots__ = ("name", "kind")

    def __init__(self, name: str, kind: str) -> None:
        self.name = name
        self.kind = kind  # "out", "err" or "in"

    def __repr__(self) -> str:
        mode = "r" if self.kind == "in" else "w"
        return f"<_io.TextIOWrapper name='{self.name}' mode='{mode}' encoding='utf-8'>"


TextStream.__name__ = TextStream.__qualname__ = "TextIOWrapper"
TextStream.__module__ = "_io"


def _writer(stream: TextStream) -> Any:
    env = environment.current
    return env.write_err if stream.kind == "err" else env.write_out


def _write(stream: TextStream, text: Any) -> int:
    if stream.kind == "in":
        raise OSError("not writable")
    if type(text) is not str and not isinstance(text, str):
        raise TypeError(f"write() argument must be str, not {visible_type_name(text)}")
    # Only the characters of a str subclass: its own __len__ or encode must not
    # answer the meter, nor its object reach the host's callbacks.
    text = str.__str__(text)
    meter.current.add_output(len(text) if text.isascii() else len(text.encode("utf-8", "surrogatepass")))
    _writer(stream)(text)
    return len(text)


def _writelines(stream: TextStream, lines: Any) -> Any:
    for line in (yield from to_list(lines)):
        _write(stream, line)


def _read_line(stream: TextStream, size: int = -1) -> Any:
    """``readline()`` (generator): one line with its newline, or '' at end of file."""
    if stream.kind != "in":
        raise OSError("not readable")
    answer = yield InputRequest("")
    if type(answer) is HostError:
        raise answer.exception
    if answer is None:
        return ""
    return str(answer) + "\n"


def _read_all(stream: TextStream, size: int = -1) -> Any:
    parts = []
    while True:
        line = yield from _read_line(stream)
        if not line:
            return "".join(parts)
        parts.append(line)


def _read_lines(stream: TextStream, hint: int = -1) -> Any:
    lines = []
    while True:
        line = yield from _read_line(stream)
        if not line:
            return lines
        lines.append(line)


def _next_line(stream: TextStream) -> Any:
    line = yield from _read_line(stream)
    if not line:
        raise SandboxStopIteration
    return line


def _step(stream: TextStream) -> Any:
    """``for line in sys.stdin``: the next line, or END (generator)."""
    line = yield from _read_line(stream)
    return line if line else END


def _register_stream_table() -> None:
    table(TextStream)
    method(TextStream, "write")(_write)
    method(TextStream, "writelines", suspends=True)(_writelines)
    method(TextStream, "flush")(lambda stream: None)
    method(TextStream, "isatty")(lambda stream: False)
    method(TextStream, "readable")(lambda stream: stream.kind == "in")
    method(TextStream, "writable")(lambda stream: stream.kind != "in")
    method(TextStream, "fileno")(_no_fileno)
    method(TextStream, "readline", suspends=True)(_read_line)
    method(TextStream, "read", suspends=True)(_read_all)
    method(TextStream, "readlines", suspends=True)(_read_lines)
    method(TextStream, "__iter__")(lambda stream: stream)
    method(TextStream, "__next__", suspends=True)(_next_line)
    method(TextStream, "__enter__")(lambda stream: stream)
    method(TextStream, "__exit__")(lambda stream, *exc: None)
    data(TextStream, "name")(lambda stream: stream.name)
    data(TextStream, "encoding")(lambda stream: "utf-8")
    data(TextStream, "errors")(lambda stream: "strict")
    data(TextStream, "closed")(lambda stream: False)
    data(TextStream, "mode")(lambda stream: "r" if stream.kind == "in" else "w")
    data(TextStream, "line_buffering")(lambda stream: stream.kind != "in")
    expose(TextStream, "__repr__")
    register_type(TextStream, name="TextIOWrapper", step=_step)


def _no_fileno(stream: TextStream) -> int:
    raise io.UnsupportedOperation("fileno")


_register_stream_table()


def _exit(*args: Any) -> None:
    if len(args) > 1:
        raise TypeError(f"exit expected at most 1 argument, got {len(args)}")
    raise SystemExit(*args)


def _getrecursionlimit() -> int:
    return meter.current.max_depth


def _setrecursionlimit(limit: Any) -> None:
    if not isinstance(limit, int):
        raise TypeError(f"'{visible_type_name(limit)}' object cannot be interpreted as an integer")
    if limit < 1:
        raise ValueError("recursion limit must be greater or equal than 1")
    m = meter.current
    if limit <= m.depth:
        raise RecursionError(
            f"cannot set the recursion limit to {limit} at the recursion depth {m.depth}: the limit is too low"
        )
    # The host's limit is a ceiling the program cannot lift.
    m.max_depth = min(int(limit), m.depth_ceiling)
    if m.thread is None or m.thread == get_ident():
        _host_sys.setrecursionlimit(max(meter.host_recursion_limit(m), _host_sys.getrecursionlimit()))


def _handled() -> BaseException | None:
    """The exception the sandbox is handling.  Sandbox ``except`` clauses are host
    ``except`` clauses, so it is the host's; only a sandbox exception is returned (the
    runtime never calls sandbox code while it handles one of its own)."""
    error = _host_sys.exception()
    if error is None or type(error) not in _SANDBOX_EXCEPTIONS and id(type(error)) not in USER_CLASSES:
        return None
    return error


def _exc_info() -> tuple:
    error = _handled()
    if error is None:
        return (None, None, None)
    return (type(error), error, load_attr(error, "__traceback__"))


_SANDBOX_EXCEPTIONS = frozenset(exception_classes().values())


class Flags:
    """``sys.flags``: the host CPython's command-line flags, as plain ints (warnings reads
    ``context_aware_warnings`` in 3.14, doctest ``optimize``)."""

    __slots__ = ("values",)

    def __init__(self, values: dict) -> None:
        self.values = values

    def __repr__(self) -> str:
        inner = ", ".join(f"{k}={self.values[k]!r}" for k in type(_host_sys.flags).__match_args__)
        return f"sys.flags({inner})"


# The named fields, then those a newer CPython adds outside the tuple part
# (3.14's context_aware_warnings, thread_inherit_context...).
_FLAG_NAMES = tuple(type(_host_sys.flags).__match_args__) + tuple(
    name
    for name in dir(_host_sys.flags)
    if not name.startswith(("_", "n_"))
    and name not in type(_host_sys.flags).__match_args__
    and type(getattr(_host_sys.flags, name)) in (int, bool)
)
table(Flags)
for _name in _FLAG_NAMES:
    data(Flags, _name)(lambda flags, _name=_name: flags.values[_name])
expose(Flags, "__repr__")
register_type(Flags, name="flags")


def _flags() -> Flags:
    values = {}
    for name in _FLAG_NAMES:
        value = getattr(_host_sys.flags, name)
        values[name] = value if type(value) in (int, bool) else int(value)
    return Flags(values)


def _trace_functions() -> tuple[Builtin, Builtin]:
    """``sys.gettrace`` and ``sys.settrace`` of one sandbox's ``sys``: doctest saves
    and restores the trace function.  The interpreter has no tracing and never calls
    the function given, so it is only kept (a cell per sandbox, not shared)."""
    kept: list = [None]

    def gettrace() -> Any:
        return kept[0]

    def settrace(function: Any) -> None:
        kept[0] = function

    return Builtin(gettrace, "gettrace"), Builtin(settrace, "settrace")


@register("sys")
def create() -> Module:
    version = _host_sys.version_info
    attributes: dict[str, Any] = {
        "stdout": TextStream("<stdout>", "out"),
        "stderr": TextStream("<stderr>", "err"),
        "stdin": TextStream("<stdin>", "in"),
        "argv": [""],
        "exit": Builtin(_exit, "exit"),
        "exc_info": Builtin(_exc_info, "exc_info"),
        "exception": Builtin(_handled, "exception"),
        # str in, the same str out (namedtuple interns its names): plain data only.
        "intern": Builtin(_host_sys.intern, "intern"),
        "getrecursionlimit": Builtin(_getrecursionlimit, "getrecursionlimit"),
        "setrecursionlimit": Builtin(_setrecursionlimit, "setrecursionlimit"),
        "maxsize": _host_sys.maxsize,
        "maxunicode": _host_sys.maxunicode,
        "byteorder": _host_sys.byteorder,
        "version_info": tuple(version),
        "version": _host_sys.version.split()[0],
        "hexversion": _host_sys.hexversion,
        # fractions (and statistics through it) read the numeric hash's parameters: plain
        # ints and a str, held by a module object for the attribute access.
        "hash_info": make_module(
            "sys.hash_info",
            {
                k: getattr(_host_sys.hash_info, k)
                for k in ("width", "modulus", "inf", "nan", "imag", "algorithm")
            },
        ),
        # statistics reads float_info.mant_dig: plain numbers, the same way.
        "float_info": make_module(
            "sys.float_info",
            {k: getattr(_host_sys.float_info, k) for k in _host_sys.float_info.__match_args__},
        ),
        "platform": "interp",
        "dont_write_bytecode": True,
        "warnoptions": [],
        "flags": _flags(),
        # gettext (argparse, unittest.main) builds its default locale directory from
        # these; a neutral path, not the host's installation.
        "prefix": "/interp",
        "base_prefix": "/interp",
        "exec_prefix": "/interp",
        "base_exec_prefix": "/interp",
        # Views of the sandbox's own frames (frame_views.py), for typing, enum, warnings.
        "_getframe": Builtin(getframe, "_getframe"),
        # compile(..., "single") statements call displayhook (doctest restores it from
        # __displayhook__); settrace only records its function (doctest saves it).
        "displayhook": displayhook,
        "__displayhook__": displayhook,
    }
    attributes["gettrace"], attributes["settrace"] = _trace_functions()
    if version >= (3, 12):
        attributes["_getframemodulename"] = Builtin(getframemodulename, "_getframemodulename")
    attributes["__stdout__"] = attributes["stdout"]
    attributes["__stderr__"] = attributes["stderr"]
    attributes["__stdin__"] = attributes["stdin"]
    module = make_module("sys", attributes, doc="Console streams and interpreter limits of the sandbox.")
    # print() and the traceback printer read sys.stdout/sys.stderr here at each use; the
    # default streams keep print's direct path to the host's callbacks.
    env = environment.current
    env.sys_namespace = module.__dict__
    env.console_out = attributes["stdout"]
    env.console_err = attributes["stderr"]
    return module
