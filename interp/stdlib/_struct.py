"""The sandbox's ``_struct``: the native half of CPython's ``struct.py`` (which only
re-exports it).

The host's ``struct`` does the packing: its C code gives CPython's results and
messages, and it works on plain values only.  Arguments are made plain first
(:mod:`._plain`), so that the host never runs a sandbox ``__index__`` or ``__bool__``
from inside its C loop; a user object with ``__index__`` is therefore refused where
CPython would accept it (docs/DEVIATIONS.md).

The sandbox's ``Struct`` (:class:`StructObject`, shown as ``_struct.Struct``) holds a
host ``struct.Struct`` in a slot that sandboxed code cannot read.  ``struct.error`` is a
sandbox class created with each sandbox's ``_struct`` module; host ``struct.error``
exceptions are re-raised as it.

Bounded work: a result's size is known before the host builds it (``calcsize`` for
``pack``, an estimate from the format's codes for ``unpack``), and is checked against
the memory budget first; ``iter_unpack`` is collected in pieces with the meter looked
at in between, and returns an iterator over that list.
"""

from __future__ import annotations

import itertools as _itertools
import struct as _host_struct
import sys
from typing import Any

from ..runtime import imports, meter
from ..runtime.modules import Module, make_module
from ..runtime.native import Builtin
from ..runtime.nested import run_nested
from ..runtime.signatures import Signature
from ..runtime.typetable import DataAttr, descriptor_error, register_type, table
from . import register
from ._plain import charge, exception_class, plain, plain_args, raise_as

#: ``cls.__mro__`` read from the type itself: a metaclass's ``__getattribute__`` cannot
#: answer it (nor run, when host code walks a program's class).
_mro_of = type.__dict__["__mro__"].__get__

_HostStruct = _host_struct.Struct
_HostError = _host_struct.error

#: Estimated bytes of one unpacked item per format code (the tuple's pointer and the
#: object): small ints and one-byte bytes are shared objects in CPython.
_ITEM_BYTES = {"x": 0, "c": 8, "?": 8, "B": 8, "b": 40, "s": 48, "p": 48}
_DEFAULT_ITEM_BYTES = 48

#: Items of ``iter_unpack`` collected per host call.
_ITER_PIECE = 4096


def _unpacked_bytes(fmt: Any) -> int:
    """An upper estimate of the memory a tuple unpacked with ``fmt`` takes."""
    text = fmt.decode("latin-1") if isinstance(fmt, (bytes, bytearray)) else str(fmt)
    total = 64
    count = ""
    for ch in text.lstrip("@=<>!"):
        if ch.isdigit():
            count += ch
            continue
        n = int(count) if count else 1
        count = ""
        if ch.isspace():
            continue
        if ch in "sp":
            total += _ITEM_BYTES[ch] + n
        else:
            total += n * _ITEM_BYTES.get(ch, _DEFAULT_ITEM_BYTES)
    return total


def _error_class() -> Any:
    """This sandbox's ``struct.error``."""
    module = run_nested(imports.current_loader("_struct"))
    return module.__dict__.get("error", ValueError)


def _host_call(fn: Any, *args: Any, **kwargs: Any) -> Any:
    """``fn(*args, **kwargs)`` with the host's ``struct.error`` turned into the sandbox's."""
    try:
        return fn(*args, **kwargs)
    except _HostError as error:
        failure = error.args  # raised below: outside this block, no host __context__
    raise raise_as(_error_class(), _HostError(*failure))


def _compiled(fmt: Any) -> _HostStruct:
    return _host_call(_HostStruct, plain(fmt))


def _writable(buffer: Any) -> Any:
    """The target of ``pack_into``: written in place, so never copied."""
    if type(buffer) in (bytearray, memoryview):
        return buffer
    # A subclass is written in place too, unless a class of its own defines the buffer
    # protocol (3.12+), which the host would call.
    mro = _mro_of(type(buffer))
    if bytearray in mro and not any(
        "__buffer__" in vars(k) or "__release_buffer__" in vars(k)
        for k in mro
        if k not in (bytearray, object)
    ):
        return buffer
    return plain(buffer)


# ---------------------------------------------------------------------------
# The work.  ``s`` is the host Struct of the format (for the sizes); ``host`` is the
# host callable that does it: a method of ``s``, or the module function with the
# format bound, so that argument errors read as CPython's for each.


def _pack(s: _HostStruct, host: Any, args: tuple, kwargs: dict | None) -> Any:
    meter.cap(s.size)
    yield from charge(s.size)
    plain_pos, plain_kw = plain_args(args, kwargs)
    return _host_call(host, *plain_pos, **plain_kw)


def _pack_into(s: _HostStruct, host: Any, args: tuple, kwargs: dict | None) -> Any:
    yield from charge(s.size)
    plain_pos, plain_kw = plain_args(args, kwargs)
    if args:
        plain_pos = (_writable(args[0]), *plain_pos[1:])
    return _host_call(host, *plain_pos, **plain_kw)


