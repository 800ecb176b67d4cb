"""``zlib._ZlibDecompressor`` for the sandbox: the decompressor gzip reads with from 3.12.

CPython 3.12 added it (gzip's ``_GzipReader`` needs it; 3.11's used ``decompressobj``),
so the sandbox's ``zlib`` has it where the host's has it.  It keeps the compressed
input it was given and hands out at most ``max_length`` bytes a call.  The host's own
decompressor does the work, held out of the sandbox's reach as ``zlib.Decompress``'s is;
what this adds is the bound on each host call: a call without ``max_length`` (or with one
larger than a piece) is run a piece of output at a time, the meter charged between
pieces, and stops with a ``MemoryError`` when the output would pass the memory budget,
so a small "zip bomb" never expands past what the sandbox may hold.
"""

from __future__ import annotations

import zlib as _host
from typing import Any

from ..runtime.native import Builtin
from ..runtime.signatures import Signature
from ..runtime.typetable import DataAttr, register_type, table
from ._plain import CHUNK, charge, is_buffer, nbytes, plain_args
from .zlib import _output_limit, _receiver, _stream_call, _wrap


class ZlibDecompressor:
    """The sandbox's ``zlib._ZlibDecompressor``; ``_z`` holds the host decompressor."""

    __slots__ = ("_z", "__weakref__")


ZlibDecompressor.__name__ = ZlibDecompressor.__qualname__ = "_ZlibDecompressor"
ZlibDecompressor.__module__ = "zlib"

_NEW = Signature("_ZlibDecompressor", f"wbits={_host.MAX_WBITS}, zdict=b''")
_DECOMPRESS = Signature("decompress", "data, max_length=-1")


def _new(*args: Any, **kwargs: Any) -> ZlibDecompressor:
    args, kwargs = plain_args(args, kwargs)
    _NEW.unpack(args, kwargs)
    return _wrap(ZlibDecompressor, _stream_call(_host._ZlibDecompressor, *args, **kwargs))


def _decompress(self: Any, *args: Any, **kwargs: Any) -> Any:
    host = _receiver(self, ZlibDecompressor, "decompress")
    args, kwargs = plain_args(args, kwargs)
    data, max_length = _DECOMPRESS.unpack(args, kwargs)
    if not is_buffer(data) or type(max_length) is not int or 0 <= max_length <= CHUNK:
        # A small answer (or arguments the host refuses with its own message).
        if type(max_length) is int and 0 <= max_length <= CHUNK:
            yield from charge(nbytes(data) // 8 + max_length)
        return _stream_call(host.decompress, data, max_length)
    limit = _output_limit()
    wanted = None if max_length < 0 else max_length
    out: list[bytes] = []
    total = 0
    # The first call takes all the input (kept by the host, as CPython keeps it); the
    # next ones drain it a piece at a time.
    part = _stream_call(host.decompress, data, CHUNK if wanted is None else min(CHUNK, wanted))
    while True:
        total += len(part)
        if total > limit:
            raise MemoryError(f"decompressed data too large (over {limit} bytes)")
        out.append(part)
        yield from charge(len(part) + nbytes(data) // 8)
        data = b""
        if host.eof or host.needs_input or (wanted is not None and total >= wanted):
            return b"".join(out)
        step = CHUNK if wanted is None else min(CHUNK, wanted - total)
        part = _stream_call(host.decompress, b"", step)


def attributes() -> dict[str, Any]:
    """What the sandbox's ``zlib`` gets from this module (nothing before 3.12)."""
    if not hasattr(_host, "_ZlibDecompressor"):
        return {}
    return {"_ZlibDecompressor": Builtin(_new, "_ZlibDecompressor")}


def _register() -> None:
    entries = table(ZlibDecompressor)
    entries["decompress"] = Builtin(
        _decompress,
        "decompress",
        suspends=True,
        qualname="_ZlibDecompressor.decompress",
        self_type=ZlibDecompressor,
    )
    for attr in ("eof", "unused_data", "needs_input"):
        entries[attr] = DataAttr(lambda obj, attr=attr: getattr(obj._z, attr))
    register_type(ZlibDecompressor, name="_ZlibDecompressor")


_register()
