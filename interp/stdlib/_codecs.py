"""The sandbox's ``_codecs``: the native half of CPython's ``codecs.py``.

Only the text encodings are here, through the host's ``str.encode`` and
``bytes.decode`` on exact str and bytes: plain data in and out, a cost bounded by the
input's size, and no call back into sandbox objects.  Those two refuse the
bytes-to-bytes codecs (``zlib``, ``base64``...), whose output is not bounded by their
input.  ``lookup_error`` gives the built-in error handlers, which take and return plain
values.

The codec registry (``register``, ``lookup``, ``unregister``) is the sandbox's own, one
per sandbox: it holds sandbox search functions (CPython's ``encodings`` package registers
one when ``locale`` imports it) and calls them as any builtin calls back into sandbox
code, suspending, so the search runs under the program's meter.  What it hands out is
whatever those functions built (the sandbox's ``codecs.CodecInfo``), never a host codec.
"""

from __future__ import annotations

import codecs as _host_codecs
from typing import Any

from ..runtime import imports, meter
from ..runtime.builtins import _callable
from ..runtime.calls import call
from ..runtime.modules import Module, make_module
from ..runtime.native import Builtin
from ..runtime.signatures import Signature
from ..runtime.strings import ERROR_HANDLERS
from ..runtime.typenames import visible_type_name
from . import register

_ENCODE = Signature("encode", "obj, encoding='utf-8', errors='strict'")
_DECODE = Signature("decode", "obj, encoding='utf-8', errors='strict'")


def _checked(encoding: Any, errors: Any) -> tuple[str, str]:
    for value in (encoding, errors):
        if not isinstance(value, str):
            raise TypeError(f"argument must be str, not {visible_type_name(value)}")
    if errors not in ERROR_HANDLERS:
        raise LookupError(f"unknown error handler name '{errors}'")
    return str.__str__(encoding), str.__str__(errors)


def _encode_text(text: Any, encoding: str, errors: str) -> bytes:
    if not isinstance(text, str):
        raise TypeError(f"utf_8_encode() argument 1 must be str, not {visible_type_name(text)}")
    # Up to ten bytes per character (a character reference): refused before the host
    # builds a result over the memory budget.
    meter.current.check_allocation(len(text) * (10 if errors != "strict" else 4))
    return str.encode(str.__str__(text), encoding, errors)


def _decode_bytes(data: Any, encoding: str, errors: str) -> str:
    if not isinstance(data, (bytes, bytearray)):
        raise TypeError(f"a bytes-like object is required, not '{visible_type_name(data)}'")
    return bytes(data).decode(encoding, errors)


def _encode(*args: Any, **kwargs: Any) -> bytes:
    obj, encoding, errors = _ENCODE.unpack(args, kwargs)
    encoding, errors = _checked(encoding, errors)
    return _encode_text(obj, encoding, errors)


def _decode(*args: Any, **kwargs: Any) -> str:
    obj, encoding, errors = _DECODE.unpack(args, kwargs)
    encoding, errors = _checked(encoding, errors)
    return _decode_bytes(obj, encoding, errors)


def _codec_pair(encoding: str) -> dict[str, Builtin]:
    """``<name>_encode``/``<name>_decode``: (result, length consumed), as CPython's."""
    short = encoding.replace("-", "_")
    encode_sig = Signature(f"{short}_encode", "str, errors=None, /")
    decode_sig = Signature(f"{short}_decode", "data, errors=None, final=False, /")

    def encode(*args: Any, **kwargs: Any) -> tuple:
        text, errors = encode_sig.unpack(args, kwargs)
        _, errors = _checked(encoding, "strict" if errors is None else errors)
        return _encode_text(text, encoding, errors), len(text)

    def decode(*args: Any, **kwargs: Any) -> tuple:
        data, errors, final = decode_sig.unpack(args, kwargs)
        _, errors = _checked(encoding, "strict" if errors is None else errors)
        if not final and isinstance(data, (bytes, bytearray)) and encoding not in ("ascii", "latin-1"):
            # An incremental decoder's piece: a sequence cut at its end waits for the
            # next piece instead of failing (the host's decoder, on plain bytes).
            host = _host_codecs.getincrementaldecoder(encoding)(errors)
            text = host.decode(bytes(data), False)
            return text, len(data) - len(host.getstate()[0])
        return _decode_bytes(data, encoding, errors), len(data)

    return {
        f"{short}_encode": Builtin(encode, f"{short}_encode"),
        f"{short}_decode": Builtin(decode, f"{short}_decode"),
    }


