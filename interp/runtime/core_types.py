"""Tables and names for the core types: object, type, functions, generators, exceptions.

Importing this module registers them (see :mod:`.typetable`).  The runtime's own
classes are renamed to the names CPython gives the corresponding types, so that
``type(f).__name__`` and host error messages ("'function' object is not
subscriptable") read as they do in CPython.
"""

from __future__ import annotations

import builtins as _host_builtins
import sys as _sys
import types as _types
from typing import Any

from . import attributes, classes, deferred_annotations, host_docs, imports, tracebacks
from .attributes import (
    MISSING,
    NAMESPACE_TYPES,
    USER_CLASSES,
    bind_descriptor,
    generic_delattr,
    generic_getattr,
    generic_setattr,
    lookup,
)
from .calls import call
from .classes import CONSTRUCTORS, create_class, overrides
from .control import UNBOUND
from .descriptors import (
    ClassMethod,
    Property,
    StaticMethod,
    Super,
    make_property,
    property_copy,
    super_get,
    super_getattr,
)
from .exceptions import SandboxStopIteration, exception_classes
from .functions import NO_TAILS, BoundMethod, Cell, Function
from .generators import END, AsyncGenerator, Coroutine, Generator
from .introspection import dir_of
from .modules import Module
from .native import BoundBuiltin, Builtin
from .nested import run_nested
from .signatures import NOT_GIVEN, Signature
from .typenames import VISIBLE_NAMES, class_name, visible_type_name
from .typetable import (
    HIDDEN_BASES,
    ClassMethodEntry,
    DataAttr,
    StaticEntry,
    Value,
    data,
    expose,
    method,
    register_type,
    table,
)

#: The runtime's classes that stand for CPython types: each is renamed to the CPython
#: type's name and declared with the CPython type, whose descriptors tell getset
#: attributes from members (for the class-level views and the read-only errors).
_CORE_TYPES = (
    (Function, "function", _types.FunctionType),
    (BoundMethod, "method", _types.MethodType),
    (Builtin, "builtin_function_or_method", _types.BuiltinFunctionType),
    (BoundBuiltin, "builtin_function_or_method", _types.BuiltinFunctionType),
    (Generator, "generator", _types.GeneratorType),
    (Coroutine, "coroutine", _types.CoroutineType),
    (AsyncGenerator, "async_generator", _types.AsyncGeneratorType),
    (Property, "property", property),
    (ClassMethod, "classmethod", classmethod),
    (StaticMethod, "staticmethod", staticmethod),
    (Super, "super", super),
    (Module, "module", _types.ModuleType),
    (Cell, "cell", _types.CellType),
    (attributes.GetSetDescriptor, "getset_descriptor", type(int.__dict__["real"])),
    (attributes.MemberDescriptor, "member_descriptor", type(slice.__dict__["start"])),
)
for _cls, _name, _host_type in _CORE_TYPES:
    _cls.__name__ = _cls.__qualname__ = _name
    _cls.__module__ = "builtins"
    register_type(_cls, name=_name, host_type=_host_type)
register_type(SandboxStopIteration, host_type=StopIteration)


# ---------------------------------------------------------------------------
# object


def _set_class(obj: Any, cls: Any) -> None:
    if not issubclass(type(cls), type):
        raise TypeError(f"__class__ must be set to a class, not '{type(cls).__name__}' object")
    if id(type(obj)) not in USER_CLASSES or id(cls) not in USER_CLASSES:
        raise TypeError("__class__ assignment only supported for mutable types or ModuleType subclasses")
    object.__setattr__(obj, "__class__", cls)


table(object)
data(object, "__class__", _set_class)(type)
expose(object, "__eq__ __ne__ __lt__ __le__ __gt__ __ge__ __hash__ __repr__ __str__ __format__")


@method(object, "__init__")
def object_init(self: Any, *args: Any, **kwargs: Any) -> None:
    if args or kwargs:
        t = type(self)
        if overrides(t, "__init__"):
            raise TypeError("object.__init__() takes exactly one argument (the instance to initialize)")
        # A builtin's own __new__ (map's) takes the arguments.
        if lookup(t, "__new__")[0] is attributes.TABLES[object]["__new__"]:
            raise TypeError(f"{t.__name__}() takes no arguments")


@method(object, "__new__", kind="static")
def object_new(cls: Any, *args: Any, **kwargs: Any) -> Any:
    if not issubclass(type(cls), type):
        raise TypeError(f"object.__new__(X): X is not a type object ({type(cls).__name__})")
    if args or kwargs:
        if overrides(cls, "__new__"):
            raise TypeError("object.__new__() takes exactly one argument (the type to instantiate)")
        if not overrides(cls, "__init__"):
            raise TypeError(f"{cls.__name__}() takes no arguments")
    if cls is not object and id(cls) not in USER_CLASSES:
        raise TypeError(f"object.__new__({cls.__name__}) is not safe, use {cls.__name__}.__new__()")
    return object.__new__(cls)


@method(object, "__getattribute__")
def object_getattribute(self: Any, name: str) -> Any:
    name = attributes.exact_name(name)
    t = type(self)
    if id(t) in USER_CLASSES:
        return generic_getattr(self, t, name)
    return attributes.load_attr(self, name)


