"""Attribute look-up, assignment and deletion for sandboxed code.

This module is the only way sandboxed code reaches attributes.  It follows CPython's
generic algorithm (data descriptors on the type, then the instance ``__dict__``,
then other class attributes, then ``__getattr__``), but searches only:

- the allow-list tables of builtin types (:mod:`interp.runtime.typetable`), and
- the namespaces of user classes, which are host classes the runtime created.

User-defined descriptors, properties and ``__getattr__`` run to completion through
:func:`~interp.runtime.nested.run_nested`: an attribute load is a plain closure,
not a suspension point (suspending on every ``obj.x`` would cost a generator per
attribute access).
"""

from __future__ import annotations

import sys
import weakref
from typing import Any

from . import environment, links
from .functions import BoundMethod, Function, call_nested
from .host_docs import doc_of_type
from .native import BoundBuiltin, Builtin
from .typenames import class_name, visible_type_name
from .typetable import (
    HOST_TYPES,
    INSTANCE_FALLBACKS,
    INSTANCE_SETTERS,
    RUNTIME_DESCRIPTORS,
    TABLES,
    ClassMethodEntry,
    DataAttr,
    StaticEntry,
    Value,
    register_type,
)

MISSING: Any = object()

#: The host ``__del__`` of :mod:`.trashcan`, kept in sandbox classes' namespaces for the
#: host only: every look-up and listing of a namespace skips it (set by ``trashcan``).
HIDDEN_FINALISER: Any = object()

#: Host classes created by the runtime for ``class`` statements, by ``id``: test with
#: ``id(cls) in USER_CLASSES``.  Membership is tested on nearly every attribute access;
#: a WeakSet would build a weak reference for each test, and a set of the classes
#: themselves would keep every sandbox's classes (and through their functions' globals,
#: the sandbox) alive forever.  The weak reference removes the entry when the class
#: dies, before its id can be reused.
USER_CLASSES: dict[int, weakref.ref] = {}


def register_user_class(cls: type) -> None:
    """Record ``cls`` as a class made by sandboxed code."""
    key = id(cls)
    USER_CLASSES[key] = weakref.ref(cls, lambda ref, key=key: _forget_class(key))


def _forget_class(key: int) -> None:
    # The caches are keyed by id: a dead class's entries must go before its id can
    # belong to another class.  (Keyed by the class itself, they kept every class, and
    # through its functions' globals its sandbox, alive.)
    USER_CLASSES.pop(key, None)
    invalidate()


_object_getattribute = object.__getattribute__
# A class's own slots: ``_mro_of(t)`` on a class whose metaclass defines
# ``__getattribute__`` would run that sandbox method from the host.
_mro_of = type.__dict__["__mro__"].__get__
_dict_of = type.__dict__["__dict__"].__get__
_dictoffset_of = type.__dict__["__dictoffset__"].__get__
_object_setattr = object.__setattr__
_type_setattr = type.__setattr__
_type_delattr = type.__delattr__
_member_descriptor = type(type("_S", (), {"__slots__": ("x",)}).__dict__["x"])
_getset_descriptor = type(type("_D", (), {}).__dict__["__dict__"])

# (id(type), name) -> (value, from_builtin_table); cleared whenever a class changes
# or a user class dies.
_cache: dict[tuple[int, str], tuple[Any, bool]] = {}

#: (id(user class), name) -> how to load ``name`` from its instances (see
#: :func:`_instance_plan`), and (id(user class), name, "set") -> how to store it (see
#: :func:`_setter_plan`); cleared with ``_cache``.  The trashcan keeps its plans here
#: too, by the bare ``id(user class)`` (see :mod:`.trashcan`).
_plans: dict[tuple | int, Any] = {}


#: Names never visible, whatever a table or namespace holds.
_HIDDEN = frozenset({"__weakref__"})


#: How many times the caches were cleared.  A call site that remembers how to reach an
#: attribute on instances of one class (:func:`attribute_loader`) trusts what it
#: remembers while the epoch it learned it in is current.
EPOCH = [0]


def invalidate() -> None:
    """Forget cached look-ups (a class namespace or hierarchy changed)."""
    _cache.clear()
    _plans.clear()
    EPOCH[0] += 1


def exact_name(name: Any) -> str:
    """An attribute name given by sandbox code, as an exact ``str``.

    Every door through which the sandbox passes a name it computed (``getattr``,
    ``object.__delattr__``...) converts it here before the name reaches the look-up
    caches: those are shared by every sandbox of the process, and a ``str`` subclass
    with its own ``__eq__``/``__hash__`` used as a key would run sandbox code inside
    another sandbox's look-ups, and could make one name answer for another.  CPython
    accepts ``str`` subclasses as names; so do we, by copying them.
    """
    if type(name) is str:
        return name
    if isinstance(name, str):
        return str.__str__(name)
    raise TypeError(f"attribute name must be string, not '{visible_type_name(name)}'")


def lookup(t: type, name: str) -> tuple[Any, bool]:
    """Find ``name`` along ``_mro_of(t)``: (value or MISSING, found in a builtin table)."""
    if type(name) is not str:  # a door forgot exact_name(): never let it reach _cache
        name = exact_name(name)
    key = (id(t), name)
    hit = _cache.get(key)
    if hit is not None:
        return hit
    result: tuple[Any, bool] = (MISSING, False)
    if name not in _HIDDEN:
        for k in _mro_of(t):
            entries = TABLES.get(k)
            if entries is not None:
                value = entries.get(name, MISSING)
                if value is not MISSING:
                    result = (value, True)
                    break
            elif id(k) in USER_CLASSES:
                value = _dict_of(k).get(name, MISSING)
                if value is not MISSING and value is not HIDDEN_FINALISER:
                    result = (value, False)
                    break
    _cache[key] = result
    return result


