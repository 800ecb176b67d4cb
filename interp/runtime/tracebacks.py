"""Python-level tracebacks of sandboxed code.

As an exception leaves a statement, the innermost statement that saw it records its
line on the exception (:func:`note_line`); as it leaves a function,
:func:`add_frame` turns that line into a traceback entry for the function's code.

The caret lines (``^^^^`` and ``~~^~~`` under the failing expression) need the position
of the failing node, which costs nothing while the program runs: the compiler marks each
node's closure with the node's position (:func:`mark`), :func:`note_line` keeps only the
id of the host traceback entry of the block that saw the exception, and the formatter
(:func:`format_exception`), once the run is over, walks the host traceback from that
entry down through the closures of the statement to the deepest marked one.  Sandboxed
code never sees host frames: what it can read of an exception holds ints and strings.
"""

from __future__ import annotations

import ast
import re
from typing import Any

from .nested import run_nested

LINE = "_interp_line"
ENTRIES = "_interp_tb"
#: The id of the host traceback entry of the block that noted LINE (see the docstring).
HOST_TB = "_interp_host_tb"
#: The attribute of a compiled closure that holds its node's position.
POSITION = "_interp_position"
#: The attribute of a compiled closure that runs in a traceback frame of its own (a
#: 3.11 list comprehension): the caller's position stops there.
BOUNDARY = "_interp_boundary"


def note_line(error: BaseException, lineno: int) -> None:
    d = error.__dict__
    if d.get(LINE) is None:
        d[LINE] = lineno
        d[HOST_TB] = id(error.__traceback__)


def own_frame(fn: Any) -> Any:
    """Mark ``fn`` as a closure that shows as a frame of its own (see BOUNDARY)."""
    fn._interp_boundary = True
    return fn


def mark(fn: Any, node: Any) -> None:
    """Give ``fn``, the closure compiled for ``node``, the node's position (compile time).
    A closure that is already marked keeps its mark: a statement compiled into the
    closure of its expression (``return a + b``) fails where the expression does."""
    if hasattr(fn, POSITION):
        return
    try:
        fn._interp_position = (node.lineno, node.end_lineno, node.col_offset, node.end_col_offset)
    except AttributeError:  # not a plain function, or a node without a position
        pass


#: Marks an exception whose entry for the current frame is already recorded (it was
#: caught there): re-raising it from that frame adds no second entry, as in CPython.
RECORDED = -1


def caught(error: BaseException, code: Any) -> None:
    """An ``except`` clause of ``code``'s frame caught ``error``: record the frame now,
    so the traceback (and chained tracebacks) show where it happened."""
    d = error.__dict__
    line = d.get(LINE)
    if line is None or line == RECORDED:
        return
    d[LINE] = RECORDED
    entries = d.get(ENTRIES)
    if entries is None:
        entries = d[ENTRIES] = []
    entries.append((code.filename, line, code.name, d.pop(HOST_TB, None)))


def raised_again(error: BaseException) -> None:
    """``raise error`` of an exception object that was raised before."""
    d = error.__dict__
    if d.get(LINE) == RECORDED:
        del d[LINE]


def add_frame(error: BaseException, code: Any) -> None:
    d = error.__dict__
    line = d.pop(LINE, None)
    if line == RECORDED:
        return
    entries = d.get(ENTRIES)
    if entries is None:
        entries = d[ENTRIES] = []
    entries.append((code.filename, line, code.name, d.pop(HOST_TB, None)))


def entries(error: BaseException) -> list[tuple[str, int | None, str]]:
    """Traceback entries of ``error``, outermost call first."""
    return [entry[:3] for entry in reversed(error.__dict__.get(ENTRIES, []))]


def clear(error: BaseException) -> None:
    d = error.__dict__
    d.pop(LINE, None)
    d.pop(ENTRIES, None)
    d.pop(HOST_TB, None)


