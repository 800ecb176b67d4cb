"""Big-integer arithmetic in pieces the meter can interrupt.

One host operation on huge ints (``a * b``, ``a // b``, ``a ** n``, ``pow(a, n, m)``,
``math.isqrt``) can run for minutes in C, where no budget check, time slice or Stop
gets through: on CPython it holds the GIL, so the host's event loop and every other
sandbox freeze with it; in Pyodide a Stop cannot arrive at all.  Here each such
operation gets an estimated cost from a model of CPython's algorithms (Karatsuba
multiplication, schoolbook division and gcd, all on 30-bit digits), calibrated once
on a development machine.  Below :data:`PIECE` seconds the host does it in one call,
and the estimate is charged to the step countdown, so that a loop of many medium
operations reaches its next budget check in time.  Above, the operation runs as a
sequence of host calls of at most about :data:`PIECE` each, with the same asymptotic
cost as the host's own algorithm, and the meter checks the budgets between pieces.

Every algorithm is a generator that yields the step units of each piece it did;
:func:`run` drives one from code that cannot pause (an operator in a plain closure),
:func:`run_suspending` from a builtin that can (and then also yields time slices).
Only ints reach this module (callers pass ``int.__index__`` of subclasses); the
results are CPython's exactly, and errors (zero division, non-invertible bases) come
from the host's own operation on small operands, with its messages.
"""

from __future__ import annotations

import math
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Generator
from typing import Any

from . import meter
from .control import TIME_SLICE

#: Pyodide runs the same C code 1.2-3x slower than a native CPython.
_SLOW = 2.5 if sys.platform == "emscripten" else 1.0

#: Target seconds of one uninterruptible host call (well under the 50 ms time slice).
PIECE = 0.01
#: Step units charged per second of estimated host work (about one interpreter step
#: per microsecond), so that max_steps also bounds big-int work.
STEPS_PER_SECOND = 1_000_000

# Seconds per unit of work, measured with CPython 3.11 on the development machine:
# multiplication is Karatsuba above 70 digits (cost ~ small**0.585 * large digits),
# division and gcd are quadratic, linear operations cost about a nanosecond a digit.
_MUL_C = 6e-9 * _SLOW
_SCHOOL_C = 1.2e-9 * _SLOW
_DIV_C = 2e-9 * _SLOW
_GCD_C = 1.5e-9 * _SLOW
_LINEAR_C = 1e-9 * _SLOW
_KARATSUBA_CUTOFF = 70

Pieces = Generator[int, None, Any]


def _digits(bits: int) -> int:
    return bits // 30 + 1


def units(seconds: float) -> int:
    """Step units for ``seconds`` of estimated host work."""
    return int(seconds * STEPS_PER_SECOND) + 1


def mul_cost(a_bits: int, b_bits: int) -> float:
    """Estimated seconds of the host's ``a * b``."""
    small, large = _digits(min(a_bits, b_bits)), _digits(max(a_bits, b_bits))
    if small < _KARATSUBA_CUTOFF:
        return _SCHOOL_C * small * large
    return _MUL_C * small**0.585 * large


def div_cost(a_bits: int, b_bits: int) -> float:
    """Estimated seconds of the host's ``divmod(a, b)`` (schoolbook: quotient x divisor)."""
    da, db = _digits(a_bits), _digits(b_bits)
    if da < db:
        return _LINEAR_C * db
    return _DIV_C * (da - db + 1) * db + _LINEAR_C * da


def gcd_cost(bits: int) -> float:
    """Estimated seconds of the host's gcd (or modular inverse) of ``bits``-bit operands."""
    d = _digits(bits)
    return _GCD_C * d * d


def linear_cost(bits: int) -> float:
    return _LINEAR_C * _digits(bits)


# ---------------------------------------------------------------------------
# Drivers and charges


def charge(seconds: float) -> None:
    """Count ``seconds`` of host work done in one call against the step countdown;
    the next budget check (a loop back-edge or a call) then comes sooner."""
    meter.current.countdown -= units(seconds)


#: Estimated seconds above which a host call that cannot be split is refused whatever
#: the budget: Stop must get through within about this long, also without a time limit.
MAX_UNSPLIT = 1.0


