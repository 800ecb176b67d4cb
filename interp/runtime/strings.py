"""The allow-lists of ``str``, ``bytes`` and ``bytearray``, and their constructors.

Most methods are the host's own, exposed as they are: they take and return plain
values and their result is at most a small multiple of what the program already
holds.  The rest are wrapped here, for one of three reasons:

- the caller controls the result size (``ljust``'s width, ``replace``'s new text
  times the number of matches, ``join``'s separator times the number of items,
  ``bytes(n)``, ``*``, ``%``, ``translate`` to long strings): the size is estimated
  and capped with :func:`interp.runtime.meter.cap` *before* the host call;
- the host would reach something the sandbox must not: ``str.format`` resolves
  ``{0.__class__}`` with host ``getattr`` (see :mod:`.formatting`), ``encode`` and
  ``decode`` look names up in the host's codec registry (only a fixed set of text
  codecs and error handlers is accepted here);
- the argument may be a sandboxed iterable (``join``, ``bytes(gen)``,
  ``bytearray.extend``): those are generator functions that materialise it with
  ``yield from to_list(...)`` so a user generator can pause the program.

Wrappers always call the host's unbound methods (``str.count(self, x)``), never
``self.count``: ``self`` may be an instance of a user subclass that overrides them.
"""

from __future__ import annotations

import encodings
import operator
from typing import Any

from . import meter
from .attributes import MISSING, USER_CLASSES, lookup
from .calls import call
from .formatting import format_value, percent_format, str_format
from .generators import Generator
from .iteration import HOST_ITERABLES, HOST_ITERATORS, RUNTIME_ITERATORS, to_list
from .meter import HARD_CAP, cap
from .native import Builtin
from .signatures import NOT_GIVEN, Signature
from .textsize import check_text
from .typenames import visible_type_name
from .typetable import ClassMethodEntry, StaticEntry, Value, expose, method, register_type, table

# Below this many bytes an estimate is not worth computing.
_SMALL = 4096

# ---------------------------------------------------------------------------
# Helpers


def _char_size(*texts: Any) -> int:
    """Bytes per character of a result built from ``texts`` (str's ascii flag is O(1))."""
    for s in texts:
        if isinstance(s, str) and not str.isascii(s):
            return 4
    return 1


def _len(x: Any) -> int:
    """The real length of a str or bytes-like value: a user subclass's ``__len__`` may
    lie, and estimates must not."""
    if isinstance(x, str):
        return str.__len__(x)
    if isinstance(x, bytes):
        return bytes.__len__(x)
    if isinstance(x, bytearray):
        return bytearray.__len__(x)
    if type(x) is memoryview:
        return x.nbytes
    return 0


def _as_index(n: Any) -> Any:
    """The int value of an index argument, or ``n`` itself when it has none (the host
    then raises its own TypeError).  User ``__index__`` methods run once, here."""
    if isinstance(n, int):
        return int.__index__(n)
    t = type(n)
    if id(t) in USER_CLASSES:
        method, builtin = lookup(t, "__index__")
        if method is not MISSING and not builtin:
            return operator.index(n)
    return n


def _length_hint(obj: Any) -> int:
    try:
        return operator.length_hint(obj)
    except (OverflowError, TypeError, ValueError):
        return HARD_CAP + 1


def _is_iterable(obj: Any) -> bool:
    t = type(obj)
    if t in HOST_ITERABLES or t in HOST_ITERATORS or t is Generator or t in RUNTIME_ITERATORS:
        return True
    method, _ = lookup(t, "__iter__")
    if method is not MISSING:
        return method is not None
    return lookup(t, "__getitem__")[0] is not MISSING


def _materialize(obj: Any, item_size: int = 8) -> Any:
    """All items of iterable ``obj`` as a list or tuple (generator: ``yield from``).

    Host iterables are capped by their length first (``range(10**10)`` must not be
    listed by the host in one call).
    """
    t = type(obj)
    if t is list or t is tuple:
        return obj
    if t is range or t in HOST_ITERATORS:
        cap(_length_hint(obj) * item_size)
        return list(obj)
    if t in HOST_ITERABLES:
        # Already in memory: listing it is proportional.
        return list(obj)
    return (yield from to_list(obj))


# ---------------------------------------------------------------------------
# Codecs: a fixed set of text encodings and error handlers