_LOOKUP_ERROR = Signature("lookup_error", "name, /")


def _lookup_error(*args: Any, **kwargs: Any) -> Builtin:
    """The built-in error handlers (``codecs.strict_errors``...): the host's own, which
    take the Unicode error (a sandbox value: the builtin exception classes are shared)
    and return a (str, int) pair.  Handlers a program registers do not exist."""
    (name,) = _LOOKUP_ERROR.unpack(args, kwargs)
    if not isinstance(name, str) or name not in ERROR_HANDLERS:
        raise LookupError(f"unknown error handler name '{name}'")
    host = _host_codecs.lookup_error(str.__str__(name))
    handler_name = f"{name}_errors"

    def handler(*args: Any, **kwargs: Any) -> Any:
        (error,) = Signature(handler_name, "exception, /").unpack(args, kwargs)
        if type(error) not in (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError):
            raise TypeError(f"don't know how to handle {visible_type_name(error)} in error callback")
        return host(error)

    return Builtin(handler, handler_name)


def _no_registry(*args: Any, **kwargs: Any) -> Any:
    raise TypeError("the sandbox's error handlers are fixed")


def _normalized(encoding: str) -> str:
    """The name the search functions see, as CPython's registry spells it: ASCII letters
    and digits (lower-cased) and dots, any other run of characters one underscore, none at
    either end."""
    if "\0" in encoding:
        raise ValueError("embedded null character")
    chars: list[str] = []
    pending = False
    for c in encoding:
        if c == "." or (c.isascii() and c.isalnum()):
            if pending and chars:
                chars.append("_")
            chars.append(c.lower())
            pending = False
        else:
            pending = True
    return "".join(chars)


_REGISTER = Signature("register", "search_function, /")
_UNREGISTER = Signature("unregister", "search_function, /")
_LOOKUP = Signature("lookup", "encoding, /")


def _registry() -> dict[str, Builtin]:
    """``register``/``unregister``/``lookup`` over one sandbox's search functions."""
    searchers: list[Any] = []
    cache: dict[str, Any] = {}
    started: list[bool] = []

    def register(*args: Any, **kwargs: Any) -> None:
        (function,) = _REGISTER.unpack(args, kwargs)
        if not _callable(function):
            raise TypeError("argument must be callable")
        meter.current.check_allocation(64)
        searchers.append(function)

    def unregister(*args: Any, **kwargs: Any) -> None:
        (function,) = _UNREGISTER.unpack(args, kwargs)
        for i, known in enumerate(searchers):
            if known is function:
                del searchers[i]
                cache.clear()
                break

    def lookup(*args: Any, **kwargs: Any) -> Any:
        (encoding,) = _LOOKUP.unpack(args, kwargs)
        if not isinstance(encoding, str):
            raise TypeError(f"lookup() argument must be str, not {visible_type_name(encoding)}")
        name = _normalized(str.__str__(encoding))
        if name in cache:
            return cache[name]
        if not searchers and not started:
            # CPython's interpreter imports ``encodings`` at start-up, which registers
            # its search function; here the first lookup does (sandbox code, metered).
            started.append(True)
            yield from imports.import_module("encodings", {"__name__": "_codecs"})
        for function in list(searchers):
            found = yield from call(function, (name,), None)
            if found is None:
                continue
            if not isinstance(found, tuple) or len(found) != 4:
                raise TypeError("codec search functions must return 4-tuples")
            meter.current.check_allocation(len(name) + 64)
            cache[name] = found
            return found
        raise LookupError(f"unknown encoding: {encoding}")

    return {
        "register": Builtin(register, "register"),
        "unregister": Builtin(unregister, "unregister"),
        "lookup": Builtin(lookup, "lookup", suspends=True),
    }


@register("_codecs")
def create() -> Module:
    """A fresh ``_codecs`` module for one sandbox."""
    attributes: dict[str, Any] = {
        "encode": Builtin(_encode, "encode"),
        "decode": Builtin(_decode, "decode"),
        "lookup_error": Builtin(_lookup_error, "lookup_error"),
        "register_error": Builtin(_no_registry, "register_error"),
        **_registry(),
    }
    for encoding in ("utf-8", "ascii", "latin-1", "utf-16", "utf-32"):
        attributes.update(_codec_pair(encoding))
    return make_module("_codecs", attributes)
