"""The sandbox's ``_json``: the string scanning and escaping halves of CPython's C
accelerator, for CPython's own ``json`` package running in the sandbox.

``scanstring``, ``encode_basestring`` and ``encode_basestring_ascii`` take a str and
return plain data, cost time bounded by the input's length and never call back into
sandbox objects, so the host's C functions do the work: that is the inner loop of
``json.loads``/``dumps``, and it gives CPython's exact messages for bad strings.
``make_scanner`` and ``make_encoder`` call object hooks, ``default`` and user
``__float__``/``__str__`` of subclasses, so they are absent and ``json`` uses its
Python scanner and encoder (their ``ImportError`` is the documented fallback).

The host's scanner raises the host's ``JSONDecodeError``; it is turned into the
sandbox's own class (from this sandbox's ``json.decoder``), never handed over.
"""

from __future__ import annotations

import _json as _host_json
import json.decoder as _host_decoder  # the C scanner raises this module's class
from typing import Any

from ..runtime import imports
from ..runtime.attributes import load_attr
from ..runtime.calls import call
from ..runtime.modules import Module, make_module
from ..runtime.native import Builtin
from ..runtime.nested import run_nested
from ..runtime.signatures import Signature
from ..runtime.typenames import visible_type_name
from . import register

_SCAN = Signature("scanstring", "string, end, strict=True, /")
_ENCODE = Signature("encode_basestring", "s, /")
_ENCODE_ASCII = Signature("encode_basestring_ascii", "s, /")


def _exact_str(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{what} must be str, not {visible_type_name(value)}")
    return str.__str__(value)


def _sandbox_decode_error(error: Any) -> BaseException:
    """The sandbox's ``json.JSONDecodeError`` for the host's ``error``."""
    module = run_nested(imports.current_loader("json.decoder"))
    cls = load_attr(module, "JSONDecodeError")
    return run_nested(call(cls, (error.msg, error.doc, error.pos), None))


def _scanstring(*args: Any, **kwargs: Any) -> tuple:
    string, end, strict = _SCAN.unpack(args, kwargs)
    text = _exact_str(string, "first argument")
    if not isinstance(end, int):
        raise TypeError(f"'{visible_type_name(end)}' object cannot be interpreted as an integer")
    try:
        return _host_json.scanstring(text, int(end), bool(strict))
    except _host_decoder.JSONDecodeError as error:
        failure = error
    # Raised outside the except block: inside, the host's error would be its __context__.
    raise _sandbox_decode_error(failure)


def _encode_basestring(*args: Any, **kwargs: Any) -> str:
    (s,) = _ENCODE.unpack(args, kwargs)
    return _host_json.encode_basestring(_exact_str(s, "first argument"))


def _encode_basestring_ascii(*args: Any, **kwargs: Any) -> str:
    (s,) = _ENCODE_ASCII.unpack(args, kwargs)
    return _host_json.encode_basestring_ascii(_exact_str(s, "first argument"))


@register("_json")
def create() -> Module:
    """A fresh ``_json`` module for one sandbox."""
    return make_module(
        "_json",
        {
            "scanstring": Builtin(_scanstring, "scanstring"),
            "encode_basestring": Builtin(_encode_basestring, "encode_basestring"),
            "encode_basestring_ascii": Builtin(_encode_basestring_ascii, "encode_basestring_ascii"),
        },
    )
