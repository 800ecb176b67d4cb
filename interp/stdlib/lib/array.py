"""Typed arrays of numbers or characters, the sandbox's own ``array`` module.

CPython's ``array`` is C with no Python version.  This one keeps the values in a plain
list of the sandbox (so the memory accounting sees them like any other list) and checks
every value as it comes in, by the rules of the C types the typecodes name: the sizes
are the host's (``_struct.calcsize`` in native mode, so a 32-bit ``long`` in Pyodide),
and so are the limits and the messages of the checks, which depend on the C
conversion each typecode goes through first (a ``long``, then the narrower type).

Bulk work goes through ``_struct``: packing a whole sequence checks and normalises it
in one native call (ints stay ints, floats of a 'f' array round to single precision),
and only when that fails are the values looked at one by one, for the right error.
"""

import sys as _sys
from _operator import eq as _eq
from _operator import ge as _ge
from _operator import gt as _gt
from _operator import index as _index
from _operator import le as _le
from _operator import lt as _lt
from _operator import ne as _ne
from _struct import calcsize as _calcsize
from _struct import pack as _pack
from _struct import unpack as _unpack
from math import copysign as _copysign
from math import isnan as _isnan

_VERSION = _sys.version_info[:2]
_NEW_MESSAGES = _VERSION >= (3, 13)

typecodes = "bBuwhHiIlLqQfd" if _NEW_MESSAGES else "bBuhHiIlLqQfd"
_CHARS = "uw"
_FLOATS = "fd"

#: Bytes per item: the host's C sizes; wchar_t and Py_UCS4 are 4 bytes on Linux and in
#: Pyodide alike.
_SIZES = {code: (4 if code in _CHARS else _calcsize(code)) for code in typecodes}

#: The struct code that packs each typecode's items (characters as their code points).
_PACK_CODE = {code: ("I" if code in _CHARS else code) for code in typecodes}


def _bounds(size, signed):
    bits = 8 * size
    if signed:
        return -(1 << (bits - 1)), (1 << (bits - 1)) - 1
    return 0, (1 << bits) - 1


_LONG = _bounds(_SIZES["l"], True)
_ULONG_MAX = _bounds(_SIZES["L"], False)[1]
_LONG_ERROR = "Python int too large to convert to C long"


def _stage(bounds, low, high):
    return bounds[0], bounds[1], low, high


def _range_stage(size, signed, what):
    return _stage(_bounds(size, signed), f"{what} is less than minimum", f"{what} is greater than maximum")


_AS_LONG = _stage(_LONG, _LONG_ERROR, _LONG_ERROR)
_AS_SHORT = _range_stage(_SIZES["h"], True, "signed short integer")
_AS_INT = _range_stage(_SIZES["i"], True, "signed integer")
_AS_ULONG = (
    0,
    _ULONG_MAX,
    "can't convert negative value to unsigned int",
    _LONG_ERROR.replace("long", "unsigned long"),
)
_LLONG = _bounds(_SIZES["q"], True)

#: The checks an int goes through on its way into each typecode, in order: (lowest,
#: highest, message below, message above).  Each follows the C conversion CPython's
#: array uses for the typecode (a long first, then the narrower range).
_STAGES = {
    "b": (_AS_LONG, _AS_SHORT, _range_stage(1, True, "signed char")),
    "B": (_AS_LONG, _range_stage(1, False, "unsigned byte integer")),
    "h": (_AS_LONG, _AS_SHORT),
    "H": (_AS_LONG, _AS_INT, _range_stage(_SIZES["H"], False, "unsigned short")),
    "i": (_AS_LONG, _AS_INT),
    "I": (_AS_ULONG, _stage(_bounds(_SIZES["I"], False), None, "unsigned int is greater than maximum")),
    "l": (_AS_LONG,),
    "L": (_AS_ULONG,),
    "q": (_stage(_LLONG, "int too big to convert", "int too big to convert"),),
    "Q": (
        _stage(
            _bounds(_SIZES["Q"], False), "can't convert negative int to unsigned", "int too big to convert"
        ),
    ),
}


def _type_name(value):
    return type(value).__name__


def _int_item(code, value):
    if type(value) is not int:
        value = _index(value)
    for low, high, below, above in _STAGES[code]:
        if value < low:
            raise OverflowError(below)
        if value > high:
            raise OverflowError(above)
    return value


def _float_item(code, value):
    if type(value) is not float:
        kind = type(value)
        if isinstance(value, (str, bytes, bytearray)) or not (
            hasattr(kind, "__float__") or hasattr(kind, "__index__")
        ):
            raise TypeError(f"must be real number, not {_type_name(value)}")
        value = float(value)
    if code == "f":
        try:
            return _unpack("f", _pack("f", value))[0]
        except OverflowError:
            # The C cast to float gives an infinity where struct refuses to.
            return _copysign(float("inf"), value)
    return value


