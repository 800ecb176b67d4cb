"""``property``, ``classmethod``, ``staticmethod`` and ``super``.

These are runtime objects, not the host's: the host's would call sandboxed getters
through host machinery and hand out host bound methods.  Each registers its
``__get__``/``__set__``/``__delete__`` behaviour in
:data:`~interp.runtime.attributes.RUNTIME_DESCRIPTORS` so the attribute code applies
the descriptor protocol itself.
"""

from __future__ import annotations

import sys as _sys
from typing import Any

from . import attributes
from .attributes import (
    MISSING,
    USER_CLASSES,
    bind_builtin_entry,
    bind_descriptor,
    class_level,
    load_attr,
    lookup,
    no_attribute,
    store_attr,
)
from .calls import call
from .functions import BoundMethod, Function, run_nested
from .native import BoundBuiltin, Builtin
from .typenames import class_name, visible_type_name
from .typetable import TABLES, ClassMethodEntry, DataAttr, StaticEntry, Value, method, register_type

#: ``cls.__mro__`` read from the type itself: a metaclass's ``__getattribute__`` cannot
#: answer it (nor run, when host code walks a program's class).
_mro_of = type.__dict__["__mro__"].__get__
#: A class's own namespace, read from the type itself (as ``_mro_of``).
_dict_of = type.__dict__["__dict__"].__get__


class Property:
    """The sandbox's ``property``."""

    # ``getter_doc``: the doc came from ``fget`` (a copy made by ``getter()`` then takes
    # the new getter's doc, as in CPython).
    __slots__ = ("fget", "fset", "fdel", "doc", "name", "getter_doc")

    def __init__(self, fget: Any = None, fset: Any = None, fdel: Any = None, doc: Any = None) -> None:
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.getter_doc = False
        if doc is None and fget is not None:
            doc = fget.doc if type(fget).__name__ in ("Function", "function") else None
            self.getter_doc = doc is not None
        self.doc = doc
        self.name = getattr(fget, "__name__", None) if fget is not None else None


def property_doc(fget: Any) -> Any:
    """``fget.__doc__`` (None if it has none), read as sandbox code would."""
    if fget is None:
        return None
    try:
        return load_attr(fget, "__doc__")
    except AttributeError:
        return None


def make_property(fget: Any = None, fset: Any = None, fdel: Any = None, doc: Any = None) -> Property:
    """``property(fget, fset, fdel, doc)``."""
    prop = Property(fget, fset, fdel, doc)
    if doc is None and fget is not None:
        prop.doc = property_doc(fget)
        prop.getter_doc = prop.doc is not None
    return prop


def property_init(p: Property, fget: Any = None, fset: Any = None, fdel: Any = None, doc: Any = None) -> None:
    """``property.__init__``: what a subclass's ``super().__init__(...)`` runs.  As in
    CPython, a subclass instance keeps its doc in its own ``__dict__`` (the class's
    ``__doc__`` would hide the slot)."""
    p.fget, p.fset, p.fdel = fget, fset, fdel
    p.getter_doc = False
    p.name = getattr(fget, "__name__", None) if type(fget).__name__ == "function" else None
    if type(p) is Property:
        p.doc = doc
        if doc is None and fget is not None:
            p.doc = property_doc(fget)
            p.getter_doc = p.doc is not None
    elif _sys.version_info < (3, 12):
        # 3.11 keeps an explicit doc in the slot (hidden by the subclass's __doc__) and
        # only the getter's doc in the instance's __dict__.
        p.doc = doc
        if doc is None and fget is not None:
            p.getter_doc = True
            store_attr(p, "__doc__", property_doc(fget))
    else:
        if doc is None and fget is not None:
            doc = property_doc(fget)
            p.getter_doc = doc is not None
        p.doc = None
        store_attr(p, "__doc__", doc)


def property_new(cls: Any, *args: Any, **kwargs: Any) -> Any:
    """``property.__new__``: an empty property of ``cls``; ``__init__`` fills it."""
    if not (issubclass(type(cls), type) and issubclass(cls, Property)):
        raise TypeError("property.__new__(X): X is not a subtype of property")
    prop = object.__new__(cls)
    Property.__init__(prop)
    return prop


def property_copy(p: Property, attr: str, func: Any) -> Any:
    """``p.getter(func)`` (and setter, deleter) (generator): a new property of the same
    type, made by calling that type, as CPython does, so a subclass's ``__init__`` runs."""
    parts = {"fget": p.fget, "fset": p.fset, "fdel": p.fdel}
    parts[attr] = func
    doc = None if p.getter_doc and parts["fget"] is not None else p.doc
    if type(p) is Property:
        new = make_property(parts["fget"], parts["fset"], parts["fdel"], doc)
    else:
        new = yield from call(type(p), (parts["fget"], parts["fset"], parts["fdel"], doc), None)
    if isinstance(new, Property):
        new.name = p.name
    return new


