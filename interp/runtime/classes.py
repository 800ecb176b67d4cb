"""Classes: the ``class`` statement, ``type(name, bases, ns)`` and instantiation.

A user class is a real host class, made by ``type.__new__`` with the class's
metaclass, so that the host computes the C3 MRO, checks instance layouts and
metaclass conflicts with CPython's own messages, and so that host containers use
the class's ``__hash__``/``__eq__``/``__lt__`` (our ``Function`` objects implement
host ``__get__``/``__call__`` for that).  The class namespace holds sandbox values
only; the runtime registers the class in ``USER_CLASSES`` so attribute look-up reads
its ``__dict__``.

The host is given a minimal namespace at creation and the rest is set afterwards,
so that ``__set_name__`` and ``__init_subclass__`` are called by the runtime (as
suspendable sandbox calls, in CPython's order) rather than by the host.
"""

from __future__ import annotations

import sys as _sys
import types as _types
from typing import Any

from . import trashcan
from .attributes import MISSING, USER_CLASSES, bind_descriptor, invalidate, lookup, register_user_class
from .bigint import charge
from .calls import RUNNING_CODES, call, invoke
from .descriptors import ClassMethod, StaticMethod, make_host_class
from .functions import BoundMethod, Function
from .native import BoundBuiltin
from .typetable import CONSTRUCTORS, SUBCLASSABLE, TABLES, ClassMethodEntry, StaticEntry

_type_new = type.__new__
_type_setattr = type.__setattr__

#: ``type.__new__`` called from a function whose globals have no ``__name__``: the host
#: then gives the class no ``__module__`` (it would take this module's name otherwise).
_type_new_without_module = _types.FunctionType(
    (lambda meta, name, bases, ns: _type_new(meta, name, bases, ns)).__code__,
    {"_type_new": _type_new, "__builtins__": {}},
)

# Names the host must see at creation time: they shape the instance layout or the
# class identity.
_CREATION_NAMES: tuple[str, ...] = ("__module__", "__qualname__", "__doc__", "__slots__")
if _sys.version_info >= (3, 14):
    # Python 3.14 (Pyodide) keeps an ``__annotations__`` set after creation as
    # ``__annotations_cache__`` (PEP 749); given at creation it stays in the class dict,
    # where the runtime and the sandbox's dataclasses read it.
    _CREATION_NAMES += ("__annotations__",)


def _metatype_data_descriptor(meta: type, name: str) -> bool:
    """Whether the host's ``type.__setattr__`` of ``name`` on a class of ``meta`` would
    find a data descriptor on ``meta``'s MRO (read from the dicts: no program code)."""
    for klass in _mro_of(meta):
        d = _dict_of(klass)
        if name in d:
            return any(
                "__set__" in _dict_of(k) or "__delete__" in _dict_of(k) for k in _mro_of(type(d[name]))
            )
    return False


def prepare_class_value(name: str, value: Any) -> Any:
    """Wrap functions the way CPython's ``type.__new__`` does for special names."""
    if type(value) is Function:
        if name == "__new__":
            return StaticMethod(value)
        if name in ("__init_subclass__", "__class_getitem__"):
            return ClassMethod(value)
    return value


def is_subclassable(base: Any) -> bool:
    if id(base) in USER_CLASSES or base in SUBCLASSABLE:
        return True
    return issubclass(type(base), type) and issubclass(base, BaseException) and base in TABLES


def calculate_metaclass(meta: type, bases: tuple) -> type:
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
            "subclass of the metaclasses of all its bases"
        )
    return winner