def refuse_past_budget(seconds: float) -> None:
    """End the run now if ``seconds`` of host work that cannot be split would overrun
    the time or step budget: the limit it would have hit, raised before the work
    instead of after it."""
    m = meter.current
    if m.timeout is not None and m.elapsed() + seconds > m.timeout:
        raise m.hit("timeout", f"time limit exceeded ({m.timeout:g} s)")
    if m.max_steps is not None and m.count_steps() + units(seconds) > m.max_steps:
        raise m.hit("max_steps", f"step limit exceeded ({m.max_steps} steps)")


def refuse_over_budget(seconds: float, name: str) -> None:
    """Refuse up front a host call that cannot be split and would overrun the time or
    step budget (:func:`refuse_past_budget`).  Past :data:`MAX_UNSPLIT` it is refused
    as ``factorial`` refuses a huge result."""
    refuse_past_budget(seconds)
    if seconds > MAX_UNSPLIT:
        raise MemoryError(f"{name}() operands too large to compute in the sandbox")


def run(pieces: Pieces) -> Any:
    """Run a piecewise operation where the caller cannot pause: the budgets (time,
    steps, memory, Stop) are checked between pieces."""
    m = meter.current
    send = pieces.send
    while True:
        try:
            spent = send(None)
        except StopIteration as stop:
            return stop.value
        m.countdown -= spent
        m.check()


def run_suspending(pieces: Pieces) -> Any:
    """Run a piecewise operation from a suspendable builtin: as :func:`run`, and a time
    slice goes to the driver whenever one is due (so Stop works in Pyodide too)."""
    m = meter.current
    send = pieces.send
    while True:
        try:
            spent = send(None)
        except StopIteration as stop:
            return stop.value
        m.countdown -= spent
        if m.check():
            yield TIME_SLICE


# ---------------------------------------------------------------------------
# Multiplication


def multiply(a: int, b: int) -> int:
    """``a * b`` for ints of any size."""
    cost = mul_cost(a.bit_length(), b.bit_length())
    if cost < PIECE:
        charge(cost)
        return a * b
    return run(mul_pieces(a, b))


def mul_pieces(a: int, b: int) -> Pieces:
    negative = (a < 0) != (b < 0)
    square = a is b
    a = -a if a < 0 else a
    b = a if square else (-b if b < 0 else b)
    r = yield from _kmul(a, b, square)
    return -r if negative else r


def _kmul(a: int, b: int, square: bool) -> Pieces:
    # Karatsuba down to pieces the host multiplies in under PIECE seconds: the same
    # recursion as the host's, so the total cost stays the host's.
    na, nb = a.bit_length(), b.bit_length()
    if na > nb:
        a, b, na, nb = b, a, nb, na
    cost = mul_cost(na, nb)
    if cost < PIECE:
        r = a * a if square else a * b
        yield units(cost)
        return r
    if 2 * na <= nb:
        return (yield from _lopsided(a, b, na, nb))
    k = nb // 2
    mask = (1 << k) - 1
    a1, a0 = a >> k, a & mask
    if square:
        b1, b0 = a1, a0
    else:
        b1, b0 = b >> k, b & mask
    z2 = yield from _kmul(a1, b1, square)
    z0 = yield from _kmul(a0, b0, square)
    sa = a1 + a0
    sb = sa if square else b1 + b0
    z1 = (yield from _kmul(sa, sb, square)) - z2 - z0
    yield units(linear_cost(2 * nb))
    return (z2 << (2 * k)) + (z1 << k) + z0