def property_isabstract(p: Property) -> bool:
    """``property.__isabstractmethod__``: any of its functions is abstract."""
    return any(is_abstract(f) for f in (p.fget, p.fset, p.fdel))


def is_abstract(value: Any) -> bool:
    """CPython's ``_PyObject_IsAbstract``: ``value.__isabstractmethod__``, true."""
    if value is None:
        return False
    try:
        flag = load_attr(value, "__isabstractmethod__")
    except AttributeError:
        return False
    return bool(flag)


def _property_get(prop: Property, obj: Any, owner: Any) -> Any:
    if obj is None:
        return prop
    if prop.fget is None:
        raise AttributeError(f"property '{prop.name}' of '{type(obj).__name__}' object has no getter")
    return run_nested(call(prop.fget, (obj,), None))


def _property_set(prop: Property, obj: Any, value: Any) -> None:
    if prop.fset is None:
        raise AttributeError(f"property '{prop.name}' of '{type(obj).__name__}' object has no setter")
    run_nested(call(prop.fset, (obj, value), None))


def _property_delete(prop: Property, obj: Any) -> None:
    if prop.fdel is None:
        raise AttributeError(f"property '{prop.name}' of '{type(obj).__name__}' object has no deleter")
    run_nested(call(prop.fdel, (obj,), None))


register_type(Property, descriptor=(_property_get, _property_set, _property_delete))


class ClassMethod:
    """The sandbox's ``classmethod``."""

    __slots__ = ("__func__", "__dict__")

    def __init__(self, func: Any) -> None:
        self.__func__ = func

    # Host type creation looks up __init_subclass__ through __get__; the runtime calls
    # __init_subclass__ itself, so the host gets a no-op while a class is being made.
    def __get__(self, obj: Any, owner: Any = None) -> Any:
        if _building and getattr(self.__func__, "__name__", None) == "__init_subclass__":
            return _ignore
        return BoundMethod(self.__func__, owner if owner is not None else type(obj))


def _ignore(*args: Any, **kwargs: Any) -> None:
    return None


#: True while the host builds a class (see ClassMethod.__get__).
_building = False


def make_host_class(make: Any, *args: Any) -> Any:
    """``make(*args)``, the host's type creation for ``classes.create_class``, with
    :meth:`ClassMethod.__get__` told that a class is being built."""
    global _building
    _building = True
    try:
        return make(*args)
    finally:
        _building = False


class StaticMethod:
    """The sandbox's ``staticmethod``."""

    __slots__ = ("__func__", "__dict__")

    def __init__(self, func: Any) -> None:
        self.__func__ = func

    def __get__(self, obj: Any, owner: Any = None) -> Any:
        return self.__func__


register_type(
    ClassMethod,
    descriptor=(
        lambda d, obj, owner: BoundMethod(d.__func__, owner if owner is not None else type(obj)),
        None,
        None,
    ),
)
register_type(StaticMethod, descriptor=(lambda d, obj, owner: d.__func__, None, None))


# ---------------------------------------------------------------------------
# Subclasses of property, classmethod and staticmethod (``abc.abstractproperty``...).
# A subclass instance is a host instance of the runtime class, so the getters above
# work on it unchanged; the attribute code applies its ``__get__``/``__set__``
# through the type's table (or the subclass's own, which then wins).


def _wrapper_new(base: type) -> Any:
    def __new__(cls: Any, *args: Any, **kwargs: Any) -> Any:
        if not (issubclass(type(cls), type) and issubclass(cls, base)):
            name = base.__name__.lower()
            raise TypeError(f"{name}.__new__(X): X is not a subtype of {name}")
        obj = object.__new__(cls)
        obj.__func__ = None
        return obj

    return __new__


def _wrapper_init(name: str) -> Any:
    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        if kwargs:
            raise TypeError(f"{name}() takes no keyword arguments")
        if len(args) != 1:
            raise TypeError(f"{name} expected 1 argument, got {len(args)}")
        self.__func__ = args[0]

    return __init__


# ``method`` checks the receiver (``property.__init__(SomeClass)`` is refused).
for _cls, _name in ((ClassMethod, "classmethod"), (StaticMethod, "staticmethod")):
    _entries = register_type(_cls, subclassable=True)
    _entries["__new__"] = StaticEntry(Builtin(_wrapper_new(_cls), "__new__", qualname=f"{_name}.__new__"))
    method(_cls, "__init__")(_wrapper_init(_name))

