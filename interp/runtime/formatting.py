"""String formatting for the sandbox: ``str.format``, ``format()``, f-strings and ``%``.

Why not hand these to the host:

- ``str.format`` resolves ``{0.attr}`` with the host's ``getattr``, so
  ``"{0.__class__.__mro__}".format(x)`` would walk host objects (security invariant 2).
  :func:`str_format` resolves field names itself, attributes through
  :func:`~interp.runtime.attributes.load_attr` (the allow-lists), items with
  ``obj[key]``.  Only the *parsing* of the format string is the host's
  (``_string.formatter_parser`` and ``_string.formatter_field_name_split``, the
  scanners ``str.format`` itself uses, which touch nothing but the string): that
  gives CPython's exact parse errors for free.
- Widths and precisions are the caller's: ``format(1, "10000000000")``,
  ``"%*d" % (10**10, 1)`` and ``"{0}{0}{0}".format(big)`` would allocate without
  bound in one host call (invariant 4).  Every entry point estimates the result size
  first and raises ``MemoryError`` through :func:`interp.runtime.meter.cap`.

Once the spec is known to be small, the host does the actual formatting of each
value (``format(value, spec)``, ``fmt % values``), so the output and most error
messages are CPython's.
"""

from __future__ import annotations

import _string
import re
import sys
from typing import Any

from .attributes import MISSING, USER_CLASSES, call_method_nested, load_attr, lookup
from .meter import HARD_CAP, ascii_text, cap
from .native import Builtin
from .textsize import CONTAINERS, check_text, text_size
from .typenames import visible_type_name
from .typetable import TABLES

#: ``cls.__mro__`` read from the type itself: a metaclass's ``__getattribute__`` cannot
#: answer it (nor run, when host code walks a program's class).
_mro_of = type.__dict__["__mro__"].__get__

#: Types whose ``__format__`` is the standard mini-language: their specs are parsed
#: and capped before the host formats them.
_STANDARD = (int, float, complex, str)

_DIGITS = re.compile(r"[0-9]+")
_MAXSIZE = sys.maxsize
_INT_MAX = (1 << 31) - 1


# ---------------------------------------------------------------------------
# format() and f-strings


#: spec -> what _spec_size finds in it (f-strings format with the same few specs again
#: and again); cleared when it grows past _SPEC_CACHE_SIZE.  Shared by every sandbox of
#: the process and held outside their memory accounting: only short specs are kept.
_SPEC_SIZES: dict[str, int | None] = {}
_SPEC_CACHE_SIZE = 512
_SPEC_CACHED_LENGTH = 16


def _spec_size(spec: str, value: Any) -> int | None:
    """Upper bound on the characters ``format(value, spec)`` adds beyond the value's own
    text, or None when the host will reject the spec before allocating anything."""
    if type(spec) is not str or len(spec) > _SPEC_CACHED_LENGTH:
        # No key whose hash or equality is a program's, nor a long one.
        total = _digits_in(spec)
    elif spec in _SPEC_SIZES:
        total = _SPEC_SIZES[spec]
    else:
        if len(_SPEC_SIZES) >= _SPEC_CACHE_SIZE:
            _SPEC_SIZES.clear()
        total = _SPEC_SIZES[spec] = _digits_in(spec)
    if total is not None and isinstance(value, complex):
        # The precision applies to both parts.
        total *= 2
    return total


def _digits_in(spec: str) -> int | None:
    """The sum of the numbers (width, precision) in ``spec`` past its fill character;
    None when one of them is more than the host accepts."""
    rest = spec
    if len(spec) >= 2 and spec[1] in "<>=^":
        rest = spec[2:]
    elif spec and spec[0] in "<>=^":
        rest = spec[1:]
    total = 0
    for digits in _DIGITS.findall(rest):
        # Numbers past sys.maxsize make the host raise "Too many decimal digits".
        if len(digits) > 19:
            return None
        n = int(digits)
        if n > _MAXSIZE:
            return None
        total += n
    return total


