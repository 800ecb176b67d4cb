"""The allow-list tables of the builtin containers, their views and iterators, and their constructors.

Containers are host values, so the methods that only rearrange what is already there
(``list.append``, ``dict.get``, ``set.__or__``) are the host's own.  Three kinds of
method are ours instead:

- those that take an arbitrary iterable or callable (``list.extend``, ``list.sort(key=)``,
  ``dict.update``, ``set.union``, the constructors): a generator or a user iterable
  may pause the program while it produces items, so they are generator functions
  (``suspends=True``) that collect the items with ``yield from materialize(...)``, then
  hand plain host values to the host method.  Plain host containers skip that step;
- those whose result size the program controls in one step: ``[0] * n`` and a
  ``range`` of 10**12 items turned into a list, which check the size first
  (:func:`materialize`);
- ``range.__contains__``/``count``/``index`` for values that are not ints, which
  CPython answers by a linear scan (hours for a huge range): ours answers from
  arithmetic where it can and otherwise scans with the meter running.
"""

from __future__ import annotations

import operator
from typing import Any

from . import links, meter
from .attributes import MISSING, USER_CLASSES, bind_descriptor, load_attr, lookup
from .calls import call
from .classes import overrides
from .exceptions import SandboxStopIteration
from .generators import END, Generator
from .iteration import (
    HOST_ITERABLES,
    HOST_ITERATORS,
    RUNTIME_ITERATORS,
    get_iter,
    next_or_end,
    to_list,
)
from .meter import cap
from .native import Builtin
from .numbers import (
    check_new,
    expose_present,
    hash_entry,
    host_call,
    noop_init,
)
from .signatures import NOT_GIVEN, Signature
from .textsize import check_text
from .typenames import VISIBLE_NAMES, visible_type_name
from .typetable import DataAttr, StaticEntry, method, register_type, table

#: Estimated bytes per item of a materialised container (a pointer).
ITEM_SIZE = 8
#: Bytes of an int object of the size a range holds, and of an int in a set's table.
_INT_SIZE = 32
_SET_RANGE_ITEM = 64

_COMPARE = "__eq__ __ne__ __lt__ __le__ __gt__ __ge__"

# ---------------------------------------------------------------------------
# Shared helpers


def range_length(r: range) -> int:
    """``len(r)``, or MemoryError where CPython's own ``len`` would overflow."""
    try:
        return len(r)
    except OverflowError:
        raise MemoryError(f"result too large ({r!r} has too many items)") from None


def check_range_size(r: range) -> None:
    """Refuse to turn range ``r`` into a container too large for the caps: a slot and,
    past the few cached small ints, an int object per item."""
    cap(range_length(r) * (ITEM_SIZE + _INT_SIZE))


def materialize(obj: Any) -> Any:
    """The items of iterable ``obj`` in a host iterable (generator: ``yield from``).

    Plain host containers come back as they are (the host iterates them without
    running sandboxed code); ranges are size-checked first; anything else is collected
    with ``next_or_end``, which may pause the program; host iterators are size-checked
    by their length hint.
    """
    t = type(obj)
    if t is range:
        check_range_size(obj)
        return obj
    if t in HOST_ITERABLES:
        return obj
    return (yield from to_list(obj))


def _needs_collecting(obj: Any) -> bool:
    """Whether iterating ``obj`` runs sandboxed code (a user iterable, a generator)."""
    t = type(obj)
    # Runtime objects too: to_list raises "not iterable" with the sandbox's type name.
    return id(t) in USER_CLASSES or t is Generator or t in RUNTIME_ITERATORS or t in VISIBLE_NAMES


def _seq_repeat(host: Any) -> Any:
    """A capped ``__mul__``/``__rmul__``/``__imul__`` for lists and tuples."""

    def repeat(self: Any, n: Any, /) -> Any:
        if type(n) is not int:
            try:
                n = _index(n)
            except TypeError:
                return host(self, n)
        if n > 1:
            cap(len(self) * n * ITEM_SIZE)
        return host(self, n)

    return repeat


_index = operator.index
_length_hint = operator.length_hint