_CODECS = frozenset(
    {
        "utf_8",
        "utf_8_sig",
        "utf_7",
        "utf_16",
        "utf_16_le",
        "utf_16_be",
        "utf_32",
        "utf_32_le",
        "utf_32_be",
        "ascii",
        "latin_1",
        "cp1252",
        "iso8859_15",
        "unicode_escape",
        "raw_unicode_escape",
    }
)

# Normalized alias -> canonical codec name, from the host's alias table (plain data).
_ALIASES: dict[str, str] = {
    alias: canonical for alias, canonical in encodings.aliases.aliases.items() if canonical in _CODECS
}

#: Codec error handlers that need no call back into the sandbox (also ``_codecs``'s).
ERROR_HANDLERS = frozenset(
    {
        "strict",
        "ignore",
        "replace",
        "backslashreplace",
        "xmlcharrefreplace",
        "namereplace",
        "surrogateescape",
        "surrogatepass",
    }
)

# Output bytes per input character at most, by codec (escapes and replacements
# included: "\U0010ffff" and "&#1114111;" are 10 characters).
_ENCODE_GROWTH = 10


def canonical_encoding(name: Any) -> Any:
    """The canonical name of an allowed text codec, ``name`` itself when it is not a
    str (the host then raises its TypeError), or None when it is not allowed."""
    if not isinstance(name, str):
        return name
    if "\0" in name:
        raise ValueError("embedded null character")
    # The steps of the host's encodings.search_function, over our codecs only.
    normalized = encodings.normalize_encoding(str.lower(name))
    found = _ALIASES.get(normalized) or _ALIASES.get(normalized.replace(".", "_"))
    if found is None and normalized in _CODECS:
        found = normalized
    return found


def _unknown_encoding(name: str) -> LookupError:
    return LookupError(f"unknown encoding: {name}")


class _Codec:
    """Encoding and error-handler arguments of one call, made safe for the host.

    An unknown error handler is only an error when the codec needs it (CPython looks
    handlers up lazily), so it is replaced by "strict" and a UnicodeError then becomes
    the LookupError CPython would raise.
    """

    __slots__ = ("encoding", "errors", "bad_encoding", "bad_errors", "empty_ok")

    def __init__(self, encoding: Any, errors: Any, *, empty_ok: bool = False) -> None:
        #: Decoding nothing succeeds before CPython looks the codec up.
        self.empty_ok = empty_ok
        self.bad_encoding: Any = None
        self.bad_errors: Any = None
        if encoding is not NOT_GIVEN:
            canonical = canonical_encoding(encoding)
            if canonical is None:
                self.bad_encoding = encoding
                canonical = "utf_8"
            encoding = canonical
        if isinstance(errors, str) and str.__str__(errors) not in ERROR_HANDLERS:
            self.bad_errors = errors
            errors = "strict"
        elif isinstance(errors, str):
            errors = str.__str__(errors)
        self.encoding = encoding
        self.errors = errors

    def run(self, host: Any, *args: Any) -> Any:
        """``host(*args, **{encoding, errors})`` with the sanitized names."""
        kwargs = {}
        if self.encoding is not NOT_GIVEN:
            kwargs["encoding"] = self.encoding
        if self.errors is not NOT_GIVEN:
            kwargs["errors"] = self.errors
        try:
            result = host(*args, **kwargs)
        except UnicodeError:
            if self.bad_encoding is not None:
                raise _unknown_encoding(self.bad_encoding) from None
            if self.bad_errors is not None:
                raise LookupError(f"unknown error handler name '{self.bad_errors}'") from None
            raise
        # The host checked the argument types with a stand-in codec: now the name.
        if self.bad_encoding is not None and not (self.empty_ok and result == ""):
            raise _unknown_encoding(self.bad_encoding)
        return result


_ENCODE = Signature("encode", "encoding=NOT_GIVEN, errors=NOT_GIVEN", host="".encode)


def _encode(self: Any, *args: Any, **kwargs: Any) -> Any:
    codec = _Codec(*_ENCODE.unpack(args, kwargs))
    if _len(self) > _SMALL:
        cap(_len(self) * (_ENCODE_GROWTH if not str.isascii(self) else 4))
    return codec.run(str.encode, self)


def _make_decode(t: type) -> Any:
    host = t.decode
    signature = Signature("decode", "encoding=NOT_GIVEN, errors=NOT_GIVEN", host=t().decode)

    def decode(self: Any, *args: Any, **kwargs: Any) -> Any:
        codec = _Codec(*signature.unpack(args, kwargs), empty_ok=True)
        if _len(self) > _SMALL:
            # backslashreplace turns one byte into 4 characters.
            cap(_len(self) * 4)
        return codec.run(host, self)

    return decode