@method(object, "__setattr__")
def object_setattr(self: Any, name: str, value: Any) -> None:
    name = attributes.exact_name(name)
    t = type(self)
    if id(t) in USER_CLASSES:
        generic_setattr(self, t, name, value)
    else:
        attributes.store_attr(self, name, value)


@method(object, "__delattr__")
def object_delattr(self: Any, name: str) -> None:
    name = attributes.exact_name(name)
    t = type(self)
    if id(t) in USER_CLASSES:
        generic_delattr(self, t, name)
    else:
        attributes.delete_attr(self, name)


@method(object, "__reduce_ex__", suspends=True)
def object_reduce_ex(self: Any, protocol: Any) -> Any:
    """The copy protocol's default (``copy.copy``, ``enum``): a user ``__reduce__`` if
    there is one, else rebuild through the sandbox's own ``copyreg.__newobj__``."""
    t = type(self)
    reduce, builtin = lookup(t, "__reduce__")
    if reduce is not MISSING and not builtin:
        return (yield from call(bind_descriptor(reduce, self, t), (), None))
    if isinstance(self, (set, frozenset)):
        # set.__reduce__: the class and the items, then the instance's own attributes.
        state = attributes.load_attr(self, "__dict__") or None if id(t) in USER_CLASSES else None
        return (t, (list(set.__iter__(self)),), state)
    if id(t) not in USER_CLASSES:
        raise TypeError(f"cannot pickle '{visible_type_name(self)}' object")
    copyreg = yield from imports.import_module("copyreg", {})
    args: tuple = ()
    getnewargs, builtin = lookup(t, "__getnewargs__")
    if getnewargs is not MISSING and not builtin:
        args = tuple((yield from call(bind_descriptor(getnewargs, self, t), (), None)))
    getstate, builtin = lookup(t, "__getstate__")
    if getstate is not MISSING and not builtin:
        state = yield from call(bind_descriptor(getstate, self, t), (), None)
    else:
        try:
            state = attributes.load_attr(self, "__dict__") or None
        except AttributeError:
            state = None
    # The items of the builtin part, not what a user __iter__ would give.
    list_items = iter(list.copy(self)) if isinstance(self, list) else None
    dict_items = iter(list(dict.items(self))) if isinstance(self, dict) else None
    newobj = attributes.load_attr(copyreg, "__newobj__")
    return (newobj, (t, *args), state, list_items, dict_items)


@method(object, "__init_subclass__", kind="classmethod")
def object_init_subclass(cls: Any, **kwargs: Any) -> None:
    if kwargs:
        raise TypeError(f"{cls.__name__}.__init_subclass__() takes no keyword arguments")


@method(object, "__subclasshook__", kind="classmethod")
def object_subclasshook(cls: Any, *args: Any) -> Any:
    return NotImplemented


@method(object, "__dir__")
def object_dir(self: Any) -> list:
    return dir_of(self)


def _object_doc(obj: Any) -> Any:
    t = obj if issubclass(type(obj), type) else type(obj)
    if id(t) in USER_CLASSES:
        return t.__dict__.get("__doc__")
    return host_docs.doc_of_type(t)


# ---------------------------------------------------------------------------
# type


# The type's own slots: a class whose metaclass defines ``__getattribute__`` answers a
# host read such as ``cls.__name__`` with sandbox code, which would come back here.
_name_of = type.__dict__["__name__"].__get__
_qualname_of = type.__dict__["__qualname__"].__get__
_dict_of = type.__dict__["__dict__"].__get__
_mro_of = type.__dict__["__mro__"].__get__


def _class_name(cls: Any) -> str:
    return VISIBLE_NAMES.get(cls) or _name_of(cls)


def _set_name(cls: Any, value: Any) -> None:
    if id(cls) not in USER_CLASSES:
        raise TypeError(f"cannot set '__name__' attribute of immutable type '{cls.__name__}'")
    if type(value) is not str:
        raise TypeError(f"can only assign string to {cls.__name__}.__name__, not '{type(value).__name__}'")
    type.__setattr__(cls, "__name__", value)


def _set_qualname(cls: Any, value: Any) -> None:
    if id(cls) not in USER_CLASSES:
        raise TypeError(f"cannot set '__qualname__' attribute of immutable type '{cls.__name__}'")
    type.__setattr__(cls, "__qualname__", value)


def _class_module(cls: Any) -> Any:
    if id(cls) in USER_CLASSES:
        module = _dict_of(cls).get("__module__", MISSING)
        if module is MISSING:
            # type() called where the globals have no __name__ (exec(src, {})).
            raise AttributeError("__module__")
        return module
    # CPython's rule for its static types: a host name that is a tp_name with a dot
    # ("collections.deque") names the module.
    module, dot, _ = _name_of(cls).rpartition(".")
    return module if dot else "builtins"