def _getitem(obj: Any, key: Any) -> Any:
    """``obj[key]`` for a mapping (generator): a user ``__getitem__`` may pause."""
    t = type(obj)
    if id(t) in USER_CLASSES:
        method, builtin = lookup(t, "__getitem__")
        if method is MISSING or method is None:
            raise TypeError(f"'{visible_type_name(obj)}' object is not subscriptable")
        if not builtin:
            return (yield from call(bind_descriptor(method, obj, t), (key,), None))
    return obj[key]


def _iterable_args(host: Any) -> Any:
    """A method taking iterables (``set.union(*others)``): collect each, then call the host."""

    def method(self: Any, /, *others: Any) -> Any:
        collected = []
        for other in others:
            collected.append((yield from materialize(other)))
        return host(self, *collected)

    return method


def _operand_collecting(host: Any) -> Any:
    """A binary operator of a view that accepts any iterable (``d.keys() | gen``)."""

    def method(self: Any, other: Any, /) -> Any:
        if _needs_collecting(other) or type(other) is range:
            other = yield from materialize(other)
        return host(self, other)

    return method


# ---------------------------------------------------------------------------
# Generic aliases: list[int]


class GenericAlias:
    """``list[int]``: the runtime's own ``types.GenericAlias`` (the host's carries host
    attributes such as ``__origin__.__subclasses__`` reachable by ``getattr``)."""

    __slots__ = ("origin", "args", "unpacked")

    def __init__(self, origin: Any, args: Any, unpacked: bool = False) -> None:
        self.origin = origin
        self.args = args if type(args) is tuple else (args,)
        #: ``*list[int]``: what iterating ``list[int]`` gives (``tuple[*tuple[int, ...]]``).
        self.unpacked = unpacked

    def __repr__(self) -> str:
        star = "*" if self.unpacked else ""
        if not self.args:
            return f"{star}{_type_repr(self.origin)}[()]"
        return f"{star}{_type_repr(self.origin)}[{', '.join(_type_repr(a) for a in self.args)}]"

    def __eq__(self, other: Any) -> Any:
        if not isinstance(other, GenericAlias):  # a subclass compares as CPython's does
            return NotImplemented
        return self.origin is other.origin and self.args == other.args and self.unpacked == other.unpacked

    def __hash__(self) -> int:
        return hash(self.origin) ^ hash(self.args) ^ self.unpacked

    def __iter__(self) -> Any:
        # As CPython's: one item, the alias starred (``[*list[int]]`` is ``[*list[int]]``).
        return iter([GenericAlias(self.origin, self.args, True)])

    # ``list[T] | None`` (types.UnionType); see type_params.union_or.
    def __or__(self, other: Any) -> Any:
        return links.union_or(self, other)

    def __ror__(self, other: Any) -> Any:
        return links.union_or(other, self)


def _type_repr(obj: Any) -> str:
    # CPython's ga_repr_item, without reading arbitrary attributes of host objects.
    if obj is Ellipsis:
        return "..."
    if type(obj) is GenericAlias:
        return repr(obj)
    if isinstance(obj, type):
        name = VISIBLE_NAMES.get(obj, obj.__qualname__)
        if id(obj) not in USER_CLASSES:
            # A runtime type whose host name is CPython's tp_name ("collections.deque").
            module, dot, _ = obj.__name__.rpartition(".")
            return f"{module}.{name}" if dot else name
        module = obj.__module__
        if module == "builtins":
            return name
        return f"{module}.{name}"
    return repr(obj)


def class_getitem(cls: type, item: Any, /) -> GenericAlias:
    return GenericAlias(cls, item)


table(GenericAlias).update(
    {
        "__origin__": DataAttr(lambda ga: ga.origin),
        "__args__": DataAttr(lambda ga: ga.args),
        "__parameters__": DataAttr(lambda ga: ()),
        "__unpacked__": DataAttr(lambda ga: ga.unpacked),
    }
)
expose_present(GenericAlias, f"__repr__ {_COMPARE} __hash__")


@method(GenericAlias, "__mro_entries__")
def _ga_mro_entries(self: GenericAlias, bases: Any, /) -> tuple:
    return (self.origin,)


def _generic_alias_new(origin: Any, args: Any, /) -> GenericAlias:
    # types.GenericAlias(origin, args): typing.get_type_hints rebuilds list['Node'] so.
    return GenericAlias(origin, args)