# ---------------------------------------------------------------------------
# Methods whose result size is the caller's


def _make_pad(t: type, name: str) -> Any:
    """ljust, rjust, center, zfill: the width argument is capped."""
    host = t.__dict__[name]
    text = "width, /" if name == "zfill" else "width, fillchar=NOT_GIVEN, /"
    signature = Signature(name, text, host=getattr(t(), name))

    def pad(self: Any, *args: Any, **kwargs: Any) -> Any:
        width, *rest = signature.unpack(args, kwargs)
        # The fill character, when one is given: the host then checks it.
        rest = [r for r in rest if r is not NOT_GIVEN]
        width = _as_index(width)
        if type(width) is not int:
            return host(self, width, *rest)
        if width > _len(self) and width > _SMALL:
            # Let the host check the other arguments (fill character) first.
            host(self, 0, *rest)
            cap(width * _char_size(self, *rest))
        return host(self, width, *rest)

    return pad


def _make_expandtabs(t: type) -> Any:
    host = t.expandtabs
    signature = Signature("expandtabs", "tabsize=8", host=t().expandtabs)

    def expandtabs(self: Any, *args: Any, **kwargs: Any) -> Any:
        (tabsize,) = signature.unpack(args, kwargs)
        tabsize = _as_index(tabsize)
        if type(tabsize) is not int:
            return host(self, tabsize)
        if tabsize > 1:
            tabs = t.count(self, "\t" if t is str else b"\t")
            if tabs * tabsize > _SMALL:
                cap((_len(self) + tabs * tabsize) * _char_size(self))
        return host(self, tabsize)

    return expandtabs


def _replace_text(t: type) -> str:
    """The parameters of ``t.replace``: ``count`` takes a keyword from 3.13 on (str
    only), so the host is asked rather than its version."""
    try:
        t().replace(t(), t(), count=0)
    except TypeError:
        return "old, new, count=-1, /"
    return "old, new, /, count=-1"


def _make_replace(t: type) -> Any:
    host = t.replace
    kinds = str if t is str else (bytes, bytearray)
    signature = Signature("replace", _replace_text(t), host=t().replace)

    def replace(self: Any, *args: Any, **kwargs: Any) -> Any:
        old, new, count = signature.unpack(args, kwargs)
        if isinstance(old, kinds) and isinstance(new, kinds):
            # The index is read once: a user __index__ must not answer differently later.
            count = _as_index(count)
            grow = _len(new) - _len(old)
            if grow > 0:
                hits = t.count(self, old) if _len(old) else _len(self) + 1
                if type(count) is int and count >= 0:
                    hits = min(hits, count)
                size = _len(self) + hits * grow
                if size > _SMALL:
                    cap(size * _char_size(self, new))
        return host(self, old, new, count)

    return replace


def _make_mul(t: type, host: Any) -> Any:
    def mul(self: Any, n: Any) -> Any:
        n = _as_index(n)
        if type(n) is int and n > 1 and _len(self) * n > _SMALL:
            cap(_len(self) * n * _char_size(self))
        return host(self, n)

    return mul


def _make_join(t: type) -> Any:
    host = t.join
    kinds = (bytes, bytearray, memoryview)  # what a bytes-like join takes

    def join(self: Any, iterable: Any) -> Any:
        if not _is_iterable(iterable):
            return host(self, iterable)  # the host's "can only join an iterable"
        items = yield from _materialize(iterable)
        n = len(items)
        if n > 1 and t is str:
            # The lengths in C (a user subclass's ``__len__`` may lie); an item that is
            # no str makes the host's join raise, before it allocates anything.
            try:
                size = str.__len__(self) * (n - 1) + sum(map(str.__len__, items))
            except TypeError:
                size = 0
            if size > _SMALL:
                wide = not (str.isascii(self) and all(map(str.isascii, items)))
                cap(size * (4 if wide else 1))
        elif n > 1:
            size = _len(self) * (n - 1)
            for item in items:
                if isinstance(item, kinds):
                    size += _len(item)
            if size > _SMALL:
                cap(size)
        return host(self, items)

    return join


def _translate(self: str, table: Any) -> str:
    """``str.translate``: the host's, once the longest replacement is known."""
    tt = type(table)
    longest = 1
    if tt is dict:
        values = table.values()
    elif tt is list or tt is tuple:
        values = table
    elif tt is str or tt is bytes or tt is bytearray:
        values = ()
    else:
        return _translate_slow(self, table)
    for value in values:
        if isinstance(value, str) and str.__len__(value) > longest:
            longest = str.__len__(value)
    if longest > 1 and _len(self) * longest > _SMALL:
        cap(_len(self) * longest * 4)
    return str.translate(self, table)