def is_user_instance(obj: Any) -> bool:
    return id(type(obj)) in USER_CLASSES


# ---------------------------------------------------------------------------
# Descriptor protocol


def _descriptor_kind(value: Any) -> int:
    """0: plain value, 1: non-data descriptor, 2: data descriptor."""
    t = type(value)
    if t is Function:
        return 1
    hooks = RUNTIME_DESCRIPTORS.get(t)
    if hooks is not None:
        return 2 if (hooks[1] is not None or hooks[2] is not None) else 1
    if t is _member_descriptor or t is _getset_descriptor:
        return 2
    if id(t) in USER_CLASSES:
        if lookup(t, "__set__")[0] is not MISSING or lookup(t, "__delete__")[0] is not MISSING:
            return 2
        # A builtin ``__get__`` counts too: a subclass of property or classmethod.
        return 1 if lookup(t, "__get__")[0] is not MISSING else 0
    return 0


def _has_get(value: Any) -> bool:
    t = type(value)
    if id(t) in USER_CLASSES:
        return lookup(t, "__get__")[0] is not MISSING
    return True


def bind_descriptor(value: Any, obj: Any, owner: type) -> Any:
    """Apply ``value.__get__(obj, owner)`` for a value found in a user class namespace."""
    t = type(value)
    if t is Function:
        return value if obj is None else BoundMethod(value, obj)
    hooks = RUNTIME_DESCRIPTORS.get(t)
    if hooks is not None:
        return hooks[0](value, obj, owner)
    if t is _member_descriptor or t is _getset_descriptor:
        if obj is None:
            return slot_view(value) if t is _member_descriptor else value
        return value.__get__(obj, owner)
    if t is Builtin and value.__self_type__ is not None and obj is not None:
        return BoundBuiltin(value, obj)
    if id(t) in USER_CLASSES:
        get, _ = lookup(t, "__get__")
        if get is not MISSING:  # its own, or the builtin one of a property subclass
            return call_method_nested(get, value, (obj, owner))
    return value


def call_method_nested(func: Any, obj: Any, args: tuple) -> Any:
    """Call a method found on a type, bound to ``obj``, to completion."""
    bound = bind_descriptor(func, obj, type(obj)) if type(func) is not Builtin else BoundBuiltin(func, obj)
    return call_nested(bound, args)


def bind_builtin_entry(entry: Any, obj: Any, t: type) -> Any:
    et = type(entry)
    if et is Builtin:
        return BoundBuiltin(entry, obj)
    if et is DataAttr:
        return entry.getter(obj)
    if et is ClassMethodEntry:
        return BoundBuiltin(entry.builtin, t)
    if et is StaticEntry:
        return entry.builtin
    if et is Value:
        return entry.value
    return entry


# ---------------------------------------------------------------------------
# Data attributes read from the class: getset_descriptor / member_descriptor


class GetSetDescriptor:
    """``int.real``: a data attribute of a builtin type read from the class.

    Sandboxed code reaches only what the type table of this class exposes
    (``__get__``, ``__set__``, ``__delete__``, ``__name__``, ``__qualname__``,
    ``__objclass__``, ``__doc__``); the table entry and its host getter stay inside.
    """

    __slots__ = ("_entry", "_owner", "_name", "_doc")

    def __init__(self, entry: DataAttr, owner: type, name: str, doc: Any) -> None:
        self._entry = entry
        self._owner = owner
        self._name = name
        self._doc = doc

    def __repr__(self) -> str:
        return f"<attribute '{self._name}' of '{class_name(self._owner)}' objects>"


class MemberDescriptor:
    """``slice.start``: like :class:`GetSetDescriptor`, for CPython's member attributes."""

    __slots__ = ("_entry", "_owner", "_name", "_doc")

    def __init__(self, entry: DataAttr, owner: type, name: str, doc: Any) -> None:
        self._entry = entry
        self._owner = owner
        self._name = name
        self._doc = doc

    def __repr__(self) -> str:
        return f"<member '{self._name}' of '{class_name(self._owner)}' objects>"


DATA_DESCRIPTORS = (GetSetDescriptor, MemberDescriptor)
_views: dict[tuple[type, str], Any] = {}


def _host_descriptor(owner: type, name: str) -> Any:
    """The host descriptor CPython has for attribute ``name`` of ``owner`` (None if none).

    ``name`` comes from the runtime's own tables, never from sandboxed code, and the
    descriptor is only inspected (its type and docstring), never handed out.
    """
    host = HOST_TYPES.get(owner, owner)
    for k in _mro_of(host):
        found = k.__dict__.get(name)
        if found is not None:
            return found if type(found) in (_member_descriptor, _getset_descriptor) else None
    return None


def is_member(owner: type, name: str) -> bool:
    """Whether CPython implements attribute ``name`` of ``owner`` as a member (its
    read-only error then reads "readonly attribute")."""
    return type(_host_descriptor(owner, name)) is _member_descriptor


def table_owner(t: type, name: str, entry: Any) -> type:
    """The type along ``t``'s MRO whose table holds ``entry`` as ``name``."""
    for k in _mro_of(t):
        entries = TABLES.get(k)
        if entries is not None and entries.get(name) is entry:
            return k
    return t


def class_level(entry: DataAttr, owner: type, name: str) -> Any:
    """What ``owner.name`` gives for data attribute ``entry`` of its table."""
    key = (owner, name)
    view = _views.get(key)
    if view is None or view._entry is not entry:
        host = _host_descriptor(owner, name)
        doc = host.__doc__ if host is not None else None
        kind = MemberDescriptor if type(host) is _member_descriptor else GetSetDescriptor
        view = _views[key] = kind(entry, owner, name, doc if type(doc) is str else None)
    return view


