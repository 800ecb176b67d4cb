"""Operators: ``+``, ``<``, ``in``, ``x[i]`` and friends, with the size caps.

The host performs the operation: for user classes it finds the dunder methods in the
class namespace (``Function`` objects with host ``__get__``/``__call__``) and runs them
to completion, with CPython's own dispatch order, reflected operands and
``NotImplemented`` handling and error messages.

What the host would not do is refuse to build something huge in one step.  Each
operator whose result size the program controls (``'a' * n``, ``[0] * n``,
``2 ** n``, ``1 << n``, ``a * b`` on big ints) checks the estimated size first.
"""

from __future__ import annotations

import operator as _op
from typing import Any

from . import bigint, meter
from .attributes import MISSING, lookup
from .containers import range_scan
from .formatting import binary_mod
from .iteration import get_iter, to_list
from .meter import cap
from .nested import run_nested

#: Integers this small in magnitude are multiplied, divided or shifted without a look.
_SMALL = 1 << 4096
#: The same bound, for the first tier's specialized products (SMALL_FACTOR) and the
#: divisions of both tiers (BIG_DIVIDEND).
SMALL_FACTOR = _SMALL
BIG_DIVIDEND = _SMALL
_NEG_SMALL = -_SMALL

_SEQUENCES = (str, bytes, bytearray, list, tuple)


def _item_size(seq: Any) -> int:
    """Estimated bytes per item of a host sequence (a pointer, or a character)."""
    if isinstance(seq, (list, tuple)):
        return 8
    if isinstance(seq, str) and not str.isascii(seq):
        return 4
    return 1


def _seq_len(seq: Any) -> int:
    """``len(seq)`` for a host sequence or a user subclass of one, without running user code."""
    for base in _SEQUENCES:
        if isinstance(seq, base):
            return base.__len__(seq)
    return 0


def _seq_size(seq: Any, n: Any) -> None:
    if type(n) is bool or not isinstance(n, int):
        return
    n = _exact(n)
    if n > 1:
        cap(_seq_len(seq) * n * _item_size(seq))


#: An int subclass's value as an exact int, without running its dunders.
_exact = int.__index__


def _user_defined(t: type, name: str) -> bool:
    """Whether a user class in ``t``'s MRO defines dunder ``name`` (the host operator
    then runs the user's code instead of the builtin operation)."""
    if t in _PLAIN_TYPES:
        return False
    value, builtin = lookup(t, name)
    return value is not MISSING and not builtin


_PLAIN_TYPES = frozenset({int, bool, float, str, bytes, bytearray, list, tuple})


def _builtin_ints(a: Any, b: Any, name: str) -> bool:
    """``a`` and ``b`` are ints (bools, subclasses) and ``a <name> b`` is int's own
    operation: neither operand's class overrides the dunder (or its reflection)."""
    if not (isinstance(a, int) and isinstance(b, int)):
        return False
    ta = type(a)
    tb = type(b)
    if (ta is int or ta is bool) and (tb is int or tb is bool):
        return True
    return not (_user_defined(ta, f"__{name}__") or _user_defined(tb, f"__r{name}__"))


