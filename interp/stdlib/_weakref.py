"""The sandbox's ``_weakref``: real weak references, under CPython's ``weakref.py``.

Sandbox objects are host objects, and a program's class is laid out as CPython lays
it out, so the host's own weak references do the work: a :class:`WeakRef` is a
subclass of the host's ``weakref.ref``.  When the last reference to an object goes
(refcounting, at the ``del``, or the garbage collector, for a cycle), the host clears
every reference to it and calls :func:`_fire` for each one that has a sandbox
callback; ``ref()`` then answers None, and CPython's ``weakref.py`` and
``_weakrefset.py`` (which the sandbox runs as they are) drop their dead entries.

Callbacks are sandbox code that the host triggers, so they follow the finaliser
rule (DESIGN.md, invariants 2 and 6; :func:`~interp.runtime.functions.host_triggered`):
one runs at once when its object dies inside its own sandbox's step, in CPython's
order (``del x`` then the next line); one whose object dies anywhere else (the
collector running during another sandbox's step, or after the run) is dropped.  A
callback that raises is reported on the sandbox's stderr ("Exception ignored in"), as
CPython reports it.

Two cases keep the object instead of referencing it weakly, as every reference did
before:

- a value of a runtime type the host cannot reference weakly although CPython's
  type can: the reference holds the object itself, so ``ref()`` never becomes None;
- ``proxy(obj)`` is ``obj`` itself.  A forwarding proxy would put a sandboxed
  look-up on every attribute of CPython's pure-Python ``OrderedDict``, whose linked
  list is built of proxies; ``ProxyType`` and ``CallableProxyType`` exist for the
  type checks ``weakref.py`` makes, and nothing is an instance of them.

What the sandbox reaches of a reference is its table below: calling it, comparing
and hashing it as CPython's do, ``__callback__``.  The slots that carry the callback
and its sandbox are read by the host through their descriptors, never through the
reference's class, which a sandbox subclass could shadow.
"""

from __future__ import annotations

import weakref as _host_weakref
from typing import Any

from ..runtime import environment, meter
from ..runtime.attributes import USER_CLASSES
from ..runtime.calls import call
from ..runtime.control import LimitExceeded
from ..runtime.functions import BoundMethod, Function, in_own_step
from ..runtime.modules import Module, make_module
from ..runtime.native import Builtin
from ..runtime.nested import run_nested
from ..runtime.signatures import Signature
from ..runtime.typenames import visible_type_name
from ..runtime.typetable import HIDDEN_BASES, HOST_TYPES, DataAttr, StaticEntry, method, register_type
from . import register

_PROXY = Signature("proxy", "object, callback=None, /")
_REF = Signature("ref", "object, callback=None, /", host=_host_weakref.ref)
_REMOVE_DEAD = Signature("_remove_dead_weakref", "dct, key, /")

_NOTHING: Any = object()
_host_ref_new = _host_weakref.ref.__new__
_host_ref_call = _host_weakref.ref.__call__
_host_getweakrefs = _host_weakref.getweakrefs
# Read through type's own descriptor: a metaclass of the program's could shadow it.
_weakref_offset = type.__dict__["__weakrefoffset__"].__get__


class _Anchor:
    """What a reference that keeps its object refers to weakly: it never dies."""

    __slots__ = ("__weakref__",)


_ANCHOR = _Anchor()


class WeakRef(_host_weakref.ref):
    """``weakref.ref``, and the base of sandbox subclasses (``KeyedRef``,
    ``WeakMethod``).  A host reference, so the host clears it and calls back only while
    it lives, as CPython does; the host class stays out of the sandbox's views of the
    bases (``typetable.HIDDEN_BASES``).  ``_kept`` holds an object the host cannot
    reference weakly (the reference then refers to ``_ANCHOR``)."""

    __slots__ = ("_callback", "_owner", "_kept", "_hash")

    def __call__(self) -> Any:
        kept = _KEPT.__get__(self)
        if kept is not _NOTHING:
            return kept
        return _host_ref_call(self)

    def __hash__(self) -> int:
        cached = _HASH.__get__(self)
        if cached is not None:
            return cached
        target = WeakRef.__call__(self)
        if target is None:
            raise TypeError("weak object has gone away")
        value = hash(target)
        _HASH.__set__(self, value)
        return value

    def __eq__(self, other: Any) -> Any:
        if not issubclass(type(other), WeakRef):
            return NotImplemented
        mine, theirs = WeakRef.__call__(self), WeakRef.__call__(other)
        if mine is None or theirs is None:
            return self is other
        return mine == theirs

    def __ne__(self, other: Any) -> Any:
        if not issubclass(type(other), WeakRef):
            return NotImplemented
        mine, theirs = WeakRef.__call__(self), WeakRef.__call__(other)
        if mine is None or theirs is None:
            return self is not other
        return mine != theirs

    def __repr__(self) -> str:
        target = WeakRef.__call__(self)
        if target is None:
            return f"<weakref at {id(self):#x}; dead>"
        name = visible_type_name(target)
        return f"<weakref at {id(self):#x}; to '{name}' at {id(target):#x}>"


