"""``collections.deque`` as a runtime type over the host's deque.

Breadth-first searches pop and push a deque in their innermost loop; as sandbox
Python (a class over a list) every ``popleft`` cost several sandboxed calls and
attribute look-ups, so the type is host code.  The host ``collections.deque`` is
never handed to the sandbox: :class:`Deque` (shown as ``collections.deque``) holds
one, and only the methods registered in its table are visible.  Items are sandbox
values; host operations on them (``count``, ``remove``, ``==``) run user dunders
nested, as for a list.

What the host deque would do without bound is capped: ``d * n`` checks the
result size, and ``extend`` collects its argument with suspendable, metered
iteration first (a generator feeding it may pause the program).
"""

from __future__ import annotations

import collections as _collections
import operator as _op
from typing import Any

from ..runtime import meter
from ..runtime.builtins import collect
from ..runtime.functions import run_nested
from ..runtime.native import Builtin
from ..runtime.signatures import NOT_GIVEN, Signature
from ..runtime.typenames import class_name, visible_type_name
from ..runtime.typetable import DataAttr, StaticEntry, register_type, table

_host_deque = _collections.deque

#: ids of deques whose repr is being computed (a deque that contains itself).
_repr_running: set[int] = set()


def _check_size(count: int) -> None:
    meter.cap(count * 8)


class Deque:
    """The sandbox's ``collections.deque`` (host dunders serve host machinery:
    operators, ``len``, ``in``, ``repr``, comparisons)."""

    __slots__ = ("_d", "__weakref__")

    def __len__(self) -> int:
        return len(self._d)

    def __bool__(self) -> bool:
        return bool(self._d)

    def __contains__(self, item: Any) -> bool:
        return item in self._d

    def __iter__(self) -> Any:
        return iter(self._d)

    def __reversed__(self) -> Any:
        return reversed(self._d)

    def __getitem__(self, index: Any) -> Any:
        return self._d[_index(index)]

    def __setitem__(self, index: Any, value: Any) -> None:
        self._d[_index(index)] = value

    def __delitem__(self, index: Any) -> None:
        del self._d[_index(index)]

    def __repr__(self) -> str:
        name = class_name(type(self))
        key = id(self)
        if key in _repr_running:
            return "[...]"
        _repr_running.add(key)
        try:
            items = repr(list(self._d))
        finally:
            _repr_running.discard(key)
        if self._d.maxlen is None:
            return f"{name}({items})"
        return f"{name}({items}, maxlen={self._d.maxlen})"

    __hash__ = None  # type: ignore[assignment]

    def __eq__(self, other: Any) -> Any:
        return self._d == other._d if isinstance(other, Deque) else NotImplemented

    def __ne__(self, other: Any) -> Any:
        return self._d != other._d if isinstance(other, Deque) else NotImplemented

    def __lt__(self, other: Any) -> Any:
        return self._d < other._d if isinstance(other, Deque) else NotImplemented

    def __le__(self, other: Any) -> Any:
        return self._d <= other._d if isinstance(other, Deque) else NotImplemented

    def __gt__(self, other: Any) -> Any:
        return self._d > other._d if isinstance(other, Deque) else NotImplemented

    def __ge__(self, other: Any) -> Any:
        return self._d >= other._d if isinstance(other, Deque) else NotImplemented

    def __add__(self, other: Any) -> Any:
        if not isinstance(other, Deque):
            raise TypeError(f'can only concatenate deque (not "{_type_name(other)}") to deque')
        return _wrap(type(self), self._d + other._d)

    def __iadd__(self, other: Any) -> Any:
        if isinstance(other, Deque):
            self._d.extend(list(other._d))
        else:
            self._d.extend(run_nested(collect(other)))
        return self

    def __mul__(self, n: Any) -> Any:
        if isinstance(n, int) and n > 1:
            _check_size(len(self._d) * n if self._d.maxlen is None else min(len(self._d) * n, self._d.maxlen))
        return _wrap(type(self), self._d * n)

    __rmul__ = __mul__

    def __imul__(self, n: Any) -> Any:
        if isinstance(n, int) and n > 1:
            _check_size(len(self._d) * n if self._d.maxlen is None else min(len(self._d) * n, self._d.maxlen))
        self._d *= n
        return self

    def __copy__(self) -> Any:
        return _wrap(type(self), _host_deque(self._d, self._d.maxlen))


