"""CSV parsing and writing.

The sandbox's stand-in for CPython's C ``_csv`` module, under CPython's own ``csv.py``.
It reads lines from a sandbox iterator and writes through a sandbox file's ``write``, so
it runs as sandbox code (metered like any other) rather than as a host helper.  The
behaviour follows the documented one of the csv module: dialect validation and its
messages, the reader's state machine (quotes, escapes, doubled quotes, strict mode,
skipinitialspace, the field size limit) and the writer's quoting rules.
"""

import sys

__version__ = "1.0"

QUOTE_MINIMAL = 0
QUOTE_ALL = 1
QUOTE_NONNUMERIC = 2
QUOTE_NONE = 3
_QUOTINGS = [QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE]
_NEWER = sys.version_info >= (3, 12)
if _NEWER:
    QUOTE_STRINGS = 4
    QUOTE_NOTNULL = 5
    _QUOTINGS += [QUOTE_STRINGS, QUOTE_NOTNULL]
else:
    QUOTE_STRINGS = QUOTE_NOTNULL = -1  # never equal to a valid quoting

_NEWLINE_ERROR = "new-line character seen in unquoted field - do you need to open the file " + (
    "with newline=''?" if _NEWER else "in universal-newline mode?"
)
_limit = 128 * 1024
_dialects = {}


class Error(Exception):
    pass


def _type_name(value):
    return type(value).__name__


# The messages changed wording in 3.13; each CPython is the oracle for its own runs.
_WORDED = sys.version_info >= (3, 13)


def _not_a_char(name, value, or_none):
    if _WORDED:
        what = f"a string of length {len(value)}" if isinstance(value, str) else _type_name(value)
        return TypeError(f'"{name}" must be a unicode character{or_none}, not {what}')
    if not isinstance(value, str):
        return TypeError(f'"{name}" must be string{or_none}, not {_type_name(value)}')
    return TypeError(f'"{name}" must be a 1-character string')


def _one_char(name, value, default):
    if value is None and default is not None:
        return default
    if not isinstance(value, str) or len(value) != 1:
        raise _not_a_char(name, value, "")
    return value


def _char_or_none(name, value, default):
    if value is _UNSET:
        return default
    if value is None:
        return None
    if not isinstance(value, str) or len(value) != 1:
        raise _not_a_char(name, value, " or None")
    return value


_UNSET = object()
_FIELDS = (
    "delimiter",
    "doublequote",
    "escapechar",
    "lineterminator",
    "quotechar",
    "quoting",
    "skipinitialspace",
    "strict",
)


class Dialect:
    """CSV dialect

    The Dialect type records CSV parsing and generation options.
    """

    __slots__ = ("_settings",)

    def __new__(cls, dialect=None, **kwargs):
        for key in kwargs:
            if key not in _FIELDS:
                if _WORDED:
                    raise TypeError(f"this function got an unexpected keyword argument '{key}'")
                raise TypeError(f"'{key}' is an invalid keyword argument for this function")
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        if type(dialect) is Dialect and not kwargs and cls is Dialect:
            return dialect
        given = {}
        for key in _FIELDS:
            value = kwargs.get(key, _UNSET)
            if value is _UNSET and dialect is not None:
                try:
                    value = getattr(dialect, key)
                except AttributeError:
                    value = _UNSET
            given[key] = value
        self = object.__new__(cls)
        object.__setattr__(self, "_settings", _validate(given))
        return self

    def __init__(self, *args, **kwargs):
        pass

    def __setattr__(self, name, value):
        if name in _FIELDS:
            raise AttributeError(f"attribute '{name}' of '_csv.Dialect' objects is not writable")
        raise AttributeError(f"'_csv.Dialect' object has no attribute '{name}'")

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_csv.Dialect' object")

    delimiter = property(lambda self: self._settings[0])
    doublequote = property(lambda self: self._settings[1])
    escapechar = property(lambda self: self._settings[2])
    lineterminator = property(lambda self: self._settings[3])
    quotechar = property(lambda self: self._settings[4])
    quoting = property(lambda self: self._settings[5])
    skipinitialspace = property(lambda self: self._settings[6])
    strict = property(lambda self: self._settings[7])