# The host reads a reference's slots through these descriptors, never through its
# class, which a sandbox subclass could shadow.
_CALLBACK = WeakRef.__dict__["_callback"]
_OWNER = WeakRef.__dict__["_owner"]
_KEPT = WeakRef.__dict__["_kept"]
_HASH = WeakRef.__dict__["_hash"]


def _fire(ref: WeakRef) -> None:
    """The host callback of every reference made with a sandbox callback: runs that
    callback, if the object died inside its own sandbox's step (module docstring).

    Never raises: the host would print the error on its own stderr."""
    try:
        callback = _CALLBACK.__get__(ref)
        if callback is None or not in_own_step(_OWNER.__get__(ref)):
            return
        try:
            run_nested(call(callback, (ref,), None))
        except LimitExceeded as limit:
            meter.current.trip(limit)
        except BaseException as error:  # noqa: BLE001 - reported as CPython reports it
            environment.current.unraisable(error, _label(callback))
    except BaseException:  # noqa: BLE001, S110 - a host callback must not raise into the host
        return


def _label(callback: Any) -> str:
    """How CPython names a callback in "Exception ignored in", without running
    sandbox code (a callable instance's own ``__repr__`` is not called)."""
    if type(callback) is Function:
        return f"<function {callback.__qualname__} at {id(callback):#x}>"
    if type(callback) is BoundMethod and type(callback.__func__) is Function:
        owner = visible_type_name(callback.__self__)
        return f"<bound method {callback.__func__.__qualname__} of <{owner} object>>"
    return f"<{visible_type_name(callback)} object at {id(callback):#x}>"


def _check_referable(obj: Any) -> None:
    # CPython's rule: a type with a weak reference slot.  A program's class is a host
    # class laid out as CPython lays it out (``__slots__`` without ``__weakref__``, a
    # subclass of int, str or tuple have none); a runtime class that stands for a CPython
    # type answers for that type (HOST_TYPES: a property is not referable, a generator
    # is); any other host type answers for itself (set yes, list no).
    kind = type(obj)
    if id(kind) not in USER_CLASSES:
        kind = HOST_TYPES.get(kind, kind)
    if not _weakref_offset(kind):
        raise TypeError(f"cannot create weak reference to '{visible_type_name(obj)}' object")


def _make(cls: type, obj: Any, callback: Any) -> WeakRef:
    _check_referable(obj)
    kept = _NOTHING
    try:
        made = _host_ref_new(cls, obj, None if callback is None else _fire)
    except TypeError:
        # A runtime type the host cannot reference weakly: keep the object.
        made = _host_ref_new(cls, _ANCHOR)
        kept = obj
    _CALLBACK.__set__(made, callback)
    _OWNER.__set__(made, meter.current)
    _KEPT.__set__(made, kept)
    _HASH.__set__(made, None)
    return made


def _check_count(name: str, args: tuple, kwargs: dict | None) -> None:
    # CPython's ref.__new__ and ref.__init__ take one or two positional arguments,
    # also in a subclass (``KeyedRef`` passes exactly two).
    if kwargs:
        raise TypeError(f"ref.{name}() takes no keyword arguments")
    if not args:
        raise TypeError(f"{name} expected at least 1 argument, got 0")
    if len(args) > 2:
        raise TypeError(f"{name} expected at most 2 arguments, got {len(args)}")


