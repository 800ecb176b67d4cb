"""The sandbox's ``_string``: the format-string parser that ``string.Formatter`` uses.

A native helper: both functions take a str and return plain data (tuples of str, int
and None), their cost bounded by the length of the input, and never call back into
sandbox objects, so the host's own ``_string`` does the parsing.  Its results are
lazy host iterators; they are turned into lists here so that no host iterator type
reaches the sandbox.  The host parses lazily, and so does CPython's ``Formatter``:
a bad field later in the string fails only once the fields before it were looked up.
:class:`PartsIterator` keeps that order: the items the host produced before its error,
then the error.
"""

from __future__ import annotations

import _string as _host_string
from typing import Any

from ..runtime.exceptions import SandboxStopIteration
from ..runtime.generators import END
from ..runtime.modules import Module, make_module
from ..runtime.native import Builtin
from ..runtime.signatures import Signature
from ..runtime.typenames import visible_type_name
from ..runtime.typetable import method, register_type
from . import register

_PARSER = Signature("formatter_parser", "format_string, /")
_SPLIT = Signature("formatter_field_name_split", "field_name, /")


def _text(value: Any, name: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{name}() argument must be str, not {visible_type_name(value)}")
    return str.__str__(value)


class PartsIterator:
    """The parts the host parsed (plain tuples), then the error that stopped it."""

    __slots__ = ("items", "error", "position")

    def __init__(self, host_iterator: Any) -> None:
        self.items: list = []
        self.error: BaseException | None = None
        self.position = 0
        try:
            for item in host_iterator:
                self.items.append(item)
        except ValueError as error:
            self.error = ValueError(*error.args)


PartsIterator.__name__ = PartsIterator.__qualname__ = "formatteriterator"


def _advance(parts: PartsIterator) -> Any:
    if parts.position < len(parts.items):
        parts.position += 1
        return parts.items[parts.position - 1]
    error, parts.error = parts.error, None
    if error is not None:
        raise error
    return END


def _step(parts: PartsIterator) -> Any:
    """One part, or END (generator, as the runtime's iterator steps are)."""
    return _advance(parts)
    yield  # pragma: no cover - makes this a generator function


def _next(parts: PartsIterator) -> Any:
    value = _advance(parts)
    if value is END:
        raise SandboxStopIteration
    return value


register_type(PartsIterator, name="formatteriterator", step=_step)
method(PartsIterator, "__iter__")(lambda parts: parts)
method(PartsIterator, "__next__")(_next)


def _formatter_parser(*args: Any, **kwargs: Any) -> Any:
    (text,) = _PARSER.unpack(args, kwargs)
    return PartsIterator(_host_string.formatter_parser(_text(text, "formatter_parser")))


def _formatter_field_name_split(*args: Any, **kwargs: Any) -> tuple:
    (text,) = _SPLIT.unpack(args, kwargs)
    first, rest = _host_string.formatter_field_name_split(_text(text, "formatter_field_name_split"))
    return first, PartsIterator(rest)


@register("_string")
def create() -> Module:
    """A fresh ``_string`` module for one sandbox."""
    return make_module(
        "_string",
        {
            "formatter_parser": Builtin(_formatter_parser, "formatter_parser"),
            "formatter_field_name_split": Builtin(_formatter_field_name_split, "formatter_field_name_split"),
        },
        doc="string helper module",
    )