# -- formatting --------------------------------------------------------------------------
# One formatter for every traceback the sandbox prints (the CLI, a Result's traceback
# text): CPython's layout (its C printer, which writes uncaught exceptions), chains,
# groups, notes, repeated lines and carets included.

#: Equal lines in a row shown before ``[Previous line repeated N more times]``.
_RECURSIVE_CUTOFF = 3
#: CPython prints at most this many entries of one traceback (the innermost ones).
_TRACEBACK_LIMIT = 1000
_MAX_GROUP_WIDTH = 15
_MAX_GROUP_DEPTH = 10
_CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n"
_CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n"


def format_exception(error: BaseException, sources: dict[str, list[str]]) -> str:
    """The text CPython prints for ``error`` uncaught: its chain, tracebacks, groups."""
    printer = _Printer(sources)
    printer.seen.add(id(error))
    printer.exception(error)
    return "".join(printer.out)


class _Printer:
    def __init__(self, sources: dict[str, list[str]]) -> None:
        self.sources = sources
        self.out: list[str] = []
        self.seen: set[int] = set()
        self.depth = 0  # exception group nesting
        self.need_close = False

    def indent(self) -> str:
        return " " * (2 * self.depth)

    def emit(self, text: str, margin: str = "|") -> None:
        prefix = self.indent() + margin + " " if self.depth else ""
        if not prefix:
            self.out.append(text)
            return
        self.out.extend(prefix + line for line in text.splitlines(keepends=True))

    def exception(self, error: BaseException) -> None:
        # The chain, oldest first; ``seen`` breaks cycles as CPython's does.
        # Each exception comes with the message printed between its cause (or context)
        # and itself.
        chain: list[tuple[str | None, BaseException]] = []
        e: BaseException | None = error
        while e is not None:
            cause, context = e.__cause__, e.__context__
            if cause is not None and id(cause) not in self.seen:
                chain.append((_CAUSE, e))
                e = cause
            elif context is not None and not e.__suppress_context__ and id(context) not in self.seen:
                chain.append((_CONTEXT, e))
                e = context
            else:
                chain.append((None, e))
                e = None
            if e is not None:
                self.seen.add(id(e))
        for message, e in reversed(chain):
            if message is not None:
                self.emit(message)
            self.one(e)

    def one(self, e: BaseException) -> None:
        stack = _stack_lines(e, self.sources)
        if not isinstance(e, BaseExceptionGroup):
            if stack:
                self.emit("Traceback (most recent call last):\n")
                self.emit("".join(stack))
            self.emit(format_exception_only(e))
            return
        if self.depth > _MAX_GROUP_DEPTH:
            self.emit(f"... (max_group_depth is {_MAX_GROUP_DEPTH})\n")
            return
        toplevel = self.depth == 0
        if toplevel:
            self.depth += 1
        if stack:
            self.emit("Exception Group Traceback (most recent call last):\n", margin="+" if toplevel else "|")
            self.emit("".join(stack))
        self.emit(format_exception_only(e))
        members = e.exceptions
        n = len(members) if len(members) <= _MAX_GROUP_WIDTH else _MAX_GROUP_WIDTH + 1
        self.need_close = False
        for i in range(n):
            last = i == n - 1
            if last:
                self.need_close = True
            truncated = i >= _MAX_GROUP_WIDTH
            title = "..." if truncated else str(i + 1)
            self.out.append(
                self.indent() + ("+-" if i == 0 else "  ") + f"+---------------- {title} ----------------\n"
            )
            self.depth += 1
            if truncated:
                remaining = len(members) - _MAX_GROUP_WIDTH
                self.emit(f"and {remaining} more exception{'s' if remaining > 1 else ''}\n")
            else:
                member = members[i]
                self.seen.add(id(member))
                self.exception(member)
            if last and self.need_close:
                self.out.append(self.indent() + "+------------------------------------\n")
                self.need_close = False
            self.depth -= 1
        if toplevel:
            self.depth = 0


