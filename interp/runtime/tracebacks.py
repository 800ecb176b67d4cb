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

Each CPython is the oracle for its own runs, so the layout follows the host's version:
3.11's on a 3.11 host, 3.13+'s (multi-line spans, call anchors, its rules for leaving
carets out) inside Pyodide; see _SPANS.  The "Did you mean" of a NameError or an
AttributeError is CPython's too (see _suggestion), computed from the names the failing
frame could see, read on the host from the run's own traceback.
"""

from __future__ import annotations

import ast
import builtins as _host_builtins
import re
import sys
import textwrap
import unicodedata
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from .attributes import TABLES, USER_CLASSES, load_attr
from .control import UNBOUND
from .functions import Function
from .introspection import dir_of
from .nested import run_nested

LINE = "_interp_line"
#: Host code of a function body compiled to one host function (compiler/hostcode.py) ->
#: the position of the node each of its host lines runs (None where no node's).
#: Weak keys: the code lives as long as the tree whose scope caches it.
HOST_POSITIONS: Any = weakref.WeakKeyDictionary()
ENTRIES = "_interp_tb"
#: The id of the host traceback entry of the block that noted LINE (see the docstring).
HOST_TB = "_interp_host_tb"
#: A compiled closure's mark (its node's position, and whether it is a BOUNDARY) is kept
#: in the closure's own ``__doc__`` slot, not in an attribute: an attribute gives every
#: closure a ``__dict__`` (about 180 bytes each; a quarter of a small program's peak),
#: the slot exists anyway.  Compiled closures never reach the sandbox, and no reader of
#: a host function's ``__doc__`` sees them, so the slot is free.  The mark is an int
#: (the position packed, see _pack) or, when a field does not fit, a tuple ``(lineno,
#: end_lineno, col, end_col, boundary)``.
#: A BOUNDARY closure runs in a traceback frame of its own (a 3.11 list comprehension):
#: the caller's position stops there.  Its mark is always the tuple form.
_FunctionType = type(lambda: None)
#: Bits of the packed fields below the line number: end column, column, line span.
_COL_BITS = 16
_SPAN_BITS = 10
_COL_MASK = (1 << _COL_BITS) - 1
_SPAN_MASK = (1 << _SPAN_BITS) - 1

# The exception's own slots, read as CPython's C printer reads them: a class attribute,
# a property or a ``__getattribute__`` of a sandbox class cannot stand in for them, and
# reading them runs no sandbox code.  The ``__dict__`` slot holds this module's state.
_state = BaseException.__dict__["__dict__"].__get__
_cause_of = BaseException.__dict__["__cause__"].__get__
_context_of = BaseException.__dict__["__context__"].__get__


def visible_link(value: Any) -> Any:
    """A ``__cause__``/``__context__`` as the program may see it and its traceback shows
    it: a sandbox exception, else None.  An exception a native module raises inside a
    host ``except`` block gets the host's exception as its context, which must not reach
    the program, nor be printed with the host's frames."""
    if value is None or type(value) in TABLES or id(type(value)) in USER_CLASSES:
        return value
    return None


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
    if type(fn) is _FunctionType:
        position = position_of(fn)
        fn.__doc__ = (*(position or (None, None, None, None)), True)
    return fn


def mark(fn: Any, node: Any) -> None:
    """Give ``fn``, the closure compiled for ``node``, the node's position (compile time).
    A closure that is already marked keeps its mark: a statement compiled into the
    closure of its expression (``return a + b``) fails where the expression does.
    Only plain functions are marked: the readers find the closures running in host
    frames, which are functions."""
    if type(fn) is not _FunctionType:
        return
    held = fn.__doc__
    t = type(held)
    if t is int or (t is tuple and held[0] is not None):
        return
    if t is tuple:  # a BOUNDARY without a position yet
        try:
            fn.__doc__ = (node.lineno, node.end_lineno, node.col_offset, node.end_col_offset, True)
        except AttributeError:  # a node without a position
            pass
        return
    try:
        # Statements and expressions keep their packed position: a module's tree is
        # compiled again by every sandbox that imports it, a mark for each closure.
        fn.__doc__ = node._packed
    except AttributeError:
        try:
            packed = _pack((node.lineno, node.end_lineno, node.col_offset, node.end_col_offset))
        except AttributeError:  # a node without a position
            return
        fn.__doc__ = packed
        try:
            node._packed = packed
        except AttributeError:  # a kind of node without the slot
            pass


def _pack(position: tuple) -> Any:
    """``position`` as one int (32 bytes, against 72 for the tuple) when its fields fit,
    else as the tuple form of a mark."""
    lineno, end_lineno, col, end_col = position
    if (
        type(lineno) is int
        and type(end_lineno) is int
        and type(col) is int
        and type(end_col) is int
        and lineno >= 0
        and 0 <= end_lineno - lineno <= _SPAN_MASK
        and 0 <= col <= _COL_MASK
        and 0 <= end_col <= _COL_MASK
    ):
        return (((lineno << _SPAN_BITS | (end_lineno - lineno)) << _COL_BITS | col) << _COL_BITS) | end_col
    return (*position, False)