def _set_bases(cls: Any, value: Any) -> None:
    if id(cls) not in USER_CLASSES:
        raise TypeError(f"cannot set '__bases__' attribute of immutable type '{cls.__name__}'")
    for base in value if isinstance(value, tuple) else ():
        if not classes.is_subclassable(base):
            raise TypeError(f"type '{base.__name__}' is not an acceptable base type")
    type.__setattr__(cls, "__bases__", value)
    attributes.invalidate()


def class_dict(cls: Any) -> Any:
    """``cls.__dict__``: a read-only view holding sandbox values only."""
    if id(cls) in USER_CLASSES:
        items = attributes.user_class_namespace(cls)
    else:
        items = {}
        for k, v in attributes.TABLES.get(cls, {}).items():
            if type(v) is Builtin:
                items[k] = v
            elif type(v) in (ClassMethodEntry, StaticEntry):
                items[k] = v.builtin
            elif type(v) is Value:
                items[k] = v.value
            elif type(v) is DataAttr:
                items[k] = attributes.class_level(v, cls, k)
    return _types.MappingProxyType(items)


table(type)
data(type, "__name__", _set_name)(_class_name)
data(type, "__qualname__", _set_qualname)(lambda cls: VISIBLE_NAMES.get(cls) or _qualname_of(cls))


def _set_module(cls: Any, value: Any) -> None:
    if id(cls) not in USER_CLASSES:
        raise TypeError(f"cannot set '__module__' attribute of immutable type '{cls.__name__}'")
    type.__setattr__(cls, "__module__", value)


data(type, "__module__", _set_module)(_class_module)
data(type, "__doc__")(_object_doc)
data(type, "__text_signature__")(host_docs.text_signature_of_type)
_bases_of = type.__dict__["__bases__"].__get__
_base_of = type.__dict__["__base__"].__get__


def _visible_mro(cls: Any) -> tuple:
    mro = _mro_of(cls)
    for k in mro:
        if id(k) in HIDDEN_BASES:
            return tuple(k for k in mro if id(k) not in HIDDEN_BASES)
    return mro


def _visible_bases(cls: Any) -> tuple:
    bases = _bases_of(cls)
    for b in bases:
        if id(b) in HIDDEN_BASES:
            # A hidden base stands in for its own bases (``weakref.ref``'s is ``object``).
            shown: list = []
            for c in bases:
                for v in _visible_bases(c) if id(c) in HIDDEN_BASES else (c,):
                    if all(v is not w for w in shown):
                        shown.append(v)
            return tuple(shown)
    return bases


def _visible_base(cls: Any) -> Any:
    base = _base_of(cls)
    while id(base) in HIDDEN_BASES:
        base = _base_of(base)
    return base


data(type, "__mro__")(_visible_mro)
data(type, "__bases__", _set_bases)(_visible_bases)
data(type, "__base__")(_visible_base)
data(type, "__dict__")(class_dict)
if _sys.version_info >= (3, 14):
    # PEP 649/749: a class's annotations may live in its __annotate__ function.
    data(type, "__annotations__")(deferred_annotations.annotations_of)
    data(type, "__annotate__")(deferred_annotations.annotate_of)
else:
    data(type, "__annotations__")(
        lambda cls: _dict_of(cls).get("__annotations__", {}) if id(cls) in USER_CLASSES else {}
    )
expose(type, "__instancecheck__ __subclasscheck__ __repr__")


@method(type, "mro")
def type_mro(cls: Any) -> list:
    return list(_visible_mro(cls))


@method(type, "__getattribute__")
def type_getattribute(cls: Any, name: Any) -> Any:
    # What ``super().__getattribute__(name)`` in a metaclass's own __getattribute__ reaches.
    return attributes.type_getattr(cls, attributes.exact_name(name))


@method(type, "__call__", suspends=True)
def type_call(cls: Any, *args: Any, **kwargs: Any) -> Any:
    # type.__call__ itself: __new__ then __init__, never the metaclass's __call__
    # again (a metaclass __call__ that calls super().__call__ lands here).
    if id(cls) in USER_CLASSES:
        return (yield from classes.instantiate(cls, args, kwargs or None))
    return (yield from classes.call_type(cls, args, kwargs or None))


@method(type, "__new__", kind="static", suspends=True)
def type_new(meta: Any, *args: Any, **kwargs: Any) -> Any:
    if meta is type and len(args) == 1 and not kwargs:
        return type(args[0])
    if len(args) != 3:
        raise TypeError("type() takes 1 or 3 arguments")
    name, bases, namespace = args
    return (yield from create_class(meta, name, bases, dict(namespace), kwargs))


@method(type, "__init__")
def type_init(cls: Any, *args: Any, **kwargs: Any) -> None:
    return None


@method(type, "__setattr__")
def type_setattr(cls: Any, name: Any, value: Any) -> None:
    if not isinstance(cls, type):
        raise TypeError("descriptor '__setattr__' requires a 'type' object")
    attributes.set_class_attr(cls, attributes.exact_name(name), value, hooks=False)


@method(type, "__delattr__")
def type_delattr(cls: Any, name: Any) -> None:
    if not isinstance(cls, type):
        raise TypeError("descriptor '__delattr__' requires a 'type' object")
    attributes.set_class_attr(cls, attributes.exact_name(name), attributes.MISSING, hooks=False)