def not_writable(owner: type, name: str) -> AttributeError:
    """CPython's error for assigning (or deleting) a read-only data attribute."""
    if is_member(owner, name):
        return AttributeError("readonly attribute")
    return AttributeError(f"attribute '{name}' of '{class_name(owner)}' objects is not writable")


def slot_view(host: Any) -> MemberDescriptor:
    """What ``A.x`` gives for a slot ``x`` of a user class: a sandbox view of the
    host's member descriptor, which itself never reaches the program."""
    get, set_, delete = host.__get__, host.__set__, host.__delete__

    def setter(obj: Any, value: Any) -> None:
        if value is MISSING:
            delete(obj)
        else:
            set_(obj, value)

    return MemberDescriptor(
        _SlotAttr(lambda obj: get(obj, None), setter), host.__objclass__, host.__name__, None
    )


_HIDDEN_CLASS_KEYS = frozenset({"__dict__", "__weakref__"})
_class_dict = type.__dict__["__dict__"].__get__


def user_class_namespace(cls: type) -> dict:
    """A copy of user class ``cls``'s namespace as the program may see it: without the
    host's ``__dict__``/``__weakref__`` descriptors, and its slots as views."""
    out = {}
    for key, value in _class_dict(cls).items():
        if key in _HIDDEN_CLASS_KEYS or value is HIDDEN_FINALISER:
            continue
        out[key] = slot_view(value) if type(value) is _member_descriptor else value
    return out


class _SlotAttr(DataAttr):
    """A slot's entry: unlike the builtin types' members, it can be deleted."""

    __slots__ = ()


def _descriptor_check(view: Any, obj: Any) -> None:
    # CPython checks the receiver's type (PyObject_TypeCheck).  The host's isinstance
    # would also ask ``obj.__class__``, and an owner's metaclass for
    # ``__subclasscheck__``: sandbox code, run from the host.
    owner = view._owner
    if not any(k is owner for k in _mro_of(type(obj))):
        raise TypeError(
            f"descriptor '{view._name}' for '{class_name(owner)}' objects "
            f"doesn't apply to a '{visible_type_name(obj)}' object"
        )


def descriptor_get(view: Any, obj: Any, owner: Any = None) -> Any:
    if obj is None:
        return view
    _descriptor_check(view, obj)
    return view._entry.getter(obj)


def descriptor_set(view: Any, obj: Any, value: Any) -> None:
    _descriptor_check(view, obj)
    setter = view._entry.setter
    if setter is None or value is MISSING and type(view._entry) is not _SlotAttr:
        raise not_writable(view._owner, view._name)
    setter(obj, value)


def descriptor_delete(view: Any, obj: Any) -> None:
    descriptor_set(view, obj, MISSING)


register_type(GetSetDescriptor, descriptor=(descriptor_get, descriptor_set, descriptor_delete))
register_type(MemberDescriptor, descriptor=(descriptor_get, descriptor_set, descriptor_delete))


# ---------------------------------------------------------------------------
# Loading


def no_attribute(obj: Any, name: str) -> AttributeError:
    if issubclass(type(obj), type):
        error = AttributeError(f"type object '{obj.__name__}' has no attribute '{name}'")
    else:
        error = AttributeError(f"'{visible_type_name(obj)}' object has no attribute '{name}'")
    # For the traceback's "Did you mean": the name as CPython sets it, and the object
    # out of the sandbox's reach (``e.obj`` stays None: the runtime's own look-ups fail
    # here too).  Attributes, not keywords: half the cost, on a path hasattr() takes.
    error.name = name
    error._interp_obj = obj
    return error


#: CPython 3.12 rewrote the error of setting (or deleting) an attribute that an object
#: without a ``__dict__`` does not have, and began setting its ``name`` and ``obj``.
_SET_ERROR_312 = sys.version_info >= (3, 12)


def cannot_set(obj: Any, name: str) -> AttributeError:
    """The error of ``obj.name = v`` or ``del obj.name`` where ``obj`` has no ``__dict__``
    and its type no attribute ``name``, as the host's CPython words it.  3.11 leaves
    ``name`` unset, so its traceback suggests nothing; 3.12+ sets it and suggests."""
    text = f"'{visible_type_name(obj)}' object has no attribute '{name}'"
    if not _SET_ERROR_312:
        return AttributeError(text)
    error = AttributeError(text + " and no __dict__ for setting new attributes")
    error.name = name
    error._interp_obj = obj
    return error


#: Runtime types whose instances' attributes are their ``__dict__``'s entries, for any
#: name that does not start with an underscore, read and stored (their tables hold
#: dunders only, and a miss goes on to the general path): ``Module``, whose
#: ``heapq.heappush`` a method-call site loads at every call, and ``Function``, whose
#: attributes a decorator's wrapper keeps its counts in (``wrapper.hits += 1``).
NAMESPACE_TYPES: set[type] = set()


def load_attr(obj: Any, name: str) -> Any:
    """``obj.name`` as sandboxed code sees it."""
    t = type(obj)
    if t in NAMESPACE_TYPES and name[:1] != "_":
        value = obj.__dict__.get(name, MISSING)
        if value is not MISSING:
            return value
    if issubclass(t, type):
        return load_class_attr(obj, name)
    if id(t) in USER_CLASSES:
        return _load_user_instance(obj, t, name)
    entry, _ = lookup(t, name)
    fallback = INSTANCE_FALLBACKS.get(t)
    if fallback is not None and type(entry) is not DataAttr:
        value = fallback(obj, name)
        if value is not MISSING:
            return value
    if entry is not MISSING:
        return bind_builtin_entry(entry, obj, t)
    if name == "__doc__":
        # Every CPython type has a __doc__ (None or its text), that its instances read.
        return doc_of_type(t)
    raise no_attribute(obj, name)