def position_of(fn: Any) -> tuple | None:
    """The position ``(lineno, end_lineno, col, end_col)`` that :func:`mark` gave
    compiled closure ``fn``, or None."""
    if type(fn) is not _FunctionType:
        return None
    held = fn.__doc__
    t = type(held)
    if t is int:
        end_col = held & _COL_MASK
        held >>= _COL_BITS
        col = held & _COL_MASK
        held >>= _COL_BITS
        lineno = held >> _SPAN_BITS
        return (lineno, lineno + (held & _SPAN_MASK), col, end_col)
    if t is tuple and held[0] is not None:
        return held[:4]
    return None


def _is_boundary(fn: Any) -> bool:
    held = fn.__doc__
    return type(held) is tuple and held[4]


#: Filenames of sandbox modules of our own that stand in for what is C code in CPython
#: (asyncio's loop and tasks): their frames are never recorded, so no traceback shows
#: them, whether printed, read through ``__traceback__`` or by the ``traceback`` module.
#: The stdlib layer adds to it (:func:`hide_frames_of`). A program that compiles its own
#: code under such a name (``compile(text, "<asyncio>", "exec")``) hides only that code's
#: frames from itself: nothing is revealed or gained.
HIDDEN_FILES: set[str] = set()
#: (filename, qualname) of single functions hidden the same way: those of a CPython
#: module in Python that CPython runs as C code (``functools.partial.__call__``).
HIDDEN_FUNCTIONS: set[tuple[str, str]] = set()


def hide_frames_of(filename: str, qualnames: tuple[str, ...] | None = None) -> None:
    """Leave the frames of code compiled with ``filename`` out of every traceback (only
    those of the functions named ``qualnames``, when given)."""
    if qualnames is None:
        HIDDEN_FILES.add(filename)
    else:
        HIDDEN_FUNCTIONS.update((filename, name) for name in qualnames)


def _hidden(code: Any) -> bool:
    filename = code.filename
    if filename in HIDDEN_FILES:
        return True
    return bool(HIDDEN_FUNCTIONS) and (filename, getattr(code, "qualname", None)) in HIDDEN_FUNCTIONS


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
    if _hidden(code):
        d.pop(HOST_TB, None)
        return
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
    if _hidden(code):
        d.pop(HOST_TB, None)
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
    dry = _Printer(sources, error, stacks, dry=True)
    _quietly(dry.run)
    printer = _Printer(sources, error, stacks)
    printer.hints = dry.hints
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
        #: The "Did you mean" suffix of each exception's line, by id (the dry pass's).
        self.hints: dict[int, str] = {}

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
            if self.dry:
                try:
                    self.hints[id(e)] = _suggestion(e)
                except Exception:  # a nicety: never a host error instead of the traceback
                    pass
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
            cause, context = visible_link(_cause_of(e)), self.links.get(id(e), _MISSING_LINK)
            if context is _MISSING_LINK:
                context = visible_link(_context_of(e))
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
        hint = self.hints.get(id(e), "")
        if e is not self.top:
            return _exception_only(e, hint)[0]
        text, self.message = _exception_only(e, hint)
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
    for index, (filename, lineno, name, tb_id) in enumerate(frames):
        try:
            position = _position(host.get(tb_id), lineno) if tb_id is not None else None
        except Exception:  # carets are a nicety: never a host error instead of the traceback
            position = None
        if position is not None and filename in sources:
            inner = frames[index + 1][2] if index + 1 < len(frames) else None
            position = _decorator_position(sources[filename], position, inner)
            if _is(error, (LookupError, AttributeError)):
                position = _augmented_target(sources[filename], position, error)
        if position is not None and len(position) > 4:
            position = _method_position(position, sources.get(filename) or [])
        if position is not None and _is(error, NameError) and filename in sources:
            position = _name_position(error, sources[filename], position)
        if position is not None and _SPANS and filename in sources:
            position = _header_position(sources[filename], position)
            if _INLINED_CALLS:
                position = _inlined_call(sources[filename], position)
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
                if _SPANS:
                    lines.extend(_span_lines(text, lineno, position))
                else:
                    lines.extend(source_lines(text[lineno - 1], position))
    if count > _RECURSIVE_CUTOFF:
        lines.append(_repeated(count - _RECURSIVE_CUTOFF))
    return lines