def _generic_alias_subclass_new(cls: Any, origin: Any, args: Any, /) -> Any:
    # GenericAlias.__new__(cls, ...): collections.abc's Callable[...] is a subclass.
    if not (issubclass(type(cls), type) and issubclass(cls, GenericAlias)):
        raise TypeError("GenericAlias.__new__(X): X is not a subtype of types.GenericAlias")
    alias = object.__new__(cls)
    GenericAlias.__init__(alias, origin, args)
    return alias


register_type(
    GenericAlias,
    name="GenericAlias",
    constructor=Builtin(_generic_alias_new, "GenericAlias"),
    host_iterable=True,
    subclassable=True,
)["__new__"] = StaticEntry(Builtin(_generic_alias_subclass_new, "__new__", qualname="GenericAlias.__new__"))


def _register_class_getitem(t: type) -> None:
    method(t, "__class_getitem__", kind="classmethod")(class_getitem)


# ---------------------------------------------------------------------------
# list

expose_present(
    list,
    f"append clear copy count index insert pop remove reverse __contains__ __delitem__ {_COMPARE} "
    "__getitem__ __iter__ __len__ __reversed__ __add__",
)
hash_entry(list)
_register_class_getitem(list)
for _name in ("__mul__", "__rmul__", "__imul__"):
    method(list, _name)(_seq_repeat(list.__dict__[_name]))

_list_extend = list.extend
_list_clear = list.clear
_list_setitem = list.__setitem__
_list_sort = list.sort


def _grow(self: list, items: Any) -> None:
    """Extend ``self`` by ``items``, capped first: ``s.extend(s)`` in a loop doubles
    the list in one host call per turn."""
    if type(items) in (list, tuple):
        cap((len(self) + len(items)) * ITEM_SIZE)
    else:
        try:
            cap((len(self) + len(items)) * ITEM_SIZE)
        except TypeError:  # no length (a host iterator): its items were counted already
            pass
    _list_extend(self, items)


@method(list, "extend", suspends=True)
def list_extend(self: list, iterable: Any, /) -> None:
    _grow(self, (yield from materialize(iterable)))


@method(list, "__iadd__", suspends=True)
def list_iadd(self: list, other: Any, /) -> list:
    _grow(self, (yield from materialize(other)))
    return self


@method(list, "__setitem__", suspends=True)
def list_setitem(self: list, key: Any, value: Any, /) -> None:
    if isinstance(key, slice):
        value = yield from materialize(value)
    _list_setitem(self, key, value)


#: The one optional positional argument of the container constructors; keywords are
#: collected, for the subclasses whose own ``__new__``/``__init__`` take them.
_LIST_ARGS = Signature("list", "iterable=NOT_GIVEN, /, **kwargs", host=list)
_TUPLE_ARGS = Signature("tuple", "iterable=NOT_GIVEN, /, **kwargs", host=tuple)
_SET_ARGS = Signature("set", "iterable=NOT_GIVEN, /, **kwargs", host=set)
_FROZENSET_ARGS = Signature("frozenset", "iterable=NOT_GIVEN, /, **kwargs", host=frozenset)


@method(list, "__init__", suspends=True)
def list_init(self: list, /, *args: Any, **kwargs: Any) -> None:
    # CPython allows keywords only when a subclass has its own __new__ to take them.
    if kwargs and (type(self) is list or not overrides(type(self), "__new__")):
        raise TypeError("list() takes no keyword arguments")
    iterable, _ = _LIST_ARGS.unpack(args, kwargs)
    _list_clear(self)
    if iterable is not NOT_GIVEN:
        _list_extend(self, (yield from materialize(iterable)))


@method(list, "__new__", kind="static")
def list_new(cls: Any, /, *args: Any, **kwargs: Any) -> list:
    check_new(cls, list)
    return list.__new__(cls)


@method(list, "sort", suspends=True)
def list_sort(self: list, /, *args: Any, key: Any = None, reverse: Any = False) -> None:
    if args:
        raise TypeError("sort() takes no positional arguments")
    if key is None:
        _list_sort(self, reverse=reverse)
        return None
    # Validates ``reverse`` with CPython's message before any key is computed.
    _list_sort([], reverse=reverse)
    items = list(self)
    # As in CPython the list looks empty while it is being sorted, so a key function
    # that mutates it can be detected.
    _list_clear(self)
    try:
        keys = []
        for item in items:
            keys.append((yield from call(key, (item,), None)))
        # Decorate-sort-undecorate on indices: stable, and the items themselves are
        # never compared.
        order = sorted(range(len(items)), key=keys.__getitem__, reverse=bool(reverse))
    except BaseException:
        _list_setitem(self, slice(None), items)
        raise
    modified = len(self) != 0
    _list_setitem(self, slice(None), [items[i] for i in order])
    if modified:
        raise ValueError("list modified during sort")
    return None


