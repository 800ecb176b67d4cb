"""PEP 695 generics: TypeVar, ParamSpec, TypeVarTuple, TypeAliasType and Generic.

CPython implements these in its ``_typing`` C module and ``typing.py``.  The host's
objects cannot be handed to sandboxed code: their attributes reach host frames
(``__module__`` comes from the caller's frame), host callables (``__typing_subst__``,
``__reduce__``) and ``typing`` internals.  The runtime has its own, and sandboxed code
sees only the attributes listed in their tables below.

PEP 695 laziness: a TypeVar's bound, constraints and default and a type alias's value
are evaluated the first time they are read.  The compiler hands each one over as a
sandbox :class:`~interp.runtime.functions.Function` of no arguments (the body of a
CPython annotation scope), which runs to completion when the attribute is read, like
any attribute computed by sandboxed code (a property, ``__getattr__``).

What ``|`` and ``[...]`` produce follows the CPython underneath (DESIGN.md: each CPython
is the oracle for its own runs).  Up to 3.13:

- ``T | int`` (a TypeVar, or a ``typing`` generic alias, on either side) is a
  ``typing.Union``;
- ``list[T] | set[T]``, ``Alias | int`` (``types.GenericAlias``, type aliases, types
  and None) is a ``types.UnionType`` (the host's own for plain types, else
  :class:`UnionType` here);
- from 3.14 (Pyodide) the two are one type, ``typing.Union``, printed as
  ``types.UnionType`` was (``T | None``);
- ``C[int]`` of a generic class is a ``typing._GenericAlias`` (callable, it makes a
  ``C``), ``Alias[int]`` of a generic type alias a ``types.GenericAlias``.
"""

from __future__ import annotations

import operator
import sys
import typing as _typing
import weakref
from functools import reduce
from typing import Any
from weakref import WeakKeyDictionary

from . import imports
from .attributes import (
    MISSING,
    USER_CLASSES,
    bind_descriptor,
    load_attr,
    lookup,
    set_class_attr,
    store_attr,
)
from .calls import call
from .classes import caller_module_name
from .containers import GenericAlias
from .functions import Function, run_nested
from .native import BoundBuiltin, Builtin
from .signatures import NOT_GIVEN, Signature
from .typenames import VISIBLE_NAMES, visible_type_name
from .typetable import INSTANCE_FALLBACKS, DataAttr, data, method, register_type, table

_NoneType = type(None)
_dict_of = type.__dict__["__dict__"].__get__
_HostUnion = type(int | str)
#: 3.14 merged ``typing.Union`` and ``types.UnionType`` (``T | int`` prints ``T | int``).
_ONE_UNION = sys.version_info >= (3, 14)


#: 3.12+: ``typing.py`` imports these objects from the C ``_typing``, whose methods call
#: back into ``typing.py`` (``_generic_class_getitem``, ``_typevar_subst``...).
CALLS_TYPING = sys.version_info >= (3, 12)


def sandbox_typing() -> Any:
    """The running sandbox's own ``typing`` once its import has started (its
    ``sys.modules``), else None.

    The C objects import ``typing`` whenever they call into it; ours call into it only
    once the program imported it, so that PEP 695 code that never imports ``typing``
    does not pay for importing it (hundreds of milliseconds): until then the runtime's
    own substitution and aliases below stand in.  Always None up to 3.11, whose
    ``typing.py`` defines its own type variables and never meets these objects.
    """
    if not CALLS_TYPING:
        return None
    modules = getattr(getattr(imports.current_loader, "__self__", None), "modules", None)
    if type(modules) is not dict:
        return None
    return modules.get("typing")


def typing_function(name: str, load: bool = False) -> Any:
    """``typing.<name>`` of the running sandbox, or None while it has none.  ``load``:
    import ``typing`` first if the program has not, as the C code always does."""
    module = sandbox_typing()
    if module is None:
        if not (load and CALLS_TYPING):
            return None
        module = run_nested(imports.current_loader("typing"))
    try:
        return load_attr(module, name)
    except AttributeError:
        if load:
            raise
        return None


def call_typing(name: str, *args: Any) -> Any:
    """Call ``typing.<name>(*args)`` of the running sandbox as sandbox code (importing
    ``typing`` if needed), to completion."""
    return run_nested(call(typing_function(name, load=True), args, None))


def typing_unpack(param: Any) -> Any:
    """``typing.Unpack[param]`` once ``typing`` is loaded, else the runtime's own."""
    unpack = typing_function("Unpack")
    if unpack is None:
        return Unpacked(param)
    return run_nested(call(load_attr(unpack, "__getitem__"), (param,), None))


def _evaluate(fn: Any) -> Any:
    """Run a lazily evaluated value's sandbox function to completion."""
    return run_nested(call(fn, (), None))


def _rename(cls: type, name: str, module: str = "typing") -> None:
    """Give a runtime class the name and module CPython shows for its counterpart.

    The host name is dotted like a C type's ``tp_name`` (``typing.TypeVar``): the
    sandbox reads a builtin type's ``__module__`` from it (``_collections_abc`` checks
    ``type(P).__module__ == 'typing'``), and CPython's messages name it so."""
    cls.__name__ = name if module == "builtins" else f"{module}.{name}"
    cls.__qualname__ = name
    cls.__module__ = module
    register_type(cls, name=name)


# ---------------------------------------------------------------------------
# typing.NoDefault and the special forms that only appear in reprs


class NoDefaultType:
    """``typing.NoDefault`` (3.13): the ``__default__`` of a type parameter without one."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "typing.NoDefault"


NO_DEFAULT = NoDefaultType()
_rename(NoDefaultType, "NoDefaultType", "builtins")


class SpecialForm:
    """``typing.Unpack``, ``typing.Union``: the ``__origin__`` of the aliases below."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"typing.{self.name}"


UNPACK = SpecialForm("Unpack")
UNION = SpecialForm("Union")
_rename(SpecialForm, "_SpecialForm")


# ---------------------------------------------------------------------------
# Type parameters


def _variance_repr(name: str, covariant: bool, contravariant: bool, infer_variance: bool) -> str:
    # CPython: PEP 695 parameters infer their variance and print bare.
    if infer_variance:
        return name
    return ("+" if covariant else "-" if contravariant else "~") + name


# The runtime classes below have no host base classes of their own: a shared host
# base would show in ``type(T).__mro__`` and be a host type without a table reachable
# from the sandbox.  Shared behaviour is assigned to each class instead.


def _init_default(param: Any, default: Any, default_fn: Any) -> None:
    param._default = MISSING if default_fn is not None else default
    param._default_fn = default_fn