def _augmented_target(text: list[str], position: tuple, error: BaseException) -> tuple:
    """``d[k] += 1`` runs in one closure; a KeyError or IndexError there comes from
    reading ``d[k]`` (an AttributeError from ``obj.name``), where CPython points."""
    lineno, end_lineno, start, end = position[:4]
    if lineno != end_lineno or not 1 <= lineno <= len(text) or "=" not in text[lineno - 1][start:end]:
        return position
    segment = text[lineno - 1][start:end]
    try:
        tree = ast.parse(segment)
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return position
    if len(tree.body) != 1 or type(tree.body[0]) is not ast.AugAssign:
        return position
    target = tree.body[0].target
    wanted = ast.Attribute if _is(error, AttributeError) else ast.Subscript
    if type(target) is not wanted or target.end_lineno != 1:
        return position
    data = segment.encode("utf-8")

    def chars(byte_offset: int) -> int:
        return len(data[:byte_offset].decode("utf-8", "replace"))

    return (lineno, lineno, start + chars(target.col_offset), start + chars(target.end_col_offset or 0))


_DEFINITION = re.compile(r"(?:async\s+def|def|class)\s+(\w+)")
_DECORATOR = re.compile(r"[ \t]*@\s*(.*?)\s*(?:#.*)?$")


def _decorator_position(text: list[str], position: tuple, inner: str | None) -> tuple:
    """A failure of a ``def`` or ``class`` statement itself (not of something deeper
    in it) is a decorator's: CPython points at the decorator expression, which the
    closure of the whole statement does not tell apart.  With several decorators, the
    one named as the next frame's function (else the statement's position stays).  A
    class whose body failed (the next frame is the body's) keeps its statement."""
    lineno, _end, start = position[:3]
    if not 2 <= lineno <= len(text):
        return position
    found = _DEFINITION.match(text[lineno - 1], start)
    if found is None or (found.group(0).startswith("class") and inner == found.group(1)):
        return position
    decorators = []  # (line number, expression), nearest first
    row_number = lineno - 1
    while row_number >= 1:
        above = _DECORATOR.match(text[row_number - 1])
        if above is None or not above.group(1):
            break
        decorators.append((row_number, above.group(1)))
        row_number -= 1
    if len(decorators) > 1:
        named = [d for d in decorators if inner is not None and re.match(rf"{re.escape(inner)}\b", d[1])]
        decorators = named if len(named) == 1 else []
    if len(decorators) != 1:
        return position
    row_number, expression = decorators[0]
    row = text[row_number - 1]
    column = row.index(expression, row.index("@") + 1)
    return (row_number, row_number, column, column + len(expression))


#: 3.14 compiles ``all``, ``any`` and ``tuple`` of a generator expression into a loop
#: in the caller, whose instructions carry the position of the function's name.
_INLINED_CALLS = frozenset({"all", "any", "tuple"}) if sys.version_info >= (3, 14) else frozenset()


def _inlined_call(text: list[str], position: tuple) -> tuple:
    """The position of ``all`` in ``all(x for x in y)`` where 3.14 points there."""
    lineno, end_lineno, start, end = position[:4]
    if not 1 <= lineno <= end_lineno <= len(text):
        return position
    first = text[lineno - 1]
    if not first[start:].startswith(tuple(_INLINED_CALLS)):
        return position
    rows = text[lineno - 1 : end_lineno]
    rows = [rows[0][start:]] + rows[1:]
    rows[-1] = rows[-1][: end - start if lineno == end_lineno else end]
    try:
        tree = ast.parse("(" + "\n".join(rows) + ")")
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return position
    call = tree.body[0].value if len(tree.body) == 1 and type(tree.body[0]) is ast.Expr else None
    if (
        type(call) is not ast.Call
        or type(call.func) is not ast.Name
        or call.func.id not in _INLINED_CALLS
        or call.keywords
        or len(call.args) != 1
        or type(call.args[0]) is not ast.GeneratorExp
    ):
        return position
    return (lineno, lineno, start, start + len(call.func.id))


_HEADER = re.compile(r"(?:async\s+)?(?:for|while|if|elif|with)\b")


def _header_position(text: list[str], position: tuple) -> tuple:
    """Where 3.12+ points a failure of a compound statement's own work (``iter()`` of a
    ``for``, ``bool()`` of an ``if``, ``__enter__`` of a ``with``): at the expression of
    its header, which the closure of the whole statement does not tell apart."""
    lineno, _end_lineno, start = position[:3]
    if not 1 <= lineno <= len(text):
        return position
    line = text[lineno - 1]
    if not _HEADER.match(line, start):
        return position
    header = line[start:].rstrip()
    if header.startswith("elif"):
        header = "if  " + header[4:]  # the same columns
    try:
        tree = ast.parse(header + "\n pass")
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return position
    if not tree.body:
        return position
    statement = tree.body[0]
    kind = type(statement)
    if kind is ast.For or kind is ast.AsyncFor:
        node = statement.iter
    elif kind is ast.While or kind is ast.If:
        node = statement.test
    elif (kind is ast.With or kind is ast.AsyncWith) and statement.items:
        node = statement.items[0].context_expr
    else:
        return position
    if node.lineno != 1 or node.end_lineno != 1:
        return position
    data = header.encode("utf-8")

    def chars(byte_offset: int) -> int:
        return len(data[:byte_offset].decode("utf-8", "replace"))

    return (lineno, lineno, start + chars(node.col_offset), start + chars(node.end_col_offset or 0))