def _translate_slow(self: str, table: Any) -> str:
    # A user mapping: its replacements are unknown until asked for, so build the
    # result here and check the size as it grows.
    pieces = []
    size = 0
    for ch in self:
        try:
            value = table[ord(ch)]
        except LookupError:
            pieces.append(ch)
            size += 1
            continue
        if value is None:
            continue
        if isinstance(value, int):
            if not 0 <= value < 0x110000:
                raise ValueError("character mapping must be in range(0x110000)")
            pieces.append(chr(value))
            size += 1
        elif isinstance(value, str):
            pieces.append(str.__str__(value))
            size += str.__len__(value)
            if size > _SMALL:
                cap(size * 4)
        else:
            raise TypeError("character mapping must return integer, None or str")
    return "".join(pieces)


def _str_mod(self: str, values: Any) -> Any:
    return percent_format(self, values)


def _str_rmod(self: str, other: Any) -> Any:
    if isinstance(other, str):
        return percent_format(other, self)
    return NotImplemented


def _make_bytes_mod(t: type) -> tuple[Any, Any]:
    def mod(self: Any, values: Any) -> Any:
        return percent_format(self, values)

    def rmod(self: Any, other: Any) -> Any:
        if isinstance(other, t):
            return percent_format(other, self)
        return NotImplemented

    return mod, rmod


def _str_format(self: str, *args: Any, **kwargs: Any) -> str:
    return str_format(self, args, kwargs)


def _str_format_map(self: str, mapping: Any) -> str:
    return str_format(self, None, mapping)


def _str_dunder_format(self: str, spec: Any) -> str:
    if not isinstance(spec, str):
        raise TypeError(f"__format__() argument must be str, not {visible_type_name(spec)}")
    if type(self) is not str:
        self = str.__str__(self)
    return format_value(self, spec)


# ---------------------------------------------------------------------------
# Constructors


def _check_subtype(cls: Any, base: type) -> None:
    if not isinstance(cls, type):
        raise TypeError(f"{base.__name__}.__new__(X): X is not a type object ({visible_type_name(cls)})")
    if not issubclass(cls, base):
        raise TypeError(
            f"{base.__name__}.__new__({cls.__name__}): {cls.__name__} is not a subtype of {base.__name__}"
        )


_STR_ARGS = Signature("str", "object=NOT_GIVEN, encoding=NOT_GIVEN, errors=NOT_GIVEN", host=str)
_BYTES_ARGS = Signature("bytes", "source=NOT_GIVEN, encoding=NOT_GIVEN, errors=NOT_GIVEN", host=bytes)
_BYTEARRAY_ARGS = Signature(
    "bytearray", "source=NOT_GIVEN, encoding=NOT_GIVEN, errors=NOT_GIVEN", host=bytearray
)


def str_new(cls: Any, *args: Any, **kwargs: Any) -> Any:
    """``str.__new__(cls, object='', encoding=..., errors=...)``."""
    _check_subtype(cls, str)
    if len(args) == 1 and not kwargs:
        source, encoding, errors = args[0], NOT_GIVEN, NOT_GIVEN  # str(x), the common call
    else:
        source, encoding, errors = _STR_ARGS.unpack(args, kwargs)
    host_args = () if source is NOT_GIVEN else (source,)
    if encoding is NOT_GIVEN and errors is NOT_GIVEN:
        check_text(source)
        return str.__new__(cls, *host_args)
    codec = _Codec(encoding, errors, empty_ok=True)
    if isinstance(source, (bytes, bytearray)) and _len(source) > _SMALL:
        cap(_len(source) * 4)
    return codec.run(lambda *a, **k: str.__new__(cls, *a, **k), *host_args)


def _bytes_source(source: Any, what: str) -> Any:
    """The argument the host may be given for ``bytes(source)`` / ``bytearray(source)``
    (generator): an int is capped, a sandboxed iterable is materialised."""
    t = type(source)
    if isinstance(source, (bytes, bytearray, memoryview, str)):
        return source
    method, builtin = lookup(t, "__bytes__")
    if method is not MISSING and not builtin:
        return source  # the host calls the user's __bytes__
    n = _as_index(source)
    if type(n) is int:
        if n > _SMALL:
            cap(n)
        return n
    if not _is_iterable(source):
        raise TypeError(f"cannot convert '{visible_type_name(source)}' object to {what}")
    return (yield from _materialize(source))