@method(type, "__prepare__", kind="classmethod")
def type_prepare(meta: Any, *args: Any, **kwargs: Any) -> dict:
    return {}


@method(type, "__or__")
def type_or(cls: Any, other: Any) -> Any:
    return cls | other


@method(type, "__ror__")
def type_ror(cls: Any, other: Any) -> Any:
    return other | cls


register_type(
    type,
    constructor=Builtin(lambda *a, **k: type_new(type, *a, **k), "type", suspends=True),
    subclassable=True,
)
register_type(
    object, constructor=Builtin(lambda *a, **k: object_new(object, *a, **k), "object"), subclassable=True
)

_union = type(int | str)
register_type(_union, name=_union.__name__)  # "Union" from 3.14, where typing.Union is this type
data(_union, "__args__")(lambda u: u.__args__)
expose(_union, "__repr__ __eq__ __hash__ __or__ __ror__")

_proxy = _types.MappingProxyType


def _proxy_new(*args: Any, **kwargs: Any) -> Any:
    """``types.MappingProxyType(d)``: a read-only view of a plain dict only.  The host's
    proxy reads its mapping with host look-ups, which would bypass a user mapping's own
    ``__getitem__``, so other mappings are refused rather than read wrongly."""
    (mapping,) = Signature("mappingproxy", "mapping").unpack(args, kwargs)
    if type(mapping) is not dict and type(mapping) is not _proxy:
        raise TypeError(f"mappingproxy() argument must be a mapping, not {visible_type_name(mapping)}")
    return _proxy(mapping)


register_type(_proxy, constructor=Builtin(_proxy_new, "mappingproxy"))
expose(_proxy, "keys values items get copy __getitem__ __contains__ __len__ __iter__ __repr__ __eq__")

# ---------------------------------------------------------------------------
# functions and methods


def _function_fallback(fn: Function, name: str) -> Any:
    return fn.__dict__.get(name, MISSING)


_FUNCTION_FIELDS = {
    "__name__": str,
    "__qualname__": str,
}


def _function_setattr(fn: Function, name: str, value: Any) -> None:
    if name in _FUNCTION_FIELDS:
        if value is MISSING:
            if name in ("__name__", "__qualname__"):
                raise TypeError(f"{name} must be set to a string object")
            value = None
        expected = _FUNCTION_FIELDS[name]
        if expected is not None and type(value) is not expected:
            raise TypeError(f"{name} must be set to a string object")
        object.__setattr__(fn, name, value)
        return
    if name == "__doc__":
        fn.doc = None if value is MISSING else value
        return
    if name == "__module__":
        fn.module = None if value is MISSING else value
        return
    if name == "__defaults__":
        if value is not MISSING and value is not None and type(value) is not tuple:
            raise TypeError("__defaults__ must be set to a tuple object")
        fn.defaults = () if value is MISSING or value is None else value
        fn.tails = NO_TAILS  # the frames built in place held the old defaults
        return
    if name == "__kwdefaults__":
        if value is not MISSING and value is not None and type(value) is not dict:
            raise TypeError("__kwdefaults__ must be set to a dict object")
        fn.kwdefaults = None if value is MISSING else value
        return
    if name == "__annotate__" and _sys.version_info >= (3, 14):
        deferred_annotations.set_function_annotate(fn, value)
        return
    if name == "__annotations__":
        if value is not MISSING and value is not None and type(value) is not dict:
            raise TypeError("__annotations__ must be set to a dict object")
        fn.annotations = None if value is MISSING else value
        return
    if name == "__code__":
        # No code object is reachable from the sandbox, so nothing can be assigned.
        raise TypeError("__code__ must be set to a code object")
    if name in ("__globals__", "__closure__", "__builtins__"):
        raise AttributeError("readonly attribute")
    if name == "__type_params__":
        if type(value) is not tuple:
            raise TypeError("__type_params__ must be set to a tuple")
        type_params.set_function_type_params(fn, value)
        return
    if name == "__dict__":
        if value is MISSING or type(value) is not dict:
            raise TypeError("__dict__ must be set to a dictionary")
        object.__setattr__(fn, "__dict__", value)
        return
    if value is MISSING:
        if name not in fn.__dict__:
            raise AttributeError(f"'function' object has no attribute '{name}'")
        del fn.__dict__[name]
        return
    fn.__dict__[name] = value


table(Function)
data(Function, "__name__")(lambda fn: fn.__name__)
data(Function, "__qualname__")(lambda fn: fn.__qualname__)
data(Function, "__doc__")(lambda fn: fn.doc)
data(Function, "__module__")(lambda fn: fn.module)
data(Function, "__defaults__")(lambda fn: fn.defaults or None)
data(Function, "__kwdefaults__")(lambda fn: fn.kwdefaults)
data(Function, "__dict__")(lambda fn: fn.__dict__)
data(Function, "__annotations__")(lambda fn: fn.annotations if fn.annotations is not None else {})
if _sys.version_info >= (3, 14):
    data(Function, "__annotate__")(deferred_annotations.function_annotate)
    data(Function, "__annotations__")(deferred_annotations.function_annotations)
    data(Module, "__annotations__")(lambda m: deferred_annotations.module_annotations(m.__dict__))