#: Kinds of plan for loading an attribute from a user instance.
_SLOW, _DATA, _DICT = 0, 1, 2


def traceback_state(t: type, name: str) -> bool:
    """True for the names under which :mod:`.tracebacks` keeps an exception's traceback
    in its ``__dict__``: sandbox code can neither read nor write them, on builtin
    exceptions (see ``core_types``) nor on instances of its own exception classes."""
    return name.startswith("_interp") and issubclass(t, BaseException)


def _instance_plan(t: type, name: str) -> tuple:
    """How ``obj.name`` goes for instances of user class ``t``, worked out once:

    - ``(_SLOW,)``: the class has its own ``__getattribute__``;
    - ``(_DATA, value, from_table)``: a data descriptor on the class decides;
    - ``(_DICT, value, from_table, has_dict)``: the instance ``__dict__`` (if the
      instances have one), then the class attribute ``value`` (or MISSING).
    """
    _, builtin = lookup(t, "__getattribute__")
    if traceback_state(t, name):
        plan: tuple = (_DICT, MISSING, False, False)  # never found
    elif not builtin:
        plan = (_SLOW,)
    else:
        value, from_table = lookup(t, name)
        if value is not MISSING and (
            type(value) is DataAttr if from_table else _descriptor_kind(value) == 2 and _has_get(value)
        ):
            plan = (_DATA, value, from_table)
        else:
            plan = (_DICT, value, from_table, _dictoffset_of(t) != 0)
    _plans[(id(t), name)] = plan
    return plan


def plain_method(t: type, name: str) -> tuple | None:
    """For a call ``obj.name(...)`` on an instance of user class ``t``: ``(function,
    has_dict)`` when ``name`` is a sandbox function on the class that nothing but an
    instance attribute of the same name can hide (``has_dict``: whether instances
    have a ``__dict__`` to look in first, which the host's own ``obj.__dict__`` then
    gives: see :func:`_host_dict_exact`); else None."""
    if issubclass(t, type):
        return None  # a metaclass: its instances are classes, whose own MRO comes first
    plan = _plans.get((id(t), name))
    if plan is None:
        plan = _instance_plan(t, name)
    if plan[0] == _DICT and type(plan[1]) is Function and (not plan[3] or _host_dict_exact(t)):
        environment.current.sandbox_methods.add(name)
        return plan[1], plan[3]
    return None


def _host_dict_exact(t: type) -> bool:
    """Whether the host's ``obj.__dict__`` is the instance ``__dict__`` of user class
    ``t``'s instances: the first ``__dict__`` along the MRO is the slot CPython made
    for a class of the MRO (not a class attribute of the program's named ``__dict__``),
    and no class defines ``__getattribute__``.  The call sites that look in the
    instance ``__dict__`` before calling a method read it so, for about half the
    cost of ``object.__getattribute__(obj, "__dict__")``."""
    key = (id(t), "__dict__", "host dict")
    exact = _plans.get(key)
    if exact is None:
        found = _host_first(t, "__dict__", ("__getattribute__",))
        exact = (
            type(found) is _getset_descriptor
            and found.__name__ == "__dict__"
            and issubclass(t, found.__objclass__)
        )
        _plans[key] = exact
    return exact


def plain_dunder(t: type, name: str, nargs: int) -> Any:
    """For a user class ``t`` whose instances an operation calls ``name`` on
    (``obj[i]``: ``__getitem__``): the sandbox function the host would call, when it
    is one that takes exactly ``nargs`` arguments and can run in place (its Code is
    ``direct``); else None.  Whether its body can pause the caller checks on each call
    (a lazy body is compiled on its first call)."""
    key = (id(t), name, nargs)
    plan = _plans.get(key, MISSING)
    if plan is MISSING:
        plan = None
        if not issubclass(t, type):
            value, from_table = lookup(t, name)
            if not from_table and type(value) is Function:
                code = value.code
                if code.direct and code.argcount == nargs:
                    plan = value
        _plans[key] = plan
    return plan


def builtin_method(t: type, name: str) -> Any:
    """For a call ``obj.name(...)`` on an instance of builtin type ``t``: the
    :class:`Builtin` method of its table, to be called with ``obj`` first; else None
    (an attribute of the instance's own, a class, a data attribute...)."""
    value, from_table = lookup(t, name)
    if from_table and type(value) is Builtin and t not in INSTANCE_FALLBACKS and not issubclass(t, type):
        return value
    return None


def _load_user_instance(obj: Any, t: type, name: str) -> Any:
    plan = _plans.get((id(t), name))
    if plan is None:
        plan = _instance_plan(t, name)
    kind = plan[0]
    try:
        if kind == _DICT:
            if plan[3]:
                found = _object_getattribute(obj, "__dict__").get(name, MISSING)
                if found is not MISSING:
                    return found
            value = plan[1]
            if value is not MISSING:
                if type(value) is Function:
                    return BoundMethod(value, obj)
                if plan[2]:
                    return bind_builtin_entry(value, obj, t)
                return bind_descriptor(value, obj, t)
            raise no_attribute(obj, name)
        if kind == _DATA:
            value = plan[1]
            return value.getter(obj) if plan[2] else bind_descriptor(value, obj, t)
        getattribute, _ = lookup(t, "__getattribute__")
        return call_method_nested(getattribute, obj, (name,))
    except AttributeError:
        getattr_hook, _ = lookup(t, "__getattr__")
        if getattr_hook is MISSING:
            raise
    # Outside the except clause: an error of __getattr__ has no context (CPython clears
    # the AttributeError before calling it).
    return call_method_nested(getattr_hook, obj, (name,))