# -- "Did you mean" ----------------------------------------------------------------------
# CPython's printer ends the line of a NameError with the closest name the failing frame
# could see (its local variables, its globals, the builtins), by an edit distance in
# which a change of case costs half as much as any other edit.

_MOVE_COST = 2
_CASE_COST = 1
#: Names longer than this (in UTF-8 bytes) are never close to anything.
_MAX_NAME = 40
#: A candidate list this long gives no suggestion.
_MAX_CANDIDATES = 750
#: The host's builtins in their own order: ties go to the first name, so the sandbox's
#: builtins are tried in CPython's order.
_BUILTIN_ORDER = {name: i for i, name in enumerate(vars(_host_builtins))}
_KEYWORD_CONSTANTS = frozenset({"None", "True", "False"})


def _edit_cost(a: bytes, b: bytes, limit: int) -> int:
    """The edit distance of ``a`` and ``b`` (more than ``limit`` once it must be)."""
    start = 0
    while start < len(a) and start < len(b) and a[start] == b[start]:
        start += 1
    a, b = a[start:], b[start:]
    while a and b and a[-1] == b[-1]:
        a, b = a[:-1], b[:-1]
    if not a or not b:
        return (len(a) + len(b)) * _MOVE_COST
    if len(a) > _MAX_NAME or len(b) > _MAX_NAME:
        return limit + 1
    if len(b) < len(a):
        a, b = b, a
    if (len(b) - len(a)) * _MOVE_COST > limit:
        return limit + 1
    row = [(i + 1) * _MOVE_COST for i in range(len(a))]
    result = 0
    for j, cb in enumerate(b):
        diagonal = result = j * _MOVE_COST
        best = None
        for i, ca in enumerate(a):
            if ca == cb:
                step = 0
            elif (ca | 0x20) == (cb | 0x20) and 0x61 <= (ca | 0x20) <= 0x7A:
                step = _CASE_COST
            else:
                step = _MOVE_COST
            substitute = diagonal + step
            diagonal = row[i]
            result = min(min(result, diagonal) + _MOVE_COST, substitute)
            row[i] = result
            if best is None or result < best:
                best = result
        if best is not None and best > limit:
            return limit + 1
    return result


def _closest(candidates: list, name: str) -> str | None:
    """The candidate closest to ``name``, if close enough (at most a third changed)."""
    if len(candidates) >= _MAX_CANDIDATES:
        return None
    wrong = name.encode("utf-8", "surrogatepass")
    found, distance = None, None
    for candidate in candidates:
        if type(candidate) is not str or candidate == name:
            continue
        other = candidate.encode("utf-8", "surrogatepass")
        limit = (len(wrong) + len(other) + 3) * _MOVE_COST // 6
        if distance is not None:
            limit = min(limit, distance - 1)
        cost = _edit_cost(wrong, other, limit)
        if cost > limit:
            continue
        if found is None or cost < distance:
            found, distance = candidate, cost
    return found


def _suggestion(error: BaseException) -> str:
    """The ". Did you mean: 'x'?" that CPython's printer adds to the line of ``error``
    (a NameError whose frame the host traceback still holds), or ""."""
    if _is(error, AttributeError):
        return _attribute_suggestion(error)
    if not _is(error, NameError):
        return ""
    name = _name_of_error(error)
    if type(name) is not str:
        return ""
    scope = _name_scope(error, name)
    if scope is None:
        return ""
    local_names, globals_, builtins_, extra = scope
    global_names = [k for k in globals_ if type(k) is str]
    # CPython's builtins dict also holds the constants the sandbox compiles as keywords.
    builtin_names = sorted(
        {k for k in builtins_ if type(k) is str} | _KEYWORD_CONSTANTS,
        key=lambda k: (_BUILTIN_ORDER.get(k, 1 << 30), k),
    )
    if _SPANS:
        owner = extra.get("self", _EMPTY)
        if owner is not _EMPTY:
            # 3.12+ first tries the attribute of ``self`` (host names only: no
            # __getattr__ of the program's runs).
            if name in dir_of(owner):
                return f". Did you mean: 'self.{name}'?"
        # 3.12+: one list, locals first (at module level the locals are the globals,
        # in a class body its namespace).
        first = extra.get("namespace", local_names if local_names is not None else global_names)
        found = _closest(first + global_names + builtin_names, name)
        text = f". Did you mean: '{found}'?" if found else ""
        if name in getattr(sys, "stdlib_module_names", ()):
            text += (
                f" Or did you forget to import '{name}'?"
                if found
                else f". Did you forget to import '{name}'?"
            )
        return text
    for group in (local_names or [], global_names, builtin_names):
        found = _closest(group, name)
        if found is not None:
            return f". Did you mean: '{found}'?"
    return ""


#: Host methods that run the body of a sandbox generator or coroutine (``self``).
_RESUMES = frozenset(
    {"Generator.start", "Generator.send", "Generator.throw", "Coroutine.send", "Coroutine.throw"}
)