def _param_default(param: Any) -> Any:
    if param._default is MISSING:
        param._default = _evaluate(param._default_fn)
    return param._default


def _param_has_default(param: Any) -> bool:
    return param._default_fn is not None or param._default is not NO_DEFAULT


def _typing_or(left: Any, right: Any) -> Any:
    return typing_union((left, right))


def _typing_ror(right: Any, left: Any) -> Any:
    return typing_union((left, right))


def _param_mro_entries(param: Any, bases: Any) -> Any:
    raise TypeError(f"Cannot subclass an instance of {VISIBLE_NAMES[type(param)]}")


class TypeVar:
    """``T`` in ``def f[T: int]()``: bound and constraints are evaluated lazily."""

    __slots__ = (
        "name",
        "_default",
        "_default_fn",
        "_bound",
        "_bound_fn",
        "_constraints",
        "_constraints_fn",
        "covariant",
        "contravariant",
        "infer_variance",
        "module",
    )

    def __init__(
        self,
        name: str,
        *,
        bound: Any = None,
        bound_fn: Any = None,
        constraints: tuple = (),
        constraints_fn: Any = None,
        covariant: bool = False,
        contravariant: bool = False,
        infer_variance: bool = False,
        default: Any = NO_DEFAULT,
        default_fn: Any = None,
    ) -> None:
        self.name = name
        self._bound = MISSING if bound_fn is not None else bound
        self._bound_fn = bound_fn
        self._constraints = MISSING if constraints_fn is not None else constraints
        self._constraints_fn = constraints_fn
        self.covariant = covariant
        self.contravariant = contravariant
        self.infer_variance = infer_variance
        self.module = None
        _init_default(self, default, default_fn)

    @property
    def bound(self) -> Any:
        if self._bound is MISSING:
            self._bound = _evaluate(self._bound_fn)
        return self._bound

    @property
    def constraints(self) -> tuple:
        if self._constraints is MISSING:
            value = _evaluate(self._constraints_fn)
            self._constraints = value if type(value) is tuple else tuple(value)
        return self._constraints

    def __repr__(self) -> str:
        return _variance_repr(self.name, self.covariant, self.contravariant, self.infer_variance)


class ParamSpec:
    """``**P``: stands for a parameter list; ``P.args`` and ``P.kwargs`` annotate ``*args``/``**kwargs``."""

    __slots__ = (
        "name",
        "_default",
        "_default_fn",
        "bound",
        "covariant",
        "contravariant",
        "infer_variance",
        "module",
    )

    def __init__(
        self,
        name: str,
        *,
        bound: Any = None,
        covariant: bool = False,
        contravariant: bool = False,
        infer_variance: bool = False,
        default: Any = NO_DEFAULT,
        default_fn: Any = None,
    ) -> None:
        self.name = name
        self.bound = bound
        self.covariant = covariant
        self.contravariant = contravariant
        self.infer_variance = infer_variance
        self.module = None
        _init_default(self, default, default_fn)

    def __repr__(self) -> str:
        return _variance_repr(self.name, self.covariant, self.contravariant, self.infer_variance)


class ParamSpecArgs:
    """``P.args``."""

    __slots__ = ("origin",)

    def __init__(self, origin: ParamSpec) -> None:
        self.origin = origin

    def __repr__(self) -> str:
        return f"{self.origin.name}.args"


class ParamSpecKwargs:
    """``P.kwargs``."""

    __slots__ = ("origin",)

    def __init__(self, origin: ParamSpec) -> None:
        self.origin = origin

    def __repr__(self) -> str:
        return f"{self.origin.name}.kwargs"


def _paramspec_part_eq(part: Any, other: Any) -> Any:
    if type(other) is not type(part):
        return NotImplemented
    return part.origin is other.origin


def _paramspec_part_hash(part: Any) -> int:
    return hash((type(part), id(part.origin)))


for _cls in (ParamSpecArgs, ParamSpecKwargs):
    _cls.__eq__ = _paramspec_part_eq
    _cls.__hash__ = _paramspec_part_hash


class TypeVarTuple:
    """``*Ts``: stands for any number of types; ``*Ts`` gives ``typing.Unpack[Ts]``."""

    __slots__ = ("name", "_default", "_default_fn", "module")

    def __init__(self, name: str, *, default: Any = NO_DEFAULT, default_fn: Any = None) -> None:
        self.name = name
        self.module = None
        _init_default(self, default, default_fn)

    def __repr__(self) -> str:
        return self.name

    def __iter__(self) -> Any:
        return iter((typing_unpack(self),))


for _cls in (TypeVar, ParamSpec, TypeVarTuple):
    _cls.default = property(_param_default)
    _cls.has_default = _param_has_default
    _cls.__or__ = _typing_or
    _cls.__ror__ = _typing_ror
    _cls.__mro_entries__ = _param_mro_entries


class Unpacked:
    """``typing.Unpack[Ts]``: what ``*Ts`` is in ``tuple[*Ts]`` and ``*args: *Ts``."""

    __slots__ = ("target",)

    def __init__(self, target: Any) -> None:
        self.target = target

    def __repr__(self) -> str:
        return f"typing.Unpack[{typing_repr(self.target)}]"

    def __eq__(self, other: Any) -> Any:
        if type(other) is not Unpacked:
            return NotImplemented
        return self.target == other.target

    def __hash__(self) -> int:
        return hash((Unpacked, self.target))

    def __or__(self, other: Any) -> Any:
        return typing_union((self, other))

    def __ror__(self, other: Any) -> Any:
        return typing_union((other, self))


for _cls, _name in (
    (TypeVar, "TypeVar"),
    (ParamSpec, "ParamSpec"),
    (ParamSpecArgs, "ParamSpecArgs"),
    (ParamSpecKwargs, "ParamSpecKwargs"),
    (TypeVarTuple, "TypeVarTuple"),
    (Unpacked, "_UnpackGenericAlias"),
):
    _rename(_cls, _name)

_TYPE_PARAMS = (TypeVar, ParamSpec, TypeVarTuple)


def _is_typevar_like(obj: Any) -> bool:
    t = type(obj)
    return t is TypeVar or t is ParamSpec or (t is Unpacked and type(obj.target) is TypeVarTuple)


def unpack_type_params(params: tuple) -> tuple:
    """``__parameters__`` of a generic type alias: each TypeVarTuple as ``Unpack[Ts]``."""
    return tuple(Unpacked(p) if type(p) is TypeVarTuple else p for p in params)


# ---------------------------------------------------------------------------
# reprs


def _class_module(cls: type) -> Any:
    if id(cls) in USER_CLASSES:
        return cls.__dict__.get("__module__", "builtins")
    return cls.__module__ if cls.__module__ in ("typing", "types") else "builtins"