def _list_ctor(*args: Any, **kwargs: Any) -> Any:
    if kwargs:
        raise TypeError("list() takes no keyword arguments")
    iterable, _ = _LIST_ARGS.unpack(args, kwargs)
    if iterable is NOT_GIVEN:
        return []
    return list((yield from materialize(iterable)))


# ---------------------------------------------------------------------------
# tuple

expose_present(tuple, f"count index __add__ __contains__ {_COMPARE} __getitem__ __iter__ __len__")
hash_entry(tuple)
noop_init(tuple)
_register_class_getitem(tuple)
for _name in ("__mul__", "__rmul__"):
    method(tuple, _name)(_seq_repeat(tuple.__dict__[_name]))


def _tuple_args(args: tuple, kwargs: dict, name: str, check_keywords: bool = True) -> Any:
    """The iterable argument (or NOT_GIVEN); keywords refused unless a subclass takes them."""
    if kwargs and check_keywords:
        raise TypeError(f"{name}() takes no keyword arguments")
    return _TUPLE_ARGS.unpack(args, kwargs)[0]


@method(tuple, "__new__", kind="static", suspends=True)
def tuple_new(cls: Any, /, *args: Any, **kwargs: Any) -> Any:
    check_new(cls, tuple)
    # Keywords are for a subclass's own __init__, as in CPython.
    iterable = _tuple_args(args, kwargs, "tuple", cls is tuple or not overrides(cls, "__init__"))
    items = (yield from materialize(iterable)) if iterable is not NOT_GIVEN else ()
    if cls is tuple:
        return tuple(items)
    return tuple.__new__(cls, items)


def _tuple_ctor(*args: Any, **kwargs: Any) -> Any:
    iterable = _tuple_args(args, kwargs, "tuple")
    if iterable is NOT_GIVEN:
        return ()
    return tuple((yield from materialize(iterable)))


# ---------------------------------------------------------------------------
# dict

expose_present(
    dict,
    f"clear copy get items keys pop popitem setdefault values __contains__ __delitem__ {_COMPARE} "
    "__getitem__ __iter__ __len__ __reversed__ __setitem__ __or__ __ror__",
)
hash_entry(dict)
_register_class_getitem(dict)

_dict_update = dict.update
_dict_setitem = dict.__setitem__


def _is_pair_list(obj: Any) -> bool:
    return type(obj) in (list, tuple) and all(type(item) is tuple for item in obj)


def dict_merge(self: dict, other: Any) -> Any:
    """``dict.update(self, other)`` with CPython's three cases (generator)."""
    if type(other) is dict or (isinstance(other, dict) and not overrides(type(other), "__iter__")):
        _dict_update(self, other)
        return
    try:
        keys = load_attr(other, "keys")
    except AttributeError:
        keys = MISSING
    if keys is not MISSING:
        key_list = yield from materialize((yield from call(keys, (), None)))
        for key in key_list:
            _dict_setitem(self, key, (yield from _getitem(other, key)))
        return
    if _is_pair_list(other):
        _dict_update(self, other)
        return
    it = get_iter(other)
    index = 0
    while True:
        item = yield from next_or_end(it)
        if item is END:
            return
        try:
            pair = yield from materialize(item)
        except TypeError:
            raise TypeError(
                f"cannot convert dictionary update sequence element #{index} to a sequence"
            ) from None
        if type(pair) not in (list, tuple):
            pair = list(pair)
        if len(pair) != 2:
            raise ValueError(
                f"dictionary update sequence element #{index} has length {len(pair)}; 2 is required"
            )
        _dict_setitem(self, pair[0], pair[1])
        index += 1
        # A lazy iterator of pairs (zip of two ranges) runs no sandboxed code: each
        # pair is a step for the meter, and the dict is size-checked as it grows.
        m = meter.current
        m.countdown -= 1
        if m.countdown <= 0:
            cap(index * ITEM_SIZE * 3)
            yield from m.tick()