# ---------------------------------------------------------------------------
# Site caches
#
# Most attribute sites of a program see instances of one class (``self.pos`` in a
# method).  Each site remembers, for the last user class it saw, how the attribute is
# reached: through the instance ``__dict__`` (then a method or nothing on the class),
# or through a ``__slots__`` member.  What it remembers is keyed by the class's ``id``
# and the :data:`EPOCH`: any change to any class, and the death of any class (before its
# ``id`` can be reused), starts a new epoch.  Nothing a sandbox value defines runs in
# the check (an ``int`` comparison), so one sandbox cannot steer another's sites; and a
# site never needs to hold the class itself.  Anything else takes the general path.

_SITE_NONE, _SITE_DICT, _SITE_SLOT = 0, 1, 2


def _site_plan(t: type, name: str) -> tuple[int, Any]:
    """``(kind, value)`` for a site loading ``name`` from instances of user class ``t``."""
    if issubclass(t, type):
        return _SITE_NONE, None  # a metaclass: its instances are classes (load_class_attr)
    plan = _plans.get((id(t), name))
    if plan is None:
        plan = _instance_plan(t, name)
    if plan[0] == _DICT and plan[3]:
        return _SITE_DICT, plan[1]
    if plan[0] == _DATA and not plan[2] and type(plan[1]) is _member_descriptor:
        return _SITE_SLOT, plan[1]
    return _SITE_NONE, None


#: The kinds of :func:`site_plan`: the general path, the instance ``__dict__`` then the
#: class, a ``__slots__`` member.
SITE_NONE, SITE_DICT, SITE_SLOT = _SITE_NONE, _SITE_DICT, _SITE_SLOT


def site_plan(t: type, name: str) -> tuple[int, Any]:
    """For a site cache: ``(kind, value)`` saying how ``name`` is read from instances of
    user class ``t``: :data:`SITE_DICT` (their ``__dict__``, then ``value`` on the
    class), :data:`SITE_SLOT` (``value`` is the slot's member descriptor) or
    :data:`SITE_NONE` (the general path)."""
    return _site_plan(t, name)


def dict_site(t: type, name: str) -> tuple[Any] | None:
    """For a site cache: ``(value,)`` when ``name`` is read from instances of user class
    ``t`` in their ``__dict__`` first and then as ``value`` on the class (MISSING,
    a sandbox function, or anything else, which the general path binds); else None."""
    kind, value = _site_plan(t, name)
    return (value,) if kind == _SITE_DICT else None


# The host's own ``obj.name``
#
# The second tier's code can read ``obj.name`` and store ``obj.name = value`` with the
# host's attribute machinery itself (an ``attrgetter`` of the name, ``setattr``: about
# 55 ns less a read than the instance ``__dict__`` read above, on CPython 3.11), where
# that is provably the same thing: for one user class ``t`` (checked
# by identity, with the epoch, at every use) and one name written in the program's
# source.  The proof is the host's own look-up, done once over ``t``'s MRO:
#
# - no class but ``object`` defines ``__getattribute__`` or ``__getattr__`` (a read) or
#   ``__setattr__`` (a store), so the host's generic machinery runs and nothing else;
# - the first class attribute the host finds under ``name`` is the very object the
#   sandbox's plan found (not a table entry standing for a builtin's attribute, which
#   the host would not see), or neither finds one;
# - that object behaves alike in both: for a read, a slot's member descriptor, or a
#   value whose type has no ``__get__`` (``count = 0`` on the class); for a store, a
#   slot's member descriptor, or anything whose type has neither ``__set__`` nor
#   ``__delete__``;
# - the name is not a dunder name (``__reduce__``, ``__sizeof__``: the names the host's
#   types have and the sandbox's tables leave out are all dunders) nor one of the
#   exception state names the sandbox never sees.
#
# A read the host cannot answer raises AttributeError (an instance without the name,
# an unset slot), and the compiled code then takes the site's general path, which
# gives the sandbox's own error or runs ``__getattr__``.  The host never runs sandbox
# code on this path and never finds anything the sandbox's plan did not.


def _unplain_name(t: type, name: str) -> bool:
    return (name.startswith("__") and name.endswith("__")) or traceback_state(t, name)


def _host_first(t: type, name: str, hooks: tuple[str, ...]) -> Any:
    """The first attribute ``name`` along ``t``'s MRO as the host finds it (MISSING if
    none); None when a class other than ``object`` defines one of ``hooks``."""
    found = MISSING
    for klass in _mro_of(t):
        namespace = _dict_of(klass)
        if klass is not object and any(hook in namespace for hook in hooks):
            return None
        if found is MISSING and name in namespace:
            found = namespace[name]
    return found


def _type_defines(value: Any, names: tuple[str, ...]) -> bool:
    return any(name in _dict_of(klass) for klass in _mro_of(type(value)) for name in names)


def _host_reads_exactly(t: type, name: str, kind: int, value: Any) -> bool:
    """Whether the host's ``obj.name`` gives what site kind ``kind`` with ``value``
    gives, for instances of user class ``t`` (see above)."""
    if kind == _SITE_NONE or _unplain_name(t, name):
        return False
    key = (id(t), name, "host read")
    exact = _plans.get(key)
    if exact is None:
        found = _host_first(t, name, ("__getattribute__", "__getattr__"))
        if found is None or found is not value:
            exact = False
        elif kind == _SITE_SLOT:
            exact = type(found) is _member_descriptor
        else:
            exact = found is MISSING or not _type_defines(found, ("__get__",))
        _plans[key] = exact
    return exact


