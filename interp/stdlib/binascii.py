"""The sandbox's ``binascii``: the host's C conversions between binary data and ASCII
encodings, for ``base64`` and for programs.

Every function takes a buffer (or, for the ``a2b_`` decoders, an ASCII str) and
returns bytes or an int: plain data, with an output at most a small multiple of the
input, so each is the host's own function with its exact results and messages.  What
the sandbox adds: arguments made plain first (:mod:`._plain`: a sandbox object never
reaches the host), the result's size checked against the memory budget before the
host builds it, the meter charged per input byte, and the checksums run in pieces so
that the time limit and Stop get through on large inputs.

``Error`` (a ``ValueError``) and ``Incomplete`` are sandbox classes made with each
sandbox's module; the host's exceptions of those classes are re-raised as them.
"""

from __future__ import annotations

import binascii as _host
from typing import Any

from ..runtime import meter
from ..runtime.modules import Module, make_module
from ..runtime.native import Builtin
from ..runtime.signatures import Signature
from . import register
from ._plain import charge, chunks, exception_class, nbytes, plain_args, translated

#: Function -> bytes of output per byte of input at most (plus a line's worth).
_RATIOS = {
    "a2b_uu": 1,
    "b2a_uu": 2,
    "a2b_base64": 1,
    "b2a_base64": 2,
    "a2b_qp": 1,
    "b2a_qp": 4,
    "a2b_hex": 1,
    "unhexlify": 1,
    "b2a_hex": 3,
    "hexlify": 3,
}

_CHECKSUMS = {"crc32": "data, crc=0, /", "crc_hqx": "data, crc, /"}


def _input_size(args: tuple, kwargs: dict) -> int:
    first = args[0] if args else kwargs.get("data")
    if type(first) is str:
        return len(first)
    return nbytes(first)


def _converter(name: str, errors: tuple[Any, Any]) -> Builtin:
    host = getattr(_host, name)
    ratio = _RATIOS[name]

    def convert(*args: Any, **kwargs: Any) -> Any:
        args, kwargs = plain_args(args, kwargs)
        size = _input_size(args, kwargs)
        meter.cap(size * ratio + 128)
        yield from charge(size)
        return translated(((_host.Incomplete, errors[1]), (_host.Error, errors[0])), host, *args, **kwargs)

    return Builtin(convert, name, suspends=True)


def _checksum(name: str) -> Builtin:
    host = getattr(_host, name)
    sig = Signature(name, _CHECKSUMS[name], host=host)

    def checksum(*args: Any, **kwargs: Any) -> Any:
        args, kwargs = plain_args(args, kwargs)
        data, crc = sig.unpack(args, kwargs)
        if nbytes(data) == 0:
            return host(*args)  # the host's own checks of both arguments
        running = host(b"", crc)  # the host's checks of crc (type, range)
        for piece in chunks(data):
            running = host(piece, running)
            yield from charge(nbytes(piece))
        return running

    return Builtin(checksum, name, suspends=True)


@register("binascii")
def create() -> Module:
    """A fresh ``binascii`` for one sandbox, with its own exception classes."""
    error = exception_class("binascii", "Error", ValueError)
    incomplete = exception_class("binascii", "Incomplete", Exception)
    attributes: dict[str, Any] = {"Error": error, "Incomplete": incomplete}
    for name in _RATIOS:
        if hasattr(_host, name):
            attributes[name] = _converter(name, (error, incomplete))
    for name in _CHECKSUMS:
        attributes[name] = _checksum(name)
    return make_module("binascii", dict(sorted(attributes.items())), doc=_host.__doc__)