def typing_repr(obj: Any) -> str:
    """``typing._type_repr``: how ``typing`` objects print their arguments."""
    if issubclass(type(obj), type):
        module = _class_module(obj)
        qualname = VISIBLE_NAMES.get(obj, obj.__qualname__)
        return qualname if module == "builtins" else f"{module}.{qualname}"
    if obj is Ellipsis:
        return "..."
    if type(obj) is Function:
        return obj.__name__
    if type(obj) is tuple:
        return "[" + ", ".join(typing_repr(t) for t in obj) + "]"
    return repr(obj)


def _union_item_repr(obj: Any) -> str:
    """``types.UnionType``'s item repr: ``None`` and classes by name, the rest by repr."""
    if obj is _NoneType:
        return "None"
    if issubclass(type(obj), type):
        module = _class_module(obj)
        qualname = VISIBLE_NAMES.get(obj, obj.__qualname__)
        return qualname if module == "builtins" else f"{module}.{qualname}"
    return repr(obj)


# ---------------------------------------------------------------------------
# Parameters and substitution (typing._collect_type_parameters, _make_substitution)


def parameters_of(obj: Any) -> tuple:
    """The type parameters ``obj`` mentions, in order (its ``__parameters__``)."""
    t = type(obj)
    if t in _TYPE_PARAMS:
        return (obj,)
    if id(t) in USER_CLASSES:
        if isinstance(obj, GenericAlias):  # a subclass: collections.abc's Callable[...]
            return collect_parameters(obj.args)
        return _sandbox_parameters(obj, t)
    if t is Unpacked:
        return parameters_of(obj.target)
    if t is TypingGenericAlias or t is UnionType or t is TypingUnion:
        return obj.parameters
    if t is GenericAlias or t is tuple:
        return collect_parameters(obj.args if t is GenericAlias else obj)
    return ()


def _sandbox_parameters(obj: Any, t: type) -> tuple:
    """The parameters of a sandbox object in a ``list[T]``: CPython's ``typing.py`` (3.11)
    has type variables of its own (their class defines ``__typing_subst__``) and
    aliases that keep ``__parameters__`` in their instance dict.  Read without running
    any of their code."""
    if lookup(t, "__typing_subst__")[0] is not MISSING:
        return (obj,)
    try:
        found = object.__getattribute__(obj, "__dict__").get("__parameters__")
    except AttributeError:
        return ()
    return found if type(found) is tuple else ()


def collect_parameters(args: Any, enforce_default_ordering: bool = False) -> tuple:
    """``typing._collect_type_parameters``."""
    out: list = []
    default_seen = False
    tuple_seen = False
    for arg in args:
        if issubclass(type(arg), type):
            continue
        if type(arg) in _TYPE_PARAMS:
            if arg in out:
                continue
            if enforce_default_ordering:
                if tuple_seen and arg.has_default():
                    raise TypeError("Type parameter with a default follows TypeVarTuple")
                if arg.has_default():
                    default_seen = True
                elif default_seen:
                    raise TypeError(
                        f"Type parameter {arg!r} without a default follows type parameter with a default"
                    )
            out.append(arg)
            continue
        if type(arg) is Unpacked and type(arg.target) is TypeVarTuple:
            tuple_seen = True
        for p in parameters_of(arg):
            if p not in out:
                out.append(p)
    return tuple(out)


def _prepare_args(alias: Any, params: tuple, args: tuple) -> tuple:
    """Group ``args`` by parameter: a TypeVarTuple takes a tuple of what is left, a
    ParamSpec a list of types, a missing argument is its parameter's default
    (``typing``'s ``__typing_prepare_subst__``)."""
    for i, param in enumerate(params):
        if type(param) is TypeVar:
            if i < len(args):
                continue
            if i == len(args) and param.has_default():
                args = (*args, param.default)
                continue
            raise TypeError(f"Too few arguments for {alias!r}; actual {len(args)}, expected at least {i + 1}")
        if type(param) is TypeVarTuple:
            if any(type(p) is TypeVarTuple for p in params[i + 1 :]):
                raise TypeError(f"More than one TypeVarTuple parameter in {alias!r}")
            left = i
            right = len(params) - i - 1
            if left + right > len(args):
                raise TypeError(
                    f"Too few arguments for {alias!r}; actual {len(args)}, expected at least {len(params) - 1}"
                )
            if left == len(args) - right and param.has_default():
                default = param.default
                middle = tuple(default) if type(default) is Unpacked else (default,)
            else:
                middle = tuple(args[left : len(args) - right])
            args = (*args[:left], middle, *args[len(args) - right :])
        elif type(param) is ParamSpec:
            if i == len(args) and param.has_default():
                args = (*args, param.default)
            if i >= len(args):
                raise TypeError(f"Too few arguments for {alias!r}")
            if len(params) == 1 and not _is_param_expr(args[0]):
                args = (args,)
            elif type(args[i]) is list:
                args = (*args[:i], tuple(args[i]), *args[i + 1 :])
    return args


def _is_param_expr(arg: Any) -> bool:
    return arg is Ellipsis or type(arg) in (tuple, list, ParamSpec)


def _substitute(obj: Any, mapping: dict) -> Any:
    """``obj`` with each type parameter replaced by its argument."""
    t = type(obj)
    if t in _TYPE_PARAMS:
        return mapping.get(obj, obj)
    if id(t) in USER_CLASSES:
        if lookup(t, "__typing_subst__")[0] is not MISSING:
            # A typing.py type variable: by identity, running none of its code.
            return next((value for param, value in mapping.items() if param is obj), obj)
        # An alias of typing.py's or a GenericAlias subclass (Callable[...]) with type
        # parameters: ``obj[args]``, its own __getitem__, as CPython's subs_tvars does.
        params = parameters_of(obj)
        getitem = lookup(t, "__getitem__")[0]
        if not params or getitem is MISSING:
            return obj
        subargs = tuple(mapping.get(p, p) for p in params)
        return run_nested(call(bind_descriptor(getitem, obj, t), (subargs,), None))
    if t is TypingGenericAlias:
        return TypingGenericAlias(obj.origin, _substitute_args(obj.args, mapping))
    if t is GenericAlias:
        return GenericAlias(obj.origin, _substitute_args(obj.args, mapping))
    if t is UnionType:
        return reduce(operator.or_, _substitute_args(obj.args, mapping))
    if t is TypingUnion:
        return typing_union(_substitute_args(obj.args, mapping))
    if t is tuple:
        return _substitute_args(obj, mapping)
    return obj


