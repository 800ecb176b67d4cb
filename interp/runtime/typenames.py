"""The type names sandboxed code sees for runtime objects.

Runtime classes have host names (``Function``, ``BoundBuiltin``); messages and
``type(x).__name__`` must show CPython's (``function``, ``builtin_function_or_method``).
"""

from __future__ import annotations

from typing import Any

from .typetable import VISIBLE_NAMES


def visible_type_name(obj: Any) -> str:
    t = type(obj)
    name = VISIBLE_NAMES.get(t)
    if name is not None:
        return name
    return t.__name__


def class_name(t: type) -> str:
    return VISIBLE_NAMES.get(t, t.__name__)