def bytes_new(cls: Any, *args: Any, **kwargs: Any) -> Any:
    """``bytes.__new__(cls, source=b'', encoding=..., errors=...)`` (generator)."""
    _check_subtype(cls, bytes)
    source, encoding, errors = _BYTES_ARGS.unpack(args, kwargs)
    if encoding is not NOT_GIVEN or errors is not NOT_GIVEN:
        codec = _Codec(encoding, errors)
        if isinstance(source, str) and _len(source) > _SMALL:
            cap(_len(source) * _ENCODE_GROWTH)
        host_args = () if source is NOT_GIVEN else (source,)
        return codec.run(lambda *a, **k: bytes.__new__(cls, *a, **k), *host_args)
    if source is NOT_GIVEN:
        return bytes.__new__(cls)
    source = yield from _bytes_source(source, "bytes")
    return bytes.__new__(cls, source)


def bytearray_new(cls: Any, *args: Any, **kwargs: Any) -> Any:
    """``bytearray.__new__``: an empty bytearray; ``__init__`` fills it."""
    _check_subtype(cls, bytearray)
    return bytearray.__new__(cls)


def bytearray_init(self: bytearray, *args: Any, **kwargs: Any) -> Any:
    """``bytearray.__init__(source=b'', encoding=..., errors=...)`` (generator)."""
    source, encoding, errors = _BYTEARRAY_ARGS.unpack(args, kwargs)
    if encoding is not NOT_GIVEN or errors is not NOT_GIVEN:
        codec = _Codec(encoding, errors)
        if isinstance(source, str) and _len(source) > _SMALL:
            cap(_len(source) * _ENCODE_GROWTH)
        host_args = () if source is NOT_GIVEN else (source,)
        return codec.run(lambda *a, **k: bytearray.__init__(self, *a, **k), *host_args)
    if source is NOT_GIVEN:
        return bytearray.__init__(self)
    source = yield from _bytes_source(source, "bytearray")
    return bytearray.__init__(self, source)


def _str_constructor(*args: Any, **kwargs: Any) -> Any:
    return str_new(str, *args, **kwargs)


def _bytes_constructor(*args: Any, **kwargs: Any) -> Any:
    return (yield from bytes_new(bytes, *args, **kwargs))


def _bytearray_constructor(*args: Any, **kwargs: Any) -> Any:
    obj = bytearray()
    yield from bytearray_init(obj, *args, **kwargs)
    return obj


def _noop_init(self: Any, *args: Any, **kwargs: Any) -> None:
    # object.__init__ as CPython runs it for a type whose __new__ does the work (str,
    # bytes, and their subclasses): the constructor's arguments are accepted and ignored.
    return None


def _make_fromhex(t: type) -> Any:
    host = t.fromhex

    def fromhex(cls: Any, string: Any) -> Any:
        result = host(string)
        if cls is t:
            return result
        # A user subclass: its constructor is sandboxed code.
        return (yield from call(cls, (result,), None))

    return fromhex


# ---------------------------------------------------------------------------
# bytearray mutators


def _bytearray_extend(self: bytearray, iterable: Any) -> Any:
    if isinstance(iterable, (bytes, bytearray, memoryview)) or not _is_iterable(iterable):
        if isinstance(iterable, (bytes, bytearray)):
            cap(len(self) + len(iterable))  # ``b.extend(b)`` in a loop doubles it
        return bytearray.extend(self, iterable)
    items = yield from _materialize(iterable)
    return bytearray.extend(self, items)


def _bytearray_setitem(self: bytearray, index: Any, value: Any) -> Any:
    if type(index) is slice and not isinstance(value, (bytes, bytearray, memoryview, int)):
        if _is_iterable(value):
            value = yield from _materialize(value)
    return bytearray.__setitem__(self, index, value)


def _make_hex(t: type) -> Any:
    host = t.hex

    def hex(self: Any, *args: Any, **kwargs: Any) -> str:
        # Two digits a byte, and with ``sep`` up to one separator a byte more.
        cap(_len(self) * (3 if args or kwargs else 2))
        return host(self, *args, **kwargs)

    return hex


def _bytearray_imul(self: bytearray, n: Any) -> Any:
    n = _as_index(n)
    if type(n) is int and n > 1 and _len(self) * n > _SMALL:
        cap(_len(self) * n)
    return bytearray.__imul__(self, n)


# ---------------------------------------------------------------------------
# Registration