def _mul_cap(a: int, b: int) -> None:
    if not (-_SMALL < a < _SMALL and -_SMALL < b < _SMALL):
        cap((a.bit_length() + b.bit_length()) // 8)


def _pow_cap(a: int, b: int) -> None:
    if b > 0 and a not in (0, 1, -1):
        # The result has about b * log2(|a|) bits.
        cap(b * a.bit_length() // 8)


def _lshift_cap(a: int, b: int) -> None:
    if a and b > 64:
        cap((a.bit_length() + b) // 8)


def _concat_size(a: Any, b: Any) -> None:
    """Refuse ``a + b`` of two sequences whose result would exceed the caps."""
    if isinstance(a, _SEQUENCES) and isinstance(b, _SEQUENCES):
        total = _seq_len(a) + _seq_len(b)
        if total > _CONCAT_SMALL and not (
            _user_defined(type(a), "__add__") or _user_defined(type(b), "__radd__")
        ):
            cap(total * max(_item_size(a), _item_size(b)))


#: Concatenations with fewer items than this are not looked at further.
_CONCAT_SMALL = 1 << 12


def mul(a: Any, b: Any) -> Any:
    if type(a) is int and type(b) is int:
        if -_SMALL < a < _SMALL and -_SMALL < b < _SMALL:
            return a * b
        cap((a.bit_length() + b.bit_length()) // 8)
        return bigint.multiply(a, b)
    if isinstance(a, _SEQUENCES):
        _seq_size(a, b)
    elif isinstance(b, _SEQUENCES):
        _seq_size(b, a)
    elif _builtin_ints(a, b, "mul"):
        a, b = _exact(a), _exact(b)
        _mul_cap(a, b)
        return bigint.multiply(a, b)
    return a * b


def imul(a: Any, b: Any) -> Any:
    if isinstance(a, _SEQUENCES):
        _seq_size(a, b)
    elif isinstance(b, _SEQUENCES):
        _seq_size(b, a)
    elif _builtin_ints(a, b, "mul") and not _user_defined(type(a), "__imul__"):
        a, b = _exact(a), _exact(b)
        _mul_cap(a, b)
        return bigint.multiply(a, b)
    a *= b
    return a


def power(a: Any, b: Any, mod: Any = None) -> Any:
    if mod is None:
        if _builtin_ints(a, b, "pow"):
            ea, eb = _exact(a), _exact(b)
            _pow_cap(ea, eb)
            if eb > 1 and ea.bit_length() * eb > _BIG_POWER:
                # Long host work: in pieces the meter can interrupt (see bigint).
                return bigint.power(ea, eb)
        return a**b
    if type(a) in _INTS and type(b) in _INTS and type(mod) in _INTS:
        return bigint.modpow(a, b, mod)
    return pow(a, b, mod)


#: Powers with results under this many bits are left to the host at once.
_BIG_POWER = 1 << 14
_INTS = (int, bool)


def _big_division(a: Any, b: Any, name: str) -> bool:
    """Whether ``a <name> b`` (a floor division or modulo) is int's own operation on
    a dividend too big to leave to one host call, by a nonzero divisor."""
    if type(a) is int and _NEG_SMALL < a < _SMALL:
        return False
    return _builtin_ints(a, b, name) and not _NEG_SMALL < _exact(a) < _SMALL and _exact(b) != 0


def floordiv(a: Any, b: Any) -> Any:
    if _big_division(a, b, "floordiv"):
        return bigint.divide(_exact(a), _exact(b))[0]
    return a // b


def ifloordiv(a: Any, b: Any) -> Any:
    if _big_division(a, b, "floordiv") and not _user_defined(type(a), "__ifloordiv__"):
        return bigint.divide(_exact(a), _exact(b))[0]
    a //= b
    return a


def divmod_(a: Any, b: Any) -> Any:
    """The builtin ``divmod``: big ints in pieces (see bigint)."""
    if _big_division(a, b, "divmod"):
        return bigint.divide(_exact(a), _exact(b))
    return divmod(a, b)


def lshift(a: Any, b: Any) -> Any:
    if _builtin_ints(a, b, "lshift"):
        _lshift_cap(_exact(a), _exact(b))
    return a << b


def add(a: Any, b: Any) -> Any:
    ta = type(a)
    if ta is int or ta is float:
        return a + b
    if ta is str and type(b) is str and len(a) + len(b) <= _CONCAT_SMALL:
        return a + b  # too short for _concat_size to look at
    _concat_size(a, b)
    return a + b


def iadd(a: Any, b: Any) -> Any:
    ta = type(a)
    if ta is int or ta is float:
        a += b
        return a
    if ta is str and type(b) is str and len(a) + len(b) <= _CONCAT_SMALL:
        a += b
        return a
    if isinstance(a, list) and not _user_defined(ta, "__iadd__"):
        # list += any iterable extends in place: size-check (or collect, capped) first.
        if not isinstance(b, _SEQUENCES):
            b = _materialized(b)
        if isinstance(b, _SEQUENCES):
            cap((_seq_len(a) + _seq_len(b)) * 8)
    else:
        _concat_size(a, b)
    a += b
    return a


def _materialized(obj: Any) -> Any:
    """The items of iterable ``obj`` as a host list, capped (run nested: host machinery
    would iterate it nested too); ``obj`` itself when it is not iterable, so that the
    host operator raises its own error."""
    try:
        it = get_iter(obj)
    except TypeError:
        return obj
    return run_nested(to_list(it))


def ipow(a: Any, b: Any) -> Any:
    if isinstance(a, int) and not _user_defined(type(a), "__ipow__"):
        return power(a, b)
    a **= b
    return a


def ilshift(a: Any, b: Any) -> Any:
    if isinstance(a, int) and not _user_defined(type(a), "__ilshift__"):
        return lshift(a, b)
    a <<= b
    return a


#: AST operator name -> host function of two operands.
BINARY: dict[str, Any] = {
    "Add": add,
    "Sub": _op.sub,
    "Mult": mul,
    "MatMult": _op.matmul,
    "Div": _op.truediv,
    "Pow": power,
    "LShift": lshift,
    "RShift": _op.rshift,
    "BitOr": _op.or_,
    "BitXor": _op.xor,
    "BitAnd": _op.and_,
    "FloorDiv": floordiv,
}

INPLACE: dict[str, Any] = {
    "Add": iadd,
    "Sub": _op.isub,
    "Mult": imul,
    "MatMult": _op.imatmul,
    "Div": _op.itruediv,
    "Pow": ipow,
    "LShift": ilshift,
    "RShift": _op.irshift,
    "BitOr": _op.ior,
    "BitXor": _op.ixor,
    "BitAnd": _op.iand,
    "FloorDiv": ifloordiv,
}

UNARY: dict[str, Any] = {"Invert": _op.invert, "Not": _op.not_, "UAdd": _op.pos, "USub": _op.neg}


def mod(a: Any, b: Any) -> Any:
    """``a % b``: numbers directly, everything else through the capped formatting."""
    ta = type(a)
    if (ta is int or ta is float) and (type(b) is int or type(b) is float):
        if ta is int and type(b) is int and b and not _NEG_SMALL < a < _SMALL:
            return bigint.divide(a, b)[1]
        return a % b
    if _big_division(a, b, "mod"):
        return bigint.divide(_exact(a), _exact(b))[1]
    return binary_mod(a, b)


BINARY["Mod"] = INPLACE["Mod"] = mod


def contains(container: Any, item: Any) -> bool:
    """``item in container``.

    A range answers an int probe by arithmetic, but CPython compares any other probe
    with every item in turn (hours for ``range(10**12)``); that scan runs with the
    meter counting, so the time and step limits can end it.
    """
    t = type(container)
    if t is range:
        if type(item) is int:
            return item in container
        return run_nested(range_scan(container, item, "contains"))
    if t in _RANGE_ITERATORS:
        return _metered_search(container, item)
    if t in _SCAN_SHIFT:
        size = len(container)
        if size > 4096:
            meter.charge_scan(size, _SCAN_SHIFT[t])
    return item in container


#: Types whose ``in`` scans: log2 of the items one step (about a microsecond) covers.
_SCAN_SHIFT = {str: 10, bytes: 10, bytearray: 10, list: 5, tuple: 5}


#: Iterators over a range: ``x in it`` compares item by item (CPython too), over
#: possibly 10**18 items.
_RANGE_ITERATORS = (type(iter(range(0))), type(iter(range(1 << 70))))


def _metered_search(it: Any, item: Any) -> bool:
    """``item in it`` for a host iterator, each comparison a step for the meter."""
    m = meter.current
    for x in it:
        if x is item or x == item:
            return True
        m.countdown -= 1
        if m.countdown <= 0:
            m.check()
    return False


def not_contains(container: Any, item: Any) -> bool:
    return not contains(container, item)


#: Containers whose ``in`` may compare item by item over a huge range.
_SCANNED = frozenset({range, *_RANGE_ITERATORS})

#: AST comparison name -> host function (left, right).
COMPARE: dict[str, Any] = {
    "Eq": _op.eq,
    "NotEq": _op.ne,
    "Lt": _op.lt,
    "LtE": _op.le,
    "Gt": _op.gt,
    "GtE": _op.ge,
    "Is": _op.is_,
    "IsNot": _op.is_not,
    "In": lambda a, b: (a in b) if type(b) not in _SCANNED else contains(b, a),
    "NotIn": lambda a, b: (a not in b) if type(b) not in _SCANNED else not contains(b, a),
}


def _slice_value(container: Any, value: Any) -> Any:
    """The value of ``container[a:b] = value`` for a list, size-checked (the host
    would turn a huge range into a list first)."""
    if isinstance(value, _SEQUENCES) or not isinstance(container, list):
        return value
    return _materialized(value)


def setitem(container: Any, key: Any, value: Any) -> None:
    """``container[key] = value``; a slice assignment from an iterable is capped."""
    if type(key) is slice:
        value = _slice_value(container, value)
    container[key] = value


getitem = _op.getitem
delitem = _op.delitem
truth = _op.truth
