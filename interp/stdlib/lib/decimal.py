# The sandbox's decimal module, written for interp (not a port of CPython's _pydecimal).
#
# Why our own: Pyodide's library has only the C _decimal, no _pydecimal, and handing the
# host's C Decimal to the sandbox would bring its per-thread context (shared by every
# sandbox on the thread), its host exception classes and a method surface to cap one by
# one.  This file runs as sandbox code with the program's own privileges: every big-int
# operation it does goes through the runtime's metered arithmetic, so a huge precision
# or exponent ends at a limit like any user loop.  It is the same file on every host.
#
# A Decimal is (sign, coefficient, exponent): ``_sign`` 0 or 1, ``_coef`` a Python int,
# ``_exp`` an int, or 'F' (infinity), 'n' (quiet NaN), 'N' (signalling NaN), the codes
# that as_tuple() shows.  Operations collect the conditions they meet in a list
# (``st``) and hand it to the context at the end: every condition sets its flag, and the
# first trapped one raises, with the list of trapped conditions as its argument, as the
# C implementation reports them.

import math as _math
import numbers as _numbers
import sys as _sys
from collections import namedtuple as _namedtuple

__all__ = [
    "Decimal",
    "Context",
    "DecimalTuple",
    "DefaultContext",
    "BasicContext",
    "ExtendedContext",
    "DecimalException",
    "Clamped",
    "InvalidOperation",
    "DivisionByZero",
    "Inexact",
    "Rounded",
    "Subnormal",
    "Overflow",
    "Underflow",
    "FloatOperation",
    "DivisionImpossible",
    "InvalidContext",
    "ConversionSyntax",
    "DivisionUndefined",
    "ROUND_DOWN",
    "ROUND_HALF_UP",
    "ROUND_HALF_EVEN",
    "ROUND_CEILING",
    "ROUND_FLOOR",
    "ROUND_UP",
    "ROUND_HALF_DOWN",
    "ROUND_05UP",
    "setcontext",
    "getcontext",
    "localcontext",
    "MAX_PREC",
    "MAX_EMAX",
    "MIN_EMIN",
    "MIN_ETINY",
    "HAVE_THREADS",
    "HAVE_CONTEXTVAR",
]

__version__ = "1.70"
__libmpdec_version__ = "2.5.1"

# The host's bounds (64-bit or 32-bit build), put in by interp/stdlib/decimal.py.
MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY = _HOST_BOUNDS
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
_ROUNDINGS = (
    ROUND_UP,
    ROUND_DOWN,
    ROUND_CEILING,
    ROUND_FLOOR,
    ROUND_HALF_UP,
    ROUND_HALF_DOWN,
    ROUND_HALF_EVEN,
    ROUND_05UP,
)

DecimalTuple = _namedtuple("DecimalTuple", "sign digits exponent", module="decimal")


# -- signals -------------------------------------------------------------------------


class DecimalException(ArithmeticError):
    """The base of every signal of this module."""


class Clamped(DecimalException):
    """An exponent was changed to fit the context's range."""


class InvalidOperation(DecimalException):
    """An operation with no sensible result; gives NaN when not trapped."""


class ConversionSyntax(InvalidOperation):
    """A string that is not a number (reported as InvalidOperation)."""


class DivisionByZero(DecimalException, ZeroDivisionError):
    """A finite nonzero number divided by zero."""


class DivisionImpossible(InvalidOperation):
    """An integer quotient with more digits than the precision."""


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Zero divided by zero."""


class Inexact(DecimalException):
    """Nonzero digits were lost in rounding."""


class InvalidContext(InvalidOperation):
    """Kept for the API: contexts are checked when they are set."""


class Rounded(DecimalException):
    """Digits (maybe zeros) were dropped in rounding."""


class Subnormal(DecimalException):
    """A result below the normal range (adjusted exponent < Emin)."""


class Overflow(Inexact, Rounded):
    """A result too large for the exponent range."""


class Underflow(Inexact, Rounded, Subnormal):
    """A subnormal result that is also inexact."""


class FloatOperation(DecimalException, TypeError):
    """A float mixed into construction or an ordering comparison."""


# The order the C implementation lists and picks signals in.
_SIGNALS = [
    InvalidOperation,
    FloatOperation,
    DivisionByZero,
    Overflow,
    Underflow,
    Subnormal,
    Inexact,
    Rounded,
    Clamped,
]
_CONDITIONS = [InvalidOperation, ConversionSyntax, DivisionImpossible, DivisionUndefined, InvalidContext]
_REPORT_ORDER = _CONDITIONS + _SIGNALS[1:]
# The order Context's repr lists them in (libmpdec's bit order).
_REPR_ORDER = [
    Clamped,
    InvalidOperation,
    DivisionByZero,
    Inexact,
    FloatOperation,
    Overflow,
    Rounded,
    Subnormal,
    Underflow,
]


def _flag_of(cond):
    return InvalidOperation if cond in _CONDITIONS else cond


# -- integers as digit strings (the runtime refuses str(int) past 4300 digits) ----------

_LOG10_2 = 301029995  # log10(2) * 10**9, rounded down


def _ndigits(n):
    """Decimal digits of n >= 0 (1 for 0)."""
    if n < 10**18:
        return len(str(n))
    b = n.bit_length()
    if b < 13000:
        return len(str(n))
    d = (b - 1) * _LOG10_2 // 10**9  # 10**d <= n
    p = 10**d
    while p * 10 <= n:
        p *= 10
        d += 1
    return d + 1


def _digits(n):
    """str(n) for n >= 0, also past the runtime's 4300-digit bound for str(int)."""
    if n.bit_length() < 13000:
        return str(n)
    half = _ndigits(n) // 2
    high, low = divmod(n, 10**half)
    return _digits(high) + _digits(low).rjust(half, "0")


def _parse_digits(s):
    if len(s) <= 4000:
        return int(s)
    half = len(s) // 2
    return _parse_digits(s[:-half]) * 10**half + _parse_digits(s[-half:])


# -- the core: rounding a coefficient and fitting a result into a context ---------------


def _drop_digits(sign, coef, count, rounding):
    """coef with its last ``count`` (> 0) digits removed under ``rounding``:
    (new coefficient, whether a nonzero digit was lost)."""
    if count > _ndigits(coef):
        kept, rest, below_half, half_exact = 0, coef, True, False
    else:
        unit = 10**count
        kept, rest = divmod(coef, unit)
        below_half = 2 * rest < unit
        half_exact = 2 * rest == unit
    if not rest:
        return kept, False
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    elif rounding == ROUND_HALF_UP:
        up = not below_half
    elif rounding == ROUND_HALF_DOWN:
        up = not below_half and not half_exact
    elif rounding == ROUND_HALF_EVEN:
        up = not below_half and (not half_exact or kept % 2 == 1)
    else:  # ROUND_05UP
        up = kept % 5 == 0
    return kept + 1 if up else kept, True


def _overflowed(sign, ctx, st, rounding):
    st += [Overflow, Inexact, Rounded]
    r = rounding
    if (
        r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP)
        or (r == ROUND_CEILING and sign == 0)
        or (r == ROUND_FLOOR and sign == 1)
    ):
        return _make(sign, 0, "F")
    return _make(sign, 10**ctx.prec - 1, ctx.Emax - ctx.prec + 1)


def _fit(sign, coef, exp, ctx, st, rounding=None):
    """The finite value sign*coef*10**exp rounded to ``ctx``: precision, exponent range,
    subnormals and clamping, with the conditions met appended to ``st``."""
    prec = ctx.prec
    etiny = ctx.Emin - prec + 1
    etop = ctx.Emax - prec + 1
    if not coef:
        high = etop if ctx.clamp else ctx.Emax
        if exp < etiny:
            exp = etiny
            st.append(Clamped)
        elif exp > high:
            exp = high
            st.append(Clamped)
        return _make(sign, 0, exp)
    n = _ndigits(coef)
    lowest = exp + n - prec  # the smallest exponent a prec-digit result may have
    if lowest > etop:
        return _overflowed(sign, ctx, st, rounding or ctx.rounding)
    subnormal = lowest < etiny
    if subnormal:
        lowest = etiny
    if exp < lowest:
        coef, lost = _drop_digits(sign, coef, lowest - exp, rounding or ctx.rounding)
        exp = lowest
        if coef and _ndigits(coef) > prec:
            coef //= 10
            exp += 1
            if exp > etop:
                return _overflowed(sign, ctx, st, rounding or ctx.rounding)
        if subnormal:
            if lost:
                st.append(Underflow)
            st.append(Subnormal)
        if lost:
            st.append(Inexact)
        st.append(Rounded)
        if not coef:
            st.append(Clamped)
        return _make(sign, coef, exp)
    if subnormal:
        st.append(Subnormal)
    if ctx.clamp and exp > etop:
        coef *= 10 ** (exp - etop)
        exp = etop
        st.append(Clamped)
    return _make(sign, coef, exp)


def _make(sign, coef, exp):
    d = object.__new__(Decimal)
    d._sign = sign
    d._coef = coef
    d._exp = exp
    return d