# The host name is CPython's tp_name, so that messages the host writes itself
# ("unhashable type: 'collections.deque'", comparisons) read as CPython's; the
# sandbox sees ``deque`` as the class's ``__name__``.
Deque.__name__ = "collections.deque"
Deque.__qualname__ = "deque"
Deque.__module__ = "collections"


def _type_name(obj: Any) -> str:
    return visible_type_name(obj)


def _index(index: Any) -> int:
    if type(index) is int:
        return index
    try:
        return _op.index(index)
    except TypeError:
        raise TypeError(f"sequence index must be integer, not '{_type_name(index)}'") from None


def _wrap(cls: type, host: _collections.deque) -> Deque:
    # Results of operators on a user subclass are plain deques: CPython would call
    # the subclass, whose __init__ could do anything, from inside a host operator.
    obj = object.__new__(Deque)
    obj._d = host
    return obj


def _maxlen(maxlen: Any) -> Any:
    if maxlen is None:
        return None
    if not isinstance(maxlen, int):
        raise TypeError("an integer is required")
    if maxlen < 0:
        raise ValueError("maxlen must be non-negative")
    return maxlen


_DEQUE = Signature("deque", "iterable=NOT_GIVEN, maxlen=None", host=_host_deque)


def _parse_init(args: tuple, kwargs: dict) -> tuple[Any, Any]:
    iterable, maxlen = _DEQUE.unpack(args, kwargs)
    return (() if iterable is NOT_GIVEN else iterable), _maxlen(maxlen)


def deque_new(cls: Any, *args: Any, **kwargs: Any) -> Any:
    if not (isinstance(cls, type) and issubclass(cls, Deque)):
        raise TypeError("deque.__new__(X): X is not a subtype of deque")
    obj = object.__new__(cls)
    obj._d = _host_deque()
    return obj


def deque_init(self: Deque, *args: Any, **kwargs: Any) -> Any:
    iterable, maxlen = _parse_init(args, kwargs)
    items = yield from collect(iterable)
    self._d = _host_deque(items, maxlen)


def _construct(*args: Any, **kwargs: Any) -> Any:
    obj = deque_new(Deque)
    yield from deque_init(obj, *args, **kwargs)
    return obj


def _extend(self: Deque, iterable: Any) -> None:
    items = list(iterable._d) if isinstance(iterable, Deque) else (yield from collect(iterable))
    self._d.extend(items)


def _extendleft(self: Deque, iterable: Any) -> None:
    items = list(iterable._d) if isinstance(iterable, Deque) else (yield from collect(iterable))
    self._d.extendleft(items)


def _index_of(self: Deque, value: Any, *args: Any) -> int:
    return self._d.index(value, *args)


def _plain(name: str) -> Any:
    def method(self: Deque, *args: Any) -> Any:
        return getattr(self._d, name)(*args)

    method.__name__ = name
    return method


def _register() -> None:
    entries = table(Deque)
    for name in (
        "append",
        "appendleft",
        "pop",
        "popleft",
        "clear",
        "count",
        "insert",
        "remove",
        "reverse",
        "rotate",
    ):
        entries[name] = Builtin(_plain(name), name, qualname=f"deque.{name}", self_type=Deque)
    entries["index"] = Builtin(_index_of, "index", qualname="deque.index", self_type=Deque)
    entries["copy"] = Builtin(Deque.__copy__, "copy", qualname="deque.copy", self_type=Deque)
    entries["extend"] = Builtin(_extend, "extend", suspends=True, qualname="deque.extend", self_type=Deque)
    entries["extendleft"] = Builtin(
        _extendleft, "extendleft", suspends=True, qualname="deque.extendleft", self_type=Deque
    )
    entries["maxlen"] = DataAttr(lambda d: d._d.maxlen)
    entries["__new__"] = StaticEntry(Builtin(deque_new, "__new__", qualname="deque.__new__"))
    entries["__init__"] = Builtin(
        deque_init, "__init__", suspends=True, qualname="deque.__init__", self_type=Deque
    )
    for name in (
        "__len__ __bool__ __contains__ __iter__ __reversed__ __getitem__ __setitem__ __delitem__ __repr__ "
        "__eq__ __ne__ __lt__ __le__ __gt__ __ge__ __add__ __iadd__ __mul__ __rmul__ __imul__ __copy__"
    ).split():
        entries[name] = Builtin(getattr(Deque, name), name, qualname=f"deque.{name}", self_type=Deque)
    register_type(
        Deque,
        name="deque",
        constructor=Builtin(_construct, "deque", suspends=True),
        subclassable=True,
        host_iterators=(type(iter(_host_deque())), type(reversed(_host_deque()))),
    )


_register()
