"""The allow-list tables of ``int``, ``bool``, ``float`` and ``complex``, and their constructors.

Numbers are host values, so almost every method can be the host's own: it takes and
returns plain values and, where it meets a user object (``int.__add__(1, obj)``), the
host returns ``NotImplemented`` or runs the user's dunder to completion through the
class's ``Function`` objects.  The exceptions are the methods whose result size (or
running time) the program controls in one step, which check a cap first:
``__mul__``, ``__pow__``, ``__lshift__`` (and their reflected forms), ``__round__``
with a huge negative ``ndigits`` (CPython computes ``10 ** -ndigits``), ``to_bytes``
with a huge length and ``__format__`` with a huge width or precision.  Products,
powers and divisions (``__floordiv__``, ``__mod__``, ``__divmod__``) of big ints run
through :mod:`.bigint`, in pieces the meter can interrupt.

Methods are registered with :func:`~interp.runtime.typetable.method`; the helpers at
the top (:func:`expose_present`, :func:`hash_entry`, :func:`check_new`) are shared with
:mod:`.containers`.
"""

from __future__ import annotations

import operator as _op
from collections.abc import Callable
from typing import Any

from . import bigint
from .calls import call
from .formatting import check_format_spec
from .iteration import to_list
from .meter import cap
from .native import Builtin
from .typenames import VISIBLE_NAMES, visible_type_name
from .typetable import DataAttr, Value, method, register_type, table

# ---------------------------------------------------------------------------
# Registration helpers (shared with containers.py)


def expose_present(t: type, names: str) -> None:
    """Expose the host methods of ``t`` named in ``names`` that this host has.

    Version differences (``int.is_integer`` is 3.12+, ``float.from_number`` 3.14) follow
    the host CPython, which is the oracle for its own runs.
    """
    entries = table(t)
    for attr in names.split():
        host = t.__dict__.get(attr)
        if host is None:
            continue
        entries[attr] = Builtin(host, attr, qualname=f"{t.__name__}.{attr}", self_type=t)


def hash_entry(t: type) -> None:
    """``__hash__``: the host's, or ``None`` for unhashable types (``[].__hash__ is None``)."""
    if t.__dict__.get("__hash__", 0) is None:
        table(t)["__hash__"] = Value(None)
    elif "__hash__" in t.__dict__:
        expose_present(t, "__hash__")


def check_new(cls: Any, base: type) -> None:
    """The receiver checks of ``base.__new__(cls, ...)``, with CPython's messages."""
    name = base.__name__
    if not isinstance(cls, type):
        raise TypeError(f"{name}.__new__(X): X is not a type object ({visible_type_name(cls)})")
    if not issubclass(cls, base):
        raise TypeError(f"{name}.__new__({cls.__name__}): {cls.__name__} is not a subtype of {name}")


def _noop_init(self: Any, /, *args: Any, **kwargs: Any) -> None:
    # object.__init__ as seen through types whose __new__ does the work: it accepts
    # and ignores the constructor's arguments.
    return None


def noop_init(t: type) -> None:
    """Register ``t.__init__`` as the argument-ignoring ``object.__init__``."""
    table(t)["__init__"] = Builtin(_noop_init, "__init__", qualname=f"{t.__name__}.__init__", self_type=t)


def host_call(fn: Callable, *args: Any, **kwargs: Any) -> Any:
    """Call a host constructor, showing sandbox type names in its TypeError messages."""
    try:
        return fn(*args, **kwargs)
    except TypeError as error:
        message = str(error)
        changed = message
        for value in (*args, *kwargs.values()):
            visible = VISIBLE_NAMES.get(type(value))
            if visible is not None:
                changed = changed.replace(f"'{type(value).__name__}'", f"'{visible}'")
        if changed == message:
            raise
        raise TypeError(changed) from None


# ---------------------------------------------------------------------------
# Caps