_DICT_UPDATE = Signature("update", "other=NOT_GIVEN, /, **kwargs", host={}.update)
_DICT_INIT = Signature("dict", "other=NOT_GIVEN, /, **kwargs", host=dict)


def _dict_update_args(self: dict, args: tuple, kwargs: dict, signature: Signature) -> Any:
    other, kwargs = signature.unpack(args, kwargs)
    if other is not NOT_GIVEN:
        yield from dict_merge(self, other)
    if kwargs:
        _dict_update(self, kwargs)


@method(dict, "update", suspends=True)
def dict_update(self: dict, /, *args: Any, **kwargs: Any) -> None:
    yield from _dict_update_args(self, args, kwargs, _DICT_UPDATE)


@method(dict, "__init__", suspends=True)
def dict_init(self: dict, /, *args: Any, **kwargs: Any) -> None:
    yield from _dict_update_args(self, args, kwargs, _DICT_INIT)


@method(dict, "__ior__", suspends=True)
def dict_ior(self: dict, other: Any, /) -> dict:
    yield from dict_merge(self, other)
    return self


@method(dict, "__new__", kind="static")
def dict_new(cls: Any, /, *args: Any, **kwargs: Any) -> dict:
    check_new(cls, dict)
    return dict.__new__(cls)


@method(dict, "fromkeys", kind="classmethod", suspends=True)
def dict_fromkeys(cls: type, iterable: Any, value: Any = None, /) -> Any:
    keys = yield from materialize(iterable)
    if cls is dict:
        return dict.fromkeys(keys, value)
    # A subclass is built by calling it and filled with its own __setitem__, as in CPython.
    result = yield from call(cls, (), None)
    setitem, builtin = lookup(type(result), "__setitem__")
    for key in keys:
        if builtin or setitem is MISSING:
            result[key] = value
        else:
            yield from call(bind_descriptor(setitem, result, type(result)), (key, value), None)
    return result


def _dict_ctor(*args: Any, **kwargs: Any) -> Any:
    result: dict = {}
    yield from _dict_update_args(result, args, kwargs, _DICT_INIT)
    return result


# ---------------------------------------------------------------------------
# set and frozenset

_SET_OPERATORS = "__and__ __rand__ __or__ __ror__ __xor__ __rxor__ __sub__ __rsub__"
_SET_TAKING_ITERABLES = "union intersection difference symmetric_difference issubset issuperset isdisjoint"

expose_present(
    set,
    f"add clear copy discard pop remove __contains__ {_COMPARE} __iter__ __len__ "
    f"{_SET_OPERATORS} __iand__ __ior__ __ixor__ __isub__",
)
expose_present(frozenset, f"copy __contains__ {_COMPARE} __iter__ __len__ {_SET_OPERATORS}")


def _checked_repr(host_repr: Any) -> Any:
    def __repr__(self: Any, *args: Any, **kwargs: Any) -> str:
        check_text(self)  # the text can be far larger than the container (textsize)
        return host_repr(self, *args, **kwargs)  # its receiver and argument errors

    return __repr__


for _t in (list, tuple, dict, set, frozenset):
    # As expose() registers it, but the text is checked first.
    table(_t)["__repr__"] = Builtin(
        _checked_repr(_t.__repr__), "__repr__", qualname=f"{_t.__name__}.__repr__", self_type=_t
    )
hash_entry(set)
hash_entry(frozenset)
noop_init(frozenset)
_register_class_getitem(set)
_register_class_getitem(frozenset)

for _name in (
    *_SET_TAKING_ITERABLES.split(),
    "update",
    "intersection_update",
    "difference_update",
    "symmetric_difference_update",
):
    method(set, _name, suspends=True)(_iterable_args(set.__dict__[_name]))
for _name in _SET_TAKING_ITERABLES.split():
    method(frozenset, _name, suspends=True)(_iterable_args(frozenset.__dict__[_name]))

_set_clear = set.clear
_set_update = set.update