def _substitute_args(args: tuple, mapping: dict) -> tuple:
    out: list = []
    for arg in args:
        if type(arg) is Unpacked and type(arg.target) is TypeVarTuple and arg.target in mapping:
            out.extend(mapping[arg.target])
        else:
            out.append(_substitute(arg, mapping))
    return tuple(out)


def _specialize(alias: Any, params: tuple, args: Any) -> dict:
    """Map each of ``params`` to its argument in ``alias[args]``."""
    if type(args) is not tuple:
        args = (args,)
    args = tuple(_NoneType if a is None else a for a in args)
    args = _prepare_args(alias, params, args)
    if len(args) != len(params):
        many = "many" if len(args) > len(params) else "few"
        raise TypeError(f"Too {many} arguments for {alias!r}; actual {len(args)}, expected {len(params)}")
    mapping = dict(zip(params, args))
    if sandbox_typing() is not None:
        # 3.12+: each argument through its parameter's __typing_subst__, as C's
        # _Py_subs_parameters does (typing's checks and conversions).
        for param, arg in mapping.items():
            if type(param) is TypeVar:
                mapping[param] = call_typing("_typevar_subst", param, arg)
            elif type(param) is ParamSpec:
                mapping[param] = call_typing("_paramspec_subst", param, arg)
    return mapping


# ---------------------------------------------------------------------------
# Unions


def _flatten(args: Any) -> list:
    out: list = []
    for arg in args:
        t = type(arg)
        if t is UnionType or t is TypingUnion:
            items = arg.args
        elif t is _HostUnion:
            items = arg.__args__
        else:
            items = (_NoneType if arg is None else arg,)
        for item in items:
            if not any(item == seen for seen in out):
                out.append(item)
    return out


def typing_union(args: tuple) -> Any:
    """``typing.Union[args]``: flattened, deduplicated, a single argument as itself."""
    items = _flatten(args)
    if len(items) == 1:
        return items[0]
    if _ONE_UNION:
        return _union_of(items)
    return TypingUnion(tuple(items))


def _unionable(obj: Any) -> bool:
    t = type(obj)
    return (
        obj is None
        or issubclass(t, type)
        or isinstance(obj, GenericAlias)
        or t is _HostUnion
        or t is UnionType
        or t is TypeAliasType
    )


def union_or(left: Any, right: Any) -> Any:
    """``left | right`` as ``types.UnionType`` does it (NotImplemented if it cannot)."""
    if not (_unionable(left) and _unionable(right)):
        return NotImplemented
    items = _flatten((left, right))
    if len(items) == 1:
        return items[0]
    return _union_of(items)


def _union_of(items: list) -> Any:
    """A ``types.UnionType`` of flattened, deduplicated ``items``."""
    if all(issubclass(type(i), type) for i in items):
        # Only plain types: the host's own union holds them.
        return reduce(operator.or_, items)
    return UnionType(tuple(items))


class _UnionMeta(type):
    """3.14: ``typing.Union`` is one type, but here a union of plain types is the host's
    (``int | str``) and any other union is :class:`UnionType`; ``isinstance`` and
    ``issubclass`` with ``typing.Union`` accept both, as ``typing.py`` needs
    (``get_origin``, ``_eval_type``).  Neither check runs sandbox code."""

    def __instancecheck__(cls, obj: Any) -> bool:
        t = type(obj)
        return t is _HostUnion or t is UnionType

    def __subclasscheck__(cls, sub: Any) -> bool:
        return sub is _HostUnion or sub is UnionType


class UnionType(metaclass=_UnionMeta if _ONE_UNION else type):  # type: ignore[misc]
    """``types.UnionType`` of things the host's cannot hold (``list[T] | set[T]``)."""

    __slots__ = ("args", "parameters")

    def __repr__(self) -> str:
        return " | ".join(_union_item_repr(a) for a in self.args)

    def __or__(self, other: Any) -> Any:
        return union_or(self, other)

    def __ror__(self, other: Any) -> Any:
        return union_or(other, self)


class TypingUnion:
    """``typing.Union[...]`` (what ``T | int`` makes)."""

    __slots__ = ("args", "parameters")

    def __repr__(self) -> str:
        args = self.args
        if len(args) == 2:
            if args[0] is _NoneType:
                return f"typing.Optional[{typing_repr(args[1])}]"
            if args[1] is _NoneType:
                return f"typing.Optional[{typing_repr(args[0])}]"
        return f"typing.Union[{', '.join(typing_repr(a) for a in args)}]"


def _union_init(union: Any, args: tuple) -> None:
    union.args = args
    union.parameters = collect_parameters(args)


def _union_eq(union: Any, other: Any) -> Any:
    if type(other) is not type(union):
        return NotImplemented
    return set(union.args) == set(other.args)


def _union_hash(union: Any) -> int:
    return hash(frozenset(union.args))


def _union_getitem(union: Any, args: Any) -> Any:
    if not union.parameters:
        raise TypeError(f"{union!r} is not a generic class")
    return _substitute(union, _specialize(union, union.parameters, args))


def _generic_alias_getitem(alias: GenericAlias, args: Any) -> Any:
    """``list[T][int]``: ``types.GenericAlias`` substitution."""
    params = parameters_of(alias)
    if not params:
        raise TypeError(f"{alias!r} is not a generic class")
    mapping = _specialize(alias, params, args)
    if type(alias) is not GenericAlias:  # a subclass's super().__getitem__: a plain alias
        return GenericAlias(alias.origin, _substitute_args(alias.args, mapping))
    return _substitute(alias, mapping)


table(GenericAlias)["__parameters__"] = DataAttr(parameters_of)
GenericAlias.__getitem__ = _generic_alias_getitem  # type: ignore[attr-defined]
method(GenericAlias, "__getitem__")(_generic_alias_getitem)


for _cls in (UnionType, TypingUnion):
    _cls.__init__ = _union_init
    _cls.__eq__ = _union_eq
    _cls.__hash__ = _union_hash
    _cls.__getitem__ = _union_getitem
TypingUnion.__or__ = _typing_or
TypingUnion.__ror__ = _typing_ror

_rename(UnionType, "Union" if _ONE_UNION else "UnionType", "typing" if _ONE_UNION else "types")
if _ONE_UNION:
    _rename(_UnionMeta, "type", "builtins")
_rename(TypingUnion, "_UnionGenericAlias")


# ---------------------------------------------------------------------------
# Type aliases