def _unpack(s: _HostStruct, host: Any, args: tuple, kwargs: dict | None) -> Any:
    meter.cap(_unpacked_bytes(s.format))
    yield from charge(s.size)
    plain_pos, plain_kw = plain_args(args, kwargs)
    return _host_call(host, *plain_pos, **plain_kw)


def _iter_unpack(s: _HostStruct, host: Any, args: tuple, kwargs: dict | None) -> Any:
    plain_pos, plain_kw = plain_args(args, kwargs)
    host_iter = _host_call(host, *plain_pos, **plain_kw)
    total = host_iter.__length_hint__()
    meter.cap(total * (_unpacked_bytes(s.format) + 8))
    items: list = []
    while True:
        piece = list(_itertools.islice(host_iter, _ITER_PIECE))
        if not piece:
            break
        items.extend(piece)
        yield from charge(len(piece) * max(s.size, 1))
    return iter(items)


# ---------------------------------------------------------------------------
# The sandbox's Struct type


class StructObject:
    """The sandbox's ``_struct.Struct``; ``_s`` holds the host Struct."""

    __slots__ = ("_s", "__weakref__")

    def __repr__(self) -> str:
        if sys.version_info >= (3, 13):
            return repr(self._s)
        return f"<_struct.Struct object at {id(self):#x}>"


StructObject.__name__ = "Struct"
StructObject.__qualname__ = "Struct"
StructObject.__module__ = "_struct"

_STRUCT = Signature("Struct", "format", host=_HostStruct)


def _new_struct(*args: Any, **kwargs: Any) -> StructObject:
    (fmt,) = _STRUCT.unpack(args, kwargs)
    obj = object.__new__(StructObject)
    obj._s = _compiled(fmt)
    return obj


def _struct_method(name: str, work: Any) -> Builtin:
    def method(self: StructObject, *args: Any, **kwargs: Any) -> Any:
        if not issubclass(type(self), StructObject):
            raise descriptor_error(StructObject, name, self)
        return (yield from work(self._s, getattr(self._s, name), args, kwargs))

    return Builtin(method, name, suspends=True, qualname=f"Struct.{name}", self_type=StructObject)


def _register() -> None:
    entries = table(StructObject)
    entries["pack"] = _struct_method("pack", _pack)
    entries["pack_into"] = _struct_method("pack_into", _pack_into)
    entries["unpack"] = _struct_method("unpack", _unpack)
    entries["unpack_from"] = _struct_method("unpack_from", _unpack)
    entries["iter_unpack"] = _struct_method("iter_unpack", _iter_unpack)
    entries["format"] = DataAttr(lambda obj: obj._s.format)
    entries["size"] = DataAttr(lambda obj: obj._s.size)
    entries["__repr__"] = Builtin(
        StructObject.__repr__, "__repr__", qualname="Struct.__repr__", self_type=StructObject
    )
    register_type(StructObject, name="Struct", constructor=Builtin(_new_struct, "Struct"))


_register()


# ---------------------------------------------------------------------------
# The module's functions: the same work on the format's (cached) host Struct


def _module_function(name: str, work: Any) -> Builtin:
    host_fn = getattr(_host_struct, name)
    sig = Signature(name, "format, /, *args, **kwargs", host=host_fn)

    def function(*args: Any, **kwargs: Any) -> Any:
        sig.unpack(args, kwargs)  # CPython's message when the format is missing
        s = _compiled(args[0])
        fmt = plain(args[0])

        def host(*rest: Any, **options: Any) -> Any:
            return host_fn(fmt, *rest, **options)

        return (yield from work(s, host, args[1:], kwargs))

    return Builtin(function, name, suspends=True)


_CALCSIZE = Signature("calcsize", "format, /", host=_host_struct.calcsize)


def _calcsize(*args: Any, **kwargs: Any) -> int:
    (fmt,) = _CALCSIZE.unpack(args, kwargs)
    return _compiled(fmt).size


_CLEARCACHE = Signature("_clearcache", "")


def _clearcache(*args: Any, **kwargs: Any) -> None:
    """Nothing to clear: the host's cache of formats is shared and invisible."""
    _CLEARCACHE.unpack(args, kwargs)


@register("_struct")
def create() -> Module:
    """A fresh ``_struct`` module for one sandbox, with its own ``error`` class."""
    attributes: dict[str, Any] = {
        "error": exception_class("struct", "error", Exception),
        "Struct": StructObject,
        "pack": _module_function("pack", _pack),
        "pack_into": _module_function("pack_into", _pack_into),
        "unpack": _module_function("unpack", _unpack),
        "unpack_from": _module_function("unpack_from", _unpack),
        "iter_unpack": _module_function("iter_unpack", _iter_unpack),
        "calcsize": Builtin(_calcsize, "calcsize"),
        "_clearcache": Builtin(_clearcache, "_clearcache"),
    }
    return make_module("_struct", attributes, doc=_host_struct.__doc__)