data(Function, "__type_params__")(lambda fn: type_params.function_type_params(fn))
data(Function, "__closure__")(lambda fn: tuple(fn.closure) if fn.closure else None)
table(Cell)
data(Cell, "cell_contents", lambda c, v: setattr(c, "value", v))(
    lambda c: c.value if c.value is not UNBOUND else (_ for _ in ()).throw(ValueError("Cell is empty"))
)
register_type(Function, fallback=_function_fallback, setter=_function_setattr)
NAMESPACE_TYPES.add(Function)


def _cell_new(*args: Any, **kwargs: Any) -> Cell:
    """``types.CellType([value])``: 3.14's annotationlib makes cells to evaluate
    annotations; a cell holds one sandbox value and reaches nothing else."""
    if kwargs:
        raise TypeError("cell() takes no keyword arguments")
    if len(args) > 1:
        raise TypeError(f"cell expected at most 1 argument, got {len(args)}")
    return Cell(args[0] if args else UNBOUND)


CONSTRUCTORS[Cell] = Builtin(_cell_new, "cell")


@method(Function, "__get__")
def function_get(fn: Function, obj: Any, owner: Any = None) -> Any:
    return fn if obj is None else BoundMethod(fn, obj)


@method(Function, "__call__", suspends=True)
def function_call(fn: Function, *args: Any, **kwargs: Any) -> Any:
    return (yield from call(fn, args, kwargs or None))


expose(Function, "__repr__")


def _method_fallback(m: BoundMethod, name: str) -> Any:
    return attributes.load_attr(m.__func__, name)


def _method_new(*args: Any, **kwargs: Any) -> BoundMethod:
    """``types.MethodType(function, instance)``."""
    func, obj = Signature("method", "function, instance, /").unpack(args, kwargs)
    if not callable(func):  # host callable(): what the sandbox's callable() answers too
        raise TypeError("first argument must be callable")
    if obj is None:
        raise TypeError("instance must not be None")
    return BoundMethod(func, obj)


register_type(BoundMethod, fallback=_method_fallback, constructor=Builtin(_method_new, "method"))
data(BoundMethod, "__func__")(lambda m: m.__func__)
data(BoundMethod, "__self__")(lambda m: m.__self__)
data(BoundMethod, "__name__")(lambda m: attributes.load_attr(m.__func__, "__name__"))
data(BoundMethod, "__qualname__")(lambda m: attributes.load_attr(m.__func__, "__qualname__"))
data(BoundMethod, "__doc__")(lambda m: attributes.load_attr(m.__func__, "__doc__"))
expose(BoundMethod, "__eq__ __hash__")


@method(BoundMethod, "__call__", suspends=True)
def method_call(m: BoundMethod, *args: Any, **kwargs: Any) -> Any:
    return (yield from call(m, args, kwargs or None))


@method(BoundMethod, "__repr__")
def method_repr(m: BoundMethod) -> str:
    qual = attributes.load_attr(m.__func__, "__qualname__")
    return f"<bound method {qual} of {m.__self__!r}>"


table(Builtin)
data(Builtin, "__name__")(lambda b: b.__name__)
data(Builtin, "__qualname__")(lambda b: b.__qualname__)
data(Builtin, "__doc__")(host_docs.doc_of_builtin)
data(Builtin, "__text_signature__")(host_docs.text_signature_of_builtin)
data(Builtin, "__module__")(lambda b: None if b.__self_type__ is not None else b.module or "builtins")
data(Builtin, "__self__")(lambda b: None)
expose(Builtin, "__repr__")


@method(Builtin, "__call__", suspends=True)
def builtin_call(b: Builtin, *args: Any, **kwargs: Any) -> Any:
    return (yield from call(b, args, kwargs or None))


@method(Builtin, "__get__")
def builtin_get(b: Builtin, obj: Any, owner: Any = None) -> Any:
    if obj is None or b.__self_type__ is None:
        return b
    return BoundBuiltin(b, obj)


table(BoundBuiltin)
data(BoundBuiltin, "__name__")(lambda b: b.builtin.__name__)
data(BoundBuiltin, "__qualname__")(lambda b: b.builtin.__qualname__)
data(BoundBuiltin, "__self__")(lambda b: b.__self__)
data(BoundBuiltin, "__doc__")(lambda b: host_docs.doc_of_builtin(b.builtin))
data(BoundBuiltin, "__text_signature__")(lambda b: host_docs.text_signature_of_builtin(b.builtin))
expose(BoundBuiltin, "__repr__ __eq__ __hash__")


@method(BoundBuiltin, "__call__", suspends=True)
def bound_builtin_call(b: BoundBuiltin, *args: Any, **kwargs: Any) -> Any:
    return (yield from call(b, args, kwargs or None))