def _char_item(code, value):
    if isinstance(value, str) and len(value) == 1:
        return "".join((value,))
    if not _NEW_MESSAGES:
        raise TypeError("array item must be unicode character")
    if isinstance(value, str):
        raise TypeError(f"array item must be a unicode character, not a string of length {len(value)}")
    raise TypeError(f"array item must be a unicode character, not {_type_name(value)}")


def _item(code, value):
    """``value`` checked and converted for an array of ``code``."""
    if code in _CHARS:
        return _char_item(code, value)
    if code in _FLOATS:
        return _float_item(code, value)
    return _int_item(code, value)


def _packed(code, values):
    """The list or tuple ``values`` checked and converted in one native pack and unpack,
    or None when some value does not fit (or is not a plain int, float or character)."""
    if code in _CHARS:
        try:
            text = "".join(values)
        except TypeError:
            return None
        if len(text) == len(values) and "" not in values:
            return list(text)
        return None
    fmt = f"{len(values)}{code}"
    try:
        return list(_unpack(fmt, _pack(fmt, *values)))
    except Exception:  # noqa: BLE001 - any refusal: the slow path names the culprit
        return None


def _items(code, values):
    """The list or tuple ``values`` checked and converted: as a whole when every value
    fits, else value by value (the first bad one raises)."""
    fast = _packed(code, values)
    if fast is not None:
        return fast
    return [_item(code, value) for value in values]


def _new(code, items):
    """An ``array.array`` holding ``items``, already checked."""
    result = object.__new__(array)
    result._typecode = code
    result._items = items
    return result


def _bytes_of(buffer):
    """The bytes of a bytes-like ``buffer``, as CPython's argument parsing takes it: an
    array or memoryview of items wider than a byte is refused."""
    if isinstance(buffer, array):
        if _SIZES[buffer._typecode] != 1:
            raise TypeError("a bytes-like object is required")
        return buffer.tobytes()
    if isinstance(buffer, memoryview) and buffer.format not in ("B", "b", "c"):
        raise TypeError("a bytes-like object is required")
    if isinstance(buffer, (bytes, bytearray, memoryview)):
        return bytes(buffer)
    raise TypeError(f"a bytes-like object is required, not '{_type_name(buffer)}'")


def _subscript(index):
    if type(index) is int:
        return index
    if not hasattr(type(index), "__index__"):
        raise TypeError("array indices must be integers")
    return _index(index)


def _has_nan(items):
    return any(map(_isnan, items))


def _compare(left, right, op):
    """Rich comparison of two item lists, value by value: a list's comparison treats an
    item as equal to itself, which a NaN in an array is not."""
    if op in (_eq, _ne) and len(left) != len(right):
        return op is _ne
    for x, y in zip(left, right):
        if not x == y:
            return op(x, y)
    return op(len(left), len(right))


_UNSET = object()


