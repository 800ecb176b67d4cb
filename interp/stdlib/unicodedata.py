"""The sandbox's ``unicodedata``: the host's Unicode database, plain str in and out.

Each function of CPython's module takes a character or a str (and a default value,
handed back as it is) and answers from tables, so each is the host's own function
with its exact answers, messages and Unicode version (``unidata_version``: each
CPython is the oracle for its own runs, 14.0.0 on 3.11, 16.0.0 on 3.14).  Arguments are
made plain first (:mod:`._plain`): a str subclass reaches the host as its exact str,
anything else as an inert stand-in that the host refuses with CPython's message naming
the sandbox's type.  A user ``default`` is never given to the host: it is returned by
this module when the host says the character has no such property.

``normalize`` may lengthen its input (NFKD of U+FDFA is 18 characters): the result's
largest possible size is checked against the memory budget first, and its work is
charged to the meter.  ``ucd_3_2_0`` (the Unicode 3.2 database that the IDNA codec
needs) is absent, as is the codec itself.
"""

from __future__ import annotations

import unicodedata as _host
from typing import Any

from ..runtime import meter
from ..runtime.modules import Module, make_module
from ..runtime.native import Builtin
from ..runtime.signatures import NOT_GIVEN, Signature
from . import register
from ._plain import charge, plain, plain_args

#: Characters a normalization can make of one character at most.
_GROWTH = 18

#: Functions of one character.
_PROPERTIES = ("category", "bidirectional", "combining", "east_asian_width", "mirrored", "decomposition")
#: Functions of one character and an optional default.
_WITH_DEFAULT = ("name", "decimal", "digit", "numeric")


def _property(name: str) -> Builtin:
    host = getattr(_host, name)
    sig = Signature(name, "chr, /", host=host)

    def fn(*args: Any, **kwargs: Any) -> Any:
        (ch,) = sig.unpack(args, kwargs)
        return host(plain(ch))

    return Builtin(fn, name)


def _with_default(name: str) -> Builtin:
    host = getattr(_host, name)
    sig = Signature(name, "chr, default=NOT_GIVEN, /", host=host)

    def fn(*args: Any, **kwargs: Any) -> Any:
        ch, default = sig.unpack(args, kwargs)
        if default is NOT_GIVEN:
            return host(plain(ch))
        # The host is asked without the default: a missing property raises there,
        # and the sandbox's default comes back without the host ever holding it.
        try:
            return host(plain(ch))
        except ValueError:
            return default

    return Builtin(fn, name)


_LOOKUP = Signature("lookup", "name, /", host=_host.lookup)


def _lookup(*args: Any, **kwargs: Any) -> str:
    (name,) = _LOOKUP.unpack(args, kwargs)
    return _host.lookup(plain(name))


def _normalizer(name: str) -> Builtin:
    host = getattr(_host, name)
    sig = Signature(name, "form, unistr, /", host=host)

    def fn(*args: Any, **kwargs: Any) -> Any:
        form, text = plain_args(sig.unpack(args, kwargs), None)[0]
        if type(text) is str:
            if name == "normalize":
                meter.cap(len(text) * _GROWTH)
            yield from charge(len(text))
        return host(form, text)

    return Builtin(fn, name, suspends=True)


@register("unicodedata")
def create() -> Module:
    """A fresh ``unicodedata`` for one sandbox."""
    attributes: dict[str, Any] = {name: _property(name) for name in _PROPERTIES}
    attributes.update((name, _with_default(name)) for name in _WITH_DEFAULT)
    attributes["lookup"] = Builtin(_lookup, "lookup")
    attributes["normalize"] = _normalizer("normalize")
    attributes["is_normalized"] = _normalizer("is_normalized")
    attributes["unidata_version"] = _host.unidata_version
    return make_module("unicodedata", dict(sorted(attributes.items())), doc=_host.__doc__)