_GetSet = type(BaseException.__dict__["__dict__"])
_attribute_name_of = AttributeError.__dict__["name"].__get__
_attribute_obj_of = AttributeError.__dict__["obj"].__get__


def _attribute_suggestion(error: AttributeError) -> str:
    """CPython's "Did you mean" for a missing attribute: the closest of the object's
    attribute names (3.12+ leaves out the underscored ones unless the name is one).
    The names are the sandbox's ``dir()`` read on the host: a ``__dir__`` of the
    program's is not run."""
    name = _attribute_name_of(error)
    if type(name) is not str:
        return ""
    obj = _state(error).get("_interp_obj", _attribute_obj_of(error))
    if obj is None:
        return ""
    for k in _mro_of(type(obj)):
        # A ``__dict__`` of the program's (a property...) would run its code here.
        found = _type_dict(k).get("__dict__")
        if found is not None and type(found) is not _GetSet:
            return ""
    names = [k for k in dir_of(obj) if type(k) is str]
    if _SPANS and name[:1] != "_":
        names = [k for k in names if k[:1] != "_"]
    found = _closest(names, name)
    return f". Did you mean: '{found}'?" if found else ""


def _slot(owner: Any, name: str) -> Any:
    """``owner.name`` read from the object itself (None if it has none)."""
    try:
        return object.__getattribute__(owner, name)
    except AttributeError:
        return None


def _name_scope(error: BaseException, name: str) -> tuple[list | None, dict, dict, dict] | None:
    """The local variable names (None at module level), globals and builtins of the
    sandboxed code that raised ``error``, read from its host traceback: the innermost
    entry is the closure that looked the name up (it holds the globals and builtins
    dicts it searched), and the innermost sandboxed call on the way holds the function.
    The fourth item has the value of ``self`` in that function and the namespace of a
    class body, when there are."""
    tb = _host_traceback(error)
    function = body = None
    last = None
    while tb is not None:
        frame = tb.tb_frame
        code = frame.f_code
        held = frame.f_locals
        if type(held.get("frame")) is list and type(held.get("fn")) is Function:
            # A call that runs a sandbox function's body (``calls.invoke`` or a call
            # site that runs it in place): not one still computing its arguments.
            function, body = held["fn"], held["frame"]
        elif code.co_qualname in _RESUMES:
            # A generator's or coroutine's body: the object holds its code and globals.
            # (``self`` of these host methods is the host's generator object: its own
            # slots are read, no code of the program's runs.)
            function = held.get("self")
            body = _slot(function, "frame")
        elif code.co_name == "run" and code.co_qualname == "Program.run":
            function = body = None
        last = frame
        tb = tb.tb_next
    if last is None:
        return None
    held = last.f_locals
    pair = None
    for g, b, n in (("g", "b", "name"), ("g0", "b0", "n0"), ("g1", "b1", "n1")):
        if type(held.get(g)) is dict and type(held.get(b)) is dict and held.get(n) == name:
            pair = held[g], held[b]
            break
    if pair is None:
        return None
    local_names = None
    extra: dict = {}
    frame_list = held.get("f")
    if last.f_code.co_name == "load_class_name" and type(frame_list) is list and type(frame_list[0]) is dict:
        extra["namespace"] = [k for k in frame_list[0] if type(k) is str]
    code = _slot(function, "code")
    if code is not None and _slot(function, "globals") is pair[0]:
        names = [n for n in code.argnames if type(n) is str]
        skip = set(getattr(code, "new_cells", ()) or ()) | set(getattr(code, "free_slots", ()) or ())
        for slot, slot_name in enumerate(code.slot_names):
            if type(slot_name) is str and slot_name not in names and slot not in skip:
                names.append(slot_name)
        local_names = names
        if "self" in code.slot_names and type(body) is list:
            slot = code.slot_names.index("self")
            if slot < len(body) and slot not in skip:
                value = body[slot]
                if value is not UNBOUND:
                    extra["self"] = value
    return local_names, pair[0], pair[1], extra


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
    # A wide (East Asian) character takes two columns, and so two marks.
    for offset in range(start, end):
        if anchors is not None and start + anchors[0] <= offset < start + anchors[1]:
            mark = "^"
        else:
            mark = "~" if anchors is not None else "^"
        carets.append(mark * _width(line[offset]) if offset < len(line) else mark)
    out.append("    " + " " * _width(line[truncation:start]) + "".join(carets) + "\n")
    return out


#: 3.13 changed the layout of a frame's source: every line of the failing expression,
#: call anchors (``~~~^^^^``), and its own rule for leaving the carets out.  Each
#: CPython is the oracle for its own runs, so the printer follows the host's version.
_SPANS = sys.version_info >= (3, 13)


