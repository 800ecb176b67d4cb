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

from . import meter

#: Results larger than this many bytes (estimated) raise MemoryError even without a
#: memory limit: a single host operation must never take unbounded time or memory.
HARD_CAP = 1 << 30
#: Integers this small in magnitude are multiplied or shifted without a look.
_SMALL = 1 << 4096

_SEQUENCES = (str, bytes, bytearray, list, tuple)


def _cap(nbytes: int) -> None:
    if nbytes > HARD_CAP:
        raise MemoryError(f"result too large ({nbytes} bytes)")
    m = meter.current
    if m.max_memory is not None and nbytes > m.max_memory:
        m.check_allocation(nbytes)


def _seq_size(seq: Any, n: Any) -> None:
    if type(n) is bool or not isinstance(n, int) or n <= 1:
        return
    item = 8 if isinstance(seq, (list, tuple)) else (4 if isinstance(seq, str) and not seq.isascii() else 1)
    _cap(len(seq) * n * item)


def mul(a: Any, b: Any) -> Any:
    ta = type(a)
    if ta is int and type(b) is int:
        if -_SMALL < a < _SMALL and -_SMALL < b < _SMALL:
            return a * b
        _cap((a.bit_length() + b.bit_length()) // 8)
        return a * b
    if isinstance(a, _SEQUENCES):
        _seq_size(a, b)
    elif isinstance(b, _SEQUENCES):
        _seq_size(b, a)
    return a * b


def imul(a: Any, b: Any) -> Any:
    if isinstance(a, _SEQUENCES):
        _seq_size(a, b)
    elif isinstance(b, _SEQUENCES):
        _seq_size(b, a)
    elif type(a) is int and type(b) is int and not (-_SMALL < a < _SMALL and -_SMALL < b < _SMALL):
        _cap((a.bit_length() + b.bit_length()) // 8)
    a *= b
    return a


def power(a: Any, b: Any, mod: Any = None) -> Any:
    if mod is None and type(a) is int and type(b) is int and b > 0 and a not in (0, 1, -1):
        # The result has about b * log2(|a|) bits.
        _cap(b * a.bit_length() // 8)
    if mod is None:
        return a**b
    return pow(a, b, mod)


def lshift(a: Any, b: Any) -> Any:
    if type(a) is int and type(b) is int and a and b > 64:
        _cap((a.bit_length() + b) // 8)
    return a << b


def add(a: Any, b: Any) -> Any:
    return a + b


def iadd(a: Any, b: Any) -> Any:
    a += b
    return a


def ipow(a: Any, b: Any) -> Any:
    return power(a, b)


def ilshift(a: Any, b: Any) -> Any:
    return lshift(a, b)


#: AST operator name -> host function of two operands.
BINARY: dict[str, Any] = {
    "Add": add,
    "Sub": _op.sub,
    "Mult": mul,
    "MatMult": _op.matmul,
    "Div": _op.truediv,
    "Mod": lambda a, b: _formatting().binary_mod(a, b),
    "Pow": power,
    "LShift": lshift,
    "RShift": _op.rshift,
    "BitOr": _op.or_,
    "BitXor": _op.xor,
    "BitAnd": _op.and_,
    "FloorDiv": _op.floordiv,
}

INPLACE: dict[str, Any] = {
    "Add": iadd,
    "Sub": _op.isub,
    "Mult": imul,
    "MatMult": _op.imatmul,
    "Div": _op.itruediv,
    "Mod": lambda a, b: _formatting().binary_mod(a, b),
    "Pow": ipow,
    "LShift": ilshift,
    "RShift": _op.irshift,
    "BitOr": _op.ior,
    "BitXor": _op.ixor,
    "BitAnd": _op.iand,
    "FloorDiv": _op.ifloordiv,
}

UNARY: dict[str, Any] = {"Invert": _op.invert, "Not": _op.not_, "UAdd": _op.pos, "USub": _op.neg}


def _formatting() -> Any:
    # Imported late: formatting builds on the string tables, which import this module.
    from . import formatting

    return formatting


def contains(container: Any, item: Any) -> bool:
    return item in container


def not_contains(container: Any, item: Any) -> bool:
    return item not in container


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
    "In": lambda a, b: a in b,
    "NotIn": lambda a, b: a not in b,
}

getitem = _op.getitem
setitem = _op.setitem
delitem = _op.delitem
truth = _op.truth