def _set_args(
    args: tuple, kwargs: dict, name: str, check_keywords: bool = True, shown: str | None = None
) -> Any:
    """The iterable argument (or NOT_GIVEN); keywords refused unless a subclass takes them.

    A count error names ``shown`` (default ``name``): ``set.__init__`` and
    ``frozenset.__new__`` name the subclass, as CPython's ``type->tp_name``.
    """
    if kwargs and check_keywords:
        raise TypeError(f"{name}() takes no keyword arguments")
    signature = _SET_ARGS if name == "set" else _FROZENSET_ARGS
    shown = shown or name
    try:
        return signature.unpack(args, kwargs)[0]
    except TypeError as error:
        if shown == signature.name:
            raise
        raise TypeError(str(error).replace(signature.name, shown, 1)) from None


def _set_items(iterable: Any) -> Any:
    """``materialize`` for a set or frozenset (generator): a set of a range holds an int
    object and a table entry (two slots, the table at most 3/5 full) per item."""
    if type(iterable) is range:
        cap(range_length(iterable) * _SET_RANGE_ITEM)
    return (yield from materialize(iterable))


@method(set, "__init__", suspends=True)
def set_init(self: set, /, *args: Any, **kwargs: Any) -> None:
    iterable = _set_args(args, kwargs, "set", shown=type(self).__name__)
    _set_clear(self)
    if iterable is not NOT_GIVEN:
        _set_update(self, (yield from _set_items(iterable)))


@method(set, "__new__", kind="static")
def set_new(cls: Any, /, *args: Any, **kwargs: Any) -> set:
    check_new(cls, set)
    return set.__new__(cls)


@method(frozenset, "__new__", kind="static", suspends=True)
def frozenset_new(cls: Any, /, *args: Any, **kwargs: Any) -> Any:
    check_new(cls, frozenset)
    iterable = _set_args(args, kwargs, cls.__name__, cls is frozenset)
    items = (yield from _set_items(iterable)) if iterable is not NOT_GIVEN else ()
    if cls is frozenset:
        return frozenset(items)
    return frozenset.__new__(cls, items)


def _set_ctor(*args: Any, **kwargs: Any) -> Any:
    iterable = _set_args(args, kwargs, "set")
    if iterable is NOT_GIVEN:
        return set()
    return set((yield from _set_items(iterable)))


def _frozenset_ctor(*args: Any, **kwargs: Any) -> Any:
    iterable = _set_args(args, kwargs, "frozenset")
    if iterable is NOT_GIVEN:
        return frozenset()
    return frozenset((yield from _set_items(iterable)))


# ---------------------------------------------------------------------------
# range and slice

expose_present(range, f"__bool__ {_COMPARE} __getitem__ __iter__ __len__ __repr__ __reversed__")
hash_entry(range)
noop_init(range)
for _name in ("start", "stop", "step"):
    table(range)[_name] = DataAttr(range.__dict__[_name].__get__)

#: Values that compare unequal to every int without running user code.
_NEVER_INT = (str, bytes, bytearray, type(None), list, tuple, dict, set, frozenset, range, slice)


def range_scan(r: range, value: Any, mode: str) -> Any:
    """``value in r`` / ``r.count(value)`` / ``r.index(value)`` (generator).

    Ints take CPython's arithmetic path.  For other values CPython compares with every
    item; we answer from arithmetic for floats and complex numbers and for types that
    never equal an int, and scan (with the meter counting) only for user objects.
    """
    t = type(value)
    if t is int or t is bool:
        return _range_answer(r, value, mode)
    if t is float:
        if value.is_integer():
            return _range_answer(r, int(value), mode, value)
        return _range_answer(r, None, mode, value)
    if t is complex:
        if value.imag == 0 and value.real.is_integer():
            return _range_answer(r, int(value.real), mode, value)
        return _range_answer(r, None, mode, value)
    if t in _NEVER_INT:
        return _range_answer(r, None, mode, value)
    m = meter.current
    count = 0
    for i, item in enumerate(r):
        m.countdown -= 1
        if m.countdown <= 0:
            yield from m.tick()
        if item == value:
            if mode == "contains":
                return True
            if mode == "index":
                return i
            count += 1
    return _range_answer(r, None, mode, value) if mode != "count" else count


def _range_answer(r: range, as_int: Any, mode: str, original: Any = MISSING) -> Any:
    found = as_int is not None and as_int in r
    if mode == "contains":
        return found
    if mode == "count":
        return 1 if found else 0
    if found:
        return r.index(as_int)
    shown = as_int if original is MISSING else original
    raise ValueError(f"{shown!r} is not in range")