def call_other(f: Any, args: tuple | list, kwargs: dict | None) -> Any:
    """Calls of everything but functions, builtins and classes (generator)."""
    t = type(f)
    if t is StaticMethod:
        return (yield from call(f.__func__, args, kwargs))
    if t.__name__ == "GenericAlias" and t.__module__ == "interp.runtime.containers":
        # list[int](...) builds a list, as CPython's types.GenericAlias does.
        return (yield from call(f.origin, args, kwargs))
    hook, builtin = lookup(t, "__call__")
    if hook is not MISSING and id(t) in USER_CLASSES and not builtin:
        return (yield from call(bind_descriptor(hook, f, t), args, kwargs))
    if builtin and type(hook) is Builtin:  # runtime objects callable by their table (C[int])
        return (yield from call(BoundBuiltin(hook, f), args, kwargs))
    raise TypeError(f"'{visible_type_name(f)}' object is not callable")


# ---------------------------------------------------------------------------
# generators and coroutines


def _generator_next(g: Generator) -> Any:
    out = yield from g.resume(None)
    if out is END:
        raise SandboxStopIteration(*(() if g.return_value is None else (g.return_value,)))
    return out


for _gen_type in (Generator, Coroutine):
    table(_gen_type)
    method(_gen_type, "send", suspends=True)(lambda g, value: g.send(value))
    method(_gen_type, "throw", suspends=True)(lambda g, *args: g.throw(*args))
    method(_gen_type, "close", suspends=True)(lambda g: g.close())
    data(_gen_type, "__name__")(lambda g: g.__name__)
    data(_gen_type, "__qualname__")(lambda g: g.__qualname__)
    expose(_gen_type, "__repr__")
table(Generator)
method(Generator, "__next__", suspends=True)(_generator_next)
method(Generator, "__iter__")(lambda g: g)
data(Generator, "gi_running")(lambda g: g.running)
data(Coroutine, "cr_running")(lambda g: g.running)
table(AsyncGenerator)
data(AsyncGenerator, "__name__")(lambda g: g.__name__)
data(AsyncGenerator, "__qualname__")(lambda g: g.__qualname__)
data(AsyncGenerator, "ag_running")(lambda g: g.running)
expose(AsyncGenerator, "__repr__")

# ---------------------------------------------------------------------------
# property, classmethod, staticmethod, super


table(Property)
data(Property, "fget")(lambda p: p.fget)
data(Property, "fset")(lambda p: p.fset)
data(Property, "fdel")(lambda p: p.fdel)
# A member in CPython, so writable: urllib.parse documents namedtuple fields this way.
data(Property, "__doc__", lambda p, v: setattr(p, "doc", None if v is MISSING else v))(lambda p: p.doc)
method(Property, "getter", suspends=True)(lambda p, f, /: property_copy(p, "fget", f))
method(Property, "setter", suspends=True)(lambda p, f, /: property_copy(p, "fset", f))
method(Property, "deleter", suspends=True)(lambda p, f, /: property_copy(p, "fdel", f))


@method(Property, "__get__")
def property_get(p: Property, obj: Any, owner: Any = None) -> Any:
    return attributes.RUNTIME_DESCRIPTORS[Property][0](p, obj, owner)


@method(Property, "__set__")
def property_set(p: Property, obj: Any, value: Any) -> None:
    attributes.RUNTIME_DESCRIPTORS[Property][1](p, obj, value)


@method(Property, "__set_name__")
def property_set_name(p: Property, owner: Any, name: str) -> None:
    p.name = name


register_type(Property, constructor=Builtin(make_property, "property"))

for _wrapper in (ClassMethod, StaticMethod):
    table(_wrapper)
    data(_wrapper, "__func__")(lambda w: w.__func__)
    data(_wrapper, "__wrapped__")(lambda w: w.__func__)
    data(_wrapper, "__isabstractmethod__")(
        lambda w: bool(
            (lambda v: v if v is not MISSING else False)(
                w.__func__.__dict__.get("__isabstractmethod__", MISSING)
                if type(w.__func__) is Function
                else MISSING
            )
        )
    )
    data(_wrapper, "__dict__")(lambda w: w.__dict__)


def _wrapper_fallback(w: Any, name: str) -> Any:
    return w.__dict__.get(name, MISSING)


def _wrapper_setattr(w: Any, name: str, value: Any) -> None:
    # classmethod and staticmethod objects have a __dict__ (CPython copies the
    # function's __doc__, __name__... into it), so any other attribute may be set.
    entry, _ = lookup(type(w), name)
    if type(entry) is DataAttr:
        raise attributes.readonly_error(w, name, entry)
    if value is not MISSING:
        w.__dict__[name] = value
    elif name in w.__dict__:
        del w.__dict__[name]
    else:
        raise attributes.no_attribute(w, name)


register_type(
    ClassMethod,
    constructor=Builtin(ClassMethod, "classmethod"),
    fallback=_wrapper_fallback,
    setter=_wrapper_setattr,
)
register_type(
    StaticMethod,
    constructor=Builtin(StaticMethod, "staticmethod"),
    fallback=_wrapper_fallback,
    setter=_wrapper_setattr,
)


@method(ClassMethod, "__get__")
def classmethod_get(c: ClassMethod, obj: Any, owner: Any = None) -> Any:
    return BoundMethod(c.__func__, owner if owner is not None else type(obj))