def _host_stores_exactly(t: type, name: str, plan: Any) -> bool:
    """Whether the host's ``obj.name = value`` does what store plan ``plan`` does, for
    instances of user class ``t`` (see above)."""
    if plan is None or _unplain_name(t, name):
        return False
    key = (id(t), name, "host store")
    exact = _plans.get(key)
    if exact is None:
        found = _host_first(t, name, ("__setattr__",))
        if found is None:
            exact = False
        elif plan is _DICT:
            exact = found is MISSING or not _type_defines(found, ("__set__", "__delete__"))
        else:
            exact = found is plan
        _plans[key] = exact
    return exact


class AttributeSite:
    """The cache of one attribute site (``obj.name``): the two user classes it saw last
    (a method of a base class reads ``self.x`` from instances of two subclasses) and how
    ``name`` is read from their instances (:func:`site_plan`).  The compiled code reads
    the first entry itself where it can (``cls``, ``epoch``, and ``kind`` for an
    instance ``__dict__``, or ``host_epoch`` for the host's own ``obj.name``) and calls
    :meth:`read` for everything else."""

    __slots__ = ("name", "epoch", "cls", "kind", "value", "host_epoch", "cls_b", "kind_b", "value_b")

    def __init__(self, name: str) -> None:
        self.name = name
        self.epoch = -1
        self.cls: type | None = None
        self.cls_b: type | None = None
        self.kind = self.kind_b = _SITE_NONE
        #: The epoch, when the host's ``obj.name`` is exact for the first entry's class
        #: (else -1): the compiled code tests it in place of ``epoch``.
        self.host_epoch = -1
        self.value: Any = None
        self.value_b: Any = None

    def read(self, obj: Any) -> Any:
        """``obj.name`` exactly as :func:`load_attr` gives it, by the site's entries,
        which it refills from ``obj``'s class."""
        t = type(obj)
        name = self.name
        if self.epoch == EPOCH[0]:
            if t is self.cls:
                kind, value = self.kind, self.value
            elif t is self.cls_b:
                kind, value = self.kind_b, self.value_b
            else:
                kind = -1
            if kind == _SITE_DICT:
                found = _object_getattribute(obj, "__dict__").get(name, MISSING)
                if found is not MISSING:
                    return found
                if type(value) is Function:
                    return BoundMethod(value, obj)
                return load_attr(obj, name)
            if kind == _SITE_SLOT:
                try:
                    return value.__get__(obj, t)
                except AttributeError:
                    pass  # unset: the general path raises, or runs __getattr__
                return load_attr(obj, name)
            if kind == _SITE_NONE:
                return load_attr(obj, name)
        if id(t) in USER_CLASSES:
            epoch = EPOCH[0]
            kind, value = _site_plan(t, name)
            if epoch == self.epoch:
                self.cls_b, self.kind_b, self.value_b = self.cls, self.kind, self.value
            else:
                self.cls_b = None
            self.cls, self.kind, self.value, self.epoch = t, kind, value, epoch
            self.host_epoch = epoch if _host_reads_exactly(t, name, kind, value) else -1
        return load_attr(obj, name)


def attribute_loader(name: str) -> Any:
    """A function ``load(obj)`` giving ``obj.name`` exactly as :func:`load_attr` does,
    for one site of the program, with the site's cache (:class:`AttributeSite`)."""
    return AttributeSite(name).read


def _site_setter(t: type, name: str) -> Any:
    """What :func:`store_attr` does for user class ``t`` and ``name``: ``_DICT``, a
    member descriptor, or None (the general path)."""
    if issubclass(t, type):
        return None  # a metaclass: its instances are classes (set_class_attr)
    plan = _plans.get((id(t), name, "set"))
    if plan is None:
        plan = _setter_plan(t, name)
    return plan or None


#: What :func:`setter_plan` answers for a store into the instance ``__dict__``.
DICT_PLAN = _DICT


def setter_plan(t: type, name: str) -> Any:
    """For a site cache: how ``obj.name = value`` goes for instances of user class
    ``t``: :data:`DICT_PLAN`, a member descriptor, or None (the general path)."""
    return _site_setter(t, name)


class StoreSite:
    """The cache of one store site (``obj.name = value``), as :class:`AttributeSite` is
    of a read: the two user classes it saw last and how ``name`` is stored into their
    instances (:func:`_site_setter`).  The compiled code stores with the host's own
    ``obj.name = value`` when the first entry says that is exact (``cls`` and
    ``host_epoch``) and calls :meth:`store` for everything else."""

    __slots__ = ("name", "epoch", "cls", "plan", "host_epoch", "cls_b", "plan_b")

    def __init__(self, name: str) -> None:
        self.name = name
        self.epoch = -1
        self.cls: type | None = None
        self.cls_b: type | None = None
        self.plan: Any = None
        self.plan_b: Any = None
        #: The epoch, when the host's ``obj.name = value`` is exact for the first
        #: entry's class (else -1).
        self.host_epoch = -1

    def store(self, obj: Any, value: Any) -> None:
        """``obj.name = value`` exactly as :func:`store_attr` does it."""
        t = type(obj)
        if self.epoch == EPOCH[0]:
            if t is self.cls:
                plan = self.plan
            elif t is self.cls_b:
                plan = self.plan_b
            else:
                plan = None
            if plan is _DICT:
                _object_getattribute(obj, "__dict__")[self.name] = value
                return
            if plan is not None:
                plan.__set__(obj, value)
                return
        if id(t) in USER_CLASSES:
            epoch = EPOCH[0]
            plan = _site_setter(t, self.name)
            if plan is not None:
                if epoch == self.epoch:
                    self.cls_b, self.plan_b = self.cls, self.plan
                else:
                    self.cls_b = None
                self.cls, self.plan, self.epoch = t, plan, epoch
                self.host_epoch = epoch if _host_stores_exactly(t, self.name, plan) else -1
        store_attr(obj, self.name, value)


