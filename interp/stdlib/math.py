"""The sandbox's ``math`` module.

Most of ``math`` takes numbers and returns a number in bounded time, so the host's
functions are wrapped as :class:`~interp.runtime.native.Builtin` objects (the host
module itself is never handed over).  The exceptions:

- ``factorial``, ``comb`` and ``perm`` can take minutes in one host call
  (``factorial(10**6)`` is ~20 s): they are refused above an estimated result size,
  and results of more than ``_PIECEWISE_BITS`` are computed as product trees in
  pieces the meter can interrupt (:mod:`interp.runtime.bigint`), as is ``isqrt`` of
  a big int; ``gcd`` and ``lcm`` of big ints go one pair at a time, each gcd refused
  up front when it cannot finish within the budget (it cannot be split);
- ``prod``, ``fsum`` and ``sumprod`` take arbitrary iterables, which may be
  generators that pause the program: they collect the items with suspendable
  iteration first, and ``prod`` multiplies through the capped ``operators.mul``
  (``prod(['a', 10**10])`` is a huge string).

Functions the host CPython lacks (``fma`` before 3.13, ``sumprod`` before 3.12) are
absent, as they are in that CPython.
"""

from __future__ import annotations

import math as _math
import operator as _op
import sys
from collections.abc import Callable
from typing import Any

from ..runtime import bigint, meter
from ..runtime.builtins import collect, tick
from ..runtime.modules import Module, make_module
from ..runtime.native import Builtin
from ..runtime.operators import mul
from ..runtime.signatures import Signature
from . import register

#: Functions wrapped as they are: numbers in, a number out, bounded work.
_PLAIN = (
    "acos acosh asin asinh atan atan2 atanh cbrt ceil copysign cos cosh degrees dist erf erfc "
    "exp exp2 expm1 fabs floor fma fmod frexp gamma hypot isclose isfinite isinf isnan "
    "ldexp lgamma log log10 log1p log2 modf nextafter pow radians remainder sin "
    "sinh sqrt tan tanh trunc ulp"
).split()

#: Estimated bits of a factorial/comb/perm result above which the sandbox refuses
#: (2**21 bits is about 0.3-1 s of host work; factorial(10**5) is 1.7M bits).
MAX_RESULT_BITS = 1 << 21
#: Results over this many bits are computed in pieces the meter can interrupt
#: (see :mod:`interp.runtime.bigint`); smaller ones take one host call.
_PIECEWISE_BITS = 1 << 16


def _too_large(name: str) -> MemoryError:
    return MemoryError(f"{name}() result too large to compute in the sandbox")


_FACTORIAL = Signature("factorial", "n, /", host=_math.factorial)
_COMB = Signature("comb", "n, k, /", host=_math.comb)
_PERM = Signature("perm", "n, k=None, /", host=_math.perm)
_PROD = Signature("prod", "iterable, /, *, start=1", host=_math.prod)
_FSUM = Signature("fsum", "seq, /", host=_math.fsum)
_SUMPROD = Signature("sumprod", "p, q, /", host=getattr(_math, "sumprod", None))


def _factorial(*args: Any, **kwargs: Any) -> Any:
    (n,) = _FACTORIAL.unpack(args, kwargs)
    value = n
    if type(n) is int or (isinstance(n, int) and not isinstance(n, bool)):
        value = int(n)
        # Past sys.maxsize the host refuses quickly with its own OverflowError.
        if 2 < value <= sys.maxsize and value * value.bit_length() > MAX_RESULT_BITS:
            raise _too_large("factorial")
        if 2 < value <= sys.maxsize and value * value.bit_length() > _PIECEWISE_BITS:
            return (yield from bigint.run_suspending(bigint.product_pieces(range(2, value + 1))))
    return _math.factorial(n)


def _estimate_product_bits(count: int, n: int) -> int:
    return max(count, 0) * max(n.bit_length(), 1)


def _comb(*args: Any, **kwargs: Any) -> Any:
    n, k = _COMB.unpack(args, kwargs)
    n, k = _op.index(n), _op.index(k)
    if 0 <= k <= n and _estimate_product_bits(min(k, n - k), n) > MAX_RESULT_BITS:
        raise _too_large("comb")
    if 0 <= k <= n and _estimate_product_bits(min(k, n - k), n) > _PIECEWISE_BITS:
        k = min(k, n - k)
        top = yield from bigint.run_suspending(bigint.product_pieces(range(n - k + 1, n + 1)))
        bottom = yield from bigint.run_suspending(bigint.product_pieces(range(2, k + 1)))
        return (yield from bigint.run_suspending(bigint.divmod_pieces(top, bottom)))[0]
    return _math.comb(n, k)