@method(StaticMethod, "__get__")
def staticmethod_get(s: StaticMethod, obj: Any, owner: Any = None) -> Any:
    return s.__func__


# int.real, slice.start: data attributes read from the class (attributes.class_level)
for _view in attributes.DATA_DESCRIPTORS:
    table(_view)
    data(_view, "__name__")(lambda d: d._name)
    data(_view, "__qualname__")(lambda d: f"{class_name(d._owner)}.{d._name}")
    data(_view, "__objclass__")(lambda d: d._owner)
    data(_view, "__doc__")(lambda d: d._doc)
    expose(_view, "__repr__")
    method(_view, "__get__")(lambda d, obj, owner=None: _view_get(d, obj, owner))
    method(_view, "__set__")(attributes.descriptor_set)
    method(_view, "__delete__")(attributes.descriptor_delete)


def _view_get(d: Any, obj: Any, owner: Any = None) -> Any:
    if obj is None and owner is None:
        raise TypeError("__get__(None, None) is invalid")
    return attributes.descriptor_get(d, obj, owner)


table(Super)
data(Super, "__thisclass__")(lambda s: s.thisclass)
data(Super, "__self__")(lambda s: s.obj)
data(Super, "__self_class__")(lambda s: s.objtype)
expose(Super, "__repr__")
_host_super_get = super(object).__get__


_SUPER_GET = Signature("__get__", "instance, owner=None, /", host=_host_super_get)
_SUPER = Signature("super", "type=NOT_GIVEN, object_or_type=NOT_GIVEN, /", host=super)


@method(Super, "__get__")
def super_get_method(s: Super, *args: Any, **kwargs: Any) -> Any:
    obj, owner = _SUPER_GET.unpack(args, kwargs)
    if obj is None and owner is None:
        raise TypeError("__get__(None, None) is invalid")
    return super_get(s, obj, owner)


def _super_new(*args: Any, **kwargs: Any) -> Super:
    thisclass, obj = _SUPER.unpack(args, kwargs)
    if thisclass is NOT_GIVEN:
        raise RuntimeError("super(): no arguments")
    return Super(thisclass) if obj is NOT_GIVEN else Super(thisclass, obj)


register_type(Super, constructor=Builtin(_super_new, "super"), fallback=super_getattr)

# ---------------------------------------------------------------------------
# None, NotImplemented, Ellipsis

for _singleton in (None, NotImplemented, Ellipsis):
    table(type(_singleton))
expose(type(None), "__bool__")

# ---------------------------------------------------------------------------
# exceptions


def _exception_fallback(e: BaseException, name: str) -> Any:
    if name.startswith("_interp"):
        return MISSING
    return e.__dict__.get(name, MISSING)


def _exception_setattr(e: BaseException, name: str, value: Any) -> None:
    entry, _ = lookup(type(e), name)
    if type(entry) is DataAttr:
        if entry.setter is None:
            raise AttributeError(f"attribute '{name}' of '{type(e).__name__}' objects is not writable")
        entry.setter(e, value)
        return
    if name.startswith("_interp"):
        raise AttributeError(name)
    if value is MISSING:
        if name not in e.__dict__:
            raise AttributeError(f"'{type(e).__name__}' object has no attribute '{name}'")
        del e.__dict__[name]
    else:
        e.__dict__[name] = value


def _set_args(e: BaseException, value: Any) -> None:
    e.args = tuple(value)


def _set_cause(e: BaseException, value: Any) -> None:
    if value is not None and not isinstance(value, BaseException):
        raise TypeError("exception cause must be None or derive from BaseException")
    e.__cause__ = value


def _set_context(e: BaseException, value: Any) -> None:
    if value is not None and not isinstance(value, BaseException):
        raise TypeError("exception context must be None or derive from BaseException")
    e.__context__ = value


def _set_traceback(e: BaseException, value: Any) -> None:
    # The sandbox's tracebacks are views built on demand: a valid one is accepted and
    # ignored (as with_traceback does).
    if value is not None and type(value) is not Traceback:
        raise TypeError("__traceback__ must be a traceback or None")
    if value is None:  # the frames recorded so far go: a raise then starts afresh
        tracebacks.clear(e)


def _exception_dict(e: BaseException) -> dict:
    return {k: v for k, v in e.__dict__.items() if not k.startswith("_interp")}


_base = table(BaseException)
data(BaseException, "args", _set_args)(lambda e: e.args)
data(BaseException, "__cause__", _set_cause)(lambda e: tracebacks.visible_link(e.__cause__))
data(BaseException, "__context__", _set_context)(lambda e: tracebacks.visible_link(e.__context__))
data(BaseException, "__suppress_context__", lambda e, v: setattr(e, "__suppress_context__", bool(v)))(
    lambda e: e.__suppress_context__
)
data(BaseException, "__traceback__", lambda e, v: _set_traceback(e, v))(lambda e: make_traceback(e))
data(BaseException, "__dict__")(_exception_dict)
expose(BaseException, "__str__ __repr__ __init__")


