"""The sandbox's ``zlib``: one-shot ``compress``/``decompress`` and the checksums.

The host's zlib does the work on plain buffers (see :mod:`._plain`), with CPython's
results and messages.  What the sandbox adds is the bound on each call:

- ``decompress`` runs the host's decompressor a piece at a time and stops, with a
  ``MemoryError`` as CPython's allocator would give, when the output would pass the
  memory budget (``max_memory``, or the runtime's hard cap without one): a small
  "zip bomb" never expands past what the sandbox may hold.  Its errors are the
  one-shot function's: the parameters are checked by the host's own ``decompress``
  on an empty input first, and a stream that ends early is refused with its message;
- ``compress`` feeds its input in pieces to a host compressor made with the same
  parameters (the output is byte for byte the one-shot's; stored blocks, level 0, are
  the exception and are made in one call, at the speed of a copy);
- ``crc32``/``adler32`` run over large inputs in pieces;
- between pieces the meter is charged, so time and Stop limits get through.

``compressobj``/``decompressobj`` give sandbox types (``zlib.Compress`` and
``zlib.Decompress``) holding the host's stream objects out of reach, with the same
bounds: a ``decompress`` without ``max_length``, and ``flush``, are run in pieces and
capped like the one-shot function.  ``zlib.error`` is a sandbox class created with
each sandbox's module; the stream types find it through the sandbox's import.
"""

from __future__ import annotations

import zlib as _host
from typing import Any

from ..runtime import imports, meter
from ..runtime.modules import Module, make_module
from ..runtime.native import Builtin
from ..runtime.nested import run_nested
from ..runtime.signatures import Signature
from ..runtime.typetable import DataAttr, descriptor_error, register_type, table
from . import register
from ._plain import (
    CHUNK,
    charge,
    chunks,
    exception_class,
    is_buffer,
    nbytes,
    plain_args,
    raise_as,
    translated,
)

#: Host constants shown as they are (ints and version strings).
_CONSTANTS = tuple(
    name for name in dir(_host) if name.isupper() and isinstance(getattr(_host, name), (int, str))
)

#: Compressing costs more per byte than hashing: steps per input byte, by this factor.
_COMPRESS_COST = 4

_COMPRESS = Signature(
    "compress", f"data, /, level={_host.Z_DEFAULT_COMPRESSION}, wbits={_host.MAX_WBITS}", host=_host.compress
)
_DECOMPRESS = Signature(
    "decompress", f"data, /, wbits={_host.MAX_WBITS}, bufsize={_host.DEF_BUF_SIZE}", host=_host.decompress
)
_TRUNCATED = "Error -5 while decompressing data: incomplete or truncated stream"


def _output_limit() -> int:
    budget = meter.current.max_memory
    return meter.HARD_CAP if budget is None else min(budget, meter.HARD_CAP)