def _lopsided(a: int, b: int, na: int, nb: int) -> Pieces:
    # ``a`` much shorter than ``b``: multiply ``a`` by slices of ``b`` (read through
    # bytes, so that slicing is linear) and add the shifted products as a tree.
    width = max(na, 8)
    while 2 * width < nb and mul_cost(na, 2 * width) < PIECE:
        width *= 2
    width_bytes = (width + 7) // 8
    width = width_bytes * 8
    data = b.to_bytes((nb + 7) // 8, "little")
    parts = []
    for i in range(0, len(data), width_bytes):
        chunk = int.from_bytes(data[i : i + width_bytes], "little")
        parts.append((yield from _kmul(a, chunk, False)))
    return (yield from _sum_shifted(parts, width))


def _sum_shifted(parts: list[int], width: int) -> Pieces:
    """``sum(p << (i * width) for i, p in enumerate(parts))`` in O(n log n) linear work."""
    while len(parts) > 1:
        merged = []
        for i in range(0, len(parts) - 1, 2):
            merged.append(parts[i] + (parts[i + 1] << width))
        if len(parts) % 2:
            merged.append(parts[-1])
        parts = merged
        width *= 2
        yield units(linear_cost(width * len(parts)))
    return parts[0] if parts else 0


# ---------------------------------------------------------------------------
# Division


def divide(a: int, b: int) -> tuple[int, int]:
    """``divmod(a, b)`` for ints of any size."""
    if not b or div_cost(a.bit_length(), b.bit_length()) < PIECE:
        # Also the host's ZeroDivisionError, with its message.
        charge(div_cost(a.bit_length(), b.bit_length()))
        return divmod(a, b)
    return run(divmod_pieces(a, b))


def divmod_pieces(a: int, b: int) -> Pieces:
    """``divmod(a, b)`` (``b`` nonzero) with floor semantics, in pieces."""
    b_abs = -b if b < 0 else b
    q, r = yield from _udivmod(-a if a < 0 else a, b_abs)
    if (a < 0) != (b < 0):
        if r:
            q += 1
            r = b_abs - r
        q = -q
    return q, (-r if b < 0 else r)


def _udivmod(a: int, b: int) -> Pieces:
    # Long division by chunks of ``a``'s bytes from the top: each piece divides a
    # (divisor + chunk)-sized remainder by ``b``, so the pieces add up to the host's
    # quadratic schoolbook cost.  The quotient's chunks are exactly chunk-sized.
    na, nb = a.bit_length(), b.bit_length()
    if na < nb or div_cost(na, nb) < PIECE:
        cost = div_cost(na, nb)
        q, r = divmod(a, b)
        yield units(cost)
        return q, r
    db = _digits(nb)
    chunk_digits = max(1, int(PIECE / (_DIV_C * db)) - 1)
    chunk_bytes = max(1, chunk_digits * 30 // 8)
    b_bytes = (nb + 7) // 8
    data = a.to_bytes((na + 7) // 8, "big")
    head = (len(data) - b_bytes) % chunk_bytes + b_bytes
    q_head, r = divmod(int.from_bytes(data[:head], "big"), b)
    yield units(div_cost(head * 8, nb))
    out = []
    for i in range(head, len(data), chunk_bytes):
        r = (r << (8 * chunk_bytes)) | int.from_bytes(data[i : i + chunk_bytes], "big")
        cost = div_cost(r.bit_length(), nb)
        qi, r = divmod(r, b)
        out.append(qi.to_bytes(chunk_bytes, "big"))
        yield units(cost)
    tail = b"".join(out)
    q = (q_head << (8 * len(tail))) | int.from_bytes(tail, "big")
    yield units(linear_cost(8 * len(tail)))
    return q, r


# ---------------------------------------------------------------------------
# Powers


def pow_cost(a_bits: int, exponent: int) -> float:
    """Estimated seconds of the host's ``a ** exponent`` (the last squarings dominate)."""
    half = a_bits * exponent // 2
    return 1.5 * mul_cost(half, half) + linear_cost(2 * half)


def power(a: int, b: int) -> int:
    """``a ** b`` for ints, ``b >= 0`` (the result's size was capped by the caller)."""
    if b < 2 or a in (0, 1, -1):
        return a**b
    size = -a if a < 0 else a
    if not size & (size - 1):
        # A power of two: one shift, whatever the size.
        r = 1 << ((size.bit_length() - 1) * b)
        charge(linear_cost(r.bit_length()))
        return -r if a < 0 and b & 1 else r
    cost = pow_cost(a.bit_length(), b)
    if cost < PIECE:
        charge(cost)
        return a**b
    return run(pow_pieces(a, b))


def pow_pieces(a: int, b: int) -> Pieces:
    r = a
    for bit in bin(b)[3:]:
        r = yield from mul_pieces(r, r)
        if bit == "1":
            r = yield from mul_pieces(r, a)
    return r


def modpow(a: int, b: int, m: int) -> int:
    """``pow(a, b, m)`` for ints, with the host's errors and results."""
    nm = m.bit_length()
    if not m or nm <= 64 and a.bit_length() <= 64 and b.bit_length() <= 64:
        return pow(a, b, m)
    if b < 0:
        # The host inverts first (extended Euclid, quadratic, not splittable): refuse
        # it if it cannot finish within the budget, then raise to the positive power.
        cost = gcd_cost(nm)
        refuse_over_budget(cost, "pow")
        a = pow(a % m if a.bit_length() <= 2 * nm else divide(a, m)[1], -1, m)
        charge(cost)
        b = -b
    step = mul_cost(nm, nm) + div_cost(2 * nm, nm)
    cost = b.bit_length() * step * 1.5 + div_cost(a.bit_length(), nm)
    if cost < PIECE:
        charge(cost)
        return pow(a, b, m)
    return run(modpow_pieces(a, b, m, step))


def modpow_pieces(a: int, b: int, m: int, step: float) -> Pieces:
    modulus = -m if m < 0 else m
    if modulus == 1:
        return 0
    _, a = yield from divmod_pieces(a, modulus)
    r = 1
    width = int(PIECE / step) if step else b.bit_length()
    if step > 1e-5 and width >= 2:
        # Windows of exponent bits: ``r ** 2**t`` by the host's pow (t squarings, about
        # PIECE), times ``a ** window`` from a table, as the host's own windowed
        # exponentiation does.
        t = max(1, min(width, 8, b.bit_length().bit_length() - 2))
        table = [1, a]
        for _ in range(2, 1 << t):
            table.append(table[-1] * a % modulus)
            yield units(step)
        for bits in _bit_strings(b):
            for i in range(0, len(bits), t):
                window = bits[i : i + t]
                r = pow(r, 1 << len(window), modulus) * table[int(window, 2)] % modulus
                yield units(len(window) * step)
    elif step * 2 < PIECE:
        # Cheap steps: groups of exponent bits, each two host pow() calls of about PIECE.
        size = width // 2 or 1
        for bits in _bit_strings(b):
            for i in range(0, len(bits), size):
                group = bits[i : i + size]
                r = pow(r, 1 << len(group), modulus) * pow(a, int(group, 2), modulus) % modulus
                yield units(2 * len(group) * step)
    else:
        for bit in (bit for bits in _bit_strings(b) for bit in bits):
            _, r = yield from divmod_pieces((yield from mul_pieces(r, r)), modulus)
            if bit == "1":
                _, r = yield from divmod_pieces((yield from mul_pieces(r, a)), modulus)
    if m < 0 and r:
        r -= modulus
    return r


def _bit_strings(n: int) -> Generator[str, None, None]:
    """The binary digits of ``n > 0``, most significant first, as strings of a few
    thousand digits: ``bin()`` of a huge exponent would be one long host call."""
    data = n.to_bytes((n.bit_length() + 7) // 8, "big")
    for i in range(0, len(data), 4096):
        chunk = data[i : i + 4096]
        bits = format(int.from_bytes(chunk, "big"), f"0{8 * len(chunk)}b")
        yield bits.lstrip("0") if i == 0 else bits


# ---------------------------------------------------------------------------
# Square roots, products, gcd


def isqrt_pieces(n: int) -> Pieces:
    """``math.isqrt(n)`` for ``n >= 0``: Newton's method from above, started from the
    root of ``n``'s top half (so one division and a squaring or two finish it)."""
    bits = n.bit_length()
    if div_cost(bits, bits // 2) < PIECE:
        r = math.isqrt(n)
        yield units(div_cost(bits, bits // 2))
        return r
    k = bits // 4 - 2
    s = yield from isqrt_pieces(n >> (2 * k))
    x = (s + 1) << k  # above the root: (s + 1)**2 > n >> 2k
    q, _ = yield from _udivmod(n, x)
    x = (x + q) >> 1
    while True:
        square = yield from mul_pieces(x, x)
        if square <= n:
            return x
        x -= 1


def product_pieces(numbers: range) -> Pieces:
    """The product of the ints of ``numbers`` (positive), as a balanced product tree."""
    if len(numbers) <= 32:
        r = 1
        for i in numbers:
            r *= i
        yield units(linear_cost(r.bit_length()) * len(numbers))
        return r
    mid = len(numbers) // 2
    left = yield from product_pieces(numbers[:mid])
    right = yield from product_pieces(numbers[mid:])
    return (yield from mul_pieces(left, right))


def gcd2(a: int, b: int) -> int:
    """``math.gcd(a, b)``: not splittable here, so refused up front when it cannot
    finish within the budget, and charged."""
    a, b = abs(a), abs(b)
    if a < b:
        a, b = b, a
    if b and a.bit_length() > b.bit_length() + 64:
        # The host's first step is this division; done in pieces, it leaves a gcd of
        # two operands of the smaller size.
        a, b = b, divide(a, b)[1]
    bits = a.bit_length()
    if bits > 4096:
        cost = gcd_cost(min(a.bit_length(), b.bit_length()) + 1) + linear_cost(bits)
        refuse_over_budget(cost, "gcd")
        charge(cost)
    return math.gcd(a, b)


# ---------------------------------------------------------------------------
# Sums


def sum_pieces(items: list, start: int) -> Pieces:
    """``sum(items, start)`` of ints, in chunks sized by the clock: the items may be
    huge (each addition is linear in the larger operand), so no count is safe."""
    clock = meter.current.clock
    total = start
    size = 1
    i = 0
    while i < len(items):
        began = clock()
        total = sum(items[i : i + size], total)
        i += size
        spent = clock() - began
        if spent < PIECE / 4:
            size *= 2
        elif spent > PIECE and size > 1:
            size //= 2
        yield units(spent)
    return total


# ---------------------------------------------------------------------------
# Sorts of plain values

#: Lists longer than this are sorted in pieces when their items are plain values.
SORT_PIECEWISE = 1 << 17
#: Items of one piece: a host sort of this many random ints takes a few ms.
SORT_CHUNK = 1 << 14
_ORDERED_KINDS = (frozenset({int, bool, float}), frozenset({str}), frozenset({bytes}))


def plainly_sortable(items: list) -> Pieces:
    """Whether sorting ``items`` runs no sandbox code and its order is total (no NaN),
    so that sorting pieces and merging them gives the host sort's result exactly
    (in pieces too: a look at ten million items is a long host call of its own)."""
    kinds: set = set()
    for i in range(0, len(items), 1 << 16):
        chunk = items[i : i + (1 << 16)]
        kinds.update(map(type, chunk))
        if not any(kinds <= allowed for allowed in _ORDERED_KINDS):
            return False
        if float in kinds and True in map(math.isnan, chunk):
            return False
        yield units(len(chunk) * 5e-8 * _SLOW)
    return True


def sort_pieces(items: list, reverse: bool) -> Pieces:
    """``sorted(items, reverse=reverse)``: host sorts of chunks, then merges of sorted
    runs cut into pieces of at most ``2 * SORT_CHUNK`` items.  Stable, as the host's
    sort is (a reverse sort is the host's too: reverse, sort, reverse), so the result
    is the host's, object for object."""
    if reverse:
        items = items[::-1]
    runs = []
    for i in range(0, len(items), SORT_CHUNK):
        run = items[i : i + SORT_CHUNK]
        run.sort()
        runs.append(run)
        yield units(len(run) * 3e-7 * _SLOW)
    while len(runs) > 1:
        merged = []
        for i in range(0, len(runs) - 1, 2):
            merged.append((yield from _merge(runs[i], runs[i + 1])))
        if len(runs) % 2:
            merged.append(runs[-1])
        runs = merged
    out = runs[0] if runs else []
    if reverse:
        out.reverse()
    return out


def _merge(a: list, b: list) -> Pieces:
    """The stable merge of sorted runs ``a`` then ``b`` (on ties ``a``'s items first),
    in pieces: a host sort of a slice of each, cut where no item of the rest can
    come before them."""
    out: list = []
    half = SORT_CHUNK
    i = j = 0
    while len(a) - i > half or len(b) - j > half:
        i_end = min(i + half, len(a))
        # The items of b that go before a[i_end] (ties: a's item first).
        j_end = bisect_left(b, a[i_end], j) if i_end < len(a) else len(b)
        if j_end - j > half:
            # Too many: cut b instead; then fewer than half of a go before b[j_end].
            j_end = j + half
            i_end = bisect_right(a, b[j_end], i)
        piece = a[i:i_end] + b[j:j_end]
        piece.sort()
        out += piece
        i, j = i_end, j_end
        yield units(len(piece) * 1e-7 * _SLOW)
    piece = a[i:] + b[j:]
    piece.sort()
    out += piece
    yield units(len(piece) * 1e-7 * _SLOW)
    return out