class TypeAliasType:
    """What ``type X[T] = ...`` makes (PEP 695); the value is evaluated on first use."""

    __slots__ = ("name", "type_params", "module", "_value", "_compute", "__weakref__")

    def __init__(
        self, name: str, type_params: tuple, compute: Any, module: Any, value: Any = MISSING
    ) -> None:
        self.name = name
        self.type_params = type_params
        self.module = module
        self._compute = compute
        self._value = value

    @property
    def value(self) -> Any:
        if self._value is MISSING:
            self._value = _evaluate(self._compute)
        return self._value

    def __repr__(self) -> str:
        return self.name

    def __getitem__(self, args: Any) -> Any:
        if not self.type_params:
            raise TypeError("Only generic type aliases are subscriptable")
        return GenericAlias(self, args)

    def __or__(self, other: Any) -> Any:
        return union_or(self, other)

    def __ror__(self, other: Any) -> Any:
        return union_or(other, self)


_rename(TypeAliasType, "TypeAliasType")


# ---------------------------------------------------------------------------
# Generic and typing._GenericAlias


class Generic:
    """``typing.Generic``: the implicit base of ``class C[T]`` (PEP 695).

    A runtime type with a table, not a user class: every sandbox shares it, so
    sandboxed code must not be able to change it (``Generic.x = 1`` is refused).
    """

    __slots__ = ()


_rename(Generic, "Generic")


class TypingGenericAlias:
    """``typing._GenericAlias``: ``C[int]`` of a generic class, and ``Generic[T]``."""

    __slots__ = ("origin", "args", "parameters")

    def __init__(self, origin: Any, args: Any) -> None:
        self.origin = origin
        self.args = args if type(args) is tuple else (args,)
        self.parameters = collect_parameters(self.args, enforce_default_ordering=origin is Generic)

    def __repr__(self) -> str:
        args = ", ".join(typing_repr(a) for a in self.args) if self.args else "()"
        return f"{typing_repr(self.origin)}[{args}]"

    def __eq__(self, other: Any) -> Any:
        if type(other) is not TypingGenericAlias:
            return NotImplemented
        return self.origin is other.origin and self.args == other.args

    def __hash__(self) -> int:
        return hash((id(self.origin), self.args))

    def __or__(self, other: Any) -> Any:
        return typing_union((self, other))

    def __ror__(self, other: Any) -> Any:
        return typing_union((other, self))

    def __getitem__(self, args: Any) -> Any:
        if self.origin is Generic:
            raise TypeError(f"Cannot subscript already-subscripted {self!r}")
        if not self.parameters:
            raise TypeError(f"{self!r} is not a generic class")
        return _substitute(self, _specialize(self, self.parameters, args))

    def __mro_entries__(self, bases: tuple) -> tuple:
        if self.origin is Generic:
            i = bases.index(self)
            for b in bases[i + 1 :]:
                if type(b) is TypingGenericAlias and b is not self:
                    return ()
        return (self.origin,)

    # Host machinery only (``callable()``); sandboxed calls go through the table.
    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return run_nested(_alias_call(self, *args, **kwargs))


_rename(TypingGenericAlias, "_GenericAlias")


def _alias_call(alias: TypingGenericAlias, *args: Any, **kwargs: Any) -> Any:
    if alias.origin is Generic:
        raise TypeError("Type Generic cannot be instantiated; it can be used only as a base class")
    result = yield from call(alias.origin, args, kwargs or None)
    try:
        store_attr(result, "__orig_class__", alias)
    except Exception:  # noqa: BLE001 - CPython ignores any failure here too
        pass
    return result


def generic_class_getitem(cls: type, params: Any) -> TypingGenericAlias:
    """``Generic[T, ...]`` and ``C[int]`` of a generic class (``typing._generic_class_getitem``)."""
    delegate = typing_function("_generic_class_getitem")
    if delegate is not None:  # 3.12+, typing loaded: its own, as the C Generic calls it
        return run_nested(call(delegate, (cls, params), None))
    if type(params) is not tuple:
        params = (params,)
    params = tuple(_NoneType if p is None else p for p in params)
    if cls is Generic:
        if not params:
            raise TypeError("Parameter list to Generic[...] cannot be empty")
        if not all(_is_typevar_like(p) for p in params):
            raise TypeError(
                "Parameters to Generic[...] must all be type variables or parameter specification variables."
            )
        if len(set(params)) != len(params):
            raise TypeError("Parameters to Generic[...] must all be unique")
        return TypingGenericAlias(cls, params)
    # typing caches these (``C[int] is C[int]``).  The cache belongs to the class, and
    # is found by identity, so no sandbox can reach an alias another one made; only a
    # sandbox's own classes have one (a class every sandbox shares would share it, and
    # hashing the arguments runs their ``__hash__``).
    if id(cls) not in USER_CLASSES:
        return _specialize_class(cls, params)
    cache = _alias_cache(cls)
    try:
        return cache[params]
    except (KeyError, TypeError):  # TypeError: unhashable arguments are not cached
        pass
    alias = _specialize_class(cls, params)
    try:
        if len(cache) >= _ALIAS_CACHE_SIZE:
            cache.clear()
        cache[params] = alias
    except TypeError:
        pass
    return alias


_ALIAS_CACHE_SIZE = 128
#: id(class) -> (weak reference to the class, its cache of aliases by arguments).
_ALIAS_CACHES: dict[int, tuple[Any, dict]] = {}


def _alias_cache(cls: type) -> dict:
    key = id(cls)
    entry = _ALIAS_CACHES.get(key)
    if entry is not None and entry[0]() is cls:
        return entry[1]

    def forget(ref: Any) -> None:
        current = _ALIAS_CACHES.get(key)
        if current is not None and current[0] is ref:
            del _ALIAS_CACHES[key]

    cache: dict = {}
    _ALIAS_CACHES[key] = (weakref.ref(cls, forget), cache)
    return cache


def _specialize_class(cls: type, params: tuple) -> TypingGenericAlias:
    value, _ = lookup(cls, "__parameters__")
    parameters = () if value is MISSING else tuple(value)
    params = _prepare_args(cls, parameters, params)
    _check_specialization(cls, parameters, params)
    args: list = []
    for param, arg in zip(parameters, params):
        if type(param) is TypeVarTuple:
            args.extend(arg)
        else:
            args.append(arg)
    return TypingGenericAlias(cls, tuple(args))


def _check_specialization(cls: type, parameters: tuple, args: tuple) -> None:
    expected = len(parameters)
    if not expected:
        raise TypeError(f"{cls!r} is not a generic class")
    actual = len(args)
    if actual == expected:
        return
    if actual < expected:
        if parameters[actual].has_default():
            return
        expected -= sum(1 for p in parameters if p.has_default())
        expect: Any = f"at least {expected}"
    else:
        expect = expected
    many = "many" if actual > expected else "few"
    raise TypeError(f"Too {many} arguments for {cls!r}; actual {actual}, expected {expect}")


