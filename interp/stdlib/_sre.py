"""The sandbox's ``_sre``: the native half of CPython's ``re`` package.

CPython's ``re`` parses and compiles patterns in Python and hands the opcode list
to ``_sre.compile``; this module answers with our engine (:mod:`.sre`), metered and
time-sliced, so the sandbox can run CPython's own ``re`` unchanged.  Its surface is
the running host's: ``MAGIC`` and the opcode numbers come from the host's
``re._constants``, and ``template`` exists where the host has it (3.12+).

Registered as a native helper: the sandbox's ``import _sre`` comes here.
"""

from __future__ import annotations

import sys
from re import _constants as _host_constants
from typing import Any

from ..runtime.modules import Module, make_module
from ..runtime.native import Builtin
from ..runtime.signatures import Signature
from . import register
from .sre import casing, objects, tables  # noqa: F401 - tables fills the allow-lists

_COMPILE = Signature("compile", "pattern, flags, code, groups, groupindex, indexgroup")
_TEMPLATE = Signature("template", "pattern, template, /")


def _compile(*args: Any, **kwargs: Any) -> objects.Pattern:
    return objects.compile(*_COMPILE.unpack(args, kwargs))


def _template(*args: Any, **kwargs: Any) -> objects.Template:
    return objects.template(*_TEMPLATE.unpack(args, kwargs))


def _code_point(args: tuple, kwargs: dict, name: str) -> int:
    (character,) = Signature(name, "character, /").unpack(args, kwargs)
    if not isinstance(character, int):
        raise TypeError("an integer is required")
    return int(character)


def _case_function(name: str, fn: Any) -> Builtin:
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        return fn(_code_point(args, kwargs, name))

    return Builtin(wrapped, name, qualname=name)


@register("_sre")
def create() -> Module:
    """A fresh ``_sre`` module for one sandbox."""
    attributes: dict[str, Any] = {
        "MAGIC": _host_constants.MAGIC,
        "CODESIZE": objects.CODESIZE,
        "MAXREPEAT": int(_host_constants.MAXREPEAT),
        "MAXGROUPS": objects.MAXGROUPS,
        "compile": Builtin(_compile, "compile"),
        "getcodesize": Builtin(lambda: objects.getcodesize(), "getcodesize"),
        "ascii_iscased": _case_function("ascii_iscased", casing.ascii_iscased),
        "unicode_iscased": _case_function("unicode_iscased", casing.unicode_iscased),
        "ascii_tolower": _case_function("ascii_tolower", casing.ascii_lower),
        "unicode_tolower": _case_function("unicode_tolower", casing.unicode_lower),
        "copyright": " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ",
    }
    if sys.version_info >= (3, 12):
        attributes["template"] = Builtin(_template, "template")
    return make_module("_sre", dict(sorted(attributes.items())))
