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
    levels = None
    if not (tb is _sentinel or tb is value.__traceback__) or limit is not None:
        # A part of the exception's traceback (doctest passes tb.tb_next to leave its own
        # level out; None leaves them all out), cut to ``limit``: those levels only.  The
        # chained exceptions keep all of theirs.
        levels = _cut(_levels_of(value.__traceback__ if tb is _sentinel else tb), limit)

    def render():
        return _chunks(value, _format(value) if levels is None else _format_levels(value, levels))

    return render() if chain else _unchained(value, render)


def _cut(levels, limit):
    """The levels ``limit`` keeps: the first ``limit`` (outermost), or the last ``-limit``."""
    if limit is None:
        return levels
    return levels[:limit] if limit >= 0 else levels[limit:]


def _unchained(value, render):
    """``render()`` with ``value``'s cause and context out of sight (``chain=False``)."""
    cause, context, suppress = value.__cause__, value.__context__, value.__suppress_context__
    value.__cause__ = value.__context__ = None
    try:
        return render()
    finally:
        value.__cause__, value.__context__ = cause, context
        value.__suppress_context__ = suppress


def format_exception_only(exc, /, value=_sentinel):
    """Format the exception part of a traceback: the ``Type: message`` line(s)."""
    value = _pick(exc, value)
    if value is None:
        return ["NoneType: None\n"]
    return _only_lines(value)


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


def _only_lines(value):
    """format_exception_only's strings as CPython splits them: the ``Type: message``
    line is one string even when the message holds newlines; each line of the notes is
    one more (a SyntaxError's file, source and caret lines are separate too)."""
    text = _format_only(value)
    notes = getattr(value, "__notes__", None)
    if isinstance(value, SyntaxError) or not isinstance(notes, (list, tuple)):
        return _lines(text) if isinstance(value, SyntaxError) else [text]
    tail = "".join(_safe_string(note) + "\n" for note in notes)
    if not tail or not text.endswith(tail):
        return _lines(text)
    return [text[: -len(tail)], *_lines(tail)]


_SEPARATORS = ("The above exception was the direct cause", "During handling of the above exception")


def _is_frame(line):
    # A level's first line; a SyntaxError's own '  File "x", line N' has no ", in ".
    return line.startswith('  File "') and ", in " in line


def _chunks(value, text):
    """The formatter's text cut into the strings CPython's format() yields: the header,
    each level with its source and caret lines, each chain separator, and each
    exception's format_exception_only() strings.  Exception groups stay one per line."""
    lines = _lines(text)
    if any(line.startswith(("  + ", "  | ")) for line in lines):
        return lines
    only, pending, seen = {}, [value], set()
    while pending:
        link = pending.pop()
        if link is None or id(link) in seen:
            continue
        seen.add(id(link))
        parts = _only_lines(link)
        only["".join(parts)] = parts
        pending += [link.__cause__, link.__context__]
    result, block = [], []

    def flush():
        if block:
            result.extend(only.get("".join(block), block))
            block.clear()

    i = 0
    while i < len(lines):
        line = lines[i]
        if line == "\n" and i + 1 < len(lines) and lines[i + 1].startswith(_SEPARATORS):
            flush()
            chunk, i = line + lines[i + 1], i + 2
            if i < len(lines) and lines[i] == "\n":
                chunk, i = chunk + "\n", i + 1
            result.append(chunk)
            continue
        if line.startswith(("Traceback (most recent call last):", "  [Previous line repeated")):
            flush()
            result.append(line)
        elif _is_frame(line):
            flush()
            while i + 1 < len(lines) and lines[i + 1].startswith("    "):
                i += 1
                line += lines[i]
            result.append(line)
        else:
            block.append(line)
        i += 1
    flush()
    return result


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
        if limit is None and getattr(sys, "tracebacklimit", None) is not None:
            limit = max(sys.tracebacklimit, 0)
        pairs = []
        for pair in frame_gen:
            if limit is not None and 0 <= limit <= len(pairs):
                break
            pairs.append(pair)
        if (limit or 0) < 0:
            pairs = pairs[limit:]  # a negative limit keeps the last -limit levels
        result = cls()
        for frame, lineno in pairs:
            code = getattr(frame, "f_code", None)
            filename = getattr(code, "co_filename", "<unknown>")
            name = getattr(code, "co_name", "<unknown>")
            result.append(FrameSummary(filename, lineno, name))
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
        self._levels = _cut(_levels_of(exc_traceback), limit)
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
        # CPython keeps no exception, only what is shown: two equal renderings of two
        # exceptions are equal.
        hidden = ("_value", "_levels")
        mine = {k: v for k, v in vars(self).items() if k not in hidden}
        return mine == {k: v for k, v in vars(other).items() if k not in hidden}

    def __str__(self):
        return self._str

    def format_exception_only(self, *, show_group=False, _depth=0, **_options):
        if self._value is None:
            yield "NoneType: None\n"
            return
        yield from _only_lines(self._value)

    def format(self, *, chain=True, **_options):  # 3.13+ pass colorize=: no colour here
        if self._value is None:
            yield "NoneType: None\n"
            return
        value = self._value

        def render():
            return _chunks(value, _format_levels(value, self._levels))

        yield from (render() if chain else _unchained(value, render))

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
