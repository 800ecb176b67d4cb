"""Which expressions CPython treats as constants at compile time, where that shows.

Constant folding is invisible except in one place a program can print: the order
of a set. CPython builds a set display of three or more constant items from a
frozenset constant (``BUILD_SET`` + ``SET_UPDATE``), and iterates a constant set
display in a ``for`` or a comprehension as that frozenset itself. Both orders can
differ from inserting the items one by one, so ``print({1, 2, 3, 100, 200, 300, 17})``
shows ``{1, 2, 3, 100, 17, 200, 300}``. Building the same frozenset the same way on the
host gives the same order, since the host's set is CPython's.

Only what every supported CPython folds counts here: literals, a sign or ``~`` in front
of a number, and tuples of constants.
"""

from __future__ import annotations

import sys
from typing import Any

from ..syntax import nodes as n

_NO_VALUE = object()
_UNARY = {"USub": lambda v: -v, "UAdd": lambda v: +v, "Invert": lambda v: ~v}
#: Smallest set display that CPython builds from a frozenset constant.
SET_DISPLAY_MINIMUM = 3


def _value(node: Any) -> Any:
    """The constant value of ``node``, or ``_NO_VALUE``."""
    if isinstance(node, n.Constant):
        return node.value
    if isinstance(node, n.UnaryOp) and node.op in _UNARY:
        operand = _value(node.operand)
        # ~True is deprecated on 3.12+ and not folded with its warning; leave bools alone.
        if type(operand) in (int, float, complex):
            try:
                return _UNARY[node.op](operand)
            except TypeError:  # ``~1.5``: not folded; the program raises it when it runs
                return _NO_VALUE
        return _NO_VALUE
    if isinstance(node, n.Tuple):
        items = [_value(e) for e in node.elts]
        if any(item is _NO_VALUE for item in items):
            return _NO_VALUE
        return tuple(items)
    return _NO_VALUE


def constant_set(elts: list, minimum: int = 1) -> frozenset | None:
    """The frozenset CPython folds a set display of ``elts`` into, or None.

    ``minimum`` is the fewest items folded: 1 for a set iterated by ``for``, and
    :data:`SET_DISPLAY_MINIMUM` for a set display built as a value.
    """
    if len(elts) < minimum:
        return None
    values = [_value(e) for e in elts]
    if any(v is _NO_VALUE for v in values):
        return None
    folded = frozenset(values)
    if sys.version_info < (3, 14):
        # Before 3.14, CPython's constant cache rebuilt a frozenset from the tuple of its
        # items (in their set order) when it merged equal constants, which can reorder
        # them again; measured against 3.11, 3.13 and Pyodide's 3.14.
        folded = frozenset(tuple(folded))
    return folded