def _stack_lines(error: BaseException, sources: dict[str, list[str]]) -> list[str]:
    """The ``File "...", line N, in name`` lines of ``error``'s traceback, with source
    lines and carets, and CPython's ``[Previous line repeated N more times]``."""
    frames = list(reversed(error.__dict__.get(ENTRIES, [])))[-_TRACEBACK_LIMIT:]
    if not frames:
        return []
    host = _host_entries(error)
    lines: list[str] = []
    last = None
    count = 0
    for filename, lineno, name, tb_id in frames:
        try:
            position = _position(host.get(tb_id), lineno) if tb_id is not None else None
        except Exception:  # carets are a nicety: never a host error instead of the traceback
            position = None
        if position is not None and len(position) > 4:
            position = _method_position(position, sources.get(filename) or [])
        if position is not None and isinstance(error, NameError) and filename in sources:
            position = _name_position(error, sources[filename], position)
        if position is not None:
            lineno = position[0]
        key = (filename, lineno, name)
        if key != last:
            if count > _RECURSIVE_CUTOFF:
                lines.append(_repeated(count - _RECURSIVE_CUTOFF))
            last = key
            count = 0
        count += 1
        if count <= _RECURSIVE_CUTOFF:
            lines.append(f'  File "{filename}", line {lineno}, in {name}\n')
            text = sources.get(filename)
            if text is not None and lineno is not None and 1 <= lineno <= len(text):
                lines.extend(source_lines(text[lineno - 1], position))
    if count > _RECURSIVE_CUTOFF:
        lines.append(_repeated(count - _RECURSIVE_CUTOFF))
    return lines


def _name_position(error: NameError, text: list[str], position: tuple) -> tuple:
    """A NameError fails at the name itself, which a closure computing a whole
    expression at once (``a + b`` on globals) does not tell apart: the first use of the
    name inside the failing expression."""
    lineno, end_lineno, start, end = position
    name = getattr(error, "name", None)
    if name is None:  # the runtime's UnboundLocalError: the name is in the message
        quoted = re.search(r"'(\w+)'", safe_str(error))
        name = quoted.group(1) if quoted else None
    if not isinstance(name, str) or not name.isidentifier() or not 1 <= lineno <= len(text):
        return position
    line = text[lineno - 1]
    stop = end if end_lineno == lineno else len(line)
    found = re.compile(rf"(?<![\w.]){re.escape(name)}(?!\w)").search(line, start, stop)
    if found is None:
        return position
    return (lineno, lineno, found.start(), found.end())


def _repeated(n: int) -> str:
    return f"  [Previous line repeated {n} more time{'s' if n > 1 else ''}]\n"


def source_lines(line: str, position: tuple[int, int, int, int] | None) -> list[str]:
    """The source line as CPython shows it (indentation removed, trailing whitespace
    kept), and the caret line under ``position`` where CPython 3.11 draws one."""
    stripped = line.lstrip(" \t\f")
    if not stripped:
        return []
    out = [f"    {stripped}\n"]
    if position is None:
        return out
    lineno, end_lineno, start, end = position
    truncation = len(line) - len(stripped)
    if start < truncation or end is None or start >= len(line):
        return out
    anchors = None
    if lineno == end_lineno:
        if end <= start:
            return out
        anchors = _anchors(line[start:end])
    else:
        # A position over several lines: up to the last non-blank character of the first.
        end = len(line.rstrip())
    if end - start == len(stripped) and anchors is None:
        return out
    carets = []
    for offset in range(start, end):
        if anchors is not None and start + anchors[0] <= offset < start + anchors[1]:
            carets.append("^")
        else:
            carets.append("~" if anchors is not None else "^")
    out.append("    " + " " * (start - truncation) + "".join(carets) + "\n")
    return out