def _span_lines(text: list[str], lineno: int, position: tuple | None) -> list[str]:
    """The source of a frame as CPython 3.13+ shows it: the lines of the failing
    expression (rstripped, dedented together), carets under each where they add
    something, long spans shortened to ``...<N lines>...``."""
    if position is None or position[0] != lineno or not lineno <= position[1] <= len(text):
        only = text[lineno - 1].strip()
        return [f"    {only}\n"] if only else []
    first, last, start, end = position[:4]
    original = [text[n].rstrip() for n in range(first - 1, last)]
    rows = textwrap.dedent("\n".join(original) + "\n").splitlines()[: last - first + 1]
    if not "".join(rows).strip():
        return []
    cut = len(original[0]) - len(rows[0])
    start = max(0, min(start, len(original[0])) - cut)
    end = max(0, min(end, len(original[-1])) - cut)
    joined = "\n".join(rows)
    segment = joined[start : len(joined) - (len(rows[-1]) - end)]
    try:
        anchors = _span_anchors(segment)
    except Exception:  # noqa: BLE001 - no anchors, as CPython when it cannot find them
        anchors = None
    show = _span_carets_shown(start, end, rows, anchors)
    wide_start = _width(rows[0], start)
    wide_end = _width(rows[-1], end)
    left_row = right_row = -1
    left = right = 0
    if anchors is not None:
        left_row, left, right_row, right = anchors
        left = _width(rows[left_row], left + (start if left_row == 0 else 0))
        right = _width(rows[right_row], right + (start if right_row == 0 else 0))
    shown = {0, len(rows) - 1}
    if anchors is not None:
        shown.update(range(left_row - 1, left_row + 2))
        shown.update(range(right_row - 1, right_row + 2))
    shown.discard(-1)
    shown.discard(len(rows))
    out: list[str] = []

    def emit(k: int) -> None:
        row = rows[k]
        out.append(row + "\n")
        if not show:
            return
        indent = len(row) - len(row.lstrip())
        marks = []
        for col in range(wide_end if k == len(rows) - 1 else _width(row)):
            if col < indent or (k == 0 and col < wide_start):
                marks.append(" ")
            elif (
                anchors is not None
                and (k > left_row or (k == left_row and col >= left))
                and (k < right_row or (k == right_row and col < right))
            ):
                marks.append("^")
            else:
                marks.append("~" if anchors is not None else "^")
        out.append("".join(marks) + "\n")

    previous = None
    for k in sorted(shown):
        if previous is not None and k - previous == 2:
            emit(k - 1)
        elif previous is not None and k - previous > 2:
            out.append(f"...<{k - previous - 1} lines>...\n")
        emit(k)
        previous = k
    block = textwrap.indent(textwrap.dedent("".join(out)), "    ", lambda _line: True)
    return block.splitlines(keepends=True)


def _width(line: str, offset: int | None = None) -> int:
    """Columns ``line[:offset]`` takes on a terminal: East Asian wide characters take two."""
    if offset is None:
        offset = len(line)
    if line.isascii():
        return offset
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line[:offset])


def _span_carets_shown(start: int, end: int, rows: list[str], anchors: tuple | None) -> bool:
    """CPython 3.13+'s rule: no carets under a call that is the whole right-hand side of
    ``name = f(...)`` or of ``return f(...)``, nor under a span that is all there is on
    its lines (unless anchors tell more)."""
    try:
        tree = ast.parse("\n".join(rows))
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        tree = None
    if tree is not None:
        if not tree.body:
            return False
        statement = tree.body[0]
        value = None
        if type(statement) is ast.Return and type(statement.value) is ast.Call:
            if type(statement.value.func) is ast.Name:
                value = statement.value
        elif type(statement) is ast.Assign and type(statement.value) is ast.Call:
            if len(statement.targets) == 1 and type(statement.targets[0]) is ast.Name:
                value = statement.value
        # ast's columns are bytes, compared with characters as CPython compares them.
        if (
            value is not None
            and value.lineno == 1
            and value.end_lineno == len(rows)
            and value.col_offset == start
            and value.end_col_offset == end
        ):
            return False
    if anchors is not None:
        return True
    return bool(rows[0][:start].lstrip() or rows[-1][end:].rstrip())


