"""Declared argument parsing for the runtime's own callables.

A builtin that takes ``*args, **kwargs`` declares its parameters once, as the text of
a Python parameter list, and unpacks every call with the result::

    _SORTED = Signature("sorted", "iterable, /, *, key=None, reverse=False", host=builtins.sorted)

    def _sorted(*args, **kwargs):
        iterable, key, reverse = _SORTED.unpack(args, kwargs)

Why this shape:

- Speed: the text is parsed at import time into a host function whose body only
  returns its parameters as a tuple, so a good call is bound by CPython's own C
  binding, with no Python-level counting of arguments.
- Exact messages: CPython words a bad call differently per calling convention (and
  per version: 3.11 and 3.14 differ).  With ``host=`` (the CPython callable the
  builtin stands for, e.g. ``builtins.sorted`` or ``[].sort``), a rejected call is
  replayed on it with inert placeholders of the same shape and its own ``TypeError``
  is raised: ``sorted expected 1 argument, got 0``.  Only shapes our binder rejects are
  replayed, so the host never runs with placeholders on a shape it accepts (declare
  ``host=`` only for callables with no effect when the shape is wrong).  Without
  ``host=`` (a native standing for a CPython function written in Python, like
  ``random.Random.randint``), the binder's own message is CPython's, with ``name`` as
  the qualified name: ``Random.randint() missing 1 required positional argument: 'b'``.
- Safety: the text comes from our source, never from sandboxed code, and is checked
  to be a plain parameter list whose defaults are constants or :data:`NOT_GIVEN`.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from typing import Any


class _NotGiven:
    """The default of a parameter whose absence the builtin tells apart from None."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "NOT_GIVEN"


#: Default for parameters that have no CPython default value (``next(it[, default])``):
#: written ``default=NOT_GIVEN`` in a signature's text, compared with ``is``.
NOT_GIVEN: Any = _NotGiven()


class _Placeholder:
    """An inert argument for the replay on the host callable (an empty iterable, so
    that builtins which iterate before checking keywords get to the keywords)."""

    __slots__ = ()

    def __iter__(self) -> Any:
        return iter(())


_PLACEHOLDER = _Placeholder()


def host_argument_error(
    host: Callable[..., Any], args: tuple | list, kwargs: dict | None
) -> TypeError | None:
    """The TypeError ``host`` raises for a call of this shape (None if it raises none)."""
    probe = (_PLACEHOLDER,) * len(args)
    # The names as exact strs: a str subclass's own __eq__/__hash__ never runs in host
    # argument parsing.
    names = {(str.__str__(key) if isinstance(key, str) else key): _PLACEHOLDER for key in kwargs or ()}
    try:
        host(*probe, **names)
    except TypeError as error:
        return TypeError(*error.args)
    except Exception:  # noqa: BLE001 - the shape passed; the placeholder's value was refused
        return None
    return None


def _compile_binder(name: str, text: str) -> tuple[Callable[..., tuple], tuple[str, ...]]:
    """The host function ``def name(<text>): return (<every parameter>,)``."""
    tree = ast.parse(f"def _binder({text}):\n    pass\n", mode="exec")
    fn = tree.body[0]
    assert isinstance(fn, ast.FunctionDef)
    spec = fn.args
    for default in [*spec.defaults, *(d for d in spec.kw_defaults if d is not None)]:
        plain = isinstance(default, ast.Constant) or (
            isinstance(default, ast.UnaryOp) and isinstance(default.operand, ast.Constant)
        )
        if not plain and not (isinstance(default, ast.Name) and default.id == "NOT_GIVEN"):
            raise ValueError(f"signature of {name}: default {ast.unparse(default)} is not a constant")
    params = [a.arg for a in (*spec.posonlyargs, *spec.args)]
    if spec.vararg:
        params.append(spec.vararg.arg)
    params.extend(a.arg for a in spec.kwonlyargs)
    if spec.kwarg:
        params.append(spec.kwarg.arg)
    fn.body = [ast.Return(ast.Tuple([ast.Name(p, ast.Load()) for p in params], ast.Load()))]
    ast.fix_missing_locations(tree)
    namespace: dict[str, Any] = {"__builtins__": {}, "NOT_GIVEN": NOT_GIVEN}
    exec(compile(tree, f"<signature of {name}>", "exec"), namespace)  # noqa: S102 - our own declared text
    binder = namespace["_binder"]
    binder.__name__ = name.rpartition(".")[2]
    binder.__qualname__ = name
    return binder, tuple(params)


class Signature:
    """A runtime callable's parameters, declared once and compiled into ``unpack``.

    ``unpack(args, kwargs)`` returns every parameter's value in declaration order
    (``*args`` as a tuple, ``**kwargs`` as a dict) or raises CPython's TypeError.  It is
    a closure held in a slot, not a method, so a call costs no method binding.
    """

    __slots__ = ("name", "text", "params", "host", "unpack")

    def __init__(self, name: str, text: str, *, host: Callable[..., Any] | None = None) -> None:
        self.name = name
        self.text = text
        self.host = host
        binder, self.params = _compile_binder(name, text)

        def unpack(args: tuple | list, kwargs: dict | None) -> tuple:
            try:
                if kwargs:
                    return binder(*args, **kwargs)
                return binder(*args)
            except TypeError as error:
                raise self.error(args, kwargs, error) from None

        self.unpack = unpack

    def __repr__(self) -> str:
        return f"Signature({self.name}({self.text}))"

    def error(self, args: tuple | list, kwargs: dict | None, own: TypeError) -> TypeError:
        """The TypeError for a rejected call: the host's own, else the binder's ``own``."""
        if self.host is not None:
            replayed = host_argument_error(self.host, args, kwargs)
            if replayed is not None:
                return replayed
        return TypeError(*own.args)