class array:
    """A list of values of one C type, named by a one-letter typecode."""

    __slots__ = ("_typecode", "_items", "__weakref__")

    def __new__(cls, *args, **kwargs):
        if cls is array and kwargs:
            raise TypeError("array.array() takes no keyword arguments")
        if not args:
            raise TypeError("array() takes at least 1 argument (0 given)")
        if len(args) > 2:
            raise TypeError(f"array() takes at most 2 arguments ({len(args)} given)")
        code = args[0]
        initializer = args[1] if len(args) == 2 else _UNSET
        if not isinstance(code, str) or len(code) != 1:
            shown = _type_name(code)
            if isinstance(code, str) and _VERSION >= (3, 14):
                shown = f"a string of length {len(code)}"
            raise TypeError(f"array() argument 1 must be a unicode character, not {shown}")
        code = "".join((code,))
        if code not in _SIZES:
            codes = ", ".join(typecodes[:-1])
            raise ValueError(f"bad typecode (must be {codes} or {typecodes[-1]})")
        # Importing warnings costs seconds in the sandbox (in Pyodide most of all): the
        # warning is given only when the program has imported it (to filter or record
        # warnings); CPython would also print it on stderr otherwise.
        warnings = _sys.modules.get("warnings")
        if code == "u" and _NEW_MESSAGES and warnings is not None:
            warnings.warn(
                "The 'u' type code is deprecated and will be removed in Python 3.16",
                DeprecationWarning,
                stacklevel=2,
            )
        self = object.__new__(cls)
        self._typecode = code
        self._items = []
        if initializer is _UNSET:
            return self
        if isinstance(initializer, str) and code not in _CHARS:
            raise TypeError(f"cannot use a str to initialize an array with typecode '{code}'")
        if isinstance(initializer, array) and initializer._typecode in _CHARS and code not in _CHARS:
            raise TypeError(f"cannot use a unicode array to initialize an array with typecode '{code}'")
        if isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, str):
            self._items = list(initializer)
        elif isinstance(initializer, array) and initializer._typecode == code:
            self._items = list(initializer._items)
        elif isinstance(initializer, (list, tuple)):
            self._items = _items(code, initializer)
        else:
            self._items = _items(code, list(initializer))
        return self

    @property
    def typecode(self):
        """The typecode character used to create the array."""
        return self._typecode

    @property
    def itemsize(self):
        """The length in bytes of one array item."""
        return _SIZES[self._typecode]

    # -- the sequence -------------------------------------------------------------

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, value):
        return value in self._items

    def __getitem__(self, index):
        if type(index) is not int:
            if isinstance(index, slice):
                return _new(self._typecode, self._items[index])
            index = _subscript(index)
        try:
            return self._items[index]
        except IndexError:
            pass
        raise IndexError("array index out of range")

    def __setitem__(self, index, value):
        items = self._items
        if type(index) is not int and isinstance(index, slice):
            if not isinstance(value, array):
                raise TypeError(f'can only assign array (not "{_type_name(value)}") to array slice')
            if value._typecode != self._typecode:
                raise TypeError("bad argument type for built-in operation")
            new = list(value._items)
            if index.step is not None and _index(index.step) != 1:
                size = len(range(*index.indices(len(items))))
                if size != len(new):
                    raise ValueError(
                        f"attempt to assign array of size {len(new)} to extended slice of size {size}"
                    )
            items[index] = new
            return
        index = _subscript(index)
        value = _item(self._typecode, value)
        try:
            items[index] = value
            return
        except IndexError:
            pass
        raise IndexError("array assignment index out of range")

    def __delitem__(self, index):
        if isinstance(index, slice):
            del self._items[index]
            return
        index = _subscript(index)
        try:
            del self._items[index]
            return
        except IndexError:
            pass
        raise IndexError("array assignment index out of range")

    # -- operators ------------------------------------------------------------------

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only append array (not "{_type_name(other)}") to array')
        if other._typecode != self._typecode:
            raise TypeError("bad argument type for built-in operation")
        return _new(self._typecode, self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only extend array with array (not "{_type_name(other)}")')
        if other._typecode != self._typecode:
            raise TypeError("can only extend with array of same kind")
        self._items.extend(other._items)
        return self

    def __mul__(self, count):
        if not hasattr(type(count), "__index__"):
            raise TypeError(f"can't multiply sequence by non-int of type '{_type_name(count)}'")
        return _new(self._typecode, self._items * _index(count))

    __rmul__ = __mul__

    def __imul__(self, count):
        if not hasattr(type(count), "__index__"):
            raise TypeError(f"can't multiply sequence by non-int of type '{_type_name(count)}'")
        self._items *= _index(count)
        return self

    def _compare_with(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        left, right = self._items, other._items
        floats = self._typecode in _FLOATS or other._typecode in _FLOATS
        if floats and (_has_nan(left) or _has_nan(right)):
            return _compare(left, right, op)
        return op(left, right)

    def __eq__(self, other):
        return self._compare_with(other, _eq)

    def __ne__(self, other):
        return self._compare_with(other, _ne)

    def __lt__(self, other):
        return self._compare_with(other, _lt)

    def __le__(self, other):
        return self._compare_with(other, _le)

    def __gt__(self, other):
        return self._compare_with(other, _gt)

    def __ge__(self, other):
        return self._compare_with(other, _ge)

    __hash__ = None

    def __repr__(self):
        name = type(self).__name__
        code = self._typecode
        if not self._items:
            return f"{name}('{code}')"
        if code in _CHARS:
            return f"{name}('{code}', {''.join(self._items)!r})"
        return f"{name}('{code}', {self._items!r})"

    # -- methods --------------------------------------------------------------------

    def append(self, value, /):
        """Append a new item to the end of the array."""
        self._items.append(_item(self._typecode, value))

    def extend(self, values, /):
        """Append the items of an iterable (an array only of the same typecode)."""
        code = self._typecode
        if isinstance(values, array):
            if values._typecode != code:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(values._items)
            return
        items = self._items
        if type(values) in (list, tuple):
            fast = _packed(code, values)
            if fast is not None:
                items.extend(fast)
                return
        # Item by item: what came before a bad value stays, as in CPython.
        for value in values:
            items.append(_item(code, value))

    def insert(self, index, value, /):
        """Insert a new item before position ``index``."""
        index = _index(index)
        self._items.insert(index, _item(self._typecode, value))

    def pop(self, index=-1, /):
        """Remove and return the item at ``index`` (the last one by default)."""
        index = _index(index)
        items = self._items
        if not items:
            raise IndexError("pop from empty array")
        if not -len(items) <= index < len(items):
            raise IndexError("pop index out of range")
        return items.pop(index)

    def remove(self, value, /):
        """Remove the first occurrence of ``value``."""
        try:
            where = self._items.index(value)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None
        del self._items[where]

    def index(self, value, start=0, stop=_sys.maxsize, /):
        """The position of the first occurrence of ``value`` in ``[start:stop]``."""
        try:
            return self._items.index(value, start, stop)
        except ValueError:
            raise ValueError("array.index(x): x not in array") from None

    def count(self, value, /):
        """The number of occurrences of ``value``."""
        return self._items.count(value)

    def reverse(self):
        """Reverse the order of the items in place."""
        self._items.reverse()

    def buffer_info(self):
        """(address, length): the sandbox has no memory addresses, so the first is the
        array's ``id()``."""
        return id(self), len(self._items)

    def byteswap(self):
        """Swap the bytes of every item (for data from a machine of the other order)."""
        size = _SIZES[self._typecode]
        if size == 1:
            return
        data = self.tobytes()
        count = len(data) // size
        unsigned = {2: "H", 4: "I", 8: "Q"}[size]
        swapped = _pack(f"<{count}{unsigned}", *_unpack(f">{count}{unsigned}", data))
        self._items = []
        self.frombytes(swapped)

    def tobytes(self):
        """The items as machine values, in a bytes object."""
        code = self._typecode
        values = self._items
        if code in _CHARS:
            values = list(map(ord, values))
        return _pack(f"{len(values)}{_PACK_CODE[code]}", *values)

    def frombytes(self, buffer, /):
        """Append the machine values in ``buffer`` (as written by :meth:`tobytes`)."""
        data = _bytes_of(buffer)
        code = self._typecode
        size = _SIZES[code]
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        values = _unpack(f"{len(data) // size}{_PACK_CODE[code]}", data)
        if code in _CHARS:
            values = map(chr, values)
        self._items.extend(values)

    def fromfile(self, f, n, /):
        """Read ``n`` items from the file object ``f`` and append them."""
        n = _index(n)
        if n < 0:
            raise ValueError("negative count")
        wanted = n * _SIZES[self._typecode]
        data = f.read(wanted)
        if not isinstance(data, bytes):
            raise TypeError("read() didn't return bytes")
        self.frombytes(data)
        if len(data) != wanted:
            raise EOFError("read() didn't return enough bytes")

    def tofile(self, f, /):
        """Write all the items (as machine values) to the file object ``f``."""
        f.write(self.tobytes())

    def fromlist(self, values, /):
        """Append the items of a list; nothing is appended if one of them is bad."""
        if not isinstance(values, list):
            raise TypeError("arg must be list")
        self._items.extend(_items(self._typecode, values))

    def tolist(self):
        """The items as an ordinary list."""
        return list(self._items)

    def fromunicode(self, text, /):
        """Append the characters of ``text`` to a 'u' (or 'w') array."""
        if not isinstance(text, str):
            raise TypeError(f"fromunicode() argument must be str, not {_type_name(text)}")
        if self._typecode not in _CHARS:
            raise ValueError(_only_unicode("fromunicode"))
        self._items.extend(text)

    def tounicode(self):
        """The characters of a 'u' (or 'w') array, as a str."""
        if self._typecode not in _CHARS:
            raise ValueError(_only_unicode("tounicode"))
        return "".join(self._items)

    def __bytes__(self):
        # CPython's bytes(a) reads the array's buffer; the sandbox has no buffer protocol
        # for its own classes, so the same bytes come from here.
        return self.tobytes()

    def __copy__(self):
        return _new(self._typecode, list(self._items))

    def __deepcopy__(self, memo, /):
        return _new(self._typecode, list(self._items))

    def __reduce_ex__(self, protocol, /):
        return type(self), (self._typecode, list(self._items)), getattr(self, "__dict__", None)

    @classmethod
    def __class_getitem__(cls, item, /):
        from types import GenericAlias

        return GenericAlias(cls, item)


def _only_unicode(what):
    if _NEW_MESSAGES:
        return f"{what}() may only be called on unicode type arrays ('u' or 'w')"
    return f"{what}() may only be called on unicode type arrays"


ArrayType = array
