"""What sandboxed code may reach on ``Pattern``, ``Match``, ``Scanner`` and the
``finditer`` iterator: their allow-list tables, declared in this one place.

Everything that runs the engine or calls back into sandbox code is registered with
``suspends=True`` (a generator): a long match then yields time slices like a loop,
and a ``sub`` callback may pause the program.
"""

from __future__ import annotations

from typing import Any

from ...runtime.exceptions import SandboxStopIteration
from ...runtime.generators import END
from ...runtime.typetable import DataAttr, method, register_type
from . import objects
from .objects import Match, MatchIterator, Pattern, Scanner, Template

_PATTERN_METHODS = {
    "match": (objects.pattern_match, True),
    "fullmatch": (objects.pattern_fullmatch, True),
    "search": (objects.pattern_search, True),
    "findall": (objects.pattern_findall, True),
    "finditer": (objects.pattern_finditer, False),
    "scanner": (objects.pattern_scanner, False),
    "split": (objects.pattern_split, True),
    "sub": (objects.pattern_sub, True),
    "subn": (objects.pattern_subn, True),
    "__repr__": (Pattern.__repr__, False),
    "__eq__": (Pattern.__eq__, False),
    "__ne__": (Pattern.__ne__, False),
    "__hash__": (Pattern.__hash__, False),
    "__copy__": (Pattern.__copy__, False),
    "__deepcopy__": (Pattern.__deepcopy__, False),
}

_MATCH_METHODS = {
    "group": (Match.group, False),
    "__getitem__": (Match.__getitem__, False),
    "groups": (objects.match_groups, False),
    "groupdict": (objects.match_groupdict, False),
    "start": (objects.match_start, False),
    "end": (objects.match_end, False),
    "span": (objects.match_span, False),
    "expand": (objects.match_expand, True),
    "__repr__": (Match.__repr__, False),
    "__copy__": (Match.__copy__, False),
    "__deepcopy__": (Match.__deepcopy__, False),
}


def _iterator_self(it: MatchIterator) -> MatchIterator:
    return it


def _iterator_next(it: MatchIterator) -> Any:
    item = yield from objects.match_iterator_next(it)
    if item is END:
        raise SandboxStopIteration
    return item


# The host names are CPython's tp_name, so that messages the host writes itself
# read as CPython's; sandboxed code sees the short name as ``__name__``.
_NAMES = (
    (Pattern, "re", "Pattern"),
    (Match, "re", "Match"),
    (Scanner, "_sre", "SRE_Scanner"),
    (Template, "_sre", "SRE_Template"),
)


def register() -> None:
    """Fill the tables (once, at import of this module)."""
    for cls, module, name in _NAMES:
        cls.__name__ = f"{module}.{name}"
        cls.__qualname__ = name
        cls.__module__ = module
    entries = register_type(Pattern, name="Pattern")
    for name, (fn, suspends) in _PATTERN_METHODS.items():
        method(Pattern, name, suspends=suspends)(fn)
    entries["pattern"] = DataAttr(lambda p: p.pattern)
    entries["flags"] = DataAttr(lambda p: p.flags)
    entries["groups"] = DataAttr(lambda p: p.groups)
    entries["groupindex"] = DataAttr(lambda p: p.groupindex)

    entries = register_type(Match, name="Match")
    for name, (fn, suspends) in _MATCH_METHODS.items():
        method(Match, name, suspends=suspends)(fn)
    for name in ("string", "re", "pos", "endpos", "regs", "lastindex", "lastgroup"):
        entries[name] = DataAttr(_reader(name))

    entries = register_type(Scanner, name="SRE_Scanner")
    method(Scanner, "match", suspends=True)(objects.scanner_match)
    method(Scanner, "search", suspends=True)(objects.scanner_search)
    entries["pattern"] = DataAttr(lambda s: s.pattern)

    register_type(MatchIterator, name="callable_iterator", step=objects.match_iterator_next)
    method(MatchIterator, "__iter__")(_iterator_self)
    method(MatchIterator, "__next__", suspends=True)(_iterator_next)

    register_type(Template, name="SRE_Template")


def _reader(name: str) -> Any:
    def read(obj: Any) -> Any:
        return getattr(obj, name)

    return read


register()
