"""``compile(source, filename, "single")``: the interactive mode doctest runs examples in.

CPython compiles an interactive statement so that every expression statement outside a
function or class body hands its value to ``sys.displayhook`` (its ``PRINT_EXPR``): the
hook prints the ``repr`` and keeps the value as ``builtins._``.  ``for i in range(3): i``
therefore shows three values.  Here the parsed tree is rewritten before it is compiled:
each such statement's expression becomes a call of :data:`PRINT_EXPR`, a Builtin held
as the constant of the call (the program cannot name it, and it holds no host object
the program could reach), which looks ``displayhook`` up in the sandbox's own ``sys``
at each use, as CPython does.

:func:`displayhook` is also ``sys.displayhook`` and ``sys.__displayhook__``.
"""

from __future__ import annotations

from typing import Any

from ..runtime import environment, meter
from ..runtime.builtins import _make_print
from ..runtime.calls import call
from ..runtime.native import Builtin
from ..syntax import nodes as n
from ..syntax.errors import make as make_syntax_error
from . import hooks

#: Bodies that an interactive statement does not display from.
_SCOPES = (n.FunctionDef, n.AsyncFunctionDef, n.ClassDef)


def _write_out(text: str) -> None:
    environment.current.write_out(text)


#: The runtime's print, writing where the run's ``print`` writes (``sys.stdout`` as
#: found at each call): the program's own ``print`` may be shadowed or replaced.
_PRINT = _make_print(_write_out)

_MISSING = object()


def _displayhook(value: Any) -> Any:
    """``sys.displayhook(value)`` (generator): print ``repr(value)`` to ``sys.stdout``
    and keep the value as ``builtins._``; None prints nothing, as in CPython."""
    if value is None:
        return None
    builtins = hooks.current_builtins
    # CPython clears ``_`` first: a repr that reads ``_`` does not see the old value.
    builtins["_"] = None
    text = repr(value)
    yield from call(_PRINT, (text,), None)
    builtins["_"] = value
    return None


displayhook = Builtin(_displayhook, "displayhook", suspends=True)


def _print_expr(value: Any) -> Any:
    """What an interactive expression statement runs (generator): the current
    ``sys.displayhook``, looked up in the sandbox's own ``sys`` at each use."""
    namespace = environment.current.sys_namespace
    hook = displayhook if namespace is None else namespace.get("displayhook", _MISSING)
    if hook is _MISSING:
        raise RuntimeError("lost sys.displayhook")
    yield from call(hook, (value,), None)
    return None


PRINT_EXPR = Builtin(_print_expr, "displayhook", suspends=True)


def make_interactive(tree: n.Module, source: str, filename: str) -> n.Module:
    """Rewrite a freshly parsed module for ``"single"`` mode (in place; returns it).

    One interactive statement only, as CPython requires: simple statements joined by
    ``;`` on the first line count as one."""
    body = tree.body
    if body:
        first = body[0]
        for stmt in body[1:]:
            if stmt.lineno != first.lineno:
                # CPython points just past the end of the first statement.
                raise make_syntax_error(
                    "multiple statements found while compiling a single statement",
                    source,
                    filename,
                    first.end_lineno,
                    first.end_col_offset,
                    first.end_lineno,
                    first.end_col_offset,
                )
    _rewrite(body)
    if filename.startswith("<doctest ") and filename.endswith("]>"):
        _keep_example_source(filename, source)
    return tree


def _keep_example_source(filename: str, source: str) -> None:
    """Keep a doctest example's lines for the traceback formatter.

    Doctest compiles each example as ``<doctest NAME[N]>`` and, while it runs them,
    patches ``linecache.getlines`` so that CPython's traceback shows the example's line
    under its ``File`` line.  The sandbox's formatter reads the sandbox's own store of
    source lines (it never calls sandbox code), so the example's lines go there: plain
    strings the program already holds, charged to its memory budget."""
    sources = environment.current.sources
    if filename not in sources:
        meter.current.check_allocation(len(source) + 64)
        sources[filename] = source.splitlines()


def _rewrite(statements: list) -> None:
    for stmt in statements:
        if isinstance(stmt, _SCOPES):
            continue
        if type(stmt) is n.Expr:
            value = stmt.value
            hook = n.Constant(PRINT_EXPR, None).copy_location(value)
            stmt.value = n.Call(hook, [value], []).copy_location(value)
            continue
        for _name, field in stmt.iter_fields():
            if type(field) is list:
                for item in field:
                    if isinstance(item, n.stmt):
                        _rewrite([item])
                    elif isinstance(item, (n.ExceptHandler, n.match_case)):
                        _rewrite(item.body)