def _make(error_cls: Any) -> dict[str, Builtin]:
    """The module's functions, raising this sandbox's ``zlib.error``."""

    def host_call(fn: Any, *args: Any) -> Any:
        return translated(((_host.error, error_cls),), fn, *args)

    def compress(*args: Any, **kwargs: Any) -> Any:
        data, level, wbits = _COMPRESS.unpack(*plain_args(args, kwargs))
        size = nbytes(data)
        if not is_buffer(data) or size <= CHUNK or level == 0:
            meter.cap(size + size // 1000 + 64)
            yield from charge(size * _COMPRESS_COST)
            return host_call(_host.compress, data, level, wbits)
        host_call(_host.compress, b"", level, wbits)  # the parameters, checked as compress does
        compressor = _host.compressobj(level, _host.DEFLATED, wbits)
        out: list[bytes] = []
        for piece in chunks(data):
            out.append(host_call(compressor.compress, piece))
            yield from charge(nbytes(piece) * _COMPRESS_COST)
        out.append(host_call(compressor.flush))
        return b"".join(out)

    def decompress(*args: Any, **kwargs: Any) -> Any:
        data, wbits, bufsize = _DECOMPRESS.unpack(*plain_args(args, kwargs))
        if not is_buffer(data):
            return host_call(_host.decompress, data, wbits, bufsize)
        probe = None
        try:
            _host.decompress(b"", wbits, bufsize)
        except _host.error as error:
            probe = error.args  # the parameters' own error, if it is not the empty input's
        if probe is not None and probe != (_TRUNCATED,):
            raise raise_as(error_cls, _host.error(*probe))
        decompressor = _host.decompressobj(wbits)
        limit = _output_limit()
        out: list[bytes] = []
        total = 0
        for piece in chunks(data):
            pending = piece
            while pending and not decompressor.eof:
                part = host_call(decompressor.decompress, pending, CHUNK)
                pending = decompressor.unconsumed_tail
                total += len(part)
                if total > limit:
                    raise MemoryError(f"decompressed data too large (over {limit} bytes)")
                out.append(part)
                yield from charge(len(part) + nbytes(piece) // 8)
            if decompressor.eof:
                break
        if not decompressor.eof:
            raise raise_as(error_cls, _host.error(_TRUNCATED))
        meter.cap(total)
        return b"".join(out)

    def checksum(name: str, start: int) -> Builtin:
        host = getattr(_host, name)
        sig = Signature(name, f"data, value={start}, /", host=host)

        def fn(*args: Any, **kwargs: Any) -> Any:
            data, value = sig.unpack(*plain_args(args, kwargs))
            if nbytes(data) == 0:
                return host(data, value)
            running = host(b"", value)
            for piece in chunks(data):
                running = host(piece, running)
                yield from charge(nbytes(piece))
            return running

        return Builtin(fn, name, suspends=True)

    return {
        "compress": Builtin(compress, "compress", suspends=True),
        "decompress": Builtin(decompress, "decompress", suspends=True),
        "crc32": checksum("crc32", 0),
        "adler32": checksum("adler32", 1),
    }


# ---------------------------------------------------------------------------
# Streams: compressobj and decompressobj


class CompressObject:
    """The sandbox's ``zlib.Compress``; ``_z`` holds the host compressor."""

    __slots__ = ("_z", "__weakref__")


class DecompressObject:
    """The sandbox's ``zlib.Decompress``; ``_z`` holds the host decompressor."""

    __slots__ = ("_z", "__weakref__")


for _cls, _name in ((CompressObject, "Compress"), (DecompressObject, "Decompress")):
    _cls.__name__ = _cls.__qualname__ = _name
    _cls.__module__ = "zlib"


def _error_class() -> Any:
    """This sandbox's ``zlib.error`` (the stream types are shared by all sandboxes)."""
    module = run_nested(imports.current_loader("zlib"))
    return module.__dict__.get("error", Exception)


def _stream_call(fn: Any, *args: Any, **kwargs: Any) -> Any:
    failure = None
    try:
        return fn(*args, **kwargs)
    except _host.error as error:
        failure = error.args
    raise raise_as(_error_class(), _host.error(*failure))


def _receiver(obj: Any, cls: type, name: str) -> Any:
    if not issubclass(type(obj), cls):
        raise descriptor_error(cls, name, obj)
    return obj._z


def _wrap(cls: type, host: Any) -> Any:
    obj = object.__new__(cls)
    obj._z = host
    return obj


def _c_compress(self: Any, *args: Any, **kwargs: Any) -> Any:
    host = _receiver(self, CompressObject, "compress")
    args, kwargs = plain_args(args, kwargs)
    if kwargs or len(args) != 1 or not is_buffer(args[0]):
        return _stream_call(host.compress, *args, **kwargs)
    out: list[bytes] = []
    for piece in chunks(args[0]):
        out.append(_stream_call(host.compress, piece))
        yield from charge(nbytes(piece) * _COMPRESS_COST)
    meter.cap(sum(map(len, out)))
    return b"".join(out)


def _c_flush(self: Any, *args: Any, **kwargs: Any) -> Any:
    host = _receiver(self, CompressObject, "flush")
    return _stream_call(host.flush, *plain_args(args, kwargs)[0], **plain_args(args, kwargs)[1])


def _drain(host: Any, data: Any) -> Any:
    """Everything ``host`` decompresses from ``data``, in pieces (generator)."""
    limit = _output_limit()
    out: list[bytes] = []
    total = 0
    for piece in chunks(data):
        if host.eof:
            # Input after the end of the stream: the host keeps it as unused_data.
            _stream_call(host.decompress, piece)
            continue
        pending = piece
        while pending and not host.eof:
            part = _stream_call(host.decompress, pending, CHUNK)
            pending = host.unconsumed_tail
            total += len(part)
            if total > limit:
                raise MemoryError(f"decompressed data too large (over {limit} bytes)")
            out.append(part)
            yield from charge(len(part) + nbytes(piece) // 8)
    meter.cap(total)
    return out


_D_DECOMPRESS = Signature("decompress", "data, /, max_length=0", host=_host.decompressobj().decompress)


def _d_decompress(self: Any, *args: Any, **kwargs: Any) -> Any:
    host = _receiver(self, DecompressObject, "decompress")
    args, kwargs = plain_args(args, kwargs)
    data, max_length = _D_DECOMPRESS.unpack(args, kwargs)
    if type(max_length) is int and max_length > meter.HARD_CAP and is_buffer(data):
        # No result can be that long (gzip's readall passes sys.maxsize): the same as no
        # max_length, which runs in bounded pieces below.
        max_length = 0
    if not is_buffer(data) or type(max_length) is not int or max_length != 0:
        if type(max_length) is int and max_length > 0:
            meter.cap(max_length)
            yield from charge(min(nbytes(data), max_length))
        return _stream_call(host.decompress, data, max_length)
    if host.eof:
        return _stream_call(host.decompress, data)
    out = yield from _drain(host, data)
    return b"".join(out)


def _d_flush(self: Any, *args: Any, **kwargs: Any) -> Any:
    host = _receiver(self, DecompressObject, "flush")
    args, kwargs = plain_args(args, kwargs)
    # The input a max_length left over is decompressed here in bounded pieces first;
    # the host's flush then has at most a buffer's worth of work left.
    tail = host.unconsumed_tail
    out = (yield from _drain(host, tail)) if tail and not host.eof else []
    out.append(_stream_call(host.flush, *args, **kwargs))
    return b"".join(out)


def _copy(cls: type) -> Any:
    def copy(self: Any) -> Any:
        return _wrap(cls, _stream_call(_receiver(self, cls, "copy").copy))

    return copy


def _register() -> None:
    for cls, methods in (
        (CompressObject, {"compress": (_c_compress, True), "flush": (_c_flush, False)}),
        (DecompressObject, {"decompress": (_d_decompress, True), "flush": (_d_flush, True)}),
    ):
        entries = table(cls)
        methods["copy"] = (_copy(cls), False)
        methods["__copy__"] = (_copy(cls), False)
        for name, (fn, suspends) in methods.items():
            entries[name] = Builtin(
                fn, name, suspends=suspends, qualname=f"{cls.__name__}.{name}", self_type=cls
            )
        register_type(cls, name=cls.__name__)
    entries = table(DecompressObject)
    for attr in ("unused_data", "unconsumed_tail", "eof"):
        entries[attr] = DataAttr(lambda obj, attr=attr: getattr(obj._z, attr))


_register()

_COMPRESSOBJ = Signature(
    "compressobj",
    f"level={_host.Z_DEFAULT_COMPRESSION}, method={_host.DEFLATED}, wbits={_host.MAX_WBITS}, "
    f"memLevel={_host.DEF_MEM_LEVEL}, strategy={_host.Z_DEFAULT_STRATEGY}, zdict=None",
    host=_host.compressobj,
)
_DECOMPRESSOBJ = Signature("decompressobj", f"wbits={_host.MAX_WBITS}, zdict=b''", host=_host.decompressobj)


def _compressobj(*args: Any, **kwargs: Any) -> CompressObject:
    args, kwargs = plain_args(args, kwargs)
    _COMPRESSOBJ.unpack(args, kwargs)
    return _wrap(CompressObject, _stream_call(_host.compressobj, *args, **kwargs))


def _decompressobj(*args: Any, **kwargs: Any) -> DecompressObject:
    args, kwargs = plain_args(args, kwargs)
    _DECOMPRESSOBJ.unpack(args, kwargs)
    return _wrap(DecompressObject, _stream_call(_host.decompressobj, *args, **kwargs))


@register("zlib")
def create() -> Module:
    """A fresh ``zlib`` for one sandbox, with its own ``error`` class."""
    error = exception_class("zlib", "error", Exception)
    attributes: dict[str, Any] = {name: getattr(_host, name) for name in _CONSTANTS}
    attributes["error"] = error
    attributes.update(_make(error))
    attributes["compressobj"] = Builtin(_compressobj, "compressobj")
    attributes["decompressobj"] = Builtin(_decompressobj, "decompressobj")
    attributes.update(_decompressor_attributes())
    return make_module("zlib", dict(sorted(attributes.items())), doc=_host.__doc__)


# Last: it imports this module's helpers (3.12's _ZlibDecompressor, for gzip).
from ._zlib_decompressor import attributes as _decompressor_attributes  # noqa: E402