def attribute_storer(name: str) -> Any:
    """A function ``store(obj, value)`` doing ``obj.name = value`` exactly as
    :func:`store_attr` does, with the cache of one site (:class:`StoreSite`)."""
    return StoreSite(name).store


def generic_getattr(obj: Any, t: type, name: str) -> Any:
    """``object.__getattribute__`` over the sandbox's tables."""
    if traceback_state(t, name):
        raise no_attribute(obj, name)
    value, from_table = lookup(t, name)
    if value is not MISSING:
        if from_table:
            if type(value) is DataAttr:
                return value.getter(obj)
        elif _descriptor_kind(value) == 2 and _has_get(value):
            return bind_descriptor(value, obj, t)
    try:
        d = _object_getattribute(obj, "__dict__")
    except AttributeError:
        d = None
    if d is not None:
        found = d.get(name, MISSING)
        if found is not MISSING:
            return found
    if value is not MISSING:
        if from_table:
            return bind_builtin_entry(value, obj, t)
        return bind_descriptor(value, obj, t)
    raise no_attribute(obj, name)


def load_class_attr(cls: type, name: str) -> Any:
    """``cls.name`` for a class (builtin or user-defined): through the metaclass's
    ``__getattribute__`` and ``__getattr__`` when the program's metaclass has them."""
    meta = type(cls)
    if id(meta) not in USER_CLASSES:
        return type_getattr(cls, name)
    getattribute, builtin = lookup(meta, "__getattribute__")
    try:
        if builtin:
            return type_getattr(cls, name)
        return call_method_nested(getattribute, cls, (name,))
    except AttributeError:
        getattr_hook, _ = lookup(meta, "__getattr__")
        if getattr_hook is MISSING:
            raise
    # Outside the except clause, as for instances (_load_user_instance).
    return call_method_nested(getattr_hook, cls, (name,))


def type_getattr(cls: type, name: str) -> Any:
    """``type.__getattribute__(cls, name)``: the metaclass's data descriptors, the
    class's MRO, then the metaclass's other attributes."""
    meta = type(cls)
    meta_value, meta_table = lookup(meta, name)
    if meta_value is not MISSING:
        if meta_table:
            if type(meta_value) is DataAttr:
                return meta_value.getter(cls)
        elif _descriptor_kind(meta_value) == 2:
            return bind_descriptor(meta_value, cls, meta)
    value, from_table = lookup(cls, name)
    if value is not MISSING:
        if from_table:
            et = type(value)
            if et is ClassMethodEntry:
                return BoundBuiltin(value.builtin, cls)
            if et is StaticEntry:
                return value.builtin
            if et is Value:
                return value.value
            if et is DataAttr:
                return class_level(value, table_owner(cls, name, value), name)
            return value
        return bind_descriptor(value, None, cls)
    if meta_value is not MISSING:
        if meta_table:
            return bind_builtin_entry(meta_value, cls, meta)
        return bind_descriptor(meta_value, cls, meta)
    raise no_attribute(cls, name)


# ---------------------------------------------------------------------------
# Storing and deleting


def readonly_error(obj: Any, name: str, entry: Any = MISSING) -> AttributeError:
    """CPython's error for assigning or deleting attribute ``name`` that ``obj``'s type
    has as ``entry`` (its instances having no ``__dict__``)."""
    if issubclass(type(obj), type):
        return TypeError(f"cannot set '{name}' attribute of immutable type '{obj.__name__}'")
    if type(entry) is DataAttr:
        return not_writable(table_owner(type(obj), name, entry), name)
    return AttributeError(f"'{visible_type_name(obj)}' object attribute '{name}' is read-only")


def store_attr(obj: Any, name: str, value: Any) -> None:
    """``obj.name = value``."""
    t = type(obj)
    if issubclass(t, type):
        set_class_attr(obj, name, value)
        return
    if id(t) in USER_CLASSES:
        plan = _plans.get((id(t), name, "set"))
        if plan is None:
            plan = _setter_plan(t, name)
        if plan:  # False: worked out before, the general path
            if plan is _DICT:
                _object_getattribute(obj, "__dict__")[name] = value
            else:
                plan.__set__(obj, value)
            return
        setattr_hook, builtin = lookup(t, "__setattr__")
        if not builtin:
            call_method_nested(setattr_hook, obj, (name, value))
            return
        generic_setattr(obj, t, name, value)
        return
    if issubclass(type(obj), type):
        set_class_attr(obj, name, value)
        return
    if t in NAMESPACE_TYPES and name[:1] != "_":
        obj.__dict__[name] = value
        return
    setter = INSTANCE_SETTERS.get(t)
    if setter is not None:
        setter(obj, name, value)
        return
    entry, _ = lookup(t, name)
    if type(entry) is DataAttr and entry.setter is not None:
        entry.setter(obj, value)
        return
    if entry is not MISSING:
        raise readonly_error(obj, name, entry)
    raise cannot_set(obj, name)


def _setter_plan(t: type, name: str) -> Any:
    """How ``obj.name = value`` goes for instances of user class ``t`` when it is
    simple: ``_DICT`` (into the instance ``__dict__``) or a slot's member descriptor;
    else None (the general path: a ``__setattr__`` of its own, a property...)."""
    plan: Any = None
    _, builtin = lookup(t, "__setattr__")
    if builtin and not traceback_state(t, name):
        found, from_table = lookup(t, name)
        if found is MISSING or not from_table and _descriptor_kind(found) != 2:
            if _dictoffset_of(t) != 0:
                plan = _DICT
        elif type(found) is _member_descriptor:
            plan = found
    _plans[(id(t), name, "set")] = plan or False
    return plan


