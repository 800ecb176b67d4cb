"""The digests under CPython's ``hashlib.py``: the sandbox's ``_md5``, ``_sha1``,
``_sha256``/``_sha512`` (3.11) or ``_sha2`` (3.12+), ``_blake2`` and ``_sha3``.

CPython's ``hashlib.py`` runs in the sandbox; without ``_hashlib`` (OpenSSL, absent
here on purpose: its HMAC and key-derivation functions would be more surface) it takes
its constructors from these modules, and ``hmac.py`` builds HMAC in Python from the
hash objects' ``copy``/``update``/``digest``.

A hash object of the sandbox (:class:`HashObject`, shown as ``HASH``; ``HASHXOF`` for
the SHAKEs, whose digests take a length; ``blake2b``/``blake2s`` as types, since
CPython's are types with size constants) holds the host's hash object in a slot that
sandboxed code cannot read.  The host does the hashing, on plain buffers only (see
:mod:`._plain`): a large input is fed in pieces with the meter charged per byte in
between, so hashing a large buffer ends by the time limit or Stop like a loop, and a
SHAKE digest's length is checked against the memory budget before the host makes it.

``compare_digest`` (``_operator._compare_digest`` in CPython, which ``hmac`` imports)
is here too: the host's constant-time comparison of two plain values.
"""

from __future__ import annotations

import _operator as _host_operator
import hashlib as _host_hashlib
import sys
from typing import Any

from ..runtime import meter
from ..runtime.modules import Module, make_module
from ..runtime.native import Builtin
from ..runtime.signatures import Signature
from ..runtime.typetable import DataAttr, Value, descriptor_error, register_type, table
from . import register
from ._plain import CHUNK, charge, chunks, is_buffer, nbytes, plain, plain_args

# ---------------------------------------------------------------------------
# The sandbox's hash types


class HashObject:
    """A hash object of the sandbox; ``_h`` holds the host's."""

    __slots__ = ("_h", "__weakref__")

    def __repr__(self) -> str:
        return f"<{self._h.name} {type(self).__name__} object @ {id(self):#x}>"


class XofObject(HashObject):
    """SHAKE: digests of a length the caller chooses."""

    __slots__ = ()


class Blake2b(HashObject):
    __slots__ = ()


class Blake2s(HashObject):
    __slots__ = ()


for _cls, _name, _module in (
    (HashObject, "HASH", "_hashlib"),
    (XofObject, "HASHXOF", "_hashlib"),
    (Blake2b, "blake2b", "_blake2"),
    (Blake2s, "blake2s", "_blake2"),
):
    _cls.__name__ = _cls.__qualname__ = _name
    _cls.__module__ = _module

#: Algorithm -> the sandbox type of its objects.
_KINDS: dict[str, type] = {
    "md5": HashObject,
    "sha1": HashObject,
    "sha224": HashObject,
    "sha256": HashObject,
    "sha384": HashObject,
    "sha512": HashObject,
    "sha3_224": HashObject,
    "sha3_256": HashObject,
    "sha3_384": HashObject,
    "sha3_512": HashObject,
    "shake_128": XofObject,
    "shake_256": XofObject,
    "blake2b": Blake2b,
    "blake2s": Blake2s,
}


def _wrap(cls: type, host: Any) -> HashObject:
    obj = object.__new__(cls)
    obj._h = host
    return obj


def _feed(host: Any, data: Any) -> Any:
    """``host.update(data)`` in pieces, charging the meter between them (generator)."""
    for piece in chunks(data):
        host.update(piece)
        yield from charge(nbytes(piece))


def _constructor(algorithm: str) -> Builtin:
    host_ctor = getattr(_host_hashlib, algorithm)
    cls = _KINDS[algorithm]

    def construct(*args: Any, **kwargs: Any) -> Any:
        args, kwargs = plain_args(args, kwargs)
        # A large initial buffer is fed afterwards in pieces: the host checks the
        # call with an empty one in its place (the same checks, the same messages).
        late = None
        if args and nbytes(args[0]) > CHUNK:
            late, args = args[0], (b"", *args[1:])
        else:
            for key in ("data", "string"):
                if nbytes(kwargs.get(key)) > CHUNK:
                    late = kwargs[key]
                    kwargs[key] = b""
        obj = _wrap(cls, host_ctor(*args, **kwargs))
        yield from charge(0)
        if late is not None:
            yield from _feed(obj._h, late)
        return obj

    return Builtin(construct, algorithm, suspends=True)


def _receiver(obj: Any, name: str) -> Any:
    if not issubclass(type(obj), HashObject):
        raise descriptor_error(HashObject, name, obj)
    return obj._h