def _span_anchors(segment: str) -> tuple[int, int, int, int] | None:
    """Row and column, within ``segment``, where the highlighted part of a binary
    operation (its operator), a subscript (its brackets) or a call (its parentheses)
    starts and ends; None for other expressions."""
    try:
        tree = ast.parse(f"(\n{segment}\n)")
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return None
    if len(tree.body) != 1 or type(tree.body[0]) is not ast.Expr:
        return None
    rows = segment.splitlines()

    def column(row: int, byte_offset: int) -> int:
        return len(rows[row].encode("utf-8")[:byte_offset].decode("utf-8", "replace"))

    def valid(row: int, col: int) -> tuple[int, int]:
        while row < len(rows) and col >= len(rows[row]):
            row, col = row + 1, 0
        if row >= len(rows):
            raise ValueError("past the segment")
        return row, col

    def seek(row: int, col: int, stop: Any) -> tuple[int, int]:
        while True:
            ch = rows[row][col]
            if ch in "\\#":  # a comment or a continuation: on to the next line
                row, col = valid(row + 1, 0)
            elif stop(ch):
                return row, col
            else:
                row, col = valid(row, col + 1)

    def end_of(node: Any) -> tuple[int, int]:
        row = node.end_lineno - 2  # the "(\n" put before the segment
        return row, column(row, node.end_col_offset)

    expr = tree.body[0].value
    kind = type(expr)
    if kind is ast.BinOp:
        row, col = seek(*valid(*end_of(expr.left)), lambda ch: not ch.isspace() and ch != ")")
        right = col + 1
        line = rows[row]
        if (
            right < len(line)
            and (expr.right.lineno - 2 > row or right < column(expr.right.lineno - 2, expr.right.col_offset))
            and not line[right].isspace()
            and line[right] not in "\\#"
        ):
            right += 1
        return row, col, row, right
    if kind is ast.Subscript or kind is ast.Call:
        inner, bracket = (expr.value, "[") if kind is ast.Subscript else (expr.func, "(")
        row, col = seek(*valid(*end_of(inner)), lambda ch: ch == bracket)
        return (row, col, *end_of(expr))
    return None


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
    table = HOST_POSITIONS.get(tb.tb_frame.f_code)
    if table is not None and tb.tb_lineno < len(table):
        # A body compiled to host code: its host line says which node it ran.
        position = table[tb.tb_lineno]
        if position is not None and position[0] >= low:
            best = position
            high = position[1]
    tb = tb.tb_next
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == _ATTRIBUTES_FILE:
            # The look-up of an attribute failed (a method call's look-up among them:
            # CPython then points at ``obj.name``). The call site may hold the look-up
            # function itself, so this comes before the search for compiled closures.
            if best is not None:
                best = _method_of_call(best, tb.tb_frame)
            break
        fn = _function_of(tb.tb_frame, held)
        if fn is None and _passes_through(tb.tb_frame.f_code):
            # A comprehension inside a compiled closure (a frame of its own before 3.12):
            # the closure it calls is among its locals.
            held = tb.tb_frame.f_locals
            tb = tb.tb_next
            continue
        if fn is None:
            break
        position = position_of(fn)
        if position is not None and position[0] >= low and (high is None or position[1] <= high):
            best = position
            if high is None:
                high = position[1]
        if _is_boundary(fn):
            break
        held = tb.tb_frame.f_locals
        tb = tb.tb_next
    return best


_EMPTY = object()


def _contents(cell: Any) -> Any:
    try:
        return cell.cell_contents
    except ValueError:  # an empty cell
        return _EMPTY


#: The package's own source files: the compiler's closures live there.
_PACKAGE_DIR = __file__.rsplit("runtime", 1)[0]
_COMPREHENSION_CODES = frozenset({"<listcomp>", "<dictcomp>", "<setcomp>", "<genexpr>"})


def _passes_through(code: Any) -> bool:
    """Whether ``code`` is a comprehension of the package's own closures (3.11 runs each
    in a frame of its own), which the walk of :func:`_position` goes through.  The
    specializer's closures are compiled from text, under names like ``<call site ...>``."""
    if code.co_name not in _COMPREHENSION_CODES:
        return False
    filename = code.co_filename
    return filename.startswith(_PACKAGE_DIR) or filename.startswith("<")


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


def function_of(frame: Any, held: dict) -> Any:
    """The compiled closure running in host ``frame``, found among the values its
    caller's frame holds (``held``: that frame's ``f_locals``); None if not one."""
    return _function_of(frame, held)


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
    if text is not None and _SPANS:
        end_lineno = SyntaxError.__dict__["end_lineno"].__get__(error)
        if end_lineno is None or lineno is None:
            one_line = end_lineno is lineno
        else:
            one_line = _is(end_lineno, int) and int.__index__(end_lineno) == lineno
        lines.extend(_syntax_lines_313(str.__str__(text), offset, end_offset, one_line))
    elif text is not None:
        rtext = str.__str__(text).rstrip("\n")
        ltext = rtext.lstrip(" \t\f")
        spaces = len(rtext) - len(ltext)
        lines.append(f"    {ltext}\n")
        if offset is not None:
            if end_offset in (None, 0) or issubclass(type(error), IndentationError):
                # 3.11 marks one character of an IndentationError (and a TabError).
                end_offset = offset
            end_lineno = SyntaxError.__dict__["end_lineno"].__get__(error)
            if lineno is not None and _is(end_lineno, int) and int.__index__(end_lineno) > lineno:
                # A span over several lines: 3.11 marks the rest of the first.
                end_offset = len(str.__str__(text))
            # Never more marks than the line has characters, and at least one.
            end_offset = min(end_offset, len(str.__str__(text)) + 1)
            marks = end_offset - offset if end_offset > offset else 1
            colno = min(offset - 1 - spaces, len(ltext))
            if colno >= 0:
                space = "".join(c if c.isspace() else " " for c in ltext[:colno])
                lines.append(f"    {space}{'^' * min(marks, _MAX_TEXT)}\n")
    suffix = f" ({filename})" if lineno is None and filename is not None else ""
    detail = "" if msg is None else _written(msg, "<exception str() failed>")
    lines.append(f"{_type_name(type(error))}: {detail or '<no detail available>'}{suffix}\n")
    return "".join(lines)