def create_class(meta: type, name: str, bases: tuple, namespace: dict, kwargs: dict | None) -> Any:
    """``type.__new__(meta, name, bases, namespace, **kwargs)`` (generator)."""
    if type(name) is not str:
        raise TypeError(f"type.__new__() argument 1 must be str, not {type(name).__name__}")
    if type(bases) is not tuple:
        raise TypeError(f"type.__new__() argument 2 must be tuple, not {type(bases).__name__}")
    if not isinstance(namespace, dict):
        raise TypeError(f"type.__new__() argument 3 must be dict, not {type(namespace).__name__}")
    for base in bases:
        if not issubclass(type(base), type):
            raise TypeError("bases must be types")
        if not is_subclassable(base):
            raise TypeError(f"type '{base.__name__}' is not an acceptable base type")
    if not (id(meta) in USER_CLASSES or meta is type):
        raise TypeError(f"type.__new__({meta.__name__}): {meta.__name__} is not a subtype of type")
    winner = calculate_metaclass(meta, bases)
    if winner is not meta:
        # As CPython's type_new: a more derived metaclass with a __new__ of its own
        # makes the class (``type(name, (SomeEnum,), ns)`` runs EnumType.__new__).
        new, builtin = lookup(winner, "__new__")
        if new is not MISSING and not builtin:
            args = (winner, name, bases, namespace)
            return (yield from call(bind_descriptor(new, None, winner), args, kwargs or None))
    meta = winner
    initial = {key: namespace[key] for key in _CREATION_NAMES if key in namespace}
    no_module = False
    if "__module__" not in initial:
        # CPython takes it from the calling code's globals (type(name, bases, ns)).
        module = caller_module_name()
        if module is MISSING:
            no_module = True
        else:
            initial["__module__"] = module
    for key in namespace:
        # A name the metaclass has a data descriptor for (type's ``__name__``,
        # ``__bases__``, object's ``__class__``): setting it after creation would run
        # the descriptor (rename the class, change its bases or its metaclass), where
        # CPython's type.__new__ puts the value in the class dict.
        if type(key) is str and key not in initial and _metatype_data_descriptor(meta, key):
            initial[key] = prepare_class_value(key, namespace[key])
    if "__eq__" in namespace and "__hash__" not in namespace:
        initial["__hash__"] = None
    if "__qualname__" in initial and type(initial["__qualname__"]) is not str:
        raise TypeError(f"type __qualname__ must be a str, not {type(initial['__qualname__']).__name__}")
    # The host's type.__new__ and the __init_subclass__ search walk the bases' MROs, so in
    # a chain of classes thousands deep one step costs milliseconds: count it as that many
    # steps, so that the next budget check comes in time.
    charge(sum(len(_mro_of(base)) for base in bases) * MRO_ENTRY_SECONDS)
    make = _type_new_without_module if no_module else _type_new
    cls = make_host_class(make, meta, name, bases or (object,), initial)
    register_user_class(cls)
    invalidate()
    for key, value in namespace.items():
        if key in initial or key == "__classcell__":
            continue
        if type(key) is not str:
            continue
        _type_setattr(cls, key, prepare_class_value(key, value))
    if trashcan.ENABLED:
        trashcan.attach(cls)  # freeing deep data of this class stays flat (issue 13)
    # __set_name__ on each attribute, then __init_subclass__ of the parent: CPython's order.
    for key, value in list(namespace.items()):
        t = type(value)
        if id(t) in USER_CLASSES:
            # A builtin hook too: a property subclass learns its name as property does.
            hook, builtin = lookup(t, "__set_name__")
            if hook is not MISSING:
                bound = BoundBuiltin(hook, value) if builtin else bind_descriptor(hook, value, t)
                yield from call(bound, (cls, key), None)
    mro = _mro_of(cls)
    parent = mro[1] if len(mro) > 1 else object
    yield from init_subclass(cls, parent, kwargs)
    return cls


#: Estimated host seconds per entry of the bases' MROs when a class is made (measured:
#: about 6 us in type.__new__ and 3.5 us in the __init_subclass__ search, CPython 3.11).
MRO_ENTRY_SECONDS = 10e-6

#: ``_mro_of(cls)`` as the type itself holds it (a metaclass cannot shadow it).
_mro_of = type.__dict__["__mro__"].__get__
#: A class's own namespace, read from the type itself (as ``_mro_of``).
_dict_of = type.__dict__["__dict__"].__get__


def caller_globals() -> Any:
    """The globals dict of the sandboxed code running now (None if there is none),
    found from the innermost sandboxed function call or module body on the host stack,
    as CPython reads the calling frame's globals."""
    running = RUNNING_CODES
    frame = _sys._getframe(1)
    while frame is not None:
        code = frame.f_code
        if code in running:
            globals_ = getattr(frame.f_locals.get("fn"), "globals", None)
            if type(globals_) is dict:
                return globals_
        elif code.co_name == "run" and code.co_qualname == "Program.run":
            globals_ = getattr(frame.f_locals.get("self"), "globals", None)
            if type(globals_) is dict:
                return globals_
        frame = frame.f_back
    return None


def caller_module_name() -> Any:
    """``__name__`` of the calling code's globals, or MISSING (``type(name, bases, ns)``
    names the class's module after it)."""
    globals_ = caller_globals()
    if globals_ is None:
        return MISSING
    return globals_.get("__name__", MISSING)


def init_subclass(cls: type, parent: type, kwargs: dict | None) -> Any:
    """Call ``super(cls, cls).__init_subclass__(**kwargs)`` (generator)."""
    mro = _mro_of(cls)
    for k in mro[1:]:
        if id(k) in USER_CLASSES:
            hook = _dict_of(k).get("__init_subclass__", MISSING)
            if hook is not MISSING:
                bound = (
                    bind_descriptor(hook, None, cls)
                    if type(hook) is not ClassMethod
                    else BoundMethod(hook.__func__, cls)
                )
                yield from call(bound, (), kwargs)
                return
        elif k in TABLES:
            hook = TABLES[k].get("__init_subclass__") if k is not object else None
            if type(hook) is ClassMethodEntry:  # typing.Generic's (3.12+: type_params)
                yield from call(BoundBuiltin(hook.builtin, cls), (), kwargs)
                return
            break
    if kwargs:
        raise TypeError(f"{cls.__name__}.__init_subclass__() takes no keyword arguments")


