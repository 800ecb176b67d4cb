"""The sandbox's ``traceback``: CPython's API over the interpreter's one formatter.

CPython's ``traceback.py`` rebuilds the printout from frames, code objects and their
position tables (``co_positions``), which the sandbox does not have; the interpreter
already prints tracebacks as CPython does (:mod:`interp.runtime.tracebacks`, the text
of an uncaught exception).  So the module is ours: the API in Python
(``lib/traceback.py``) over two native functions that hand a sandbox exception to that
formatter and return its text, a plain ``str``.
"""

from __future__ import annotations

from typing import Any

from ..runtime import environment, tracebacks
from ..runtime.core_types import Traceback
from ..runtime.modules import Module
from ..runtime.native import Builtin
from ..runtime.typenames import visible_type_name
from ..runtime.typetable import TABLES, data
from . import register
from ._source import source_module
from .frame_views import CodeView, FrameView


def _exception(value: Any) -> BaseException:
    # Sandbox exceptions are instances of host exception classes (or of the program's
    # subclasses of them); anything else is refused before the formatter sees it.
    if not isinstance(value, BaseException):
        raise TypeError(f"expected an exception, not {visible_type_name(value)}")
    return value


def _format(value: Any) -> str:
    """The whole printout of ``value``: its chain, tracebacks and ``Type: message``."""
    error = _exception(value)
    formatter = environment.current.format_exception
    text = formatter(error) if formatter is not None else tracebacks.format_exception(error, {})
    return str.__str__(text)


def _format_levels(value: Any, levels: Any) -> str:
    """Like _format, with ``value``'s own traceback cut to ``levels``, a run of its
    recorded levels given as (file, line, function) tuples: the traceback a
    TracebackException was given (unittest drops its own levels off a failure's)."""
    error = _exception(value)
    state = tracebacks.instance_dict(error)
    saved = state.get(tracebacks.ENTRIES)
    if type(levels) is not list or type(saved) is not list or len(levels) > len(saved):
        return _format(error)
    want = [level for level in levels if type(level) is tuple and len(level) == 3 and level[0] != "<frame>"]
    outer_first = saved[::-1]
    keys = [entry[:3] for entry in outer_first]
    size = len(want)
    for start in range(len(keys) - size + 1):
        if keys[start : start + size] == want:
            state[tracebacks.ENTRIES] = outer_first[start : start + size][::-1]
            try:
                return _format(error)
            finally:
                state[tracebacks.ENTRIES] = saved
    return _format(error)


def _format_only(value: Any) -> str:
    """``Type: message`` and the notes of ``value``, as the last line of a traceback."""
    return str.__str__(tracebacks.format_exception_only(_exception(value)))


def _frame_of(tb: Traceback) -> Any:
    """``tb.tb_frame``: a frame view of one traceback level (unittest reads
    ``tb_frame.f_globals`` to skip its own levels).  The level records its file, line
    and function name only, so the globals are those of the sandbox module loaded from
    that file (a standard module's ``<stdlib>/...`` path), else the program's own; the
    view holds sandbox values only, and no locals."""
    namespace = environment.current.sys_namespace
    modules = namespace.get("modules") if namespace is not None else None
    found: dict = {}
    if type(modules) is dict:
        main = modules.get("__main__")
        for module in list(modules.values()):
            if type(module) is Module and module.__dict__.get("__file__") == tb.filename:
                found = module.__dict__
                break
        else:
            if type(main) is Module and not str(tb.filename).startswith("<stdlib>/"):
                found = main.__dict__
    lineno = tb.tb_lineno if type(tb.tb_lineno) is int else 0
    code = CodeView(tb.name, tb.name, tb.filename, lineno, None)
    return FrameView(found, dict, code, lineno)


if "tb_frame" not in TABLES.get(Traceback, {}):
    data(Traceback, "tb_frame")(_frame_of)


@register("traceback")
def create() -> Module:
    return source_module(
        "traceback",
        {
            "_format": Builtin(_format, "_format"),
            "_format_only": Builtin(_format_only, "_format_only"),
            "_format_levels": Builtin(_format_levels, "_format_levels"),
        },
    )