def check_format_spec(spec: str, value: Any) -> None:
    """Raise MemoryError if ``format(value, spec)`` would be too large (standard types)."""
    if not spec:
        return
    if isinstance(value, int) and int.bit_length(value) > 4096:
        # Binary writes a digit per bit (and '_' one more per four); decimal is refused
        # past the host's digit limit, before any allocation.
        cap(int.bit_length(value) * 5 // 4)
    extra = _spec_size(spec, value)
    if extra is None or extra < 4096:
        return
    wide = not spec[0].isascii() or (isinstance(value, str) and not str.isascii(value))
    cap(extra * (4 if wide else 1))


def _object_format(value: Any, spec: str) -> str:
    # object.__format__: only the empty spec, meaning str(value).
    if spec:
        raise TypeError(f"unsupported format string passed to {visible_type_name(value)}.__format__")
    return str(value)


def format_value(value: Any, spec: Any = "") -> str:
    """``format(value, spec)`` for the sandbox (also what f-string fields compile to).

    User classes' ``__format__`` runs to completion (a nested call); the standard
    types are capped and then formatted by the host.
    """
    if type(spec) is not str:
        if not isinstance(spec, str):
            raise TypeError(f"format() argument 2 must be str, not {visible_type_name(spec)}")
        spec = str.__str__(spec)
    t = type(value)
    if t is str or t is int or t is float:
        # Exact standard types: no class of the program's has a say.
        if not spec:
            return value if t is str else format(value)
        check_format_spec(spec, value)
        return format(value, spec)
    method, builtin = lookup(t, "__format__")
    if method is not MISSING and not builtin and id(t) in USER_CLASSES:
        if method is None:
            raise TypeError("'NoneType' object is not callable")
        result = call_method_nested(method, value, (spec,))
        if not isinstance(result, str):
            raise TypeError(f"__format__ must return a str, not {visible_type_name(result)}")
        return result
    if isinstance(value, _STANDARD):
        check_format_spec(spec, value)
        return format(value, spec)
    # Another builtin type: its own table's __format__, if it has one, else object's.
    check_text(value)
    for k in _mro_of(t):
        if k is object:
            break
        entries = TABLES.get(k)
        if entries is not None and "__format__" in entries:
            entry = entries["__format__"]
            if type(entry) is not Builtin or entry.suspends:
                break
            result = entry.fn(value, spec)
            if not isinstance(result, str):
                raise TypeError(f"__format__ must return a str, not {visible_type_name(result)}")
            return result
    return _object_format(value, spec)


# ---------------------------------------------------------------------------
# str.format and str.format_map


class _Numbering:
    """Automatic field numbering state, shared with nested specs (like CPython's)."""

    __slots__ = ("state", "next")

    def __init__(self) -> None:
        self.state = 0  # 0: undecided, 1: automatic, 2: manual
        self.next = 0


def _convert(obj: Any, conversion: str) -> Any:
    check_text(obj)
    if conversion == "r":
        return repr(obj)
    if conversion == "s":
        return str(obj)
    if conversion == "a":
        return ascii_text(obj)
    code = ord(conversion)
    if 32 < code < 127:
        raise ValueError(f"Unknown conversion specifier {conversion}")
    raise ValueError(f"Unknown conversion specifier \\x{code:x}")


def _get_field(field_name: str, args: Any, kwargs: Any, numbering: _Numbering) -> Any:
    first, rest = _string.formatter_field_name_split(field_name)
    empty = first == ""
    if empty or type(first) is int:
        if numbering.state == 0:
            numbering.state = 1 if empty else 2
        if numbering.state == 2 and empty:
            raise ValueError("cannot switch from manual field specification to automatic field numbering")
        if numbering.state == 1 and not empty:
            raise ValueError("cannot switch from automatic field numbering to manual field specification")
        if empty:
            first = numbering.next
            numbering.next += 1
    if type(first) is int:
        if args is None:
            raise ValueError("Format string contains positional fields")
        if first >= len(args):
            raise IndexError(f"Replacement index {first} out of range for positional args tuple")
        obj = args[first]
    else:
        if kwargs is None:
            raise KeyError(first)
        obj = kwargs[first]
    for is_attr, key in rest:
        # Attributes through the allow-lists, never the host's getattr.
        obj = load_attr(obj, key) if is_attr else obj[key]
    return obj


class _Output:
    """Pieces of a result and their running size, checked as they accumulate."""

    __slots__ = ("pieces", "size", "wide")

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.size = 0
        self.wide = False

    def add(self, piece: str) -> None:
        self.pieces.append(piece)
        # str's own methods: a user subclass returned by __format__ may override them.
        self.size += str.__len__(piece)
        if not self.wide and not str.isascii(piece):
            self.wide = True
        if self.size > 4096:
            cap(self.size * (4 if self.wide else 1))


def _build(fmt: str, args: Any, kwargs: Any, depth: int, numbering: _Numbering, out: _Output) -> None:
    if depth <= 0:
        raise ValueError("Max string recursion exceeded")
    for literal, field_name, spec, conversion in _string.formatter_parser(fmt):
        if literal:
            out.add(literal)
        if field_name is None:
            continue
        obj = _get_field(field_name, args, kwargs, numbering)
        if conversion is not None:
            obj = _convert(obj, conversion)
        if spec and "{" in spec:
            inner = _Output()
            _build(spec, args, kwargs, depth - 1, numbering, inner)
            spec = "".join(inner.pieces)
        if type(obj) is str and not spec:
            out.add(obj)
        else:
            out.add(format_value(obj, spec))


def str_format(fmt: str, args: tuple | list | None, kwargs: Any) -> str:
    """``fmt.format(*args, **kwargs)``; ``args`` None means ``format_map`` (no positional
    fields allowed) and ``kwargs`` may then be any mapping."""
    out = _Output()
    _build(str.__str__(fmt), args, kwargs, 2, _Numbering(), out)
    return "".join(out.pieces)


def str_format_map(fmt: str, mapping: Any) -> str:
    """``fmt.format_map(mapping)``."""
    return str_format(fmt, None, mapping)


# ---------------------------------------------------------------------------
# printf-style formatting: str % values, bytes % values


def _value_size(value: Any, conversion: str) -> tuple[int, bool]:
    """Estimated length of one converted value, and whether it is non-ASCII text."""
    if value is MISSING:
        return 0, False
    if conversion == "c":
        return 1, isinstance(value, str) and not str.isascii(value)
    if isinstance(value, str):
        return str.__len__(value), not str.isascii(value)
    if isinstance(value, (bytes, bytearray)):
        # %r / %a of bytes escape each byte in up to 4 characters.
        n = bytes.__len__(value) if isinstance(value, bytes) else bytearray.__len__(value)
        return n * (4 if conversion in "ra" else 1), False
    if isinstance(value, int):
        return int.bit_length(value) // 3 + 8, False
    if isinstance(value, float):
        return 330, False
    if isinstance(value, complex):
        return 660, False
    if type(value) in CONTAINERS:
        # A container's text can be far larger than what it holds (shared items).
        return text_size(value, HARD_CAP), False
    # Other values (user objects): their __str__/__repr__ is sandbox code, governed.
    return 0, False


_SPEC = re.compile(r"[-+ #0]*(\*|[0-9]+)?(?:\.(\*|[0-9]*))?[hlL]?(.)?", re.S)


def percent_size(fmt: str | bytes | bytearray, values: Any) -> tuple[int, bool] | None:
    """Estimated size of ``fmt % values`` (characters, any non-ASCII text), or None when
    the host will reject the format before allocating (a width past ``sys.maxsize``).

    Raises MemoryError as soon as the running estimate is too large.
    """
    s = str.__str__(fmt) if isinstance(fmt, str) else bytes(fmt).decode("latin-1")
    is_bytes = not isinstance(fmt, str)
    n = len(s)
    total = n
    wide = not is_bytes and not s.isascii()
    is_tuple = isinstance(values, tuple)
    nargs = tuple.__len__(values) if is_tuple else 1
    mapping = values if isinstance(values, dict) else None
    argidx = 0
    check_at = 1 << 16

    def next_arg() -> Any:
        nonlocal argidx
        argidx += 1
        if argidx > nargs:
            return MISSING
        return tuple.__getitem__(values, argidx - 1) if is_tuple else values

    i = s.find("%")
    while i >= 0:
        i += 1
        key: Any = MISSING
        if i < n and s[i] == "(":
            depth = 1
            j = i + 1
            while j < n and depth:
                if s[j] == "(":
                    depth += 1
                elif s[j] == ")":
                    depth -= 1
                j += 1
            if depth:
                break
            key = s[i + 1 : j - 1]
            i = j
        m = _SPEC.match(s, i)
        width_text, prec_text, conversion = m.groups()
        i = m.end()
        width = prec = 0
        if width_text == "*":
            v = next_arg()
            if isinstance(v, int):
                width = abs(int.__index__(v))
                if width > _MAXSIZE:
                    return None
        elif width_text:
            if len(width_text) > 19 or int(width_text) > _MAXSIZE:
                return None
            width = int(width_text)
        if prec_text == "*":
            v = next_arg()
            if isinstance(v, int):
                prec = int.__index__(v)
                if prec > _INT_MAX:
                    return None
                prec = max(prec, 0)
        elif prec_text:
            if len(prec_text) > 10 or int(prec_text) > _INT_MAX:
                return None
            prec = int(prec_text)
        if conversion is None:
            break
        if conversion != "%":
            if key is not MISSING:
                value = MISSING
                if mapping is not None:
                    value = dict.get(mapping, key.encode("latin-1") if is_bytes else key, MISSING)
            else:
                value = next_arg()
            size, value_wide = _value_size(value, conversion)
            wide = wide or value_wide
            total += width + prec + size
            if total > check_at:
                # Stop scanning a huge format as soon as its result is too large.
                cap(total * (4 if wide else 1))
                check_at = total * 2
        i = s.find("%", i)
    return total, wide


def percent_format(fmt: str | bytes | bytearray, values: Any) -> Any:
    """``fmt % values`` for str, bytes and bytearray, with the result size capped."""
    estimate = percent_size(fmt, values)
    if estimate is not None:
        size, wide = estimate
        if size > 4096:
            cap(size * (4 if wide else 1))
    if type(fmt) is str:
        return fmt % values
    if isinstance(fmt, str):
        return str.__mod__(fmt, values)
    if isinstance(fmt, bytearray):
        return bytearray.__mod__(fmt, values)
    return bytes.__mod__(fmt, values)


def binary_mod(a: Any, b: Any) -> Any:
    """The ``%`` operator, routing printf-style formatting through :func:`percent_format`.

    For the compiler's ``Mod``: the host's ``str % x`` would format without a cap.
    A user subclass of the left operand's type that overrides ``__rmod__`` on the right
    is asked first, as in CPython; a user ``__mod__`` on the left runs through the
    host's dispatch (it cannot reach the host's formatting).
    """
    ta = type(a)
    if (
        ta is str
        or ta is bytes
        or ta is bytearray
        or (isinstance(a, (str, bytes, bytearray)) and _builtin_mod(ta))
    ):
        tb = type(b)
        if id(tb) in USER_CLASSES and tb is not ta and issubclass(tb, ta):
            method, builtin = lookup(tb, "__rmod__")
            if method is not MISSING and not builtin:
                result = call_method_nested(method, b, (a,))
                if result is not NotImplemented:
                    return result
        return percent_format(a, b)
    return a % b


def _builtin_mod(t: type) -> bool:
    method, builtin = lookup(t, "__mod__")
    return method is not MISSING and builtin