def _anchors(segment: str) -> tuple[int, int] | None:
    """Where the operator of a binary operation, or the brackets of a subscript, is in
    ``segment`` (CPython 3.11 parses the failing segment the same way)."""
    try:
        tree = ast.parse(segment)
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return None
    if len(tree.body) != 1 or type(tree.body[0]) is not ast.Expr:
        return None
    expr = tree.body[0].value
    data = segment.encode("utf-8")

    def chars(byte_offset: int) -> int:
        return len(data[:byte_offset].decode("utf-8", "replace"))

    if type(expr) is ast.BinOp:
        if expr.left.end_lineno != expr.lineno or expr.right.lineno != expr.lineno:
            return None
        operator = segment[chars(expr.left.end_col_offset or 0) : chars(expr.right.col_offset)]
        skipped = len(operator) - len(operator.lstrip())
        left = chars(expr.left.end_col_offset or 0) + skipped
        right = left + 1
        if skipped + 1 < len(operator) and not operator[skipped + 1].isspace():
            right += 1  # a two-character operator
        while left < len(segment) and (segment[left].isspace() or segment[left] in ")#"):
            left += 1
            right += 1
        return left, right
    if type(expr) is ast.Subscript:
        if expr.value.end_lineno != expr.lineno or expr.slice.end_lineno != expr.lineno:
            return None
        left = expr.value.end_col_offset or 0
        right = (expr.slice.end_col_offset or 0) + 1
        while left < len(data) and data[left : left + 1] != b"[":
            left += 1
        while right < len(data) and data[right : right + 1] != b"]":
            right += 1
        if right < len(data):
            right += 1
        return chars(left), chars(right)
    return None


def _host_entries(error: BaseException) -> dict[int, Any]:
    """The host traceback entries of ``error`` by id (see :func:`note_line`)."""
    found: dict[int, Any] = {}
    tb = error.__traceback__
    while tb is not None:
        found[id(tb)] = tb
        tb = tb.tb_next
    return found


def _position(tb: Any, lineno: int | None) -> tuple[int, int, int, int] | None:
    """The position of the failing node of the statement whose block owns ``tb``: the
    deepest marked closure reached from the block through the functions each frame
    holds, on the statement's lines."""
    if tb is None or lineno is None:
        return None
    best = None
    low, high = lineno, None
    held = tb.tb_frame.f_locals
    tb = tb.tb_next
    while tb is not None:
        fn = _function_of(tb.tb_frame, held)
        if fn is None:
            if best is not None and tb.tb_frame.f_code.co_filename == _ATTRIBUTES_FILE:
                # A method call whose method look-up failed: CPython points at ``obj.name``.
                best = _method_of_call(best, tb.tb_frame)
            break
        position = getattr(fn, POSITION, None)
        if position is not None and position[0] >= low and (high is None or position[1] <= high):
            best = position
            if high is None:
                high = position[1]
        if getattr(fn, BOUNDARY, False):
            break
        held = tb.tb_frame.f_locals
        tb = tb.tb_next
    return best


_FunctionType = type(_repeated)
_EMPTY = object()


def _contents(cell: Any) -> Any:
    try:
        return cell.cell_contents
    except ValueError:  # an empty cell
        return _EMPTY


#: Where attribute look-ups fail (a frame of the runtime's attributes module).
_ATTRIBUTES_FILE = __file__.rsplit("tracebacks.py", 1)[0] + "attributes.py"


def _method_of_call(position: tuple, frame: Any) -> tuple:
    """Flags ``position`` (a call) as failing in its method look-up (see _method_position)."""
    return position[:4] + ("method",)


def _method_position(position: tuple, text: list[str]) -> tuple:
    """``obj.name`` of a call ``obj.name(...)`` at ``position`` (one line), else the call."""
    lineno, end_lineno, start, end = position[:4]
    if lineno != end_lineno or not 1 <= lineno <= len(text):
        return position[:4]
    segment = text[lineno - 1][start:end]
    try:
        tree = ast.parse(segment)
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return position[:4]
    if len(tree.body) != 1 or type(tree.body[0]) is not ast.Expr:
        return position[:4]
    call = tree.body[0].value
    if type(call) is not ast.Call or type(call.func) is not ast.Attribute or call.func.end_lineno != 1:
        return position[:4]
    data = segment.encode("utf-8")
    return (lineno, lineno, start, start + len(data[: call.func.end_col_offset].decode("utf-8", "replace")))