def _generic_new(*args: Any, **kwargs: Any) -> Any:
    raise TypeError("Type Generic cannot be instantiated; it can be used only as a base class")


def resolve_bases(bases: tuple) -> Any:
    """The class statement's ``__mro_entries__`` step (generator): the bases to create
    the class with, which differ from ``bases`` when one of them is not a class."""
    new_bases: list | None = None
    for i, base in enumerate(bases):
        t = type(base)
        hook = MISSING
        if not issubclass(t, type):
            hook, builtin = lookup(t, "__mro_entries__")
            own = INSTANCE_FALLBACKS.get(t)
            if own is not None:  # a function's own attribute: typing.NamedTuple's
                found = own(base, "__mro_entries__")
                if found is not MISSING:
                    hook, builtin = found, None
        if hook is MISSING:
            if new_bases is not None:
                new_bases.append(base)
            continue
        if builtin is None:
            bound = hook
        else:
            bound = BoundBuiltin(hook, base) if builtin else bind_descriptor(hook, base, t)
        entries = yield from call(bound, (bases,), None)
        if type(entries) is not tuple:
            raise TypeError("__mro_entries__ must return a tuple")
        if new_bases is None:
            new_bases = list(bases[:i])
        new_bases.extend(entries)
    return bases if new_bases is None else tuple(new_bases)


def prepare_generic_namespace(namespace: Any, orig_bases: tuple, bases: tuple) -> None:
    """Record what ``Generic.__init_subclass__`` sets on a subclass: its ``__parameters__``.

    Set in the namespace (before the class is created) rather than by a hook
    afterwards, because the runtime runs ``__init_subclass__`` only of user classes.
    """
    if not any(issubclass(type(b), type) and issubclass(b, Generic) for b in bases):
        return
    if typing_function("_generic_init_subclass") is not None:
        return  # typing's, called by Generic.__init_subclass__ once the class exists
    has_orig = orig_bases is not bases
    if (Generic in orig_bases) if has_orig else (Generic in bases):
        raise TypeError("Cannot inherit from plain Generic")
    tvars: tuple = ()
    if has_orig:
        tvars = collect_parameters(orig_bases, enforce_default_ordering=True)
        gvars = None
        for base in orig_bases:
            if type(base) is TypingGenericAlias and base.origin is Generic:
                if gvars is not None:
                    raise TypeError("Cannot inherit from Generic[...] multiple times.")
                gvars = base.parameters
        if gvars is not None:
            missing = [t for t in tvars if t not in gvars]
            if missing:
                listed = ", ".join(str(t) for t in missing)
                allowed = ", ".join(str(g) for g in gvars)
                raise TypeError(f"Some type variables ({listed}) are not listed in Generic[{allowed}]")
            tvars = gvars
    namespace["__parameters__"] = tuple(tvars)


def generic_base(params: tuple) -> TypingGenericAlias:
    """``Generic[*params]``: the base CPython adds to ``class C[T]``; with ``typing``
    loaded, its ``_GenericAlias(Generic, params)``, each TypeVarTuple unpacked, as C's
    ``_Py_subscript_generic`` makes it."""
    alias = typing_function("_GenericAlias")
    if alias is not None:
        unpacked = tuple(typing_unpack(p) if type(p) is TypeVarTuple else p for p in params)
        return run_nested(call(alias, (Generic, unpacked), None))
    return generic_class_getitem(Generic, unpack_type_params(params))


# ---------------------------------------------------------------------------
# Functions' __type_params__ (a side table: Function has fixed slots)

_FUNCTION_TYPE_PARAMS: WeakKeyDictionary = WeakKeyDictionary()


def function_type_params(fn: Function) -> tuple:
    """``fn.__type_params__``: () unless ``fn`` was defined with type parameters."""
    return _FUNCTION_TYPE_PARAMS.get(fn, ())


def set_function_type_params(fn: Function, params: tuple) -> None:
    _FUNCTION_TYPE_PARAMS[fn] = params


# ---------------------------------------------------------------------------
# Constructors: ``type(T)("U")`` and friends, as CPython allows


def _check_name(kind: str, name: Any) -> str:
    if type(name) is not str:
        raise TypeError(f"{kind}() argument 'name' must be str, not {type(name).__name__}")
    return name


def _typing_host(name: str) -> Any:
    """CPython's own constructor, for the messages of bad calls: a C type from 3.12 on
    (harmless to replay).  On 3.11 typing's classes are Python with other parameters,
    so the binder's message, named like the type, stands in."""
    return getattr(_typing, name) if sys.version_info >= (3, 12) else None


_TYPEVAR = Signature(
    "TypeVar",
    "name, *constraints, bound=None, covariant=False, contravariant=False, infer_variance=False,"
    " default=NOT_GIVEN",
    host=_typing_host("TypeVar"),
)
_PARAMSPEC = Signature(
    "ParamSpec",
    "name, *, bound=None, covariant=False, contravariant=False, infer_variance=False, default=NOT_GIVEN",
    host=_typing_host("ParamSpec"),
)
_TYPEVARTUPLE = Signature("TypeVarTuple", "name, *, default=NOT_GIVEN", host=_typing_host("TypeVarTuple"))
_TYPEALIAS = Signature(
    "TypeAliasType", "name, value, *, type_params=NOT_GIVEN", host=_typing_host("TypeAliasType")
)


def _default(value: Any) -> Any:
    return NO_DEFAULT if value is NOT_GIVEN else value


def _typevar_new(*args: Any, **kwargs: Any) -> TypeVar:
    name, constraints, bound, covariant, contravariant, infer_variance, default = _TYPEVAR.unpack(
        args, kwargs
    )
    _check_name("typevar", name)
    if covariant and contravariant:
        raise ValueError("Bivariant types are not supported.")
    if infer_variance and (covariant or contravariant):
        raise ValueError("Variance cannot be specified with infer_variance.")
    if constraints and bound is not None:
        raise TypeError("Constraints cannot be combined with bound=...")
    if len(constraints) == 1:
        raise TypeError("A single constraint is not allowed")
    param = TypeVar(
        name,
        bound=_check_bound(bound),
        constraints=constraints,
        covariant=bool(covariant),
        contravariant=bool(contravariant),
        infer_variance=bool(infer_variance),
        default=_default(default),
    )
    return _with_module(param)


def _check_bound(bound: Any) -> Any:
    """C's ``type_check``: a bound goes through ``typing._type_check`` (a string becomes
    a ``ForwardRef``) once ``typing`` is loaded."""
    if bound is None or sandbox_typing() is None:
        return bound
    return call_typing("_type_check", bound, "Bound must be a type.")