_COMMON_SAFE = (
    "capitalize count endswith find index isalnum isalpha isascii isdigit islower isspace istitle "
    "isupper lower lstrip partition removeprefix removesuffix rfind rindex rpartition rsplit rstrip "
    "split splitlines startswith strip swapcase title upper "
    "__add__ __contains__ __eq__ __ne__ __lt__ __le__ __gt__ __ge__ __iter__ __len__ __getitem__ "
    "__repr__ __str__"
)

expose(str, _COMMON_SAFE + " casefold isdecimal isidentifier isnumeric isprintable __hash__")
expose(bytes, _COMMON_SAFE + " translate __hash__ __bytes__")
expose(
    bytearray,
    _COMMON_SAFE + " translate append clear copy insert pop remove reverse __delitem__ __iadd__",
)
table(bytearray)["__hash__"] = Value(None)

for _t in (str, bytes, bytearray):
    for _name in ("ljust", "rjust", "center", "zfill"):
        method(_t, _name)(_make_pad(_t, _name))
    method(_t, "expandtabs")(_make_expandtabs(_t))
    method(_t, "replace")(_make_replace(_t))
    method(_t, "join", suspends=True)(_make_join(_t))
    method(_t, "__mul__")(_make_mul(_t, _t.__mul__))
    method(_t, "__rmul__")(_make_mul(_t, _t.__rmul__))
    table(_t)["maketrans"] = StaticEntry(
        Builtin(_t.maketrans, "maketrans", qualname=f"{_t.__name__}.maketrans")
    )


def _make_scan(t: type, name: str) -> Any:
    """A search method that counts its scan of ``self`` against the steps (see
    meter.charge_scan): ``find`` over 30 MB takes milliseconds, one step each."""
    host = getattr(t, name)
    length = t.__len__  # self's real length: a subclass's __len__ may lie
    charge = meter.charge_scan

    def scan(self: Any, *args: Any, **kwargs: Any) -> Any:
        size = length(self)
        if size > 4096:
            charge(size, 10)
        return host(self, *args, **kwargs)

    scan.__name__ = name
    return scan


for _t in (str, bytes, bytearray):
    for _name in (
        "find",
        "rfind",
        "index",
        "rindex",
        "count",
        "split",
        "rsplit",
        "partition",
        "rpartition",
        "__contains__",
        "splitlines",
        "strip",
        "lstrip",
        "rstrip",
        "lower",
        "upper",
    ):
        method(_t, _name)(_make_scan(_t, _name))

method(str, "encode")(_encode)
method(str, "translate")(_translate)
method(str, "format")(_str_format)
method(str, "format_map")(_str_format_map)
method(str, "__format__")(_str_dunder_format)
method(str, "__mod__")(_str_mod)
method(str, "__rmod__")(_str_rmod)

for _t in (bytes, bytearray):
    method(_t, "hex")(_make_hex(_t))
    method(_t, "decode")(_make_decode(_t))
    _mod, _rmod = _make_bytes_mod(_t)
    method(_t, "__mod__")(_mod)
    method(_t, "__rmod__")(_rmod)
    table(_t)["fromhex"] = ClassMethodEntry(
        Builtin(_make_fromhex(_t), "fromhex", suspends=True, qualname=f"{_t.__name__}.fromhex", self_type=_t)
    )

method(bytearray, "extend", suspends=True)(_bytearray_extend)
method(bytearray, "__setitem__", suspends=True)(_bytearray_setitem)
method(bytearray, "__imul__")(_bytearray_imul)
method(bytearray, "__init__", suspends=True)(bytearray_init)
method(str, "__init__")(_noop_init)
method(bytes, "__init__")(_noop_init)

table(str)["__new__"] = StaticEntry(Builtin(str_new, "__new__", qualname="str.__new__"))
table(bytes)["__new__"] = StaticEntry(Builtin(bytes_new, "__new__", suspends=True, qualname="bytes.__new__"))
table(bytearray)["__new__"] = StaticEntry(Builtin(bytearray_new, "__new__", qualname="bytearray.__new__"))

register_type(str, constructor=Builtin(_str_constructor, "str"), subclassable=True, host_iterable=True)
register_type(
    bytes,
    constructor=Builtin(_bytes_constructor, "bytes", suspends=True),
    subclassable=True,
    host_iterable=True,
)
register_type(
    bytearray,
    constructor=Builtin(_bytearray_constructor, "bytearray", suspends=True),
    subclassable=True,
    host_iterable=True,
)
