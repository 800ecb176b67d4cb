"""Extract, format and print information about Python stack traces.

The sandbox's own ``traceback`` module: CPython's API over the interpreter's formatter,
which prints an exception, its chain and its tracebacks as CPython does.  ``_format``
and ``_format_only`` (put here by interp/stdlib/traceback.py) return that text; the
functions below shape it as the documented API returns it (lists of lines, or writes to
a file, ``sys.stderr`` by default).  The sandbox has no frame objects of its own kind
to summarise, so the stack-walking parts (``extract_tb``, ``extract_stack``...) give
what the traceback records: line numbers, without frames.
"""

import sys

__all__ = [
    "extract_stack",
    "extract_tb",
    "format_exception",
    "format_exception_only",
    "format_list",
    "format_stack",
    "format_tb",
    "print_exc",
    "format_exc",
    "print_exception",
    "print_stack",
    "print_tb",
    "clear_frames",
    "FrameSummary",
    "StackSummary",
    "TracebackException",
    "walk_stack",
    "walk_tb",
]

_sentinel = object()


def _pick(exc, value):
    # The old form passes (type, value, tb); the new one passes the exception alone.
    if value is _sentinel:
        return exc
    return value


def _lines(text):
    return text.splitlines(keepends=True)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """Format a stack trace and the exception information, as a list of strings each
    ending in a newline; joined, they are the text print_exception() writes."""
    value = _pick(exc, value)
    if value is None:
        return ["NoneType: None\n"]
    if tb is None and value.__cause__ is None and value.__context__ is None:
        return _lines(_format_only(value))
    if tb is not _sentinel and tb is not None and tb is not value.__traceback__:
        # A part of the exception's traceback (doctest passes tb.tb_next to leave its own
        # level out): those levels only.
        return _lines(_format_levels(value, _levels_of(tb)))
    return _lines(_format(value))


def format_exception_only(exc, /, value=_sentinel):
    """Format the exception part of a traceback: the ``Type: message`` line(s)."""
    value = _pick(exc, value)
    if value is None:
        return ["NoneType: None\n"]
    return _lines(_format_only(value))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Print the exception and its traceback to ``file`` (``sys.stderr`` by default)."""
    _write_all(format_exception(exc, value, tb, limit=limit, chain=chain), file)


def format_exc(limit=None, chain=True):
    """The exception being handled, formatted as print_exc() prints it."""
    return "".join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """print_exception() of the exception being handled."""
    handled = sys.exc_info()[1]
    print_exception(handled, limit=limit, file=file, chain=chain)


def _write_all(lines, file):
    """Write each line to ``file`` (``sys.stderr`` as it is now by default), as
    CPython's print(line, file=file, end="") calls do."""
    stream = sys.stderr if file is None else file
    for text in lines:
        stream.write(text)