def _with_module(param: Any) -> Any:
    """``__module__`` of an object made by a call: the caller's module, as in CPython."""
    module = caller_module_name()
    param.module = None if module is MISSING else module
    return param


def _paramspec_new(*args: Any, **kwargs: Any) -> ParamSpec:
    name, bound, covariant, contravariant, infer_variance, default = _PARAMSPEC.unpack(args, kwargs)
    _check_name("paramspec", name)
    param = ParamSpec(
        name,
        bound=_check_bound(bound),
        covariant=bool(covariant),
        contravariant=bool(contravariant),
        infer_variance=bool(infer_variance),
        default=_default(default),
    )
    return _with_module(param)


def _typevartuple_new(*args: Any, **kwargs: Any) -> TypeVarTuple:
    name, default = _TYPEVARTUPLE.unpack(args, kwargs)
    _check_name("typevartuple", name)
    return _with_module(TypeVarTuple(name, default=_default(default)))


def _typealias_new(*args: Any, **kwargs: Any) -> TypeAliasType:
    name, value, type_params = _TYPEALIAS.unpack(args, kwargs)
    type_params = () if type_params is NOT_GIVEN else type_params
    _check_name("typealias", name)
    if type(type_params) is not tuple:
        raise TypeError("type_params must be a tuple")
    for p in type_params:
        if type(p) not in _TYPE_PARAMS:
            raise TypeError(f"Expected a type param, got {p!r}")
    return _with_module(TypeAliasType(name, type_params, None, None, value))


register_type(TypeVar, constructor=Builtin(_typevar_new, "TypeVar"))
register_type(ParamSpec, constructor=Builtin(_paramspec_new, "ParamSpec"))
register_type(TypeVarTuple, constructor=Builtin(_typevartuple_new, "TypeVarTuple"))
register_type(TypeAliasType, constructor=Builtin(_typealias_new, "TypeAliasType"))
register_type(Generic, constructor=Builtin(_generic_new, "Generic"), subclassable=True)


# ---------------------------------------------------------------------------
# Tables: the attributes sandboxed code may read


def _register_common(t: type) -> None:
    method(t, "__repr__")(lambda self: repr(self))
    method(t, "__or__")(lambda self, other: type(self).__or__(self, other))
    method(t, "__ror__")(lambda self, other: type(self).__ror__(self, other))


for _t in (TypeVar, ParamSpec, TypeVarTuple):
    _register_common(_t)
    data(_t, "__name__")(lambda p: p.name)
    data(_t, "__module__")(lambda p: "typing" if p.module is None else p.module)
    data(_t, "__default__")(lambda p: p.default)
    method(_t, "has_default")(lambda p: p.has_default())
    method(_t, "__mro_entries__")(lambda p, bases: p.__mro_entries__(bases))

for _t in (TypeVar, ParamSpec):
    data(_t, "__covariant__")(lambda p: p.covariant)
    data(_t, "__contravariant__")(lambda p: p.contravariant)
    data(_t, "__infer_variance__")(lambda p: p.infer_variance)
    data(_t, "__bound__")(lambda p: p.bound)

# copy and pickle find these by name (``__reduce__`` gives the name, as C's does).
for _t in (TypeVar, ParamSpec, TypeVarTuple, TypeAliasType):
    method(_t, "__reduce__")(lambda p: p.name)
    method(_t, "__reduce_ex__")(lambda p, protocol: p.name)
for _t in (ParamSpecArgs, ParamSpecKwargs):  # C's rebuild from the origin
    method(_t, "__reduce_ex__")(lambda a, protocol: (type(a), (a.origin,)))
    _sig = Signature(VISIBLE_NAMES[_t], "origin", host=_typing_host(VISIBLE_NAMES[_t]))
    register_type(
        _t, constructor=Builtin(lambda *a, _t=_t, _sig=_sig, **k: _t(*_sig.unpack(a, k)), _sig.name)
    )
method(NoDefaultType, "__reduce__")(lambda s: "NoDefault")
method(NoDefaultType, "__reduce_ex__")(lambda s, protocol: "NoDefault")

data(TypeVar, "__constraints__")(lambda p: p.constraints)
data(ParamSpec, "args")(ParamSpecArgs)
data(ParamSpec, "kwargs")(ParamSpecKwargs)
method(TypeVarTuple, "__iter__")(lambda p: iter((typing_unpack(p),)))

for _t in (ParamSpecArgs, ParamSpecKwargs):
    method(_t, "__repr__")(lambda self: repr(self))
    data(_t, "__origin__")(lambda a: a.origin)
    method(_t, "__eq__")(lambda a, other: type(a).__eq__(a, other))
    method(_t, "__hash__")(lambda a: hash(a))

_register_common(Unpacked)
data(Unpacked, "__origin__")(lambda u: UNPACK)
data(Unpacked, "__args__")(lambda u: (u.target,))
data(Unpacked, "__parameters__")(lambda u: parameters_of(u.target))
method(Unpacked, "__eq__")(lambda u, other: Unpacked.__eq__(u, other))
method(Unpacked, "__hash__")(lambda u: hash(u))

for _t in (UnionType, TypingUnion):
    _register_common(_t)
    data(_t, "__args__")(lambda u: u.args)
    data(_t, "__parameters__")(lambda u: u.parameters)
    method(_t, "__getitem__")(lambda u, args: u[args])
    method(_t, "__eq__")(lambda u, other: type(u).__eq__(u, other))
    method(_t, "__hash__")(lambda u: hash(u))
data(TypingUnion, "__origin__")(lambda u: UNION)

_register_common(TypeAliasType)
data(TypeAliasType, "__name__")(lambda a: a.name)
data(TypeAliasType, "__module__")(lambda a: a.module)
data(TypeAliasType, "__value__")(lambda a: a.value)
data(TypeAliasType, "__type_params__")(lambda a: a.type_params)
data(TypeAliasType, "__parameters__")(lambda a: unpack_type_params(a.type_params))
method(TypeAliasType, "__getitem__")(lambda a, args: a[args])