def _int_mul_big(a: int, b: int) -> bool:
    """Cap ``a * b``; True when it is big enough to go through :mod:`.bigint`."""
    if a.bit_length() + b.bit_length() > 4096:
        cap((a.bit_length() + b.bit_length()) // 8)
        return True
    return False


#: Dividends over this many bits are divided through :mod:`.bigint`.
_BIG_DIVIDEND_BITS = 4096
_exact = int.__index__


def _big_division(a: Any, b: Any) -> bool:
    return isinstance(b, int) and _exact(a).bit_length() > _BIG_DIVIDEND_BITS and _exact(b) != 0


def _int_pow_cap(a: int, b: int) -> None:
    # The result has about b * log2(|a|) bits (same estimate as operators.power).
    if b > 0 and a not in (0, 1, -1):
        cap(b * a.bit_length() // 8)


def _int_lshift_cap(a: int, b: int) -> None:
    if a and b > 64:
        cap((a.bit_length() + b) // 8)


def int_round_is_zero(value: int, ndigits: int) -> bool:
    """Whether ``round(value, ndigits)`` is 0 because ``10 ** -ndigits`` exceeds ``2 * |value|``.

    CPython computes ``10 ** -ndigits`` first, which takes minutes for
    ``ndigits = -10**9``; the builtin ``round`` should use this too.
    """
    # 10**k > 8**k = 2**(3k) > 2 * |value| as soon as 3k > bit_length + 1.
    return ndigits < 0 and -ndigits > value.bit_length() // 3 + 2


def cap_format_spec(value: Any, spec: Any) -> None:
    """Refuse ``format(value, spec)`` when the spec asks for a huge width or precision."""
    if type(spec) is str and spec:
        check_format_spec(spec, value)


# ---------------------------------------------------------------------------
# int

expose_present(
    int,
    "__abs__ __add__ __and__ __bool__ __ceil__ __eq__ __float__ __floor__ "
    "__ge__ __gt__ __index__ __int__ __invert__ __le__ __lt__ __ne__ __neg__ __or__ __pos__ "
    "__radd__ __rand__ __repr__ __ror__ __rrshift__ __rshift__ "
    "__rsub__ __rtruediv__ __rxor__ __str__ __sub__ __truediv__ __trunc__ __xor__ "
    "as_integer_ratio bit_count bit_length conjugate is_integer",
)
hash_entry(int)
noop_init(int)

_int_mul = int.__mul__
_int_rmul = int.__rmul__
_int_pow = int.__pow__
_int_rpow = int.__rpow__
_int_lshift = int.__lshift__
_int_rlshift = int.__rlshift__
_int_round = int.__round__
_int_format = int.__format__
_int_to_bytes = int.to_bytes


@method(int, "__mul__")
def int_mul(self: int, other: Any, /) -> Any:
    if isinstance(other, int) and _int_mul_big(self, other):
        return bigint.multiply(_exact(self), _exact(other))
    return _int_mul(self, other)


@method(int, "__rmul__")
def int_rmul(self: int, other: Any, /) -> Any:
    if isinstance(other, int) and _int_mul_big(self, other):
        return bigint.multiply(_exact(other), _exact(self))
    return _int_rmul(self, other)


_int_floordiv = int.__floordiv__
_int_mod = int.__mod__
_int_divmod = int.__divmod__


@method(int, "__floordiv__")
def int_floordiv(self: int, other: Any, /) -> Any:
    if _big_division(self, other):
        return bigint.divide(_exact(self), _exact(other))[0]
    return _int_floordiv(self, other)


@method(int, "__rfloordiv__")
def int_rfloordiv(self: int, other: Any, /) -> Any:
    if isinstance(other, int) and _big_division(other, self):
        return bigint.divide(_exact(other), _exact(self))[0]
    return _int_floordiv(other, self) if isinstance(other, int) else NotImplemented


@method(int, "__mod__")
def int_mod(self: int, other: Any, /) -> Any:
    if _big_division(self, other):
        return bigint.divide(_exact(self), _exact(other))[1]
    return _int_mod(self, other)


@method(int, "__rmod__")
def int_rmod(self: int, other: Any, /) -> Any:
    if isinstance(other, int) and _big_division(other, self):
        return bigint.divide(_exact(other), _exact(self))[1]
    return _int_mod(other, self) if isinstance(other, int) else NotImplemented


@method(int, "__divmod__")
def int_divmod(self: int, other: Any, /) -> Any:
    if _big_division(self, other):
        return bigint.divide(_exact(self), _exact(other))
    return _int_divmod(self, other)


@method(int, "__rdivmod__")
def int_rdivmod(self: int, other: Any, /) -> Any:
    if isinstance(other, int) and _big_division(other, self):
        return bigint.divide(_exact(other), _exact(self))
    return _int_divmod(other, self) if isinstance(other, int) else NotImplemented


@method(int, "__pow__")
def int_pow(self: int, other: Any, mod: Any = None, /) -> Any:
    if isinstance(other, int):
        return _checked_pow(_exact(self), _exact(other), mod, lambda: _int_pow(self, other, mod))
    return _int_pow(self, other, mod)


def _checked_pow(a: int, b: int, mod: Any, host: Callable[[], Any]) -> Any:
    if mod is None:
        _int_pow_cap(a, b)
        if b > 1 and a.bit_length() * b > 1 << 14:
            return bigint.power(a, b)
    elif isinstance(mod, int):
        return bigint.modpow(a, b, _exact(mod))
    return host()


@method(int, "__rpow__")
def int_rpow(self: int, other: Any, mod: Any = None, /) -> Any:
    if isinstance(other, int):
        return _checked_pow(_exact(other), _exact(self), mod, lambda: _int_rpow(self, other, mod))
    return _int_rpow(self, other, mod)


@method(int, "__lshift__")
def int_lshift(self: int, other: Any, /) -> Any:
    if isinstance(other, int):
        _int_lshift_cap(int(self), int(other))
    return _int_lshift(self, other)


@method(int, "__rlshift__")
def int_rlshift(self: int, other: Any, /) -> Any:
    if isinstance(other, int):
        _int_lshift_cap(int(other), int(self))
    return _int_rlshift(self, other)


@method(int, "__round__")
def int_round(self: int, ndigits: Any = None, /) -> Any:
    if ndigits is not None:
        n = _op.index(ndigits)
        if int_round_is_zero(int(self), n):
            return 0
        return _int_round(self, n)
    return _int_round(self)


@method(int, "__format__")
def int_format(self: int, format_spec: Any, /) -> str:
    cap_format_spec(self, format_spec)
    return _int_format(self, format_spec)


@method(int, "to_bytes")
def int_to_bytes(self: int, /, length: Any = 1, byteorder: Any = "big", *, signed: Any = False) -> bytes:
    length = _op.index(length)
    if length > 0:
        cap(length)
    return _int_to_bytes(self, length, byteorder, signed=signed)


_BYTES_LIKE = (bytes, bytearray, memoryview, list, tuple)


@method(int, "from_bytes", kind="classmethod", suspends=True)
def int_from_bytes(cls: type, /, bytes: Any, byteorder: Any = "big", *, signed: Any = False) -> Any:
    source = bytes
    if not isinstance(source, _BYTES_LIKE):
        # An arbitrary iterable (a generator) may pause while it produces bytes.
        source = yield from to_list(source)
    value = int.from_bytes(source, byteorder, signed=signed)
    if cls is int:
        return value
    return (yield from call(cls, (value,), None))


@method(int, "__new__", kind="static")
def int_new(cls: Any, /, *args: Any, **kwargs: Any) -> Any:
    check_new(cls, int)
    value = host_call(int, *args, **kwargs)
    if cls is int:
        return value
    return int.__new__(cls, value)


_int_real = int.__dict__["real"].__get__
_int_imag = int.__dict__["imag"].__get__
_int_numerator = int.__dict__["numerator"].__get__
_int_denominator = int.__dict__["denominator"].__get__

table(int).update(
    {
        "real": DataAttr(lambda obj: _int_real(obj, int)),
        "imag": DataAttr(lambda obj: _int_imag(obj, int)),
        "numerator": DataAttr(lambda obj: _int_numerator(obj, int)),
        "denominator": DataAttr(lambda obj: _int_denominator(obj, int)),
    }
)


def _int_ctor(*args: Any, **kwargs: Any) -> int:
    return host_call(int, *args, **kwargs)


# ---------------------------------------------------------------------------
# bool (inherits int's table through the MRO)

expose_present(bool, "__and__ __or__ __xor__ __rand__ __ror__ __rxor__ __repr__ __str__ __invert__")


@method(bool, "__new__", kind="static")
def bool_new(cls: Any, /, *args: Any, **kwargs: Any) -> Any:
    check_new(cls, bool)
    return host_call(bool, *args, **kwargs)


def _bool_ctor(*args: Any, **kwargs: Any) -> bool:
    return host_call(bool, *args, **kwargs)


# ---------------------------------------------------------------------------
# float

expose_present(
    float,
    "__abs__ __add__ __bool__ __ceil__ __divmod__ __eq__ __float__ __floor__ __floordiv__ __ge__ "
    "__gt__ __int__ __le__ __lt__ __mod__ __mul__ __ne__ __neg__ __pos__ __pow__ __radd__ "
    "__rdivmod__ __repr__ __rfloordiv__ __rmod__ __rmul__ __rpow__ __round__ __rsub__ "
    "__rtruediv__ __str__ __sub__ __truediv__ __trunc__ as_integer_ratio conjugate hex is_integer",
)
hash_entry(float)
noop_init(float)

_float_format = float.__format__
_float_real = float.__dict__["real"].__get__
_float_imag = float.__dict__["imag"].__get__
table(float).update(
    {
        "real": DataAttr(lambda obj: _float_real(obj, float)),
        "imag": DataAttr(lambda obj: _float_imag(obj, float)),
    }
)


@method(float, "__format__")
def float_format(self: float, format_spec: Any, /) -> str:
    cap_format_spec(self, format_spec)
    return _float_format(self, format_spec)


@method(float, "fromhex", kind="classmethod", suspends=True)
def float_fromhex(cls: type, string: Any, /) -> Any:
    value = float.fromhex(string)
    if cls is float:
        return value
    # CPython calls cls(value) for subclasses, which may run sandboxed code.
    return (yield from call(cls, (value,), None))


if "from_number" in float.__dict__:

    @method(float, "from_number", kind="classmethod", suspends=True)
    def float_from_number(cls: type, number: Any, /) -> Any:
        value = float.from_number(number)
        if cls is float:
            return value
        return (yield from call(cls, (value,), None))


@method(float, "__new__", kind="static")
def float_new(cls: Any, /, *args: Any, **kwargs: Any) -> Any:
    check_new(cls, float)
    value = host_call(float, *args, **kwargs)
    if cls is float:
        return value
    return float.__new__(cls, value)


def _float_ctor(*args: Any, **kwargs: Any) -> float:
    return host_call(float, *args, **kwargs)


# ---------------------------------------------------------------------------
# complex

expose_present(
    complex,
    "__abs__ __add__ __bool__ __complex__ __eq__ __ge__ __gt__ __le__ __lt__ __mul__ __ne__ __neg__ "
    "__pos__ __pow__ __radd__ __repr__ __rmul__ __rpow__ __rsub__ __rtruediv__ __str__ __sub__ "
    "__truediv__ conjugate",
)
hash_entry(complex)
noop_init(complex)

_complex_format = complex.__format__
_complex_real = complex.__dict__["real"].__get__
_complex_imag = complex.__dict__["imag"].__get__
table(complex).update(
    {
        "real": DataAttr(lambda obj: _complex_real(obj, complex)),
        "imag": DataAttr(lambda obj: _complex_imag(obj, complex)),
    }
)


@method(complex, "__format__")
def complex_format(self: complex, format_spec: Any, /) -> str:
    cap_format_spec(self, format_spec)
    return _complex_format(self, format_spec)


if "from_number" in complex.__dict__:

    @method(complex, "from_number", kind="classmethod", suspends=True)
    def complex_from_number(cls: type, number: Any, /) -> Any:
        value = complex.from_number(number)
        if cls is complex:
            return value
        return (yield from call(cls, (value,), None))


@method(complex, "__new__", kind="static")
def complex_new(cls: Any, /, *args: Any, **kwargs: Any) -> Any:
    check_new(cls, complex)
    value = host_call(complex, *args, **kwargs)
    if cls is complex:
        return value
    return complex.__new__(cls, value)


def _complex_ctor(*args: Any, **kwargs: Any) -> complex:
    return host_call(complex, *args, **kwargs)


register_type(int, constructor=Builtin(_int_ctor, "int"), subclassable=True)
register_type(bool, constructor=Builtin(_bool_ctor, "bool"))
register_type(float, constructor=Builtin(_float_ctor, "float"), subclassable=True)
register_type(complex, constructor=Builtin(_complex_ctor, "complex"), subclassable=True)