@method(range, "__contains__", suspends=True)
def range_contains(self: range, value: Any, /) -> Any:
    return (yield from range_scan(self, value, "contains"))


@method(range, "count", suspends=True)
def range_count(self: range, value: Any, /) -> Any:
    return (yield from range_scan(self, value, "count"))


@method(range, "index", suspends=True)
def range_index(self: range, value: Any, /) -> Any:
    return (yield from range_scan(self, value, "index"))


@method(range, "__new__", kind="static")
def range_new(cls: Any, /, *args: Any, **kwargs: Any) -> range:
    check_new(cls, range)
    return host_call(range, *args, **kwargs)


def _range_ctor(*args: Any, **kwargs: Any) -> range:
    return host_call(range, *args, **kwargs)


expose_present(slice, f"indices {_COMPARE} __repr__")
hash_entry(slice)
noop_init(slice)
for _name in ("start", "stop", "step"):
    table(slice)[_name] = DataAttr(slice.__dict__[_name].__get__)


@method(slice, "__new__", kind="static")
def slice_new(cls: Any, /, *args: Any, **kwargs: Any) -> slice:
    check_new(cls, slice)
    return host_call(slice, *args, **kwargs)


def _slice_ctor(*args: Any, **kwargs: Any) -> slice:
    return host_call(slice, *args, **kwargs)


# ---------------------------------------------------------------------------
# Dict views, mappingproxy

DICT_KEYS = type({}.keys())
DICT_VALUES = type({}.values())
DICT_ITEMS = type({}.items())
MAPPINGPROXY = type(type.__dict__)
register_type(DICT_KEYS, host_iterable=True)
register_type(DICT_VALUES, host_iterable=True)
register_type(DICT_ITEMS, host_iterable=True)

for _view in (DICT_KEYS, DICT_ITEMS):
    expose_present(_view, f"__contains__ {_COMPARE} __iter__ __len__ __repr__ __reversed__")
    hash_entry(_view)
    for _name in (*_SET_OPERATORS.split(), "isdisjoint"):
        method(_view, _name, suspends=True)(_operand_collecting(_view.__dict__[_name]))
expose_present(DICT_VALUES, "__iter__ __len__ __repr__ __reversed__")
for _view in (DICT_KEYS, DICT_VALUES, DICT_ITEMS):
    if "mapping" in _view.__dict__:
        table(_view)["mapping"] = DataAttr(_view.__dict__["mapping"].__get__)

# A read-only view of a dict (what ``d.keys().mapping`` returns).  Its methods only
# read the dict it wraps.
expose_present(
    MAPPINGPROXY,
    f"copy get items keys values __contains__ {_COMPARE} __getitem__ __iter__ __len__ __repr__ "
    "__str__ __reversed__ __or__ __ror__",
)
hash_entry(MAPPINGPROXY)


# ---------------------------------------------------------------------------
# Iterators of the host containers: ``it.__next__()`` called explicitly


def _make_next(t: type) -> Any:
    host_next = t.__dict__["__next__"]

    def next_item(self: Any, /) -> Any:
        # A host StopIteration cannot leave a host generator (PEP 479): translate it.
        try:
            return host_next(self)
        except StopIteration:
            raise SandboxStopIteration from None

    return next_item


for _it in HOST_ITERATORS:
    # str and bytes iterators too: _collections_abc names them (str_iterator...).
    expose_present(_it, "__iter__ __length_hint__")
    method(_it, "__next__")(_make_next(_it))


register_type(
    list, constructor=Builtin(_list_ctor, "list", suspends=True), subclassable=True, host_iterable=True
)
register_type(
    tuple, constructor=Builtin(_tuple_ctor, "tuple", suspends=True), subclassable=True, host_iterable=True
)
register_type(
    dict, constructor=Builtin(_dict_ctor, "dict", suspends=True), subclassable=True, host_iterable=True
)
register_type(
    set, constructor=Builtin(_set_ctor, "set", suspends=True), subclassable=True, host_iterable=True
)
register_type(
    frozenset,
    constructor=Builtin(_frozenset_ctor, "frozenset", suspends=True),
    subclassable=True,
    host_iterable=True,
)
register_type(range, constructor=Builtin(_range_ctor, "range"), host_iterable=True)
register_type(slice, constructor=Builtin(_slice_ctor, "slice"))