def _perm(*args: Any, **kwargs: Any) -> Any:
    n, k = _PERM.unpack(args, kwargs)
    n = _op.index(n)
    k = n if k is None else _op.index(k)
    if 0 <= k <= n and _estimate_product_bits(k, n) > MAX_RESULT_BITS:
        raise _too_large("perm")
    if 0 <= k <= n and _estimate_product_bits(k, n) > _PIECEWISE_BITS:
        return (yield from bigint.run_suspending(bigint.product_pieces(range(n - k + 1, n + 1))))
    return _math.perm(n, k)


_ISQRT = Signature("isqrt", "n, /", host=_math.isqrt)


def _isqrt(*args: Any, **kwargs: Any) -> Any:
    (n,) = _ISQRT.unpack(args, kwargs)
    if isinstance(n, int) and n > 0 and int.__index__(n).bit_length() > _PIECEWISE_BITS:
        return (yield from bigint.run_suspending(bigint.isqrt_pieces(int.__index__(n))))
    return _math.isqrt(n)


def _gcd_lcm(name: str, host: Callable[..., int]) -> Callable[..., Any]:
    def compute(*args: Any, **kwargs: Any) -> Any:
        if (
            kwargs
            or not all(type(a) is int for a in args)
            or (len(args) <= 64 and max(map(int.bit_length, args), default=0) <= 4096)
        ):
            return host(*args, **kwargs)
        # Big operands, or many (an lcm grows with each: lcm(*range(1, 200_000)) is a
        # 290,000-bit number built in 200,000 host steps): one pair at a time, each gcd
        # refused if it cannot finish in the budget (see bigint.gcd2), the lcm's
        # products and quotients in pieces.
        result = args[0] if name == "gcd" else abs(args[0])
        result = abs(result)
        for a in args[1:]:
            if name == "gcd":
                result = bigint.gcd2(result, a)
            elif result and a:
                g = bigint.gcd2(result, a)
                quotient = yield from bigint.run_suspending(bigint.divmod_pieces(result, g))
                result = abs((yield from bigint.run_suspending(bigint.mul_pieces(quotient[0], a))))
            else:
                result = 0
            yield from tick()
        return result

    return compute


def _prod(*args: Any, **kwargs: Any) -> Any:
    iterable, start = _PROD.unpack(args, kwargs)
    items = yield from collect(iterable)
    result = start
    for item in items:
        result = mul(result, item)
        yield from tick()
    return result


def _fsum(*args: Any, **kwargs: Any) -> Any:
    (seq,) = _FSUM.unpack(args, kwargs)
    items = yield from collect(seq)
    return _math.fsum(items)


def _sumprod(*args: Any, **kwargs: Any) -> Any:
    p, q = _SUMPROD.unpack(args, kwargs)
    p = yield from collect(p)
    q = yield from collect(q)
    for a, b in zip(p, q):
        if type(a) is int and type(b) is int:
            bits = a.bit_length() + b.bit_length()
            if bits > 4096:
                meter.current.check_allocation(bits // 8)
                if bits // 8 > 1 << 30:
                    raise MemoryError(f"result too large ({bits // 8} bytes)")
    return _math.sumprod(p, q)


def _wrap(name: str, fn: Callable[..., Any], *, suspends: bool = False) -> Builtin:
    return Builtin(fn, name, suspends=suspends)


@register("math")
def create() -> Module:
    attributes: dict[str, Any] = {}
    for name in _PLAIN:
        host = getattr(_math, name, None)
        if host is not None:
            attributes[name] = _wrap(name, host)
    attributes["factorial"] = _wrap("factorial", _factorial, suspends=True)
    attributes["comb"] = _wrap("comb", _comb, suspends=True)
    attributes["perm"] = _wrap("perm", _perm, suspends=True)
    attributes["isqrt"] = _wrap("isqrt", _isqrt, suspends=True)
    attributes["gcd"] = _wrap("gcd", _gcd_lcm("gcd", _math.gcd), suspends=True)
    attributes["lcm"] = _wrap("lcm", _gcd_lcm("lcm", _math.lcm), suspends=True)
    attributes["prod"] = _wrap("prod", _prod, suspends=True)
    attributes["fsum"] = _wrap("fsum", _fsum, suspends=True)
    if hasattr(_math, "sumprod"):
        attributes["sumprod"] = _wrap("sumprod", _sumprod, suspends=True)
    for name in ("pi", "e", "tau", "inf", "nan"):
        attributes[name] = getattr(_math, name)
    return make_module(
        "math",
        dict(sorted(attributes.items())),
        doc="This module provides access to the mathematical functions\ndefined by the C standard.",
    )