class FrameSummary:
    """One entry of a stack summary: file, line number and function name."""

    __slots__ = ("filename", "lineno", "end_lineno", "colno", "end_colno", "name", "_line", "locals")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None, **positions):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = positions.get("end_lineno", lineno)
        self.colno = positions.get("colno")
        self.end_colno = positions.get("end_colno")
        self.name = name
        self._line = line
        self.locals = locals

    @property
    def line(self):
        if self._line is None and self.lineno is not None:
            # Looked up on first use, as CPython does: the sandbox's linecache has the
            # source this sandbox compiled.
            import linecache

            self._line = linecache.getline(self.filename, self.lineno)
        return "" if self._line is None else self._line.strip()

    def __eq__(self, other):
        if type(other) is tuple:
            return tuple(self) == other
        if not isinstance(other, FrameSummary):
            return NotImplemented
        return tuple(self) == tuple(other) and self.locals == other.locals

    def _fields(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __getitem__(self, index):
        return self._fields()[index]

    def __iter__(self):
        return iter(self._fields())

    def __len__(self):
        return 4

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"


class StackSummary(list):
    """A list of FrameSummary entries, ready for formatting."""

    @classmethod
    def from_list(cls, entries):
        result = cls()
        for entry in entries:
            if isinstance(entry, FrameSummary):
                result.append(entry)
            else:
                filename, lineno, name, line = entry
                result.append(FrameSummary(filename, lineno, name, lookup_line=False, line=line))
        return result

    @classmethod
    def extract(cls, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        result = cls()
        for frame, lineno in frame_gen:
            code = getattr(frame, "f_code", None)
            filename = getattr(code, "co_filename", "<unknown>")
            name = getattr(code, "co_name", "<unknown>")
            result.append(FrameSummary(filename, lineno, name))
            if limit is not None and len(result) >= limit:
                break
        return result

    def format_frame_summary(self, entry):
        text = f'  File "{entry.filename}", line {entry.lineno}, in {entry.name}\n'
        return text + (f"    {entry.line}\n" if entry.line else "")

    def format(self):
        return [self.format_frame_summary(entry) for entry in self]


def walk_tb(tb):
    """(frame, line number) for each level of a traceback; the frame is None where
    the sandbox keeps none."""
    while tb is not None:
        frame = tb.tb_frame
        # "<frame>" marks a line the runtime noted in a frame still running, not a level.
        if frame.f_code.co_filename != "<frame>":
            yield frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    if f is None:
        f = sys._getframe(2)
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def extract_tb(tb, limit=None):
    return StackSummary.extract(walk_tb(tb), limit=limit)


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe(1)
    levels = StackSummary.extract(walk_stack(f), limit=limit)
    levels.reverse()
    return levels


def format_list(extracted_list):
    summary = StackSummary.from_list(extracted_list)
    return summary.format()


def format_tb(tb, limit=None):
    levels = extract_tb(tb, limit)
    return levels.format()


def print_tb(tb, limit=None, file=None):
    _write_all(format_tb(tb, limit), file)


def format_stack(f=None, limit=None):
    levels = extract_stack(sys._getframe(1) if f is None else f, limit)
    return levels.format()


def print_stack(f=None, limit=None, file=None):
    _write_all(format_stack(sys._getframe(1) if f is None else f, limit), file)


def print_list(extracted_list, file=None):
    _write_all(format_list(extracted_list), file)


def clear_frames(tb):
    """Nothing to clear: the sandbox's tracebacks hold no frames."""


class TracebackException:
    """An exception ready for rendering: its type, message, cause and context, and
    format() to print it as CPython does."""

    def __init__(
        self,
        exc_type,
        exc_value,
        exc_traceback,
        *,
        limit=None,
        lookup_lines=True,
        capture_locals=False,
        compact=False,
        max_group_width=15,
        max_group_depth=10,
        _seen=None,
    ):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self._value = exc_value
        self._levels = _levels_of(exc_traceback)
        self.exc_type = exc_type
        self.stack = extract_tb(exc_traceback, limit=limit)
        self._str = _safe_string(exc_value)
        self.__notes__ = getattr(exc_value, "__notes__", None)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            error = exc_value
            self.filename, self.text, self.msg = error.filename, error.text, error.msg
            self.lineno = None if error.lineno is None else str(error.lineno)
            self.offset = error.offset
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        self.__cause__ = self.__context__ = None
        self.exceptions = None
        if exc_value is not None:
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(
                    type(cause), cause, cause.__traceback__, limit=limit, _seen=_seen
                )
            context = exc_value.__context__
            if context is not None and id(context) not in _seen:
                self.__context__ = TracebackException(
                    type(context), context, context.__traceback__, limit=limit, _seen=_seen
                )
            if isinstance(exc_value, BaseExceptionGroup):
                self.exceptions = [
                    TracebackException(type(e), e, e.__traceback__, limit=limit, _seen=_seen)
                    for e in exc_value.exceptions
                ]

    @classmethod
    def from_exception(cls, exc, /, *args, **options):
        """The TracebackException of ``exc``, with its own traceback."""
        return cls(type(exc), exc, exc.__traceback__, *args, **options)

    @property
    def exc_type_str(self):
        t = self.exc_type
        if t is None:
            return None
        module = t.__module__
        if module in ("__main__", "builtins"):
            return t.__qualname__
        return f"{module}.{t.__qualname__}"

    def __eq__(self, other):
        if not isinstance(other, TracebackException):
            return NotImplemented
        return dict(vars(self)) == dict(vars(other))

    def __str__(self):
        return self._str

    def format_exception_only(self, *, show_group=False, _depth=0, **_options):
        if self._value is None:
            yield "NoneType: None\n"
            return
        yield from _lines(_format_only(self._value))

    def format(self, *, chain=True, **_options):  # 3.13+ pass colorize=: no colour here
        if self._value is None:
            yield "NoneType: None\n"
            return
        if chain:
            yield from _lines(_format_levels(self._value, self._levels))
            return
        if self.stack:
            yield "Traceback (most recent call last):\n"
            yield from self.stack.format()
        yield from self.format_exception_only()

    def print(self, *, chain=True, file=None, **_options):
        _write_all(self.format(chain=chain), file)


def _levels_of(tb):
    """(file, line, function) of each level of ``tb``: which of the exception's levels
    the formatter is to show."""
    levels = []
    for frame, lineno in walk_tb(tb):
        levels.append((frame.f_code.co_filename, lineno, frame.f_code.co_name))
    return levels


def _safe_string(value):
    try:
        return str(value)
    except Exception:
        return "<exception str() failed>"