def _validate(given):
    """The settings tuple of a dialect, in _FIELDS order, or the TypeError CPython gives."""
    value = given["delimiter"]
    delimiter = "," if value is _UNSET else _one_char("delimiter", value, None)
    value = given["doublequote"]
    doublequote = True if value is _UNSET else bool(value)
    escapechar = _char_or_none("escapechar", given["escapechar"], None)
    value = given["lineterminator"]
    if value is _UNSET:
        lineterminator = "\r\n"
    elif not isinstance(value, str):
        raise TypeError(
            '"lineterminator" must be a string' + (f", not {_type_name(value)}" if _WORDED else "")
        )
    else:
        lineterminator = value
    quotechar = _char_or_none("quotechar", given["quotechar"], '"')
    value = given["quoting"]
    if value is _UNSET:
        quoting = QUOTE_NONE if given["quotechar"] is None else QUOTE_MINIMAL
    elif not isinstance(value, int):
        raise TypeError('"quoting" must be an integer' + (f", not {_type_name(value)}" if _WORDED else ""))
    else:
        quoting = value
    value = given["skipinitialspace"]
    skipinitialspace = False if value is _UNSET else bool(value)
    value = given["strict"]
    strict = False if value is _UNSET else bool(value)
    if quoting not in _QUOTINGS:
        raise TypeError('bad "quoting" value')
    if quoting != QUOTE_NONE and quotechar is None:
        raise TypeError("quotechar must be set if quoting enabled")
    if _NEWER:
        if delimiter in ("\n", "\r"):
            raise ValueError("bad delimiter value")
        if escapechar is not None and escapechar in (delimiter, "\n", "\r"):
            raise ValueError("bad escapechar value")
        if quotechar is not None and quotechar in (delimiter, "\n", "\r"):
            raise ValueError("bad quotechar value")
        if escapechar is not None and escapechar == quotechar:
            raise ValueError("bad escapechar or quotechar value")
    return (delimiter, doublequote, escapechar, lineterminator, quotechar, quoting, skipinitialspace, strict)


def register_dialect(name, dialect=None, **fmtparams):
    """Create a mapping from a string name to a dialect class."""
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = Dialect(dialect, **fmtparams)


def unregister_dialect(name):
    """Delete the name/dialect mapping associated with a string name."""
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    """Return the dialect instance associated with name."""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    """Return a list of all know dialect names."""
    return list(_dialects)


def field_size_limit(*args, **kwargs):
    """Sets an upper limit on parsed fields.

    Returns old limit. If limit is not given, no new limit is set and
    the old limit is returned"""
    global _limit
    if kwargs:
        if set(kwargs) != {"new_limit"} or args:
            raise TypeError("field_size_limit() takes at most 1 argument")
        args = (kwargs["new_limit"],)
    if len(args) > 1:
        raise TypeError(f"field_size_limit expected at most 1 argument, got {len(args)}")
    old = _limit
    if args:
        limit = args[0]
        if not isinstance(limit, int):
            raise TypeError("limit must be an integer")
        _limit = limit
    return old


# Reader states.
_START_RECORD = 0
_START_FIELD = 1
_ESCAPED_CHAR = 2
_IN_FIELD = 3
_IN_QUOTED_FIELD = 4
_ESCAPE_IN_QUOTED_FIELD = 5
_QUOTE_IN_QUOTED_FIELD = 6
_EAT_CRNL = 7
_AFTER_ESCAPED_CRNL = 8

_EOL = None  # what follows the last character of each line read


