"""The sandbox's ``_weakref``: ``ref`` and ``proxy``, for ``weakref``, ``_weakrefset`` and
CPython's ``collections`` package.

The sandbox has no weak references (:mod:`.weakref` says why): a reference here keeps
its object, so calling it always gives the object back and a callback is never called.
What the library needs still holds: CPython's ``_weakrefset.WeakSet`` (the registries
of ``abc``) keeps ``ref(item)`` in a plain set and looks items up by building another
``ref``; two references to equal objects are equal and hash as their object, as in
CPython while the objects live.  ``ref`` is native because ``isinstance`` against an
ABC builds one per test: a sandbox class would cost a sandboxed ``__init__`` and
``__hash__`` call each time.

A reference holds one sandbox value and hands back only that value (and its callback);
hashing and comparing it hash and compare that value with the host's ``hash`` and
``==``, which run a sandbox class's own ``__hash__``/``__eq__`` as a set of those
values would.  ``proxy`` is the object itself.
"""

from __future__ import annotations

import weakref as _host_weakref
from typing import Any

from ..runtime.attributes import USER_CLASSES
from ..runtime.modules import Module, make_module
from ..runtime.native import Builtin
from ..runtime.signatures import Signature
from ..runtime.typenames import visible_type_name
from ..runtime.typetable import DataAttr, StaticEntry, method, register_type
from . import register

_PROXY = Signature("proxy", "object, callback=None, /")
_REF = Signature("ref", "object, callback=None, /", host=_host_weakref.ref)

#: Types whose instances CPython cannot reference weakly (no ``__weakref__`` slot).
_NOT_REFERABLE = frozenset(
    {type(None), bool, int, float, complex, str, bytes, bytearray, tuple, list, dict, object, range}
)


class WeakRef:
    """``weakref.ref``: a reference that keeps its object (see the module docstring)."""

    __slots__ = ("obj", "callback")

    def __init__(self, obj: Any, callback: Any = None) -> None:
        self.obj = obj
        self.callback = callback

    def __call__(self) -> Any:
        # The sandbox calls a reference through the type table; this is for the host's
        # ``callable()``, which the sandbox's ``callable`` asks.
        return self.obj

    def __hash__(self) -> int:
        return hash(self.obj)

    def __eq__(self, other: Any) -> Any:
        if not isinstance(other, WeakRef):
            return NotImplemented
        return self.obj is other.obj or self.obj == other.obj

    def __ne__(self, other: Any) -> Any:
        if not isinstance(other, WeakRef):
            return NotImplemented
        return not (self.obj is other.obj or self.obj == other.obj)

    def __repr__(self) -> str:
        target = self.obj
        name = type(target).__name__
        return f"<weakref at {id(self):#x}; to '{name}' at {id(target):#x}>"


def _check_referable(obj: Any) -> None:
    kind = type(obj)
    # A program's class is a host class laid out as CPython lays it out: no weak
    # reference slot exactly when CPython's has none (``__slots__`` without
    # ``__weakref__``, a subclass of int, str or tuple).
    if kind in _NOT_REFERABLE or (id(kind) in USER_CLASSES and not kind.__weakrefoffset__):
        raise TypeError(f"cannot create weak reference to '{visible_type_name(obj)}' object")


def _ref_new(cls: Any, obj: Any = None, callback: Any = None, *rest: Any, **kwargs: Any) -> Any:
    # CPython's signature: ref(object[, callback]); a subclass's __init__ may take more.
    if not (issubclass(type(cls), type) and issubclass(cls, WeakRef)):
        raise TypeError("ref.__new__(X): X is not a subtype of weakref.ReferenceType")
    if cls is WeakRef and (rest or kwargs):
        _REF.unpack((obj, callback, *rest), kwargs)  # raises CPython's error
    _check_referable(obj)
    made = object.__new__(cls)
    WeakRef.__init__(made, obj, callback)
    return made


def _ref_init(self: WeakRef, *args: Any, **kwargs: Any) -> None:
    # The reference was made by __new__; a subclass's __init__ calls this with its own
    # arguments, which CPython's ref.__init__ accepts and ignores.
    return None


def _ref_construct(*args: Any, **kwargs: Any) -> WeakRef:
    obj, callback = _REF.unpack(args, kwargs)
    _check_referable(obj)
    return WeakRef(obj, callback)


def _proxy(*args: Any, **kwargs: Any) -> Any:
    target, _callback = _PROXY.unpack(args, kwargs)
    return target


def _register() -> None:
    entries = register_type(
        WeakRef, name="ReferenceType", constructor=Builtin(_ref_construct, "ref"), subclassable=True
    )
    entries["__new__"] = StaticEntry(Builtin(_ref_new, "__new__", qualname="ReferenceType.__new__"))
    method(WeakRef, "__init__")(_ref_init)
    entries["__callback__"] = DataAttr(lambda r: r.callback)
    method(WeakRef, "__call__")(lambda r: r.obj)
    method(WeakRef, "__hash__")(WeakRef.__hash__)
    method(WeakRef, "__eq__")(WeakRef.__eq__)
    method(WeakRef, "__ne__")(WeakRef.__ne__)
    method(WeakRef, "__repr__")(WeakRef.__repr__)


_register()
WeakRef.__module__ = "weakref"


def _weakref_count(obj: Any, /) -> int:
    return 0


@register("_weakref")
def create() -> Module:
    """A fresh ``_weakref`` for one sandbox."""
    return make_module(
        "_weakref",
        {
            "ref": WeakRef,
            "ReferenceType": WeakRef,
            "proxy": Builtin(_proxy, "proxy"),
            "getweakrefcount": Builtin(_weakref_count, "getweakrefcount"),
        },
    )