def _function_of(frame: Any, held: dict) -> Any:
    """The function running in ``frame`` among the values that the calling closure holds
    (its free variables and locals, and the tuples and lists among them)."""
    code = frame.f_code
    found: list = []

    def visit(value: Any, depth: int) -> None:
        t = type(value)
        if t is _FunctionType:
            if value.__code__ is code and value not in found:
                found.append(value)
        elif depth and (t is tuple or t is list) and len(value) <= 256:
            for item in value:
                visit(item, depth - 1)

    for value in held.values():
        visit(value, 2)
    if len(found) > 1:
        # Closures of one kind: the one whose cells hold this frame's free variables.
        names = code.co_freevars
        local = frame.f_locals
        found = [
            fn
            for fn in found
            if all(
                local.get(name, _EMPTY) is _contents(cell) for name, cell in zip(names, fn.__closure__ or ())
            )
        ]
    return found[0] if len(found) == 1 else None


def _syntax_error(error: SyntaxError) -> str:
    """A SyntaxError as CPython's printer shows it: the line without its indentation
    (spaces, tabs and form feeds), and carets unless they would point into it."""
    lines = []
    if error.lineno is not None:
        lines.append(f'  File "{error.filename or "<string>"}", line {error.lineno}\n')
    text = error.text
    if isinstance(text, str):
        rtext = text.rstrip("\n")
        ltext = rtext.lstrip(" \t\f")
        spaces = len(rtext) - len(ltext)
        lines.append(f"    {ltext}\n")
        if error.offset is not None:
            offset = error.offset
            end_offset = error.end_offset if error.end_offset not in (None, 0) else offset
            if offset == end_offset or end_offset == -1:
                end_offset = offset + 1
            colno = offset - 1 - spaces
            end_colno = end_offset - 1 - spaces
            if colno >= 0:
                space = "".join(c if c.isspace() else " " for c in ltext[:colno])
                lines.append(f"    {space}{'^' * (end_colno - colno)}\n")
    suffix = f" ({error.filename})" if error.lineno is None and error.filename is not None else ""
    lines.append(f"{type(error).__name__}: {error.msg or '<no detail available>'}{suffix}\n")
    return "".join(lines)


def format_exception_only(error: BaseException) -> str:
    """``Type: message`` and the notes, as CPython prints them."""
    if isinstance(error, SyntaxError) and type(error) in (SyntaxError, IndentationError, TabError):
        return _syntax_error(error)
    t = type(error)
    name = t.__qualname__
    module = t.__module__ if t.__module__ not in ("builtins", "__main__") else None
    if module:
        name = f"{module}.{name}"
    message = safe_str(error)
    line = f"{name}: {message}\n" if message else f"{name}\n"
    notes = error.__dict__.get("__notes__")
    if isinstance(notes, (list, tuple)):
        for note in notes:
            line += f"{note if isinstance(note, str) else safe_str(note)}\n"
    elif notes is not None:
        line += f"{safe_repr(notes)}\n"
    return line


def safe_str(value: Any) -> str:
    """``str(value)`` of a sandbox value (running its ``__str__``), or CPython's stand-in."""

    def text() -> Any:
        return str(value)
        yield  # pragma: no cover - a generator for run_nested

    try:
        return run_nested(text())
    except BaseException:
        return "<exception str() failed>"


def safe_repr(value: Any) -> str:
    def text() -> Any:
        return repr(value)
        yield  # pragma: no cover

    try:
        return run_nested(text())
    except BaseException:
        return "<__notes__ repr() failed>"