def build_class(body: Any, name: str, bases: tuple, kwargs: dict | None, qualname: str, module: Any) -> Any:
    """The ``class`` statement (generator): run the body, then make the class.

    ``body(namespace)`` is the compiled class body; it returns the ``__class__`` cell
    when methods use ``super()`` or ``__class__``, else None.
    """
    kwargs = dict(kwargs) if kwargs else {}
    meta = kwargs.pop("metaclass", MISSING)
    if meta is MISSING:
        meta = type(bases[0]) if bases else type
        explicit = False
    else:
        explicit = True
    if issubclass(type(meta), type):
        meta = calculate_metaclass(meta, bases)
    namespace: dict = {}
    prepare, builtin = lookup(meta, "__prepare__") if issubclass(type(meta), type) else (MISSING, True)
    if prepare is not MISSING and not builtin:
        namespace = yield from call(bind_descriptor(prepare, None, meta), (name, bases), kwargs or None)
    namespace["__module__"] = module
    namespace["__qualname__"] = qualname
    cell = yield from body(namespace)
    if meta is type:
        cls = yield from create_class(type, name, bases, namespace, kwargs)
    else:
        if not explicit and id(meta) not in USER_CLASSES:
            cls = yield from create_class(meta, name, bases, namespace, kwargs)
        else:
            cls = yield from call(meta, (name, bases, namespace), kwargs or None)
    if cell is not None:
        cell.value = cls
    return cls


def call_type(cls: type, args: tuple | list, kwargs: dict | None) -> Any:
    """Calling a class (generator): the metaclass's ``__call__``, else ``__new__`` + ``__init__``."""
    meta = type(cls)
    if meta is not type:
        hook, builtin = lookup(meta, "__call__")
        if hook is not MISSING and not builtin:
            return (yield from call(bind_descriptor(hook, cls, meta), args, kwargs))
    if id(cls) in USER_CLASSES:
        return (yield from instantiate(cls, args, kwargs))
    ctor = CONSTRUCTORS.get(cls)
    if ctor is not None:
        return (yield from call(ctor, args, kwargs))
    raise TypeError(f"cannot create '{cls.__name__}' instances")


def plain_init(cls: type) -> Function | None:
    """The ``__init__`` of user class ``cls`` when calling it is the common case that
    :func:`instantiate` runs first: ``object.__new__`` and a sandbox ``__init__``."""
    init, _ = lookup(cls, "__init__")
    if type(init) is Function and lookup(cls, "__new__")[0] is TABLES[object]["__new__"]:
        return init
    return None


def init_returned(result: Any) -> None:
    """``__init__`` returned something other than None."""
    raise TypeError(f"__init__() should return None, not '{type(result).__name__}'")


def instantiate(cls: type, args: tuple | list, kwargs: dict | None) -> Any:
    """``type.__call__(cls, *args, **kwargs)`` for a class (generator)."""
    new, new_builtin = lookup(cls, "__new__")
    init, init_builtin = lookup(cls, "__init__")
    if type(init) is Function and new is TABLES[object]["__new__"]:
        # The common class: object.__new__ and an __init__ of its own, which accepts
        # the arguments (object.__new__ checks nothing more then).
        obj = _object_new(cls)
        result = yield from invoke(init, (obj, *args), kwargs)
        if result is not None:
            init_returned(result)
        return obj
    if new_builtin:
        if type(new) is StaticEntry:
            new = new.builtin
        obj = yield from call(new, (cls, *args), kwargs)
    else:
        obj = yield from call(bind_descriptor(new, None, cls), (cls, *args), kwargs)
    if not isinstance(obj, cls):
        return obj
    init, init_builtin = lookup(type(obj), "__init__")
    if init_builtin:
        yield from call(init, (obj, *args), kwargs)
    else:
        result = yield from call(bind_descriptor(init, obj, type(obj)), args, kwargs)
        if result is not None:
            init_returned(result)
    return obj


_object_new = object.__new__


def builtin_subclass_new(base: type, constructor: Any, name: str) -> Any:
    """A ``__new__`` for builtin type ``base`` whose instances are filled by
    ``constructor`` (``map``, ``zip``...), so that ``class C(map)`` works as in CPython:
    the constructor makes a ``base``, whose slots are copied into a new ``C``.  A
    constructor that gives something else (``reversed`` of a sequence with its own
    ``__reversed__``) has its result returned as is, as CPython does."""
    slots = base.__slots__

    def __new__(cls: Any, *args: Any, **kwargs: Any) -> Any:
        if not (issubclass(type(cls), type) and issubclass(cls, base)):
            shown = getattr(cls, "__name__", type(cls).__name__)
            raise TypeError(f"{name}.__new__({shown}): {shown} is not a subtype of {name}")
        made = yield from call(constructor, args, kwargs)
        if cls is base or type(made) is not base:
            return made
        obj = _object_new(cls)
        for slot in slots:
            setattr(obj, slot, getattr(made, slot))
        return obj

    return __new__


def overrides(cls: type, name: str) -> bool:
    """Whether a user class in ``cls``'s MRO defines ``name``."""
    value, builtin = lookup(cls, name)
    return value is not MISSING and not builtin