_register_common(TypingGenericAlias)
data(TypingGenericAlias, "__origin__")(lambda a: a.origin)
data(TypingGenericAlias, "__args__")(lambda a: a.args)
data(TypingGenericAlias, "__parameters__")(lambda a: a.parameters)
data(TypingGenericAlias, "__name__")(lambda a: load_attr(a.origin, "__name__"))
data(TypingGenericAlias, "__qualname__")(lambda a: load_attr(a.origin, "__name__"))
data(TypingGenericAlias, "__module__")(lambda a: load_attr(a.origin, "__module__"))
method(TypingGenericAlias, "__getitem__")(lambda a, args: a[args])
method(TypingGenericAlias, "__eq__")(lambda a, other: TypingGenericAlias.__eq__(a, other))
method(TypingGenericAlias, "__hash__")(lambda a: hash(a))
method(TypingGenericAlias, "__mro_entries__")(lambda a, bases: a.__mro_entries__(bases))
method(TypingGenericAlias, "__call__", suspends=True)(_alias_call)


def _alias_fallback(alias: TypingGenericAlias, name: str) -> Any:
    # typing._BaseGenericAlias.__getattr__: other names come from the origin class.
    if name.startswith("__") and name.endswith("__"):
        return MISSING
    return load_attr(alias.origin, name)


def _alias_setattr(alias: TypingGenericAlias, name: str, value: Any) -> None:
    # typing._BaseGenericAlias.__setattr__: other names are set on the origin class.
    if value is MISSING:  # deletion is not forwarded
        raise AttributeError(f"'_GenericAlias' object has no attribute '{name}'")
    if type(name) is str and not (name.startswith("__") and name.endswith("__")):
        store_attr(alias.origin, name, value)
        return
    raise AttributeError(f"'_GenericAlias' object attribute '{name}' is read-only")


register_type(TypingGenericAlias, fallback=_alias_fallback, setter=_alias_setattr)

method(SpecialForm, "__repr__")(lambda s: repr(s))
method(NoDefaultType, "__repr__")(lambda s: repr(s))

table(Generic)
method(Generic, "__class_getitem__", kind="classmethod")(generic_class_getitem)


# ---------------------------------------------------------------------------
# 3.12+: what the C objects add, calling into the sandbox's typing.py


def _generic_init_subclass(cls: Any, *args: Any, **kwargs: Any) -> Any:
    """``Generic.__init_subclass__``: ``typing._generic_init_subclass`` once typing is
    loaded (generator); before, :func:`prepare_generic_namespace` did its work."""
    delegate = typing_function("_generic_init_subclass")
    if delegate is not None:
        return (yield from call(delegate, (cls, *args), kwargs or None))
    if args:
        raise TypeError(f"{cls.__name__}.__init_subclass__() takes no arguments ({len(args)} given)")
    if kwargs:
        raise TypeError(f"{cls.__name__}.__init_subclass__() takes no keyword arguments")
    return None


def _typevar_prepare_subst(param: TypeVar, alias: Any, args: Any) -> Any:
    """``TypeVar.__typing_prepare_subst__``: a missing last argument is its default."""
    params = load_attr(alias, "__parameters__")
    i = list(params).index(param)
    if i < len(args):
        return args
    if i == len(args) and param.has_default():
        return (*args, param.default)
    raise TypeError(f"Too few arguments for {alias!r}; actual {len(args)}, expected at least {i + 1}")


def _typevartuple_subst(param: TypeVarTuple, arg: Any) -> Any:
    raise TypeError("Substitution of bare TypeVarTuple is not supported")


def _union_class_getitem(cls: Any, args: Any) -> Any:
    """``typing.Union[X, Y]`` (3.14): each argument through ``typing._type_check`` once
    typing is loaded (a string becomes a ``ForwardRef``), then ``X | Y``."""
    if type(args) is not tuple:
        args = (args,)
    if not args:
        raise TypeError("Cannot take a Union of no types.")
    if sandbox_typing() is not None:
        message = "Union[arg, ...]: each arg must be a type."
        args = tuple(call_typing("_type_check", a, message) for a in args)
    return typing_union(args)


def _host_union_getitem(union: Any, args: Any) -> Any:
    raise TypeError(f"{union!r} is not a generic class")


if _ONE_UNION:
    method(UnionType, "__class_getitem__", kind="classmethod")(_union_class_getitem)
    method(_HostUnion, "__class_getitem__", kind="classmethod")(_union_class_getitem)
    data(UnionType, "__origin__")(lambda u: UnionType)
    data(_HostUnion, "__origin__")(lambda u: UnionType)
    data(_HostUnion, "__parameters__")(lambda u: ())
    method(_HostUnion, "__getitem__")(_host_union_getitem)


def _class_type_params(cls: Any) -> Any:
    """``type.__type_params__`` (3.12+): a class's own, else () (``typing.get_type_hints``
    reads it on every class of an MRO, ``object`` too)."""
    if id(cls) in USER_CLASSES:
        return _dict_of(cls).get("__type_params__", ())
    return ()


def _set_class_type_params(cls: Any, value: Any) -> None:
    if id(cls) in USER_CLASSES and value is not MISSING and type(value) is not tuple:
        raise TypeError(f"__type_params__ must be set to a tuple, not {visible_type_name(value)}")
    set_class_attr(cls, "__type_params__", value, hooks=False)


if CALLS_TYPING:
    data(type, "__type_params__", _set_class_type_params)(_class_type_params)
    method(Generic, "__init_subclass__", kind="classmethod", suspends=True)(_generic_init_subclass)
    method(TypeVar, "__typing_subst__")(lambda p, arg: call_typing("_typevar_subst", p, arg))
    method(TypeVar, "__typing_prepare_subst__")(_typevar_prepare_subst)
    method(ParamSpec, "__typing_subst__")(lambda p, arg: call_typing("_paramspec_subst", p, arg))
    method(ParamSpec, "__typing_prepare_subst__")(
        lambda p, alias, args: call_typing("_paramspec_prepare_subst", p, alias, args)
    )
    # what typing's _is_unpacked_typevartuple asks of *Ts made before typing was loaded
    data(Unpacked, "__typing_is_unpacked_typevartuple__")(lambda u: type(u.target) is TypeVarTuple)
    method(TypeVarTuple, "__typing_subst__")(_typevartuple_subst)
    method(TypeVarTuple, "__typing_prepare_subst__")(
        lambda p, alias, args: call_typing("_typevartuple_prepare_subst", p, alias, args)
    )

__all__ = [
    "TypeVar",
    "ParamSpec",
    "ParamSpecArgs",
    "ParamSpecKwargs",
    "TypeVarTuple",
    "Unpacked",
    "TypeAliasType",
    "Generic",
    "TypingGenericAlias",
    "TypingUnion",
    "UnionType",
    "NO_DEFAULT",
    "collect_parameters",
    "function_type_params",
    "generic_base",
    "generic_class_getitem",
    "prepare_generic_namespace",
    "resolve_bases",
    "set_function_type_params",
    "typing_union",
    "union_or",
    "unpack_type_params",
]
