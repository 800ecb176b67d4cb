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

The program's exceptions are hostile input to the printer, which runs on the host after
the run: it reads what CPython's C printer reads from the exception's own slots (never
through a class attribute, property or ``__getattribute__`` of the program's), runs the
program's code (``__str__``, a ``__notes__`` property) only through :func:`_call`, under
the meter and with CPython's stand-in when it fails, hands back exact ``str`` only, and
bounds its work (see _MAX_EXCEPTIONS).
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from .attributes import load_attr
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

# The exception's own slots, read as CPython's C printer reads them: a class attribute,
# a property or a ``__getattribute__`` of a sandbox class cannot stand in for them, and
# reading them runs no sandbox code.  The ``__dict__`` slot holds this module's state.
_state = BaseException.__dict__["__dict__"].__get__
_cause_of = BaseException.__dict__["__cause__"].__get__
_context_of = BaseException.__dict__["__context__"].__get__
_suppressed = BaseException.__dict__["__suppress_context__"].__get__
_members_of = BaseExceptionGroup.__dict__["exceptions"].__get__
_module_of = type.__dict__["__module__"].__get__
_qualname_of = type.__dict__["__qualname__"].__get__
_type_name_of = type.__dict__["__name__"].__get__
_name_of_error = NameError.__dict__["name"].__get__
_args_of = BaseException.__dict__["args"].__get__
_host_traceback = BaseException.__dict__["__traceback__"].__get__


def _is(value: Any, types: type | tuple[type, ...]) -> bool:
    """``isinstance`` by the value's real type: ``isinstance`` itself reads
    ``value.__class__``, which a class of the program's can answer with its own code."""
    return issubclass(type(value), types)


def instance_dict(error: BaseException) -> dict:
    """The ``__dict__`` of ``error`` itself, whatever its class defines."""
    return _state(error)


def note_line(error: BaseException, lineno: int) -> None:
    d = _state(error)
    if d.get(LINE) is None:
        d[LINE] = lineno
        d[HOST_TB] = id(_host_traceback(error))


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
    d = _state(error)
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
    d = _state(error)
    if d.get(LINE) == RECORDED:
        del d[LINE]


def add_frame(error: BaseException, code: Any) -> None:
    d = _state(error)
    line = d.pop(LINE, None)
    if line == RECORDED:
        return
    entries = d.get(ENTRIES)
    if entries is None:
        entries = d[ENTRIES] = []
    entries.append((code.filename, line, code.name, d.pop(HOST_TB, None)))


def entries(error: BaseException) -> list[tuple[str, int | None, str]]:
    """Traceback entries of ``error``, outermost call first."""
    return [entry[:3] for entry in reversed(_state(error).get(ENTRIES, []))]


def clear(error: BaseException) -> None:
    d = _state(error)
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

# Bounds on the work of one printout (CPython has none, see docs/DEVIATIONS.md): the
# host does this work after the run, where no step or time limit can end it, and a
# program can build a chain of 10**5 contexts, or a note list of 10**6 entries, cheaply.
#: Exceptions printed in all (chains and group members): CPython 3.11 itself cannot
#: print a chain much longer than its recursion limit of 1000.
_MAX_EXCEPTIONS = 1000
#: Notes printed for one exception.
_MAX_NOTES = 1000
#: Characters of the whole text.
_MAX_TEXT = 1 << 20
_CHAIN_CUT = "[... older exceptions of this chain not shown: it is longer than {} ...]\n"
_TEXT_CUT = "[... traceback truncated: longer than {} characters ...]\n"


class _Truncated(Exception):
    """The printout reached _MAX_TEXT."""


def format_exception(error: BaseException, sources: dict[str, list[str]]) -> str:
    """The text CPython prints for ``error`` uncaught: its chain, tracebacks, groups."""
    return describe(error, sources)[0]


def describe(error: BaseException, sources: dict[str, list[str]]) -> tuple[str, str]:
    """The traceback text of ``error`` and the message it shows for ``error`` itself.

    The sandbox's ``__str__`` of ``error`` runs once, as when CPython prints it; both
    texts are exact ``str`` (never an object of the program's, whose methods the host
    would run later, unmetered)."""
    # Two passes.  The host's own work (the tracebacks, their carets) first, in a
    # handler of its own: the printer runs inside the handler of the failure, where
    # each exception raised, even one caught at once (reading a frame's f_locals
    # raises and clears one per empty cell), costs CPython a walk of the whole context
    # chain of the failure (its cycle check), which can be 10**5 long.  The program's
    # code (__str__...) runs in the second pass only, outside that handler, so that
    # what it raises never has a context of the host's.
    stacks: dict[int, list[str]] = {}
    _quietly(_Printer(sources, error, stacks, dry=True).run)
    printer = _Printer(sources, error, stacks)
    with _short_chain(printer):
        printer.run()
    message = printer.message
    if message is None:  # a SyntaxError's own layout shows no str()
        message = safe_str(error)
    return "".join(printer.out), message


class _Quiet(Exception):
    """The exception handled while the printer's first pass runs (see describe)."""


def _quietly(work: Any) -> None:
    try:
        raise _Quiet  # one walk of the failure's context chain, here
    except _Quiet as quiet:
        quiet.__context__ = None
        work()


#: A context chain longer than this is cut while the program's code runs (see below).
_LONG_CHAIN = 100
_set_context = BaseException.__dict__["__context__"].__set__
_MISSING_LINK: Any = object()


@contextmanager
def _short_chain(printer: _Printer) -> Iterator[None]:
    """Cut the context chain of the exception being handled, while the second pass
    runs, when it is long: the calls of the program's code raise (a StopIteration
    ends each), and each raise walks that chain.  The printer reads the link it cut
    from ``printer.links``; the program's ``__str__`` of that exception reads None."""
    handled = sys.exception()
    if handled is None:
        yield
        return
    e: BaseException | None = handled
    for _ in range(_LONG_CHAIN):
        e = _context_of(e)
        if e is None:
            yield
            return
    link = _context_of(handled)
    printer.links[id(handled)] = link
    _set_context(handled, None)
    try:
        yield
    finally:
        _set_context(handled, link)


class _Printer:
    def __init__(
        self,
        sources: dict[str, list[str]],
        top: BaseException,
        stacks: dict[int, list[str]],
        dry: bool = False,
    ) -> None:
        self.sources = sources
        #: The stack lines of each exception printed, by id (filled by the dry pass).
        self.stacks = stacks
        #: A pass that computes the stack lines only, and runs no code of the program's.
        self.dry = dry
        self.out: list[str] = []
        self.size = 0
        self.seen: set[int] = set()
        self.depth = 0  # exception group nesting
        self.need_close = False
        self.left = _MAX_EXCEPTIONS
        self.top = top
        self.message: str | None = None
        #: Context links cut while the printer runs, by id of the exception.
        self.links: dict[int, BaseException | None] = {}

    def run(self) -> None:
        self.seen.add(id(self.top))
        try:
            self.exception(self.top)
        except _Truncated:
            if self.out and not self.out[-1].endswith("\n"):
                self.out.append("\n")
            self.out.append(_TEXT_CUT.format(_MAX_TEXT))

    def stack(self, e: BaseException) -> list[str]:
        found = self.stacks.get(id(e))
        if found is None:
            found = self.stacks[id(e)] = _stack_lines(e, self.sources)
        return found

    def indent(self) -> str:
        return " " * (2 * self.depth)

    def write(self, text: str) -> None:
        room = _MAX_TEXT - self.size
        if len(text) > room:
            self.out.append(text[:room])
            self.size = _MAX_TEXT
            raise _Truncated
        self.out.append(text)
        self.size += len(text)

    def emit(self, text: str, margin: str = "|") -> None:
        prefix = self.indent() + margin + " " if self.depth else ""
        if not prefix:
            self.write(text)
            return
        for line in text.splitlines(keepends=True):
            self.write(prefix + line)

    def exception(self, error: BaseException) -> None:
        # The chain, oldest first; ``seen`` breaks cycles as CPython's does.  Each
        # exception comes with the message printed between its cause (or context) and
        # itself.  The links are the exception's own slots (see _cause_of).
        chain: list[tuple[str | None, BaseException]] = []
        e: BaseException | None = error
        cut = False
        while e is not None:
            if len(chain) >= self.left:
                cut = True
                break
            cause, context = _cause_of(e), self.links.get(id(e), _MISSING_LINK)
            if context is _MISSING_LINK:
                context = _context_of(e)
            if cause is not None and id(cause) not in self.seen:
                chain.append((_CAUSE, e))
                e = cause
            elif context is not None and not _suppressed(e) and id(context) not in self.seen:
                chain.append((_CONTEXT, e))
                e = context
            else:
                chain.append((None, e))
                e = None
            if e is not None:
                self.seen.add(id(e))
        self.left -= len(chain)
        if cut:
            self.emit(_CHAIN_CUT.format(len(chain)))
        for message, e in reversed(chain):
            if message is not None:
                self.emit(message)
            self.one(e)

    def one(self, e: BaseException) -> None:
        stack = self.stack(e)
        if not issubclass(type(e), BaseExceptionGroup):
            if stack:
                self.emit("Traceback (most recent call last):\n")
                self.emit("".join(stack))
            self.emit(self.only(e))
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
        self.emit(self.only(e))
        members = _members_of(e)
        n = len(members) if len(members) <= _MAX_GROUP_WIDTH else _MAX_GROUP_WIDTH + 1
        self.need_close = False
        for i in range(n):
            last = i == n - 1
            if last:
                self.need_close = True
            truncated = i >= _MAX_GROUP_WIDTH
            title = "..." if truncated else str(i + 1)
            self.write(
                self.indent() + ("+-" if i == 0 else "  ") + f"+---------------- {title} ----------------\n"
            )
            self.depth += 1
            if truncated:
                remaining = len(members) - _MAX_GROUP_WIDTH
                self.emit(f"and {remaining} more exception{'s' if remaining > 1 else ''}\n")
            elif self.left <= 0:
                self.emit(_CHAIN_CUT.format(_MAX_EXCEPTIONS))
            else:
                member = members[i]
                self.seen.add(id(member))
                self.exception(member)
            if last and self.need_close:
                self.write(self.indent() + "+------------------------------------\n")
                self.need_close = False
            self.depth -= 1
        if toplevel:
            self.depth = 0

    def only(self, e: BaseException) -> str:
        if self.dry:
            return ""
        if e is not self.top:
            return format_exception_only(e)
        text, self.message = _exception_only(e)
        return text


def _stack_lines(error: BaseException, sources: dict[str, list[str]]) -> list[str]:
    """The ``File "...", line N, in name`` lines of ``error``'s traceback, with source
    lines and carets, and CPython's ``[Previous line repeated N more times]``."""
    frames = _state(error).get(ENTRIES, [])[:_TRACEBACK_LIMIT]
    frames.reverse()
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
        if position is not None and _is(error, NameError) and filename in sources:
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
    name = _name_of_error(error)
    if name is None:  # the runtime's UnboundLocalError: the name is in the message
        args = _args_of(error)
        quoted = re.search(r"'(\w+)'", args[0]) if len(args) == 1 and type(args[0]) is str else None
        name = quoted.group(1) if quoted else None
    if type(name) is not str or not name.isidentifier() or not 1 <= lineno <= len(text):
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
    tb = _host_traceback(error)
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
        # Not getattr: a miss raises, which costs a walk of the context chain here.
        marks = fn.__dict__
        position = marks.get(POSITION)
        if position is not None and position[0] >= low and (high is None or position[1] <= high):
            best = position
            if high is None:
                high = position[1]
        if marks.get(BOUNDARY, False):
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


def _syntax_error(error: SyntaxError) -> str | None:
    """A SyntaxError as CPython's printer shows it: the line without its indentation
    (spaces, tabs and form feeds), and carets unless they would point into it.  None
    when the program gave it fields that layout cannot use (a line number that is not
    an int...): CPython then prints it as any other exception."""
    fields = {name: SyntaxError.__dict__[name].__get__(error) for name in _SYNTAX_FIELDS}
    numbers = [fields["lineno"], fields["offset"], fields["end_offset"]]
    if not all(n is None or _is(n, int) for n in numbers):
        return None
    lineno, offset, end_offset = (None if n is None else int.__index__(n) for n in numbers)
    filename, text, msg = fields["filename"], fields["text"], fields["msg"]
    if not all(v is None or _is(v, str) for v in (filename, text)):
        return None
    filename = None if filename is None else _written(filename, "<unknown>")
    lines = []
    if lineno is not None:
        lines.append(f'  File "{filename or "<string>"}", line {lineno}\n')
    if text is not None:
        rtext = str.__str__(text).rstrip("\n")
        ltext = rtext.lstrip(" \t\f")
        spaces = len(rtext) - len(ltext)
        lines.append(f"    {ltext}\n")
        if offset is not None:
            if end_offset in (None, 0):
                end_offset = offset
            if offset == end_offset or end_offset == -1:
                end_offset = offset + 1
            colno = offset - 1 - spaces
            end_colno = end_offset - 1 - spaces
            if colno >= 0:
                space = "".join(c if c.isspace() else " " for c in ltext[:colno])
                lines.append(f"    {space}{'^' * min(end_colno - colno, _MAX_TEXT)}\n")
    suffix = f" ({filename})" if lineno is None and filename is not None else ""
    detail = "" if msg is None else _written(msg, "<exception str() failed>")
    lines.append(f"{_type_name(type(error))}: {detail or '<no detail available>'}{suffix}\n")
    return "".join(lines)


_SYNTAX_FIELDS = ("lineno", "offset", "end_offset", "filename", "text", "msg")


def format_exception_only(error: BaseException) -> str:
    """``Type: message`` and the notes, as CPython prints them."""
    return _exception_only(error)[0]


def _exception_only(error: BaseException) -> tuple[str, str | None]:
    """``Type: message`` and the notes, and the message (None for a SyntaxError's
    own layout, which shows no ``str()``)."""
    t = type(error)
    if t is SyntaxError or t is IndentationError or t is TabError:
        text = _syntax_error(error)  # type: ignore[arg-type]
        if text is not None:
            return text + _notes(error), None
    line = _type_name(t)
    value = str(error) if _plain_str(t, error) else _call(str, error)
    if value is None:
        message = _STR_FAILED
        line += ": " + message
    else:
        if str.__len__(value):
            line += ": "
        # CPython writes the str() it got with str() again: a str subclass's __str__.
        message = _written(value, _STR_FAILED)
        line += message
    return line + "\n" + _notes(error), message


_STR_FAILED = "<exception str() failed>"

# Fast paths that run no code of the program's, and so raise nothing: the printer runs
# inside the handler of the failure, where each exception raised (a StopIteration
# ending a nested call, an AttributeError for a missing attribute) costs CPython a walk
# of the whole context chain (its cycle check), and the chain can be 10**5 long.
_SIMPLE_STR = (BaseException.__dict__["__str__"], KeyError.__dict__["__str__"])
_PRIMITIVES = frozenset({str, int, float, bool, type(None)})
#: A builtin type's own ``__getattribute__`` (the host's generic look-up).
_HOST_SLOT = object.__dict__["__getattribute__"]
_HostSlot = type(_HOST_SLOT)


def _plain_str(t: type, error: BaseException) -> bool:
    """True when ``str(error)`` is the builtin one over primitive arguments."""
    for k in _mro_of(t):
        found = _type_dict(k).get("__str__")
        if found is not None:
            if found not in _SIMPLE_STR:
                return False
            break
    return all(type(arg) in _PRIMITIVES for arg in _args_of(error))


def _plain_notes(t: type) -> bool:
    """True when ``error.__notes__`` is the entry of the instance dict, if any: no class
    defines it, or a look-up of its own."""
    for k in _mro_of(t):
        d = _type_dict(k)
        if (
            "__notes__" in d
            or "__getattr__" in d
            or type(d.get("__getattribute__", _HOST_SLOT)) is not _HostSlot
        ):
            return False
    return True


def _type_name(t: type) -> str:
    """``module.Qualname`` of an exception class, read from the class's own slots as
    CPython's printer reads them (no ``__eq__`` or metaclass of the program's runs)."""
    qualname = _qualname_of(t)
    name = _written(qualname, "<unknown>") if _is(qualname, str) else "<unknown>"
    try:
        module = _module_of(t)
    except Exception:  # a class without __module__
        module = None
    if not _is(module, str):
        return "<unknown>." + name
    if str.__eq__(module, "builtins") or str.__eq__(module, "__main__"):
        return name
    return _written(module, "<unknown>") + "." + name


def exact_type_name(t: type) -> str:
    """``t.__name__`` as an exact str, read without running any code of the program."""
    name = _type_name_of(t)
    return str.__str__(name) if _is(name, str) else "<unknown>"


def _notes(error: BaseException) -> str:
    """The lines of ``error.__notes__``, as CPython prints them, at most _MAX_NOTES.

    CPython looks the attribute up as Python code would (a class attribute or a
    property counts), so this is the sandbox's own look-up, under the meter; an error
    there shows no notes (CPython stops printing)."""
    if _plain_notes(type(error)):
        notes = _state(error).get("__notes__")
    else:
        try:
            notes = load_attr(error, "__notes__")
        except BaseException:  # noqa: BLE001 - no notes, or a look-up that failed
            return ""
    if notes is None:
        return ""
    t = type(notes)
    if t is list or t is tuple:
        total, items = len(notes), notes[:_MAX_NOTES]
    elif _is(notes, str):
        chars = str.__str__(notes)
        total, items = len(chars), chars[:_MAX_NOTES]
    elif _is(notes, (list, tuple)):
        base = list if _is(notes, list) else tuple
        total, items = base.__len__(notes), base.__getitem__(notes, slice(0, _MAX_NOTES))
    elif _is_sequence(t):
        total = _call(len, notes)
        if type(total) is not int:
            return ""
        items = _LazyItems(notes, min(total, _MAX_NOTES))
    else:
        # With no newline after it: CPython 3.11's printer writes none there.
        text = _call(repr, notes)
        return "<__notes__ repr() failed>" if text is None else _written(text, "<__notes__ repr() failed>")
    out = []
    for note in items:
        if note is _LazyItems.FAILED:
            return "".join(out)
        if _is(note, str):
            out.append(_written(note, "<note str() failed>"))
        else:
            text = _call(str, note)
            out.append("<note str() failed>" if text is None else str.__str__(text))
        out.append("\n")
    if total > _MAX_NOTES:
        out.append(f"[... {total - _MAX_NOTES} more notes not shown ...]\n")
    return "".join(out)


class _LazyItems:
    """``notes[0]``, ``notes[1]``... of a sequence of the program's, fetched as they
    are printed (CPython stops at the first that fails: FAILED)."""

    FAILED = object()

    def __init__(self, notes: Any, n: int) -> None:
        self.notes = notes
        self.n = n

    def __iter__(self) -> Any:
        for i in range(self.n):
            item = _call(_getitem, self.notes, i, missing=self.FAILED)
            yield item
            if item is self.FAILED:
                return


def _getitem(seq: Any, i: int) -> Any:
    return seq[i]


_mro_of = type.__dict__["__mro__"].__get__
_type_dict = type.__dict__["__dict__"].__get__


def _is_sequence(t: type) -> bool:
    """What CPython's ``PySequence_Check`` says: a ``__getitem__``, and not a dict."""
    if issubclass(t, dict):
        return False
    return any("__getitem__" in _type_dict(k) for k in _mro_of(t))


def _call(fn: Any, *args: Any, missing: Any = None) -> Any:
    """``fn(*args)``, which may run the program's code (its ``__str__``, ``__len__``...),
    under the meter; ``missing`` if that raised anything (CPython's printer carries on
    with a stand-in).  A str() or repr() answer comes back as a str, maybe a subclass."""

    def run() -> Any:
        return fn(*args)
        yield  # pragma: no cover - a generator for run_nested

    try:
        return run_nested(run())
    except BaseException:  # noqa: BLE001 - every failure of the program's code
        return missing


def _written(value: str, failed: str) -> str:
    """The text CPython writes for the str (or str subclass) ``value``: ``str(value)``,
    which runs a subclass's own ``__str__``; an exact str in every case."""
    if type(value) is str:
        return value
    text = _call(str, value)
    return failed if text is None else str.__str__(text)


def safe_str(value: Any) -> str:
    """``str(value)`` of a sandbox value (running its ``__str__``) as an exact str, or
    CPython's stand-in."""
    text = _call(str, value)
    return _STR_FAILED if text is None else str.__str__(text)
