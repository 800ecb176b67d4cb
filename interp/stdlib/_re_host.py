"""The opcode list of a plain regular expression, made by the host's own ``re``.

Compiling a pattern is a good share of what importing ``json``, ``textwrap`` or
``string`` costs in a sandbox (each compiles a few patterns at import), and of what a
program's first ``re.compile`` costs: CPython's ``re._parser`` and ``re._compiler`` run
there as sandbox code, about fifteen times slower than on the host.  The sandbox reads
the very same files the host imported (``Lib/re/``, or Pyodide's zip of it), so the host
module computes the very same opcode list, and this module lets the sandbox's
``re._compiler.compile`` ask for it first (:func:`install`).

It answers only where the answer cannot differ from the sandbox's own, and where its
cost is bounded by the pattern's length; everywhere else it says None and the sandbox
compiles the pattern as before, with CPython's code (whose errors, warnings and
tracebacks are then the ones CPython shows):

- the pattern is an exact ``str`` or ``bytes`` of at most :data:`MAX_LENGTH` characters
  and the flags an exact ``int``, without DEBUG (which prints) or LOCALE (not even
  turned on inside the pattern).  Case-insensitive patterns are fine: the case tables
  the compiler consults are the host ``_sre``'s here and the sandbox's there, and those
  agree on every code point (tests/test_sre_engine.py checks them all);
- no text that can make the parser warn (a possible nested set ``[[`` or set operation
  ``--``, ``&&``, ``~~``, ``||``; a non-ASCII group name or reference);
- groups nest at most :data:`MAX_NESTING` deep (the parser and compiler recurse per
  level, on the host's stack) and character ranges span at most :data:`MAX_RANGE_WORK`
  code points in all (the compiler visits each one).

Nothing is cached between calls or sandboxes: each call does its own work, charged to
the calling sandbox's meter, and returns fresh plain values (ints, a list of ints, a dict
of str to int, a tuple of str or None).  The host's parse tree never leaves this module.
"""

from __future__ import annotations

from typing import Any

from ..runtime import meter
from ..runtime.calls import call
from ..runtime.functions import Function
from ..runtime.modules import Module
from ..runtime.native import Builtin
from ..runtime.signatures import Signature
from .sre import objects as sre_objects

try:
    from re import _compiler as _host_compiler
    from re import _constants as _host_constants
    from re import _parser as _host_parser

    _HOST_PARTS = (_host_parser.parse, _host_compiler._code, _host_constants.RANGE)
except (ImportError, AttributeError):  # a host whose re is laid out otherwise: no help
    _HOST_PARTS = None

#: Longest pattern the host compiles (longer ones are rare, and cost the sandbox's own
#: compile only what they always did).
MAX_LENGTH = 4000
#: Deepest nesting of parentheses accepted (counted from the text, over-estimated).
MAX_NESTING = 40
#: Code points that character ranges may span in all (the compiler marks each in a map).
MAX_RANGE_WORK = 70_000

_SRE_FLAG_IGNORECASE = 2
_SRE_FLAG_LOCALE = 4
_SRE_FLAG_DEBUG = 128
_REFUSED_FLAGS = _SRE_FLAG_LOCALE | _SRE_FLAG_DEBUG
#: Text where CPython's parser may warn: the sandbox's own compile must show the warning.
_WARNING_TEXT = ("[[", "--", "&&", "~~", "||")


def _nesting(text: str) -> int:
    """An upper bound of how deep the parentheses of ``text`` nest (an escaped
    parenthesis counts not, one inside a character class counts as if outside)."""
    depth = deepest = 0
    escaped = False
    for char in text:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "(":
            depth += 1
            if depth > deepest:
                deepest = depth
        elif char == ")" and depth:
            depth -= 1
    return deepest


def _range_work(items: Any, range_op: Any, budget: int, ignore_case: bool) -> int:
    """The code points the ranges in parsed pattern ``items`` span, that the compiler
    visits one by one (those below 0x10000; all of them when it looks for a cased one
    in a case-insensitive pattern), or more than ``budget`` as soon as that is known.  Walks the host parser's plain tuples and lists, and the
    ``data`` of its sub-patterns."""
    total = 0
    stack = [items]
    while stack:
        item = stack.pop()
        data = getattr(item, "data", None)
        if type(data) is list:
            stack.append(data)
            continue
        if type(item) is tuple and len(item) == 2 and item[0] is range_op:
            low, high = item[1]
            total += max(0, (high if ignore_case else min(high, 0xFFFF)) - low + 1)
            if total > budget:
                return total
            continue
        if type(item) in (list, tuple):
            stack.extend(item)
    return total