def generic_setattr(obj: Any, t: type, name: str, value: Any) -> None:
    """``object.__setattr__`` over the sandbox's tables."""
    if type(name) is not str:
        raise TypeError(f"attribute name must be string, not '{type(name).__name__}'")
    if traceback_state(t, name):
        raise AttributeError(f"'{type(obj).__name__}' object attribute '{name}' is read-only")
    found, from_table = lookup(t, name)
    if found is not MISSING:
        if from_table:
            if type(found) is DataAttr:
                if found.setter is None:
                    raise readonly_error(obj, name, found)
                found.setter(obj, value)
                return
        else:
            ft = type(found)
            hooks = RUNTIME_DESCRIPTORS.get(ft)
            if hooks is not None and hooks[1] is not None:
                hooks[1](found, obj, value)
                return
            if ft is _member_descriptor or ft is _getset_descriptor:
                found.__set__(obj, value)
                return
            if id(ft) in USER_CLASSES:
                hook, _ = lookup(ft, "__set__")
                if hook is not MISSING:
                    call_method_nested(hook, found, (obj, value))
                    return
    try:
        d = _object_getattribute(obj, "__dict__")
    except AttributeError:
        if found is MISSING:
            raise cannot_set(obj, name) from None
        raise AttributeError(f"'{t.__name__}' object attribute '{name}' is read-only") from None
    d[name] = value


def delete_attr(obj: Any, name: str) -> None:
    """``del obj.name``."""
    t = type(obj)
    if issubclass(t, type):
        set_class_attr(obj, name, MISSING)
        return
    if id(t) in USER_CLASSES:
        hook, builtin = lookup(t, "__delattr__")
        if not builtin:
            call_method_nested(hook, obj, (name,))
            return
        generic_delattr(obj, t, name)
        return
    if issubclass(type(obj), type):
        set_class_attr(obj, name, MISSING)
        return
    setter = INSTANCE_SETTERS.get(t)
    if setter is not None:
        setter(obj, name, MISSING)
        return
    entry, _ = lookup(t, name)
    if entry is not MISSING:
        raise readonly_error(obj, name, entry)
    raise cannot_set(obj, name)


def generic_delattr(obj: Any, t: type, name: str) -> None:
    if traceback_state(t, name):
        raise AttributeError(f"'{type(obj).__name__}' object attribute '{name}' is read-only")
    found, from_table = lookup(t, name)
    if from_table and type(found) is DataAttr and found.setter is None:
        raise readonly_error(obj, name, found)
    if found is not MISSING and not from_table:
        ft = type(found)
        hooks = RUNTIME_DESCRIPTORS.get(ft)
        if hooks is not None and hooks[2] is not None:
            hooks[2](found, obj)
            return
        if ft is _member_descriptor or ft is _getset_descriptor:
            found.__delete__(obj)
            return
        if id(ft) in USER_CLASSES:
            hook, _ = lookup(ft, "__delete__")
            if hook is not MISSING:
                call_method_nested(hook, found, (obj,))
                return
    try:
        d = _object_getattribute(obj, "__dict__")
    except AttributeError:
        if found is MISSING:
            raise cannot_set(obj, name) from None
        raise no_attribute(obj, name) from None
    if name not in d:
        # CPython (3.11 as 3.14) turns the dict's KeyError into a plain AttributeError,
        # ``name`` unset: its traceback suggests nothing.
        raise AttributeError(f"'{visible_type_name(obj)}' object has no attribute '{name}'")
    del d[name]


#: Class attributes the host manages itself; assigning them goes through host checks.
_HOST_MANAGED = frozenset({"__bases__", "__name__", "__qualname__", "__module__", "__doc__"})
_FORBIDDEN_CLASS_NAMES = frozenset({"__dict__", "__mro__", "__class__", "__weakref__"})
#: Deleted through the host's ``type`` even when not in the class dict: on 3.14 these
#: are kept under other keys (runtime/deferred_annotations.py).
_TYPE_DELETES = ("__annotations__", "__annotate__") if sys.version_info >= (3, 14) else ()


def set_class_attr(cls: type, name: str, value: Any, *, hooks: bool = True) -> None:
    """``cls.name = value`` (``value`` MISSING: delete).  ``hooks=False`` is
    ``type.__setattr__`` itself, which a metaclass's own hook calls through ``super()``."""
    if id(cls) not in USER_CLASSES:
        # CPython 3.11 words setting and deleting alike.
        raise TypeError(f"cannot set '{name}' attribute of immutable type '{cls.__name__}'")
    meta = type(cls)
    if hooks and id(meta) in USER_CLASSES:
        hook, builtin = lookup(meta, "__setattr__" if value is not MISSING else "__delattr__")
        if not builtin:
            args = (name, value) if value is not MISSING else (name,)
            call_method_nested(hook, cls, args)
            return
    if type(name) is not str:
        raise TypeError(f"attribute name must be string, not '{type(name).__name__}'")
    if name in _FORBIDDEN_CLASS_NAMES:
        if name in ("__mro__", "__dict__"):
            raise not_writable(type, name)
        raise AttributeError(f"readonly attribute '{name}'")
    invalidate()
    if value is MISSING:
        if _dict_of(cls).get(name, HIDDEN_FINALISER) is HIDDEN_FINALISER and name not in _TYPE_DELETES:
            raise AttributeError(f"type object '{cls.__name__}' has no attribute '{name}'")
        _type_delattr(cls, name)
    else:
        _type_setattr(cls, name, links.prepare_class_value(name, value))