class Reader:
    """CSV reader

    Reader objects are responsible for reading and parsing tabular data
    in CSV format.
    """

    def __init__(self, lines, dialect):
        self._lines = lines
        self.dialect = dialect
        self.line_num = 0
        self._reset()

    def _reset(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._unquoted = True

    def __iter__(self):
        return self

    def _save(self):
        text = "".join(self._field)
        self._field = []
        quoting = self.dialect.quoting
        if self._unquoted:
            if not text and quoting in (QUOTE_NOTNULL, QUOTE_STRINGS):
                self._fields.append(None)
                self._unquoted = True
                return
            if text and quoting in (QUOTE_NONNUMERIC, QUOTE_STRINGS):
                self._fields.append(float(text))
                return
        self._unquoted = True
        self._fields.append(text)

    def _add(self, char):
        if len(self._field) >= _limit:
            raise Error(f"field larger than field limit ({_limit})")
        self._field.append(char)

    def __next__(self):
        self._reset()
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data") from None
                    self._save()
                    break
                raise
            if not isinstance(line, str):
                raise Error(
                    f"iterator should return strings, not {_type_name(line)} "
                    "(the file should be opened in text mode)"
                )
            self.line_num += 1
            if self._state == _START_RECORD and self._simple(line):
                break
            for char in line:
                self._step(char)
            self._step(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields

    def _simple(self, line):
        """Split a line with no quoting, escaping or embedded line ends at once (most
        lines), instead of char by char; whether it did."""
        d = self.dialect
        body = line[:-2] if line.endswith("\r\n") else line[:-1] if line.endswith(("\n", "\r")) else line
        if (
            d.skipinitialspace
            or "\n" in body
            or "\r" in body
            or (d.quotechar is not None and d.quoting != QUOTE_NONE and d.quotechar in body)
            or (d.escapechar is not None and d.escapechar in body)
        ):
            return False
        if not body:
            return True
        for text in body.split(d.delimiter):
            if len(text) > _limit:
                raise Error(f"field larger than field limit ({_limit})")
            self._field = [text]
            self._unquoted = True
            self._save()
        return True

    def _step(self, c):
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c is _EOL:
                return
            if c == "\n" or c == "\r":
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c is _EOL or c == "\n" or c == "\r":
                self._save()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._unquoted = False
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == " " and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save()
            else:
                self._add(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c == "\n" or c == "\r":
                self._add(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._add("\n" if c is _EOL else c)
            self._state = _IN_FIELD
        elif state == _IN_FIELD or state == _AFTER_ESCAPED_CRNL:
            if state == _AFTER_ESCAPED_CRNL and c is _EOL:
                return
            if c is _EOL or c == "\n" or c == "\r":
                self._save()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save()
                self._state = _START_FIELD
            else:
                self._add(c)
                self._state = _IN_FIELD
        elif state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            self._add("\n" if c is _EOL else c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save()
                self._state = _START_FIELD
            elif c is _EOL or c == "\n" or c == "\r":
                self._save()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif not d.strict:
                self._add(c)
                self._state = _IN_FIELD
            else:
                raise Error(f"'{d.delimiter}' expected after '{d.quotechar}'")
        elif state == _EAT_CRNL:
            if c == "\n" or c == "\r":
                pass
            elif c is _EOL:
                self._state = _START_RECORD
            else:
                raise Error(_NEWLINE_ERROR)


class Writer:
    """CSV writer

    Writer objects are responsible for generating tabular data
    in CSV format from sequence input.
    """

    def __init__(self, write, dialect):
        self._write = write
        self.dialect = dialect

    def _field(self, field, quoted, parts, single):
        d = self.dialect
        if field is None:
            text = ""
        elif isinstance(field, str):
            text = field
        else:
            text = str(field)
        special = (d.delimiter, d.escapechar, d.quotechar)
        out = []
        for c in text:
            if c in special or c in d.lineterminator or (_NEWER and c in "\r\n"):
                escape = False
                if d.quoting == QUOTE_NONE:
                    escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(c)
                        else:
                            escape = True
                    elif c == d.escapechar:
                        escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
            out.append(c)
        if single and not text:
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            quoted = True
        body = "".join(out)
        if quoted:
            body = d.quotechar + body + d.quotechar
        parts.append(body)

    def writerow(self, row):
        """writerow(iterable)

        Construct and write a CSV record from an iterable of fields.  Non-string
        elements will be converted to string."""
        try:
            fields = iter(row)
        except TypeError:
            raise Error(f"iterable expected, not {_type_name(row)}") from None
        fields = list(fields)
        d = self.dialect
        parts = []
        for field in fields:
            quoting = d.quoting
            if quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            elif quoting == QUOTE_ALL:
                quoted = True
            elif quoting == QUOTE_STRINGS:
                quoted = isinstance(field, str)
            elif quoting == QUOTE_NOTNULL:
                quoted = field is not None
            else:
                quoted = False
            self._field(field, quoted, parts, len(fields) == 1)
        return self._write(d.delimiter.join(parts) + d.lineterminator)

    def writerows(self, rows):
        """writerows(iterable of iterables)

        Construct and write a series of iterables to a csv file.  Non-string
        elements will be converted to string."""
        for row in rows:
            self.writerow(row)


def _is_number(value):
    """Whether CPython's C API would see a number (what QUOTE_NONNUMERIC leaves bare)."""
    return (
        isinstance(value, (int, float, complex))
        or hasattr(type(value), "__float__")
        or hasattr(type(value), "__index__")
    )


def reader(csvfile, dialect="excel", **fmtparams):
    """csv_reader = reader(iterable [, dialect='excel']
                        [optional keyword args])
    for row in csv_reader:
        process(row)
    """
    return Reader(iter(csvfile), Dialect(dialect, **fmtparams))


def writer(fileobj, dialect="excel", **fmtparams):
    """csv_writer = csv.writer(fileobj [, dialect='excel']
                            [optional keyword args])
    for row in sequence:
        csv_writer.writerow(row)
    """
    try:
        write = fileobj.write
    except AttributeError:
        raise TypeError('argument 1 must have a "write" method') from None
    return Writer(write, Dialect(dialect, **fmtparams))


for _cls in (Error, Dialect, Reader, Writer):
    _cls.__module__ = "_csv"
Reader.__name__ = Reader.__qualname__ = "Reader" if sys.version_info >= (3, 13) else "reader"
Writer.__name__ = Writer.__qualname__ = "Writer" if sys.version_info >= (3, 13) else "writer"
del _cls