_SYNTAX_FIELDS = ("lineno", "offset", "end_offset", "filename", "text", "msg")


def _syntax_lines_313(text: str, offset: int | None, end_offset: int | None, one_line: bool) -> list[str]:
    """The source line and carets of a SyntaxError as CPython 3.13+ prints them: tabs
    stay in the line (they align the carets), offsets past the line are clamped, and a
    span over several lines is underlined to the end of its first."""
    rtext = text.rstrip("\n")
    ltext = rtext.lstrip(" \n\f")
    if offset is None:
        return [f"    {ltext}\n"]
    spaces = len(rtext) - len(ltext)
    if one_line:
        end = end_offset if end_offset not in (None, 0) else offset
    else:
        end = len(rtext) + 1
    if text and offset > len(text):
        offset = len(rtext) + 1
    if text and end > len(text):
        end = len(rtext) + 1
    if offset >= end or end < 0:
        end = offset + 1
    colno, end_colno = offset - 1 - spaces, end - 1 - spaces
    if colno < 0:
        return [f"    {ltext}\n"]
    space = "".join(c if c.isspace() else " " for c in ltext[:colno])
    return [f"    {ltext}\n", f"    {space}{'^' * min(end_colno - colno, _MAX_TEXT)}\n"]


def format_exception_only(error: BaseException) -> str:
    """``Type: message`` and the notes, as CPython prints them."""
    return _exception_only(error)[0]


def _exception_only(error: BaseException, hint: str = "") -> tuple[str, str | None]:
    """``Type: message`` and the notes, and the message (None for a SyntaxError's
    own layout, which shows no ``str()``)."""
    t = type(error)
    if t is SyntaxError or t is IndentationError or t is TabError or _plain_syntax_error(t):
        text = _syntax_error(error)  # type: ignore[arg-type]
        if text is not None:
            return text + _notes(error), None
    line = _type_name(t)
    if _plain_str(t, error):
        try:
            value = str(error)
        except ValueError:  # an int argument past the digits str() may write
            value = None
    else:
        value = _call(str, error)
    if value is None:
        message = _STR_FAILED
        line += ": " + message
    else:
        # CPython writes the str() it got with str() again: a str subclass's __str__.
        message = _written(value, _STR_FAILED)
        # 3.11 puts ": " by the length of the first str(), 3.13+ of the text written.
        if str.__len__(message if _SPANS else value):
            line += ": "
        line += message
    return line + hint + "\n" + _notes(error), message


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


_SYNTAX_NAMES = frozenset(
    {"msg", "filename", "lineno", "offset", "end_lineno", "end_offset", "text", "print_file_and_line"}
)


def _plain_syntax_error(t: type) -> bool:
    """True for a SyntaxError subclass of the program's that defines none of the fields
    CPython's printer reads (they are then the exception's own slots, read without
    running any code of the program's): CPython prints it in the SyntaxError layout."""
    if not issubclass(t, SyntaxError):
        return False
    for k in _mro_of(t):
        d = _type_dict(k)
        if k is SyntaxError:
            return True
        if (
            not _SYNTAX_NAMES.isdisjoint(d)
            or "__getattr__" in d
            or type(d.get("__getattribute__", _HOST_SLOT)) is not _HostSlot
        ):
            return False
    return False


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
    try:
        module = _module_of(t)
    except Exception:  # a class without __module__
        module = None
    if _SPANS:
        # 3.13+ joins module and name as strings: a str subclass's own __str__ runs
        # only for a name printed alone (it is formatted into the line).
        raw = str.__str__(qualname) if _is(qualname, str) else "<unknown>"
        if not _is(module, str):
            return "<unknown>." + raw
        if str.__eq__(module, "builtins") or str.__eq__(module, "__main__"):
            return _written(qualname, "<unknown>") if _is(qualname, str) else "<unknown>"
        return str.__str__(module) + "." + raw
    name = _written(qualname, "<unknown>") if _is(qualname, str) else "<unknown>"
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
    if _SPANS and _is(notes, (str, bytes)):
        # 3.13+ prints a str or bytes __notes__ whole, by its repr.
        text = _call(repr, notes)
        return (
            "<__notes__ repr() failed>" if text is None else _written(text, "<__notes__ repr() failed>")
        ) + "\n"
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
        # With no newline after it: CPython 3.11's printer writes none there (3.13+ does).
        text = _call(repr, notes)
        text = "<__notes__ repr() failed>" if text is None else _written(text, "<__notes__ repr() failed>")
        return text + "\n" if _SPANS else text
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