@method(BaseException, "__new__", kind="static")
def exception_new(cls: Any, *args: Any, **kwargs: Any) -> Any:
    # The host requires the __new__ of the nearest builtin base (OSError's for a
    # class deriving from TimeoutError).
    for base in _mro_of(cls) if issubclass(type(cls), type) else ():
        if id(base) not in USER_CLASSES:
            return base.__new__(cls, *args)
    raise TypeError("BaseException.__new__(X): X is not a type object")


@method(BaseException, "with_traceback")
def exception_with_traceback(e: BaseException, tb: Any) -> BaseException:
    _set_traceback(e, tb)
    return e


if hasattr(BaseException, "add_note"):
    expose(BaseException, "add_note")

_ATTRIBUTES = {
    SandboxStopIteration: ("value",),
    StopAsyncIteration: (),
    SystemExit: ("code",),
    NameError: ("name",),
    AttributeError: ("name", "obj"),
    ImportError: ("name", "path", "msg"),
    OSError: ("errno", "strerror", "filename", "filename2"),
    SyntaxError: ("msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset"),
    UnicodeError: ("encoding", "object", "start", "end", "reason"),
    BaseExceptionGroup: ("exceptions", "message"),
}

for _name, _cls in exception_classes().items():
    register_type(
        _cls,
        constructor=CONSTRUCTORS.get(_cls) or Builtin(_cls, _name),
        subclassable=True,
        fallback=_exception_fallback,
        setter=_exception_setattr,
    )
for _cls, _names in _ATTRIBUTES.items():
    for _attr in _names:
        data(_cls, _attr, (lambda a: lambda e, v: setattr(e, a, v))(_attr))(
            (lambda a: lambda e: e.__dict__.get(a) if a == "value" and False else getattr(e, a, None))(_attr)
        )
expose(BaseExceptionGroup, "derive __class_getitem__")
# Exceptions whose own __init__ sets attributes (``SystemExit(3).code``): a subclass's
# ``super().__init__`` and instantiation must reach that one, not BaseException's.
for _cls in exception_classes().values():
    if (
        "__init__" in _cls.__dict__
        and _cls is not BaseException
        and "__init__" not in attributes.TABLES.get(_cls, {})
    ):
        expose(_cls, "__init__")


def _host_matcher(condition: Any) -> Any:
    """The host split/subgroup accept only real host functions as predicates."""
    if issubclass(type(condition), type) or isinstance(condition, tuple):
        return condition

    def predicate(error: BaseException) -> bool:
        return bool(run_nested(call(condition, (error,), None)))

    return predicate


method(BaseExceptionGroup, "split")(lambda eg, condition: eg.split(_host_matcher(condition)))
method(BaseExceptionGroup, "subgroup")(lambda eg, condition: eg.subgroup(_host_matcher(condition)))
expose(SandboxStopIteration, "__init__")

del _host_builtins


# ---------------------------------------------------------------------------
# tracebacks and iterators of the runtime


class Traceback:
    """What ``exc.__traceback__`` gives the sandbox: lines and names, never host frames."""

    __slots__ = ("tb_lineno", "tb_next", "name", "filename")

    def __init__(self, filename: str, lineno: Any, name: str, next_tb: Any) -> None:
        self.filename = filename
        self.tb_lineno = lineno
        self.name = name
        self.tb_next = next_tb


Traceback.__name__ = Traceback.__qualname__ = "traceback"
Traceback.__module__ = "builtins"
register_type(Traceback, name="traceback")
data(Traceback, "tb_lineno")(lambda tb: tb.tb_lineno)


def _set_tb_next(tb: Traceback, value: Any) -> None:
    # Writable, as in CPython (unittest cuts its own levels off a failure's traceback).
    if value is not None and type(value) is not Traceback:
        raise TypeError(f"expected traceback object or None, got '{visible_type_name(value)}'")
    cursor = value
    while cursor is not None:
        if cursor is tb:
            raise ValueError("traceback loop detected")
        cursor = cursor.tb_next
    tb.tb_next = value


data(Traceback, "tb_next", setter=_set_tb_next)(lambda tb: tb.tb_next)


def make_traceback(error: BaseException) -> Any:
    d = error.__dict__
    entries = tracebacks.entries(error)
    pending = d.get(tracebacks.LINE)
    if pending is not None and pending != tracebacks.RECORDED:  # RECORDED: in entries
        entries.append(("<frame>", pending, "<frame>"))
    tb = None
    for filename, lineno, name in reversed(entries):
        tb = Traceback(filename, lineno, name, tb)
    return tb


from .iteration import SequenceIterator, next_or_end  # noqa: E402

table(SequenceIterator)
method(SequenceIterator, "__iter__")(lambda it: it)


@method(SequenceIterator, "__next__", suspends=True)
def _sequence_iterator_next(it: Any) -> Any:
    item = yield from next_or_end(it)
    if item is END:
        raise SandboxStopIteration
    return item


# The async generator protocol lives in its own module; it adds to these tables.
from .async_generators import register_methods as _register_async_generator_methods  # noqa: E402

_register_async_generator_methods()

# PEP 695's objects, read by functions' ``__type_params__`` above: imported last, since
# they build on the container and class tables.
from . import type_params  # noqa: E402