def precompiled(pattern: Any, flags: Any) -> tuple | None:
    """``(flags, code, groups, groupindex, indexgroup)``, the arguments that CPython's
    ``re._compiler.compile(pattern, flags)`` passes to ``_sre.compile`` (``groups``
    already less one), or None where the sandbox must compile ``pattern`` itself."""
    if _HOST_PARTS is None:
        return None
    kind = type(pattern)
    if (kind is not str and kind is not bytes) or type(flags) is not int:
        return None
    if flags & _REFUSED_FLAGS or not 0 <= flags < 1 << 16 or len(pattern) > MAX_LENGTH:
        return None
    text = pattern if kind is str else pattern.decode("latin-1")
    # One host step per character or so (the checks below, the parse, the compile).
    meter.charge_scan(len(text), 0)
    if any(marker in text for marker in _WARNING_TEXT):
        return None
    if not text.isascii() and "(?" in text:
        return None  # a group name or reference that may not be ASCII: the parser warns
    if _nesting(text) > MAX_NESTING:
        return None
    parse, code_of, range_op = _HOST_PARTS
    try:
        parsed = parse(pattern, flags)
        state = parsed.state
        all_flags = flags | state.flags
        if all_flags & _REFUSED_FLAGS:
            return None
        ignore_case = bool(all_flags & _SRE_FLAG_IGNORECASE)
        work = _range_work(parsed.data, range_op, MAX_RANGE_WORK, ignore_case)
        if work > MAX_RANGE_WORK:
            return None
        meter.charge_scan(work, 4)
        code = code_of(parsed, flags)
        groupindex = state.groupdict
        groups = state.groups
    except Exception:
        # re.error, or a limit of the host's (recursion, memory): the sandbox's compile
        # meets the same and raises it as CPython does, as a sandbox exception.
        return None
    # Plain values only, built here: the host's objects (its opcodes are named int
    # subclasses) stay behind.
    names: list = [None] * groups
    index: dict = {}
    for name, number in groupindex.items():
        if type(name) is not str or type(number) is not int or not 0 <= number < groups:
            return None
        index[str(name)] = int(number)
        names[number] = str(name)
    if type(code) is not list or not all(isinstance(op, int) for op in code):
        return None
    return int(all_flags), [int(op) for op in code], int(groups) - 1, index, tuple(names)


_SIGNATURE = Signature("compile", "p, flags=0")


def install(namespace: dict) -> None:
    """Make ``compile`` of the sandbox's ``re._compiler`` (``namespace``, right after
    CPython's file ran in it) try :func:`precompiled` first.

    The new ``compile`` is a builtin that falls back on CPython's function, called as
    any sandbox call: a builtin adds no frame, so where CPython's code runs (an invalid
    pattern, a warning) its traceback and its warnings' ``stacklevel`` see the frames
    CPython's would.  Its fast path hands the opcode list to the engine as ``_sre.compile``
    does.  A program that replaces a global of ``re._compiler`` or ``re._parser`` (their
    functions, ``_sre``, ``_sre.compile``) sees its own code run from then on: the fast
    path is taken only while they are all as the files left them.  Changes inside their
    classes (``re._parser.SubPattern.getwidth = ...``) are not noticed
    (docs/DEVIATIONS.md)."""
    python_compile = namespace.get("compile")
    parser = namespace.get("_parser")
    sre = namespace.get("_sre")
    if type(python_compile) is not Function or type(parser) is not Module or type(sre) is not Module:
        return
    watched = [
        (space, name, value)
        for space in (namespace, parser.__dict__, sre.__dict__)
        for name, value in space.items()
        if not name.startswith("__") and name != "compile" or space is sre.__dict__ and name == "compile"
    ]

    def untouched() -> bool:
        for space, name, value in watched:
            if space.get(name, watched) is not value:
                return False
        return True

    def compile_(*args: Any, **kwargs: Any) -> Any:
        p, flags = _SIGNATURE.unpack(args, kwargs)
        ready = precompiled(p, flags) if untouched() else None
        if ready is None:
            return (yield from call(python_compile, (p, flags), None))
        return sre_objects.compile(p, *ready)

    namespace["compile"] = Builtin(compile_, "compile", suspends=True)