_entries = register_type(Property, subclassable=True)
_entries["__new__"] = StaticEntry(Builtin(property_new, "__new__", qualname="property.__new__"))
method(Property, "__init__")(property_init)
method(Property, "__delete__")(lambda p, obj, /: _property_delete(p, obj))
_entries["__isabstractmethod__"] = DataAttr(property_isabstract)


class Super:
    """The sandbox's ``super`` object: attribute look-up past ``thisclass`` in the MRO.

    ``super(C)`` (or ``super(C, None)``) is *unbound*: ``obj`` and ``objtype`` are None,
    its attributes are the super object's own, and ``__get__`` binds it.
    """

    __slots__ = ("thisclass", "obj", "objtype")

    def __init__(self, thisclass: type, obj: Any = None) -> None:
        if not issubclass(type(thisclass), type):
            raise TypeError(f"super() argument 1 must be a type, not {visible_type_name(thisclass)}")
        objtype = None
        if obj is not None:
            if issubclass(type(obj), type) and issubclass(obj, thisclass):
                objtype = obj
            elif issubclass(type(obj), thisclass):
                objtype = type(obj)
            else:
                raise TypeError("super(type, obj): obj must be an instance or subtype of type")
        self.thisclass = thisclass
        self.obj = obj
        self.objtype = objtype

    def __repr__(self) -> str:
        if self.objtype is None:
            return f"<super: <class '{class_name(self.thisclass)}'>, NULL>"
        return f"<super: <class '{class_name(self.thisclass)}'>, <{class_name(self.objtype)} object>>"


def super_get(sup: Super, obj: Any, owner: Any = None) -> Any:
    """``super.__get__``: an unbound super object binds to ``obj``."""
    if obj is None or sup.obj is not None:
        return sup
    return Super(sup.thisclass, obj)


register_type(Super, descriptor=(super_get, None, None))


def _past_thisclass(sup: Super, name: str) -> tuple[Any, bool, Any]:
    """The first ``name`` along the instance type's MRO after ``thisclass``: ``(value,
    from_table, class)``, or ``(MISSING, False, None)``.  The one walk of a super
    look-up, for :func:`super_getattr` and :func:`super_function`."""
    mro = _mro_of(sup.objtype)
    try:
        start = mro.index(sup.thisclass) + 1
    except ValueError:
        return MISSING, False, None
    for k in mro[start:]:
        entries = TABLES.get(k)
        if entries is not None:
            entry = entries.get(name, MISSING)
            if entry is not MISSING:
                return entry, True, k
        elif id(k) in USER_CLASSES:
            value = _dict_of(k).get(name, MISSING)
            if value is not MISSING and value is not attributes.HIDDEN_FINALISER:
                return value, False, k
    return MISSING, False, None


def super_getattr(sup: Super, name: str) -> Any:
    """Look-up through a bound super object (MISSING: not found past ``thisclass``; the
    super object's own attributes are next, as in CPython)."""
    if sup.objtype is None or name == "__class__":
        return MISSING
    entry, from_table, k = _past_thisclass(sup, name)
    if entry is MISSING:
        return MISSING
    obj = sup.obj
    instance = None if obj is sup.objtype else obj
    if not from_table:
        return bind_descriptor(entry, instance, sup.objtype)
    et = type(entry)
    if et is Builtin:
        return entry if instance is None else BoundBuiltin(entry, instance)
    if et is ClassMethodEntry:
        return BoundBuiltin(entry.builtin, sup.objtype)
    if et is StaticEntry:
        return entry.builtin
    if et is DataAttr:
        return entry.getter(obj) if instance is not None else class_level(entry, k, name)
    if et is Value:
        return entry.value
    return bind_builtin_entry(entry, obj, sup.objtype)


def super_function(sup: Super, name: str) -> Any:
    """The sandbox function that ``sup.name`` binds to the instance (the look-up of
    :func:`super_getattr`, for an instance's super object), or None when the look-up
    gives anything else: a builtin of a table, a classmethod, a property, nothing, or
    an attribute of the super object's own.  For the call sites of ``super().name(...)``
    (``sites.MethodSite.super_function``), which run that function in place."""
    objtype = sup.objtype
    if objtype is None or sup.obj is objtype or name == "__class__":
        return None
    if type(lookup(Super, name)[0]) is DataAttr:
        return None  # the super object's own (__self__, __thisclass__...) come first
    value, from_table, _ = _past_thisclass(sup, name)
    return value if not from_table and type(value) is Function else None


__all__ = [
    "Property",
    "ClassMethod",
    "StaticMethod",
    "Super",
    "super_get",
    "super_getattr",
    "super_function",
    "lookup",
    "no_attribute",
]