def _update(self: Any, *args: Any, **kwargs: Any) -> Any:
    host = _receiver(self, "update")
    args, kwargs = plain_args(args, kwargs)
    if len(args) == 1 and not kwargs and is_buffer(args[0]):
        yield from _feed(host, args[0])
        return None
    return host.update(*args, **kwargs)


def _digest(self: Any, *args: Any, **kwargs: Any) -> Any:
    return _receiver(self, "digest").digest(*plain_args(args, kwargs)[0])


def _hexdigest(self: Any, *args: Any, **kwargs: Any) -> Any:
    return _receiver(self, "hexdigest").hexdigest(*plain_args(args, kwargs)[0])


_XOF_DIGEST = Signature("digest", "length")


def _xof(method: str, width: int) -> Any:
    def digest(self: Any, *args: Any, **kwargs: Any) -> Any:
        host = _receiver(self, method)
        args, kwargs = plain_args(args, kwargs)
        length = args[0] if args else kwargs.get("length")
        if type(length) is int and length > 0:
            meter.cap(length * width)
        return getattr(host, method)(*args, **kwargs)

    return digest


def _copy(self: Any) -> HashObject:
    host = _receiver(self, "copy")
    return _wrap(type(self), host.copy())


def _method(cls: type, name: str, fn: Any, suspends: bool = False) -> Builtin:
    return Builtin(fn, name, suspends=suspends, qualname=f"{cls.__name__}.{name}", self_type=cls)


def _register() -> None:
    entries = table(HashObject)
    entries["update"] = _method(HashObject, "update", _update, suspends=True)
    entries["digest"] = _method(HashObject, "digest", _digest)
    entries["hexdigest"] = _method(HashObject, "hexdigest", _hexdigest)
    entries["copy"] = _method(HashObject, "copy", _copy)
    entries["__repr__"] = _method(HashObject, "__repr__", HashObject.__repr__)
    for attr in ("name", "digest_size", "block_size"):
        entries[attr] = DataAttr(lambda obj, attr=attr: getattr(obj._h, attr))
    register_type(HashObject, name="HASH")
    xof = table(XofObject)
    xof["digest"] = _method(XofObject, "digest", _xof("digest", 1))
    xof["hexdigest"] = _method(XofObject, "hexdigest", _xof("hexdigest", 2))
    register_type(XofObject, name="HASHXOF")
    for cls, algorithm in ((Blake2b, "blake2b"), (Blake2s, "blake2s")):
        entries = register_type(cls, name=algorithm, constructor=_constructor(algorithm))
        host_type = getattr(_host_hashlib, algorithm)
        for constant in ("SALT_SIZE", "PERSON_SIZE", "MAX_KEY_SIZE", "MAX_DIGEST_SIZE"):
            entries[constant] = Value(getattr(host_type, constant))


_register()


# ---------------------------------------------------------------------------
# compare_digest


_COMPARE = Signature("_compare_digest", "a, b, /", host=_host_operator._compare_digest)


def _compare_digest(*args: Any, **kwargs: Any) -> bool:
    a, b = _COMPARE.unpack(args, kwargs)
    return _host_operator._compare_digest(plain(a), plain(b))


#: ``_operator._compare_digest`` (``hmac.compare_digest``): the host's constant-time
#: comparison on plain values.
COMPARE_DIGEST = Builtin(_compare_digest, "_compare_digest")


# ---------------------------------------------------------------------------
# The modules hashlib.py imports


def _module_factory(module: str, algorithms: tuple[str, ...]) -> Any:
    def create() -> Module:
        attributes: dict[str, Any] = {}
        for algorithm in algorithms:
            cls = _KINDS[algorithm]
            attributes[algorithm] = cls if cls in (Blake2b, Blake2s) else _constructor(algorithm)
        return make_module(module, attributes)

    create.__doc__ = f"A fresh ``{module}`` for one sandbox."
    return create


_MODULES: dict[str, tuple[str, ...]] = {
    "_md5": ("md5",),
    "_sha1": ("sha1",),
    "_blake2": ("blake2b", "blake2s"),
    "_sha3": ("sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"),
}
if sys.version_info >= (3, 12):
    _MODULES["_sha2"] = ("sha224", "sha256", "sha384", "sha512")
else:
    _MODULES["_sha256"] = ("sha224", "sha256")
    _MODULES["_sha512"] = ("sha384", "sha512")

#: The names this module registers (for catalog.py).
MODULE_NAMES = tuple(_MODULES)

for _module_name, _algorithms in _MODULES.items():
    register(_module_name)(_module_factory(_module_name, _algorithms))