def _ref_new(cls: Any, *args: Any, **kwargs: Any) -> Any:
    if not (issubclass(type(cls), type) and issubclass(cls, WeakRef)):
        raise TypeError("ref.__new__(X): X is not a subtype of weakref.ReferenceType")
    _check_count("__new__", args, kwargs)
    return _make(cls, args[0], args[1] if len(args) > 1 else None)


def _ref_init(self: WeakRef, *args: Any, **kwargs: Any) -> None:
    # The reference was made by __new__; CPython's __init__ checks its arguments only.
    _check_count("__init__", args, kwargs)


def _ref_construct(*args: Any, **kwargs: Any) -> WeakRef:
    obj, callback = _REF.unpack(args, kwargs)
    return _make(WeakRef, obj, callback)


class ProxyType:
    """``weakref.ProxyType``: no value is one (``proxy`` is the object itself)."""

    __slots__ = ()


class CallableProxyType:
    """``weakref.CallableProxyType``: as :class:`ProxyType`."""

    __slots__ = ()


def _proxy(*args: Any, **kwargs: Any) -> Any:
    target, _callback = _PROXY.unpack(args, kwargs)
    _check_referable(target)
    return target


def _sandbox_refs(obj: Any) -> list:
    # The host's list also holds the runtime's own references (its class registry):
    # only the sandbox's count.
    return [r for r in _host_getweakrefs(obj) if isinstance(r, WeakRef)]


def _weakref_count(obj: Any, /) -> int:
    return len(_sandbox_refs(obj))


def _getweakrefs(obj: Any, /) -> list:
    return _sandbox_refs(obj)


def _remove_dead_weakref(*args: Any) -> None:
    # ``weakref.WeakValueDictionary``'s atomic removal: delete ``key`` only if its
    # value is still a dead reference (a live one was stored since).
    dct, key = _REMOVE_DEAD.unpack(args, None)
    if not issubclass(type(dct), dict):
        raise TypeError(f"_remove_dead_weakref() argument 1 must be dict, not {visible_type_name(dct)}")
    value = dict.get(dct, key, _NOTHING)
    if value is _NOTHING:
        raise KeyError(key)
    if issubclass(type(value), WeakRef) and WeakRef.__call__(value) is None:
        dict.pop(dct, key, None)


def _register() -> None:
    HIDDEN_BASES[id(_host_weakref.ref)] = _host_weakref.ref
    entries = register_type(
        WeakRef, name="ReferenceType", constructor=Builtin(_ref_construct, "ref"), subclassable=True
    )
    entries["__new__"] = StaticEntry(Builtin(_ref_new, "__new__", qualname="ReferenceType.__new__"))
    method(WeakRef, "__init__")(_ref_init)
    entries["__callback__"] = DataAttr(_CALLBACK.__get__)
    method(WeakRef, "__call__")(WeakRef.__call__)
    method(WeakRef, "__hash__")(WeakRef.__hash__)
    method(WeakRef, "__eq__")(WeakRef.__eq__)
    method(WeakRef, "__ne__")(WeakRef.__ne__)
    method(WeakRef, "__repr__")(WeakRef.__repr__)
    register_type(ProxyType, name="ProxyType")
    register_type(CallableProxyType, name="CallableProxyType")


_register()
# Shown as CPython shows them: a dotted host name names the module (core_types).
for _kind, _name in (
    (WeakRef, "ReferenceType"),
    (ProxyType, "ProxyType"),
    (CallableProxyType, "CallableProxyType"),
):
    _kind.__module__ = "weakref"
    _kind.__name__ = f"weakref.{_name}"
    _kind.__qualname__ = _name


@register("_weakref")
def create() -> Module:
    """A fresh ``_weakref`` for one sandbox."""
    return make_module(
        "_weakref",
        {
            "ref": WeakRef,
            "ReferenceType": WeakRef,
            "ProxyType": ProxyType,
            "CallableProxyType": CallableProxyType,
            "proxy": Builtin(_proxy, "proxy"),
            "getweakrefcount": Builtin(_weakref_count, "getweakrefcount"),
            "getweakrefs": Builtin(_getweakrefs, "getweakrefs"),
            "_remove_dead_weakref": Builtin(_remove_dead_weakref, "_remove_dead_weakref"),
        },
    )