def _nan(sign=0, payload=0, signalling=False):
    return _make(sign, payload, "N" if signalling else "n")


def _invalid(ctx, st, cond=InvalidOperation):
    st.append(cond)
    return _make(0, 0, "n")


def _context(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError("optional argument must be a context")
    return context


def _finish(ctx, st, result):
    ctx._apply(st)
    return result


# -- conversions ----------------------------------------------------------------------


def _parse(text):
    """(sign, coef, exp) of a numeric string, or None when it is not one."""
    s = text.strip()
    if not s.isascii():
        s = "".join(str(int(ch)) if ch.isdecimal() else ch for ch in s)
    if "_" in s:
        parts = s.split("_")
        for i in range(len(parts) - 1):
            left, right = parts[i], parts[i + 1]
            if not left or not right or not left[-1].isdigit() or not right[0].isdigit():
                return None
        s = "".join(parts)
    sign = 0
    if s[:1] in ("+", "-"):
        sign = 1 if s[0] == "-" else 0
        s = s[1:]
    low = s.lower()
    if low in ("inf", "infinity"):
        return sign, 0, "F"
    for word, code in (("snan", "N"), ("nan", "n")):
        if low.startswith(word):
            payload = low[len(word) :]
            if payload and not (payload.isdigit() and payload.isascii()):
                return None
            return sign, _parse_digits(payload) if payload else 0, code
    mantissa, exp = s, 0
    e = max(low.find("e"), -1)
    if e >= 0:
        mantissa, exponent = s[:e], s[e + 1 :]
        body = exponent[1:] if exponent[:1] in ("+", "-") else exponent
        if not body or not body.isdigit() or not body.isascii():
            return None
        exp = _parse_digits(body)
        if exponent[:1] == "-":
            exp = -exp
    whole, dot, frac = mantissa.partition(".")
    digits = whole + frac
    if not digits or not digits.isdigit() or not digits.isascii():
        return None
    return sign, _parse_digits(digits), exp - len(frac)


def _from_float(f):
    if _math.isnan(f):
        return _make(1 if _math.copysign(1.0, f) < 0 else 0, 0, "n")
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    if _math.isinf(f):
        return _make(sign, 0, "F")
    num, den = abs(f).as_integer_ratio()
    k = den.bit_length() - 1  # den is 2**k: num/2**k == num*5**k / 10**k
    return _make(sign, num * 5**k, -k)


def _convert(other, strict=True):
    """Decimal for an operand of arithmetic: Decimal and int only."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _make(1 if other < 0 else 0, abs(other), 0)
    if strict:
        raise TypeError(f"conversion from {type(other).__name__} to Decimal is not supported")
    return NotImplemented


def _coerce_for_compare(self, other, ordering):
    """The other side of a comparison as a Decimal (exact), or NotImplemented."""
    if isinstance(other, Decimal):
        return self, other
    if isinstance(other, int):
        return self, _convert(other)
    if isinstance(other, float):
        ctx = getcontext()
        st = [FloatOperation]
        if ordering:
            ctx._apply(st)
        else:
            ctx.flags[FloatOperation] = True
        return self, _from_float(other)
    if isinstance(other, complex) and not ordering and other.imag == 0:
        return _coerce_for_compare(self, other.real, ordering)
    if isinstance(other, _numbers.Rational) and not self._is_special():
        den = other.denominator
        return _make(self._sign, self._coef * den, self._exp), _convert(other.numerator)
    if isinstance(other, _numbers.Rational):
        return self, _make(0, 0, 0)  # against an infinity or a NaN, any finite value will do
    return None, NotImplemented


def _adjusted(d):
    return d._exp + _ndigits(d._coef) - 1


def _compare_values(a, b):
    """-1, 0 or 1 for two non-NaN Decimals."""
    if a._exp == "F" or b._exp == "F":
        va = 0 if a._exp != "F" else (-1 if a._sign else 1)
        vb = 0 if b._exp != "F" else (-1 if b._sign else 1)
        if va == vb == 0:
            return 0 if a._exp == b._exp else (1 if b._sign else -1) if a._exp != "F" else 0
        if a._exp != "F":
            return -vb
        if b._exp != "F":
            return va
        return (va > vb) - (va < vb)
    if not a._coef or not b._coef:
        if not a._coef and not b._coef:
            return 0
        if not a._coef:
            return 1 if b._sign else -1
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    flip = -1 if a._sign else 1
    ea, eb = _adjusted(a), _adjusted(b)
    if ea != eb:
        return flip if ea > eb else -flip
    low = min(a._exp, b._exp)
    ca = a._coef * 10 ** (a._exp - low)
    cb = b._coef * 10 ** (b._exp - low)
    return 0 if ca == cb else (flip if ca > cb else -flip)


def _pick_nan(a, b, ctx, st):
    """The NaN result of an operation on a and b (None when neither is a NaN)."""
    for d in (a, b):
        if d is not None and d._exp == "N":
            st.append(InvalidOperation)
            return _make(d._sign, d._coef, "n")
    for d in (a, b):
        if d is not None and d._exp == "n":
            return d
    return None


def _shift_to(d, exp):
    """Coefficient of finite d written with exponent ``exp`` <= d._exp (exact)."""
    return d._coef * 10 ** (d._exp - exp)


# -- arithmetic on Decimals ---------------------------------------------------------------


def _add(a, b, ctx, st):
    nan = _pick_nan(a, b, ctx, st)
    if nan is not None:
        return nan
    if a._exp == "F" or b._exp == "F":
        if a._exp == "F" and b._exp == "F" and a._sign != b._sign:
            return _invalid(ctx, st)
        return a if a._exp == "F" else b
    prec = ctx.prec
    if not a._coef or not b._coef:
        low = min(a._exp, b._exp)
        if not a._coef and not b._coef:
            sign = a._sign & b._sign
            if a._sign != b._sign and ctx.rounding == ROUND_FLOOR:
                sign = 1
            return _fit(sign, 0, low, ctx, st)
        nonzero = b if not a._coef else a
        low = max(low, nonzero._exp - prec - 1)
        return _fit(
            nonzero._sign,
            _shift_to(nonzero, low) if low < nonzero._exp else nonzero._coef,
            min(low, nonzero._exp),
            ctx,
            st,
        )
    # When the exponents are far apart, the smaller operand only decides the rounding:
    # stand it in by a single digit below everything the result can keep.
    big, small = (a, b) if a._exp >= b._exp else (b, a)
    floor = big._exp + min(-1, _ndigits(big._coef) - prec - 2)
    if _adjusted(small) < floor:
        small = _make(small._sign, 1, floor)
    low = small._exp
    cb = _shift_to(big, low)
    cs = small._coef
    vb = -cb if big._sign else cb
    vs = -cs if small._sign else cs
    total = vb + vs
    if total == 0:
        return _fit(1 if ctx.rounding == ROUND_FLOOR else 0, 0, low, ctx, st)
    return _fit(1 if total < 0 else 0, abs(total), low, ctx, st)


def _neg(d):
    return _make(d._sign ^ 1, d._coef, d._exp)


def _sub(a, b, ctx, st):
    nan = _pick_nan(a, b, ctx, st)
    if nan is not None:
        return nan
    return _add(a, _neg(b), ctx, st)


def _mul(a, b, ctx, st):
    nan = _pick_nan(a, b, ctx, st)
    if nan is not None:
        return nan
    sign = a._sign ^ b._sign
    if a._exp == "F" or b._exp == "F":
        if (a._exp != "F" and not a._coef) or (b._exp != "F" and not b._coef):
            return _invalid(ctx, st)
        return _make(sign, 0, "F")
    return _fit(sign, a._coef * b._coef, a._exp + b._exp, ctx, st)


def _div(a, b, ctx, st):
    nan = _pick_nan(a, b, ctx, st)
    if nan is not None:
        return nan
    sign = a._sign ^ b._sign
    if a._exp == "F":
        if b._exp == "F":
            return _invalid(ctx, st)
        return _make(sign, 0, "F")
    if b._exp == "F":
        st.append(Clamped)
        return _make(sign, 0, ctx.Emin - ctx.prec + 1)
    if not b._coef:
        if not a._coef:
            return _invalid(ctx, st, DivisionUndefined)
        st.append(DivisionByZero)
        return _make(sign, 0, "F")
    ideal = a._exp - b._exp
    if not a._coef:
        return _fit(sign, 0, ideal, ctx, st)
    prec = ctx.prec
    # Scale so that the quotient has prec + 1 digits, then make the last digit sticky.
    shift = _ndigits(b._coef) - _ndigits(a._coef) + prec + 1
    exp = ideal - shift
    if shift >= 0:
        q, r = divmod(a._coef * 10**shift, b._coef)
    else:
        q, r = divmod(a._coef, b._coef * 10**-shift)
    if r:
        if q % 5 == 0:
            q += 1
    else:
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    return _fit(sign, q, exp, ctx, st)


def _divmod(a, b, ctx, st, want):
    """Integer quotient and remainder (truncating) for //, % and divmod; ``want`` is
    'q', 'r' or 'qr' so that conditions of the half not asked for are not reported."""
    nan = _pick_nan(a, b, ctx, st)
    if nan is not None:
        return nan, nan
    sign = a._sign ^ b._sign
    if a._exp == "F":
        if b._exp == "F":
            bad = _invalid(ctx, st)
            return bad, bad
        q = _make(sign, 0, "F")
        if "r" in want:
            return q, _invalid(ctx, st)
        return q, None
    if b._exp == "F":
        return _make(sign, 0, 0), _fit(a._sign, a._coef, a._exp, ctx, st)
    if not b._coef:
        if not a._coef:
            bad = _invalid(ctx, st, DivisionUndefined)
            return bad, bad
        if want == "r":
            return None, _invalid(ctx, st)
        st.append(DivisionByZero)
        q = _make(sign, 0, "F")
        return q, (_invalid(ctx, st) if "r" in want else None)
    low = min(a._exp, b._exp)
    if not a._coef or _adjusted(a) - _adjusted(b) <= -2:
        return _fit(sign, 0, 0, ctx, st), _fit(a._sign, _shift_to(a, low), low, ctx, st)
    if _adjusted(a) - _adjusted(b) > ctx.prec:
        bad = _invalid(ctx, st, DivisionImpossible)
        return bad, bad
    q, r = divmod(_shift_to(a, low), _shift_to(b, low))
    if _ndigits(q) > ctx.prec:
        bad = _invalid(ctx, st, DivisionImpossible)
        return bad, bad
    return _fit(sign, q, 0, ctx, st), _fit(a._sign, r, low, ctx, st)


def _int_exponent(y):
    """y as an int when it is integral, else None."""
    if y._exp in ("F", "n", "N"):
        return None
    if not y._coef:
        return 0
    if y._exp >= 0:
        if y._exp > 40:
            return None  # integral, but too large to write out (see _power)
        v = y._coef * 10**y._exp
    else:
        if -y._exp >= _ndigits(y._coef):
            return None
        v, rest = divmod(y._coef, 10**-y._exp)
        if rest:
            return None
    return -v if y._sign else v


def _power(x, y, ctx, st):
    nan = _pick_nan(x, y, ctx, st)
    if nan is not None:
        return nan
    x_zero = x._exp != "F" and not x._coef
    y_zero = y._exp != "F" and not y._coef
    if x_zero and y_zero:
        return _invalid(ctx, st)
    n = _int_exponent(y)
    # An integral exponent too large to write out (it is even: a multiple of 10**41).
    huge = n is None and y._exp != "F" and y._exp > 40
    if x._sign and x._exp != "F" and not x_zero and n is None and not huge:
        return _invalid(ctx, st)
    sign = x._sign if n is not None and n % 2 == 1 else 0
    if y_zero:
        return _fit(0, 1, 0, ctx, st)
    negative_y = y._sign == 1
    if x_zero:
        return _make(sign, 0, "F") if negative_y else _make(sign, 0, 0)
    if x._exp == "F":
        return _make(sign, 0, 0) if negative_y else _make(sign, 0, "F")
    cmp_one = _compare_values(_make(0, x._coef, x._exp), _make(0, 1, 0))
    if y._exp == "F":
        if cmp_one == 0:
            st += [Inexact, Rounded]
            return _fit(0, 10 ** (ctx.prec - 1), 1 - ctx.prec, ctx, st)
        return _make(0, 0, "F") if (cmp_one > 0) != negative_y else _make(0, 0, 0)
    etiny = ctx.Emin - ctx.prec + 1
    stripped, zeros = x._coef, 0
    while stripped % 10 == 0:
        stripped //= 10
        zeros += 1
    if stripped == 1 and (n is not None or huge):  # x a power of ten: exact, whatever n is
        if huge:
            if cmp_one == 0:
                return _fit(sign, 1, 0, ctx, st)
        else:
            ideal = x._exp * n
            total = (zeros + x._exp) * n  # the result is 10**total
            keep = max(0, min(total - ideal, ctx.prec - 1))
            if total - ideal > keep:
                st.append(Rounded)
            return _fit(sign, 10**keep, total - keep, ctx, st)
    if huge and _adjusted(y) - _near_one_digits(x) > _ndigits(max(ctx.Emax, -etiny)) + 3:
        # |y * ln x| is far beyond the exponent range: overflow or underflow.
        if (cmp_one > 0) != negative_y:
            return _fit(sign, 1, ctx.Emax + 1, ctx, st)
        return _fit(sign, 1, etiny - 2, ctx, st)
    if n is not None and _ndigits(x._coef) * abs(n) <= 4 * ctx.prec + 200:
        coef = x._coef ** abs(n)
        if n > 0:
            return _fit(sign, coef, x._exp * n, ctx, st)
        # One rounding of the exact quotient: correctly rounded.
        denominator = _make(0, coef, x._exp * -n)
        if _adjusted(denominator) > ctx.Emax:
            # The C implementation divides by a power that has overflowed: zero.
            st += [Underflow, Subnormal, Inexact, Rounded, Clamped]
            return _make(sign, 0, ctx.Emin - ctx.prec + 1)
        return _div(_make(sign, 1, 0), denominator, ctx, st)
    ax = _make(0, x._coef, x._exp)
    return _transcendental(sign, lambda w: _pow_fixed(ax, y, w), ctx, st)


# -- exp, ln, log10 and non-integral powers (fixed point, correctly rounded by retrying) --

_LN10_CACHE = {}


def _ln_unit(m, w):
    """ln(m / 10**w) * 10**w for 1 <= m / 10**w < 10 (error a few units)."""
    one = 10**w
    halvings = 0
    while m > one + one // 100:
        m = _math.isqrt(m * one)
        halvings += 1
    t = (m - one) * one // (m + one)
    t2 = t * t // one
    total, term, k = 0, t, 1
    while term:
        total += term // k
        term = term * t2 // one
        k += 2
    return (2 * total) << halvings


def _ln10(w):
    if w not in _LN10_CACHE:
        _LN10_CACHE[w] = _ln_unit(10 ** (w + 1), w)
    return _LN10_CACHE[w]


def _ln_fixed(x, w):
    """ln(x) * 10**w for a finite x > 0, with an error of a few units."""
    n = _ndigits(x._coef)
    e10 = x._exp + n - 1  # x = m * 10**e10 with 1 <= m < 10
    guard = w + 6 + _ndigits(abs(e10))
    shift = guard - (n - 1)
    m = x._coef * 10**shift if shift >= 0 else x._coef // 10**-shift
    total = _ln_unit(m, guard) + e10 * _ln10(guard)
    return total // 10 ** (guard - w)


def _exp_fixed(t, w):
    """(m, k): exp(t / 10**w) ~ m / 10**w * 10**k, with 10**w <= m < 10**(w+1) roughly."""
    ln10 = _ln10(w + 25)
    t25 = t * 10**25
    k = t25 // ln10
    guard = w + 8 + _ndigits(abs(k))
    ln10g = _ln10(guard)
    r = t * 10 ** (guard - w) - k * ln10g  # 0 <= r < ln 10
    one = 10**guard
    halvings = 12
    r >>= halvings
    total, term, i = one, one, 1
    while term:
        term = term * r // (one * i)
        total += term
        i += 1
    for _ in range(halvings):
        total = total * total // one
    while total >= 10 * one:
        total //= 10
        k += 1
    while total < one:
        total *= 10
        k -= 1
    return total // 10 ** (guard - w), k


def _pow_fixed(x, y, w):
    extra = max(0, _adjusted(y) + 2) if y._coef else 0
    lnx = _ln_fixed(x, w + extra + 4)
    prod = lnx * y._coef
    scale = w + extra + 4
    exp = y._exp
    prod = prod * 10**exp if exp >= 0 else prod // 10**-exp
    t = prod // 10 ** (scale - w)
    if y._sign:
        t = -t
    return ("exp", t)


def _transcendental(sign, approx, ctx, st, rounding=None):
    """Round the value ``approx(w)`` describes to ctx: w is a number of digits after the
    point; retried with more digits while the error bound straddles a rounding edge."""
    prec = ctx.prec
    for guard in (20, 40, 80, 160):
        w = prec + guard
        kind, value, *scale = approx(w)
        if kind == "exp":
            t = value
            # Decide overflow and underflow before computing anything large.
            limit = (ctx.Emax + 2) * 2302585093 * 10**w // 10**9 + 10**w
            if t > limit:
                return _fit(sign, 1, ctx.Emax + 1, ctx, st, rounding)
            if t < -((-ctx.Emin + prec + 2) * 2302585093 * 10**w // 10**9) - 10**w:
                return _fit(sign, 1, ctx.Emin - prec - 1, ctx, st, rounding)
            if abs(t) < 10 ** (w - prec - 4):
                up = t >= 0
                base = 10 ** (prec + 3)
                return _fit(sign, base + 1 if up else base - 1, -(prec + 3), ctx, st, rounding)
            m, k = _exp_fixed(t, w)
            coef, exp, err = m, k - w, 10**6
        else:  # ("fixed", integer, digits after the point)
            coef, exp, err = abs(value), -scale[0], 10**6
            if value < 0:
                sign = 1
        lo = _fit(sign, (coef - err) * 10 + 1, exp - 1, ctx, [], rounding)
        hi = _fit(sign, (coef + err) * 10 + 1, exp - 1, ctx, [], rounding)
        if lo._exp == hi._exp and lo._coef == hi._coef:
            break
    return _fit(sign, coef * 10 + 1, exp - 1, ctx, st, rounding)


def _near_one_digits(x):
    """Extra digits a fixed-point ln(x) needs when x is close to 1 (its leading zeros)."""
    if _adjusted(x) not in (0, -1):
        return 0
    diff = abs(x._coef - 10**-x._exp)
    if not diff:
        return 0
    return max(0, -(x._exp + _ndigits(diff) - 1))


# -- the Decimal type ---------------------------------------------------------------------


class Decimal:
    """Floating-point decimal number, exact in construction and rounded to the context in
    arithmetic."""

    __slots__ = ("_sign", "_coef", "_exp")

    def __new__(cls, value="0", context=None):
        if isinstance(value, Decimal):
            d = value
        elif isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                ctx = _context(context)
                d = _finish(ctx, [ConversionSyntax], _make(0, 0, "n"))
            else:
                d = _make(*parsed)
                if d._exp in ("n", "N"):
                    ctx = _context(context)
                    if d._coef and _ndigits(d._coef) > ctx.prec - ctx.clamp:
                        d = _finish(ctx, [ConversionSyntax], _make(0, 0, "n"))
        elif isinstance(value, int):
            d = _make(1 if value < 0 else 0, abs(value), 0)
        elif isinstance(value, float):
            ctx = _context(context)
            ctx._apply([FloatOperation])
            d = _from_float(value)
        elif isinstance(value, (tuple, list)):
            d = _from_tuple(value)
        else:
            raise TypeError(f"conversion from {type(value).__name__} to Decimal is not supported")
        if cls is Decimal and type(d) is Decimal:
            return d
        out = object.__new__(cls)
        out._sign, out._coef, out._exp = d._sign, d._coef, d._exp
        return out

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            d = _convert(f)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError("argument must be int or float")
        return d if cls is Decimal else cls(d)

    # -- predicates and parts
    def _is_special(self):
        return self._exp in ("F", "n", "N")

    def is_nan(self):
        return self._exp in ("n", "N")

    def is_qnan(self):
        return self._exp == "n"

    def is_snan(self):
        return self._exp == "N"

    def is_infinite(self):
        return self._exp == "F"

    def is_finite(self):
        return not self._is_special()

    def is_zero(self):
        return not self._is_special() and not self._coef

    def is_signed(self):
        return self._sign == 1

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        if self._is_special() or not self._coef:
            return False
        return _adjusted(self) >= _context(context).Emin

    def is_subnormal(self, context=None):
        if self._is_special() or not self._coef:
            return False
        return _adjusted(self) < _context(context).Emin

    def adjusted(self):
        return 0 if self._is_special() else _adjusted(self)

    def radix(self):
        return _make(0, 10, 0)

    def canonical(self):
        return self

    def conjugate(self):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return _make(0, 0, 0)

    def as_tuple(self):
        if self._exp == "F":
            return DecimalTuple(self._sign, (0,), "F")
        if self._exp in ("n", "N") and not self._coef:
            return DecimalTuple(self._sign, (), self._exp)
        return DecimalTuple(self._sign, tuple(int(c) for c in _digits(self._coef)), self._exp)

    def as_integer_ratio(self):
        if self._exp in ("n", "N"):
            raise ValueError("cannot convert NaN to integer ratio")
        if self._exp == "F":
            raise OverflowError("cannot convert Infinity to integer ratio")
        if not self._coef:
            return 0, 1
        num, den = self._coef, 1
        if self._exp >= 0:
            num *= 10**self._exp
        else:
            den = 10**-self._exp
            g = _math.gcd(num, den)
            num //= g
            den //= g
        return (-num if self._sign else num), den

    def number_class(self, context=None):
        sign = "-" if self._sign else "+"
        if self._exp == "N":
            return "sNaN"
        if self._exp == "n":
            return "NaN"
        if self._exp == "F":
            return sign + "Infinity"
        if not self._coef:
            return sign + "Zero"
        if _adjusted(self) < _context(context).Emin:
            return sign + "Subnormal"
        return sign + "Normal"

    def same_quantum(self, other, context=None):
        other = _convert(other)
        if self._is_special() or other._is_special():
            return (self.is_nan() and other.is_nan()) or (self.is_infinite() and other.is_infinite())
        return self._exp == other._exp

    # -- text
    def __str__(self):
        return self._text(eng=False, capitals=None)

    def __repr__(self):
        return f"Decimal('{self}')"

    def to_eng_string(self, context=None):
        return self._text(eng=True, capitals=None, context=context)

    def _text(self, eng, capitals, context=None):
        sign = "-" if self._sign else ""
        if self._exp == "F":
            return sign + "Infinity"
        if self._exp in ("n", "N"):
            return (
                sign + ("sNaN" if self._exp == "N" else "NaN") + (_digits(self._coef) if self._coef else "")
            )
        digits = _digits(self._coef)
        left = self._exp + len(digits)  # digits before the point in plain notation
        if self._exp <= 0 and left > -6:
            point = left
        elif not eng:
            point = 1
        elif not self._coef:
            point = (left + 1) % 3 - 1
        else:
            point = (left - 1) % 3 + 1
        if point <= 0:
            head, tail = "0", "." + "0" * -point + digits
        elif point >= len(digits):
            head, tail = digits + "0" * (point - len(digits)), ""
        else:
            head, tail = digits[:point], "." + digits[point:]
        exp = left - point
        if exp:
            if capitals is None:
                capitals = getcontext().capitals if context is None else context.capitals
            mark = "E" if capitals else "e"
            return f"{sign}{head}{tail}{mark}{exp:+d}"
        return sign + head + tail

    def __format__(self, spec, _localeconv=None):
        return _format(self, spec)

    # -- conversions to other types
    def __bool__(self):
        return self._is_special() or self._coef != 0

    def __int__(self):
        if self._exp in ("n", "N"):
            raise ValueError("cannot convert NaN to integer")
        if self._exp == "F":
            raise OverflowError("cannot convert Infinity to integer")
        if self._exp >= 0:
            v = self._coef * 10**self._exp
        elif -self._exp > _ndigits(self._coef):
            v = 0
        else:
            v = self._coef // 10**-self._exp
        return -v if self._sign else v

    __trunc__ = __int__

    def __float__(self):
        if self._exp in ("n", "N"):
            if self._exp == "N":
                raise ValueError("cannot convert signaling NaN to float")
            return float("-nan") if self._sign else float("nan")
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    def _integral(self, rounding):
        if self._exp in ("n", "N"):
            raise ValueError("cannot round a NaN")
        if self._exp == "F":
            raise OverflowError("cannot round an infinity")
        return int(_rescale(self, 0, rounding))

    def __floor__(self):
        return self._integral(ROUND_FLOOR)

    def __ceil__(self):
        return self._integral(ROUND_CEILING)

    def __round__(self, n=None):
        if n is None:
            return self._integral(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError("Second argument to round should be integral")
        return self.quantize(_make(0, 1, -n))

    def __hash__(self):
        if self._exp == "N":
            raise TypeError("Cannot hash a signaling NaN value")
        if self._exp == "n":
            return object.__hash__(self)
        if self._exp == "F":
            return -314159 if self._sign else 314159
        modulus = _HASH_MODULUS
        if self._exp >= 0:
            scale = pow(10, self._exp, modulus)
        else:
            scale = pow(_HASH_10INV, -self._exp, modulus)
        h = self._coef * scale % modulus
        h = -h if self._sign else h
        return -2 if h == -1 else h

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self if type(self) is Decimal else self.__class__(str(self))

    def __deepcopy__(self, memo):
        return self.__copy__()

    # -- comparisons
    def _compare_op(self, other, op):
        a, b = _coerce_for_compare(self, other, op not in ("eq", "ne"))
        if a is None or b is NotImplemented:
            return NotImplemented
        if a.is_nan() or b.is_nan():
            ctx = getcontext()
            if op in ("eq", "ne"):
                if a._exp == "N" or b._exp == "N":
                    ctx._apply([InvalidOperation])
                return op == "ne"
            ctx._apply([InvalidOperation])
            return False
        c = _compare_values(a, b)
        if op == "eq":
            return c == 0
        if op == "ne":
            return c != 0
        if op == "lt":
            return c < 0
        if op == "le":
            return c <= 0
        if op == "gt":
            return c > 0
        return c >= 0

    def __eq__(self, other):
        return self._compare_op(other, "eq")

    def __ne__(self, other):
        return self._compare_op(other, "ne")

    def __lt__(self, other):
        return self._compare_op(other, "lt")

    def __le__(self, other):
        return self._compare_op(other, "le")

    def __gt__(self, other):
        return self._compare_op(other, "gt")

    def __ge__(self, other):
        return self._compare_op(other, "ge")

    def compare(self, other, context=None):
        ctx = _context(context)
        other = _convert(other)
        st = []
        nan = _pick_nan(self, other, ctx, st)
        if nan is not None:
            return _finish(ctx, st, nan)
        c = _compare_values(self, other)
        return _make(1 if c < 0 else 0, abs(c), 0)

    def compare_signal(self, other, context=None):
        ctx = _context(context)
        other = _convert(other)
        if self.is_nan() or other.is_nan():
            st = []
            nan = _pick_nan(self, other, ctx, st)
            st.append(InvalidOperation)
            return _finish(ctx, st, nan)
        return self.compare(other, ctx)

    def compare_total(self, other, context=None):
        other = _convert(other)
        c = _total_order(self, other)
        return _make(1 if c < 0 else 0, abs(c), 0)

    def compare_total_mag(self, other, context=None):
        other = _convert(other)
        return self.copy_abs().compare_total(other.copy_abs())

    def _minmax(self, other, context, pick_max, mag):
        ctx = _context(context)
        other = _convert(other)
        st = []
        if self.is_nan() or other.is_nan():
            if self._exp == "N" or other._exp == "N":
                return _finish(ctx, st, _pick_nan(self, other, ctx, st))
            if self._exp == "n" and other._exp == "n":
                return self
            chosen = other if self._exp == "n" else self
            return _finish(ctx, st, _fit_any(chosen, ctx, st))
        a = self.copy_abs() if mag else self
        b = other.copy_abs() if mag else other
        c = _compare_values(a, b)
        if c == 0:
            c = _total_order(self, other)
        chosen = (self if c > 0 else other) if pick_max else (self if c < 0 else other)
        return _finish(ctx, st, _fit_any(chosen, ctx, st))

    def max(self, other, context=None):
        return self._minmax(other, context, True, False)

    def min(self, other, context=None):
        return self._minmax(other, context, False, False)

    def max_mag(self, other, context=None):
        return self._minmax(other, context, True, True)

    def min_mag(self, other, context=None):
        return self._minmax(other, context, False, True)

    # -- arithmetic operators
    def _binary(self, other, fn, swap=False):
        other = _convert(other, strict=False)
        if other is NotImplemented:
            return other
        ctx = getcontext()
        st = []
        a, b = (other, self) if swap else (self, other)
        return _finish(ctx, st, fn(a, b, ctx, st))

    def __add__(self, other):
        return self._binary(other, _add)

    def __radd__(self, other):
        return self._binary(other, _add, True)

    def __sub__(self, other):
        return self._binary(other, _sub)

    def __rsub__(self, other):
        return self._binary(other, _sub, True)

    def __mul__(self, other):
        return self._binary(other, _mul)

    def __rmul__(self, other):
        return self._binary(other, _mul, True)

    def __truediv__(self, other):
        return self._binary(other, _div)

    def __rtruediv__(self, other):
        return self._binary(other, _div, True)

    def __floordiv__(self, other):
        return self._binary(other, lambda a, b, c, s: _divmod(a, b, c, s, "q")[0])

    def __rfloordiv__(self, other):
        return self._binary(other, lambda a, b, c, s: _divmod(a, b, c, s, "q")[0], True)

    def __mod__(self, other):
        return self._binary(other, lambda a, b, c, s: _divmod(a, b, c, s, "r")[1])

    def __rmod__(self, other):
        return self._binary(other, lambda a, b, c, s: _divmod(a, b, c, s, "r")[1], True)

    def __divmod__(self, other):
        return self._binary(other, lambda a, b, c, s: _divmod(a, b, c, s, "qr"))

    def __rdivmod__(self, other):
        return self._binary(other, lambda a, b, c, s: _divmod(a, b, c, s, "qr"), True)

    def __pow__(self, other, modulo=None):
        if modulo is not None:
            return _power_modulo(self, other, modulo, getcontext())
        return self._binary(other, _power)

    def __rpow__(self, other, modulo=None):
        return self._binary(other, _power, True)

    def __neg__(self):
        return self._unary(True)

    def __pos__(self):
        return self._unary(False)

    def _unary(self, negate, context=None):
        ctx = _context(context)
        st = []
        if self.is_nan():
            return _finish(ctx, st, _pick_nan(self, None, ctx, st))
        sign = self._sign ^ 1 if negate else self._sign
        if self._exp == "F":
            return _make(sign, 0, "F")
        if not self._coef and ctx.rounding != ROUND_FLOOR:
            sign = 0
        return _finish(ctx, st, _fit(sign, self._coef, self._exp, ctx, st))

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        if self._sign:
            return self._unary(True, context)
        return self._unary(False, context)

    # -- arithmetic methods with a context
    def sqrt(self, context=None):
        ctx = _context(context)
        st = []
        if self.is_nan():
            return _finish(ctx, st, _pick_nan(self, None, ctx, st))
        if self._exp == "F":
            if self._sign:
                return _finish(ctx, st, _invalid(ctx, st))
            return self
        ideal = self._exp // 2
        if not self._coef:
            return _finish(ctx, st, _fit(self._sign, 0, ideal, ctx, st))
        if self._sign:
            return _finish(ctx, st, _invalid(ctx, st))
        prec = ctx.prec
        coef, exp = self._coef, self._exp
        if exp % 2:
            coef *= 10
            exp -= 1
        pairs = prec + 1 - (_ndigits(coef) + 1) // 2
        if pairs >= 0:
            scaled, exact = coef * 100**pairs, True
        else:
            scaled, rest = divmod(coef, 100**-pairs)
            exact = rest == 0
        root = _math.isqrt(scaled)
        exact = exact and root * root == scaled
        rexp = exp // 2 - pairs
        if exact:
            while rexp < ideal and root % 10 == 0:
                root //= 10
                rexp += 1
        elif root % 5 == 0:
            root += 1
        return _finish(ctx, st, _fit(0, root, rexp, ctx, st, ROUND_HALF_EVEN))

    def exp(self, context=None):
        ctx = _context(context)
        st = []
        if self.is_nan():
            return _finish(ctx, st, _pick_nan(self, None, ctx, st))
        if self._exp == "F":
            return _make(0, 0, 0) if self._sign else self
        if not self._coef:
            return _finish(ctx, st, _fit(0, 1, 0, ctx, st))
        etiny = ctx.Emin - ctx.prec + 1
        if _adjusted(self) > _ndigits(max(ctx.Emax, -etiny)) + 2:
            # exp of a number this large is far outside the exponent range.
            if self._sign:
                return _finish(ctx, st, _fit(0, 1, etiny - 2, ctx, st, ROUND_HALF_EVEN))
            return _finish(ctx, st, _fit(0, 1, ctx.Emax + 1, ctx, st, ROUND_HALF_EVEN))
        x = self
        # exp, ln and log10 always round half-even, as the C implementation does.
        result = _transcendental(0, lambda w: ("exp", _fixed_value(x, w)), ctx, st, ROUND_HALF_EVEN)
        return _finish(ctx, st, result)

    def ln(self, context=None):
        ctx = _context(context)
        st = []
        if self.is_nan():
            return _finish(ctx, st, _pick_nan(self, None, ctx, st))
        if not self._is_special() and not self._coef:
            return _make(1, 0, "F")
        if self._sign:
            return _finish(ctx, st, _invalid(ctx, st))
        if self._exp == "F":
            return self
        if _compare_values(self, _make(0, 1, 0)) == 0:
            return _make(0, 0, 0)
        extra = _near_one_digits(self)
        x = self
        result = _transcendental(
            0, lambda w: ("fixed", _ln_fixed(x, w + extra), w + extra), ctx, st, ROUND_HALF_EVEN
        )
        return _finish(ctx, st, result)

    def log10(self, context=None):
        ctx = _context(context)
        st = []
        if self.is_nan():
            return _finish(ctx, st, _pick_nan(self, None, ctx, st))
        if not self._is_special() and not self._coef:
            return _make(1, 0, "F")
        if self._sign:
            return _finish(ctx, st, _invalid(ctx, st))
        if self._exp == "F":
            return self
        stripped, zeros = self._coef, 0
        while stripped % 10 == 0:
            stripped //= 10
            zeros += 1
        if stripped == 1:
            v = self._exp + zeros
            return _finish(ctx, st, _fit(1 if v < 0 else 0, abs(v), 0, ctx, st))
        extra = _near_one_digits(self)
        x = self

        def approx(w):
            scale = w + extra
            return ("fixed", _ln_fixed(x, scale + 5) * 10**scale // _ln10(scale + 5), scale)

        return _finish(ctx, st, _transcendental(0, approx, ctx, st, ROUND_HALF_EVEN))

    def logb(self, context=None):
        ctx = _context(context)
        st = []
        if self.is_nan():
            return _finish(ctx, st, _pick_nan(self, None, ctx, st))
        if self._exp == "F":
            return _make(0, 0, "F")
        if not self._coef:
            st.append(DivisionByZero)
            return _finish(ctx, st, _make(1, 0, "F"))
        v = _adjusted(self)
        return _finish(ctx, st, _fit(1 if v < 0 else 0, abs(v), 0, ctx, st))

    def scaleb(self, other, context=None):
        ctx = _context(context)
        other = _convert(other)
        st = []
        nan = _pick_nan(self, other, ctx, st)
        if nan is not None:
            return _finish(ctx, st, nan)
        n = _int_exponent(other)
        if other._exp != 0 and other._exp != "F" and (n is None or other._exp != 0):
            if n is None or other._exp < 0 and other._coef % 10**-other._exp:
                return _finish(ctx, st, _invalid(ctx, st))
        if n is None or abs(n) > 2 * (ctx.Emax + ctx.prec):
            return _finish(ctx, st, _invalid(ctx, st))
        if self._exp == "F":
            return self
        return _finish(ctx, st, _fit(self._sign, self._coef, self._exp + n, ctx, st))

    def fma(self, other, third, context=None):
        ctx = _context(context)
        other = _convert(other)
        third = _convert(third)
        st = []
        nan = _pick_nan(self, other, ctx, st)
        if nan is not None or third._exp == "N":
            nan = _pick_nan(nan or self, third, ctx, st) if nan is None else nan
            return _finish(ctx, st, nan)
        if self._exp == "F" or other._exp == "F":
            product = _mul(self, other, ctx, st)
            if product.is_nan():
                return _finish(ctx, st, product)
        else:
            product = _make(self._sign ^ other._sign, self._coef * other._coef, self._exp + other._exp)
        return _finish(ctx, st, _add(product, third, ctx, st))

    def remainder_near(self, other, context=None):
        ctx = _context(context)
        other = _convert(other)
        st = []
        nan = _pick_nan(self, other, ctx, st)
        if nan is not None:
            return _finish(ctx, st, nan)
        if self._exp == "F":
            return _finish(ctx, st, _invalid(ctx, st))
        if other._exp == "F":
            return _finish(ctx, st, _fit(self._sign, self._coef, self._exp, ctx, st))
        if not other._coef:
            cond = DivisionUndefined if not self._coef else InvalidOperation
            return _finish(ctx, st, _invalid(ctx, st, cond))
        low = min(self._exp, other._exp)
        if not self._coef:
            return _finish(ctx, st, _fit(self._sign, 0, low, ctx, st))
        if _adjusted(self) - _adjusted(other) > ctx.prec:
            return _finish(ctx, st, _invalid(ctx, st, DivisionImpossible))
        a, b = _shift_to(self, low), _shift_to(other, low)
        q, r = divmod(a, b)
        if 2 * r > b or (2 * r == b and q % 2 == 1):
            r -= b
            q += 1
        if _ndigits(q) > ctx.prec:
            return _finish(ctx, st, _invalid(ctx, st, DivisionImpossible))
        sign = self._sign
        if r < 0:
            sign ^= 1
            r = -r
        return _finish(ctx, st, _fit(sign, r, low, ctx, st))

    def quantize(self, exp, rounding=None, context=None):
        ctx = _context(context)
        exp = _convert(exp)
        st = []
        nan = _pick_nan(self, exp, ctx, st)
        if nan is not None:
            return _finish(ctx, st, nan)
        if self._exp == "F" or exp._exp == "F":
            if self._exp == "F" and exp._exp == "F":
                return self
            return _finish(ctx, st, _invalid(ctx, st))
        target = exp._exp
        if not (ctx.Emin - ctx.prec + 1 <= target <= ctx.Emax):
            return _finish(ctx, st, _invalid(ctx, st))
        if not self._coef:
            return _finish(ctx, st, _fit(self._sign, 0, target, ctx, st))
        adj = _adjusted(self)
        if adj > ctx.Emax or adj - target + 1 > ctx.prec:
            return _finish(ctx, st, _invalid(ctx, st))
        result = _rescale(self, target, rounding or ctx.rounding)
        if result._coef and (_adjusted(result) > ctx.Emax or _ndigits(result._coef) > ctx.prec):
            return _finish(ctx, st, _invalid(ctx, st))
        if result._coef and _adjusted(result) < ctx.Emin:
            st.append(Subnormal)
        if result._exp > self._exp:
            if _compare_values(result, self) != 0:
                st.append(Inexact)
            st.append(Rounded)
        return _finish(ctx, st, _fit(result._sign, result._coef, result._exp, ctx, st))

    def _to_integral(self, rounding, context, signal):
        ctx = _context(context)
        st = []
        if self.is_nan():
            return _finish(ctx, st, _pick_nan(self, None, ctx, st))
        if self._exp == "F" or self._exp >= 0:
            return self
        result = _rescale(self, 0, rounding or ctx.rounding)
        if signal and self._coef:
            if _compare_values(result, self) != 0:
                st.append(Inexact)
            st.append(Rounded)
        return _finish(ctx, st, result)

    def to_integral_value(self, rounding=None, context=None):
        return self._to_integral(rounding, context, False)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        return self._to_integral(rounding, context, True)

    def normalize(self, context=None):
        ctx = _context(context)
        st = []
        if self.is_nan():
            return _finish(ctx, st, _pick_nan(self, None, ctx, st))
        d = _fit_any(self, ctx, st)
        if d._exp == "F":
            return _finish(ctx, st, d)
        if not d._coef:
            return _finish(ctx, st, _make(d._sign, 0, 0))
        top = ctx.Emax - ctx.prec + 1 if ctx.clamp else ctx.Emax
        coef, exp = d._coef, d._exp
        while coef % 10 == 0 and exp < top:
            coef //= 10
            exp += 1
        return _finish(ctx, st, _make(d._sign, coef, exp))

    reduce = normalize

    def _next(self, context, up):
        ctx = _context(context)
        st = []
        if self.is_nan():
            return _finish(ctx, st, _pick_nan(self, None, ctx, st))
        if self._exp == "F":
            if (self._sign == 0) == up:
                return self
            return _make(self._sign, 10**ctx.prec - 1, ctx.Emax - ctx.prec + 1)
        scratch = ctx.copy()
        scratch.rounding = ROUND_CEILING if up else ROUND_FLOOR
        rounded = _fit(self._sign, self._coef, self._exp, scratch, [])
        if _compare_values(rounded, self) != 0:
            return rounded
        etiny = ctx.Emin - ctx.prec + 1
        tiny = _make(0 if up else 1, 1, etiny - 1)
        return _add(self, tiny, scratch, [])

    def next_plus(self, context=None):
        return self._next(context, True)

    def next_minus(self, context=None):
        return self._next(context, False)

    def next_toward(self, other, context=None):
        ctx = _context(context)
        other = _convert(other)
        st = []
        nan = _pick_nan(self, other, ctx, st)
        if nan is not None:
            return _finish(ctx, st, nan)
        c = _compare_values(self, other)
        if c == 0:
            return self.copy_sign(other)
        result = self._next(ctx, c < 0)
        if result._exp == "F":
            st += [Overflow, Inexact, Rounded]
        elif result._coef and _adjusted(result) < ctx.Emin:
            st += [Underflow, Subnormal, Inexact, Rounded]
            if not result._coef:
                st.append(Clamped)
        return _finish(ctx, st, result)

    def copy_abs(self):
        return _make(0, self._coef, self._exp)

    def copy_negate(self):
        return _make(self._sign ^ 1, self._coef, self._exp)

    def copy_sign(self, other, context=None):
        other = _convert(other)
        return _make(other._sign, self._coef, self._exp)


def _fit_any(d, ctx, st):
    if d._is_special():
        return d
    return _fit(d._sign, d._coef, d._exp, ctx, st)


def _rescale(d, exp, rounding):
    """d written with exponent ``exp``, rounding away digits when exp > d._exp."""
    if d._is_special():
        return d
    if not d._coef:
        return _make(d._sign, 0, exp)
    if d._exp >= exp:
        return _make(d._sign, _shift_to(d, exp), exp)
    coef, _lost = _drop_digits(d._sign, d._coef, exp - d._exp, rounding)
    return _make(d._sign, coef, exp)


def _fixed_value(x, w):
    """x * 10**w as an int (truncated)."""
    shift = x._exp + w
    v = x._coef * 10**shift if shift >= 0 else x._coef // 10**-shift
    return -v if x._sign else v


def _total_order(a, b):
    """Total ordering of the IEEE standard (compare_total)."""

    def key(d):
        if d._exp == "N":
            rank = 3
        elif d._exp == "n":
            rank = 4
        elif d._exp == "F":
            rank = 2
        else:
            rank = 1
        return rank

    if a._sign != b._sign:
        return -1 if a._sign else 1
    flip = -1 if a._sign else 1
    ka, kb = key(a), key(b)
    if ka != kb:
        return flip if ka > kb else -flip
    if ka >= 3:
        return flip * ((a._coef > b._coef) - (a._coef < b._coef))
    if ka == 2:
        return 0
    c = _compare_values(a, b)
    if c:
        return c
    return flip * ((a._exp > b._exp) - (a._exp < b._exp))


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError("argument must be a sequence of length 3")
    sign, digits, exp = value
    if sign not in (0, 1):
        raise ValueError("sign must be an integer with the value 0 or 1")
    if exp == "F":
        return _make(sign, 0, "F")
    if not isinstance(digits, (tuple, list)):
        raise ValueError("coefficient must be a tuple of digits")
    for dgt in digits:
        if not isinstance(dgt, int) or not 0 <= dgt <= 9:
            raise ValueError("coefficient must be a tuple of digits")
    coef = _parse_digits("".join(map(str, digits))) if digits else 0
    if exp in ("n", "N"):
        return _make(sign, coef, exp)
    if not isinstance(exp, int):
        raise ValueError("exponent must be an integer")
    return _make(sign, coef, exp)


def _power_modulo(base, exponent, modulo, ctx):
    exponent = _convert(exponent)
    modulo = _convert(modulo)
    st = []
    for d in (base, exponent, modulo):
        if d.is_nan():
            return _finish(ctx, st, _pick_nan(d, None, ctx, st))
    ints = [_int_exponent(d) for d in (base, exponent, modulo)]
    if None in ints or exponent._sign or not modulo._coef or (not base._coef and not exponent._coef):
        return _finish(ctx, st, _invalid(ctx, st))
    if _ndigits(modulo._coef * 10 ** max(modulo._exp, 0)) > ctx.prec:
        return _finish(ctx, st, _invalid(ctx, st))
    b, e, m = ints
    v = pow(abs(b), e, abs(m))
    sign = base._sign if e % 2 else 0
    return _make(sign, v, 0)


# -- the context -------------------------------------------------------------------------


class Context:
    """Precision, rounding, exponent range, and the flags and traps of the signals."""

    __slots__ = ("_prec", "_rounding", "_emin", "_emax", "_capitals", "_clamp", "_flags", "_traps")

    def __init__(
        self,
        prec=None,
        rounding=None,
        Emin=None,
        Emax=None,
        capitals=None,
        clamp=None,
        flags=None,
        traps=None,
    ):
        base = _TEMPLATE
        self.prec = prec if prec is not None else (base.prec if base else 28)
        self.rounding = rounding if rounding is not None else (base.rounding if base else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (base.Emin if base else -999999)
        self.Emax = Emax if Emax is not None else (base.Emax if base else 999999)
        self.capitals = capitals if capitals is not None else (base.capitals if base else 1)
        self.clamp = clamp if clamp is not None else (base.clamp if base else 0)
        self._flags = _signal_dict(flags, None)
        if traps is None:
            self._traps = (
                dict(base._traps)
                if base
                else _signal_dict([InvalidOperation, DivisionByZero, Overflow], None)
            )
        else:
            self._traps = _signal_dict(traps, None)

    def _checked_int(self, name, value, low, high):
        if not isinstance(value, int):
            raise TypeError("an integer is required")
        if not low <= value <= high:
            raise ValueError(_RANGES[name])
        return value

    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, value):
        self._prec = self._checked_int("prec", value, 1, MAX_PREC)

    @property
    def Emin(self):
        return self._emin

    @Emin.setter
    def Emin(self, value):
        self._emin = self._checked_int("Emin", value, MIN_EMIN, 0)

    @property
    def Emax(self):
        return self._emax

    @Emax.setter
    def Emax(self, value):
        self._emax = self._checked_int("Emax", value, 0, MAX_EMAX)

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, value):
        if value not in _ROUNDINGS or not isinstance(value, str):
            raise TypeError(
                "valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, "
                "ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]"
            )
        self._rounding = value

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, value):
        if not isinstance(value, int):
            raise TypeError("an integer is required")
        if value not in (0, 1):
            raise ValueError("valid values for capitals are 0 or 1")
        self._capitals = value

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, value):
        if not isinstance(value, int):
            raise TypeError("an integer is required")
        if value not in (0, 1):
            raise ValueError("valid values for clamp are 0 or 1")
        self._clamp = value

    @property
    def flags(self):
        return self._flags

    @flags.setter
    def flags(self, value):
        self._flags = _signal_dict(value, None)

    @property
    def traps(self):
        return self._traps

    @traps.setter
    def traps(self, value):
        self._traps = _signal_dict(value, None)

    def _apply(self, st):
        """Set the flags of the conditions in ``st``; raise the first trapped one."""
        if not st:
            return
        for cond in st:
            self._flags[_flag_of(cond)] = True
        trapped = [c for c in _REPORT_ORDER if c in st and self._traps.get(_flag_of(c))]
        if trapped:
            raised = {_flag_of(c) for c in trapped}
            for sig in _SIGNALS:
                if sig in raised:
                    raise sig(trapped)

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def copy(self):
        return Context(
            self.prec,
            self.rounding,
            self.Emin,
            self.Emax,
            self.capitals,
            self.clamp,
            dict(self._flags),
            dict(self._traps),
        )

    __copy__ = copy

    def __reduce__(self):
        return (
            Context,
            (
                self.prec,
                self.rounding,
                self.Emin,
                self.Emax,
                self.capitals,
                self.clamp,
                [s for s in _SIGNALS if self._flags[s]],
                [s for s in _SIGNALS if self._traps[s]],
            ),
        )

    def clear_flags(self):
        for sig in _SIGNALS:
            self._flags[sig] = False

    def clear_traps(self):
        for sig in _SIGNALS:
            self._traps[sig] = False

    def __repr__(self):
        flags = ", ".join(s.__name__ for s in _REPR_ORDER if self._flags[s])
        traps = ", ".join(s.__name__ for s in _REPR_ORDER if self._traps[s])
        return (
            f"Context(prec={self.prec}, rounding={self.rounding}, Emin={self.Emin}, "
            f"Emax={self.Emax}, capitals={self.capitals}, clamp={self.clamp}, "
            f"flags=[{flags}], traps=[{traps}])"
        )

    def create_decimal(self, num="0"):
        if isinstance(num, str) and (num != num.strip() or "_" in num):
            st = [ConversionSyntax]
            return _finish(self, st, _make(0, 0, "n"))
        d = Decimal(num, self)
        st = []
        if d.is_nan():
            if d._coef and _ndigits(d._coef) > self.prec - self.clamp:
                return _finish(self, [ConversionSyntax], _make(0, 0, "n"))
            return d
        return _finish(self, st, _fit_any(d, self, st))

    def create_decimal_from_float(self, f):
        d = Decimal.from_float(f)
        st = []
        return _finish(self, st, _fit_any(d, self, st))

    # Arithmetic: the operands may be ints; the results are rounded to this context.
    def _op2(self, fn, a, b):
        a, b = _convert(a), _convert(b)
        st = []
        return _finish(self, st, fn(a, b, self, st))

    def add(self, a, b):
        return self._op2(_add, a, b)

    def subtract(self, a, b):
        return self._op2(_sub, a, b)

    def multiply(self, a, b):
        return self._op2(_mul, a, b)

    def divide(self, a, b):
        return self._op2(_div, a, b)

    def divide_int(self, a, b):
        return self._op2(lambda x, y, c, s: _divmod(x, y, c, s, "q")[0], a, b)

    def remainder(self, a, b):
        return self._op2(lambda x, y, c, s: _divmod(x, y, c, s, "r")[1], a, b)

    def divmod(self, a, b):
        return self._op2(lambda x, y, c, s: _divmod(x, y, c, s, "qr"), a, b)

    def power(self, a, b, modulo=None):
        if modulo is not None:
            return _power_modulo(_convert(a), b, modulo, self)
        return self._op2(_power, a, b)

    def abs(self, a):
        return _convert(a).__abs__(context=self)

    def plus(self, a):
        return _convert(a)._unary(False, self)

    def minus(self, a):
        return _convert(a)._unary(True, self)

    def sqrt(self, a):
        return _convert(a).sqrt(self)

    def exp(self, a):
        return _convert(a).exp(self)

    def ln(self, a):
        return _convert(a).ln(self)

    def log10(self, a):
        return _convert(a).log10(self)

    def logb(self, a):
        return _convert(a).logb(self)

    def scaleb(self, a, b):
        return _convert(a).scaleb(b, self)

    def fma(self, a, b, c):
        return _convert(a).fma(b, c, self)

    def compare(self, a, b):
        return _convert(a).compare(b, self)

    def compare_signal(self, a, b):
        return _convert(a).compare_signal(b, self)

    def compare_total(self, a, b):
        return _convert(a).compare_total(b)

    def compare_total_mag(self, a, b):
        return _convert(a).compare_total_mag(b)

    def max(self, a, b):
        return _convert(a).max(b, self)

    def min(self, a, b):
        return _convert(a).min(b, self)

    def max_mag(self, a, b):
        return _convert(a).max_mag(b, self)

    def min_mag(self, a, b):
        return _convert(a).min_mag(b, self)

    def quantize(self, a, b):
        return _convert(a).quantize(b, context=self)

    def normalize(self, a):
        return _convert(a).normalize(self)

    reduce = normalize

    def remainder_near(self, a, b):
        return _convert(a).remainder_near(b, self)

    def same_quantum(self, a, b):
        return _convert(a).same_quantum(b)

    def to_integral_value(self, a):
        return _convert(a).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return _convert(a).to_integral_exact(context=self)

    def to_sci_string(self, a):
        return _convert(a)._text(False, self.capitals)

    def to_eng_string(self, a):
        return _convert(a)._text(True, self.capitals)

    def next_plus(self, a):
        return _convert(a).next_plus(self)

    def next_minus(self, a):
        return _convert(a).next_minus(self)

    def next_toward(self, a, b):
        return _convert(a).next_toward(b, self)

    def number_class(self, a):
        return _convert(a).number_class(self)

    def copy_abs(self, a):
        return _convert(a).copy_abs()

    def copy_negate(self, a):
        return _convert(a).copy_negate()

    def copy_sign(self, a, b):
        return _convert(a).copy_sign(b)

    def copy_decimal(self, a):
        return _convert(a)

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError("argument must be a Decimal")
        return a

    def radix(self):
        return _make(0, 10, 0)

    def is_canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError("argument must be a Decimal")
        return True

    def is_finite(self, a):
        return _convert(a).is_finite()

    def is_infinite(self, a):
        return _convert(a).is_infinite()

    def is_nan(self, a):
        return _convert(a).is_nan()

    def is_qnan(self, a):
        return _convert(a).is_qnan()

    def is_snan(self, a):
        return _convert(a).is_snan()

    def is_signed(self, a):
        return _convert(a).is_signed()

    def is_zero(self, a):
        return _convert(a).is_zero()

    def is_normal(self, a):
        return _convert(a).is_normal(self)

    def is_subnormal(self, a):
        return _convert(a).is_subnormal(self)


_RANGES = {
    "prec": "valid range for prec is [1, MAX_PREC]",
    "Emin": "valid range for Emin is [MIN_EMIN, 0]",
    "Emax": "valid range for Emax is [0, MAX_EMAX]",
}


def _signal_dict(given, _unused):
    out = dict.fromkeys(_SIGNALS, False)
    if given is None:
        return out
    if isinstance(given, dict):
        for key, value in given.items():
            if key not in out:
                raise KeyError("invalid signal dict")
            out[key] = bool(value)
        return out
    for sig in given:
        if sig not in out:
            raise KeyError("invalid signal dict")
        out[sig] = True
    return out


_TEMPLATE = None
DefaultContext = Context(
    prec=28,
    rounding=ROUND_HALF_EVEN,
    Emin=-999999,
    Emax=999999,
    capitals=1,
    clamp=0,
    traps=[InvalidOperation, DivisionByZero, Overflow],
)
BasicContext = Context(
    prec=9, rounding=ROUND_HALF_UP, traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow]
)
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])
_TEMPLATE = DefaultContext

_current = None


def getcontext():
    """The context of the running program (one per sandbox: no threads here)."""
    global _current
    if _current is None:
        _current = DefaultContext.copy()
        _current.clear_flags()
    return _current


def setcontext(context):
    global _current
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current = context


class _ContextManager:
    def __init__(self, ctx):
        self.new_context = ctx

    def __enter__(self):
        self._outer = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, *exc):
        setcontext(self._outer)


_LOCAL_NAMES = ("prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps")


def localcontext(ctx=None, **kwargs):
    """A context manager that makes a copy of ``ctx`` (or of the current context) current
    inside the with block, changed by the keyword arguments."""
    if ctx is None:
        ctx = getcontext()
    if not isinstance(ctx, Context):
        raise TypeError("optional argument must be a context")
    new = ctx.copy()
    for name, value in kwargs.items():
        if name not in _LOCAL_NAMES:
            raise TypeError(f"'{name}' is an invalid keyword argument for this function")
        setattr(new, name, value)
    return _ContextManager(new)


# -- format() -------------------------------------------------------------------------------


def _parse_spec(spec):
    i, n = 0, len(spec)
    fill, align = None, None
    if n >= 2 and spec[1] in "<>=^":
        fill, align, i = spec[0], spec[1], 2
    elif n >= 1 and spec[0] in "<>=^":
        align, i = spec[0], 1
    sign = "-"
    if i < n and spec[i] in "+- ":
        sign = spec[i]
        i += 1
    no_neg_zero = False
    if i < n and spec[i] == "z":
        no_neg_zero = True
        i += 1
    alt = False
    if i < n and spec[i] == "#":
        alt = True
        i += 1
    if i < n and spec[i] == "0":
        if fill is None:
            fill = "0"
        if align is None:
            align = "="
        i += 1
    start = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[start:i]) if i > start else 0
    sep = ""
    if i < n and spec[i] in ",_":
        sep = spec[i]
        i += 1
    precision = None
    if i < n and spec[i] == ".":
        start = i + 1
        i = start
        while i < n and spec[i].isdigit():
            i += 1
        if i == start:
            raise ValueError("invalid format string")
        precision = int(spec[start:i])
    kind = None
    if i < n:
        kind = spec[i]
        i += 1
    if i != n or (kind is not None and kind not in "eEfFgGn%"):
        raise ValueError("invalid format string")
    if kind == "n" and sep:
        raise ValueError("invalid format string")
    return fill or " ", align or ">", sign, no_neg_zero, alt, width, sep, precision, kind


def _group(digits, sep, min_width):
    if not sep:
        return digits.rjust(min_width, "0")
    parts = []
    while True:
        take = min(max(len(digits), min_width, 1), 3)
        parts.append(digits[-take:].rjust(take, "0") if digits else "0" * take)
        digits = digits[:-take] if len(digits) > take else ""
        min_width -= take
        if min_width <= 0 and not digits:
            break
        min_width -= len(sep)
    return sep.join(reversed(parts))


def _format(d, spec):
    fill, align, sign_mode, no_neg_zero, alt, width, sep, precision, kind = _parse_spec(spec)
    ctx = getcontext()
    rounding = ctx.rounding
    if kind is None:
        kind = "G" if ctx.capitals else "g"
    sign = d._sign
    if d._is_special():
        body = str(d.copy_abs()) + ("%" if kind == "%" else "")
        if fill == "0" and align == "=":
            fill, align = " ", ">"  # zero padding does not apply to Infinity and NaN
        return _pad(sign, sign_mode, body, fill, align, width)
    if kind == "%":
        d = _make(d._sign, d._coef, d._exp + 2)
    if kind in "gGn" and precision == 0:
        precision = 1
    if precision is not None:
        if kind in "eE":
            d = _round_sig(d, precision + 1, rounding)
        elif kind in "fF%":
            d = _rescale(d, -precision, rounding)
        elif kind in "gGn" and _ndigits(d._coef) > precision:
            d = _round_sig(d, precision, rounding)
    if not d._coef and d._exp > 0 and kind in "fF%":
        d = _rescale(d, 0, rounding)
    if not d._coef and no_neg_zero:
        sign = 0
    digits = _digits(d._coef)
    left = d._exp + len(digits)
    if kind in "eE":
        point = 1 - precision if (not d._coef and precision is not None) else 1
    elif kind in "fF%":
        point = left
    elif d._exp <= 0 and left > -6:
        point = left
    else:
        point = 1
    if point < 0:
        intpart, frac = "0", "0" * -point + digits
    elif point > len(digits):
        intpart, frac = digits + "0" * (point - len(digits)), ""
    else:
        intpart, frac = digits[:point] or "0", digits[point:]
    exp = left - point
    tail = ""
    if frac or alt:
        tail = "." + frac
    if exp != 0 or kind in "eE":
        tail += ("E" if kind in "EG" else "e") + f"{exp:+d}"
    if kind == "%":
        tail += "%"
    sign_text = "-" if sign else ("" if sign_mode == "-" else sign_mode)
    if fill == "0" and align == "=":
        intpart = _group(intpart, sep, width - len(sign_text) - len(tail))
    else:
        intpart = _group(intpart, sep, 1)
    return _pad(sign, sign_mode, intpart + tail, fill, align, width, sign_text)


def _pad(sign, sign_mode, body, fill, align, width, sign_text=None):
    if sign_text is None:
        sign_text = "-" if sign else ("" if sign_mode == "-" else sign_mode)
    missing = width - len(sign_text) - len(body)
    if missing <= 0:
        return sign_text + body
    if align == "=":
        return sign_text + fill * missing + body
    if align == "<":
        return sign_text + body + fill * missing
    if align == "^":
        half = missing // 2
        return fill * half + sign_text + body + fill * (missing - half)
    return fill * missing + sign_text + body


def _round_sig(d, places, rounding):
    """d rounded to ``places`` significant digits (zero is left alone)."""
    if not d._coef:
        return d
    target = d._exp + _ndigits(d._coef) - places
    out = _rescale(d, target, rounding)
    if _ndigits(out._coef) > places:
        out = _rescale(out, target + 1, rounding)
    return out


if _sys.maxsize > 2**32:
    _HASH_MODULUS = 2**61 - 1
else:
    _HASH_MODULUS = 2**31 - 1
_HASH_10INV = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)

_numbers.Number.register(Decimal)
