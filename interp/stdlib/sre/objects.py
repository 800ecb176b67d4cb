"""``Pattern``, ``Match`` and ``Scanner``: the values ``_sre`` hands to ``re``.

They are runtime objects: sandboxed code reaches their attributes only through
the tables that :mod:`.tables` fills.  Everything that runs the engine is a
generator (a builtin with ``suspends=True``): :func:`drive` runs the matcher in
budgets of :data:`STEPS_PER_CALL` steps, ticks the sandbox meter with the steps
spent, and yields the time slice the meter asks for, as a loop back-edge does,
so a long match lets Stop through and ends cleanly at the time or step limit.
Results whose size the subject controls (``sub``, ``split``, ``findall``) are
checked against the memory budget as they grow.

Some work CPython's ``_sre`` hands back to the ``re`` package that imported it:
replacement templates and ``Match.expand`` (``re._subx`` and ``re._expand`` on
3.11, ``re._compile_template`` on 3.12+).  :data:`bridge` is how these calls reach
that package: in the sandbox, the sandbox's own ``re``; in host tests, the host's.
"""

from __future__ import annotations

import sys
from operator import index as _index
from re import _constants as _host_constants
from types import MappingProxyType
from typing import Any

from ...runtime import meter
from ...runtime.attributes import load_attr
from ...runtime.builtins import _callable
from ...runtime.calls import call
from ...runtime.control import TIME_SLICE
from ...runtime.functions import run_nested
from ...runtime.generators import END
from ...runtime.imports import import_module
from ...runtime.signatures import Signature
from ...runtime.typenames import visible_type_name
from .engine import Matcher
from .program import Program

#: Steps the engine runs between two reports to the meter.
STEPS_PER_CALL = 500
#: Estimated bytes of one engine frame (for the memory budget).
FRAME_BYTES = 160
#: Estimated bytes of one list or tuple slot of a result.
SLOT_BYTES = 8

_HAS_TEMPLATE = sys.version_info >= (3, 12)


def drive(matcher: Matcher) -> Any:
    """Run ``matcher`` to its end (generator), metered and time-sliced."""
    m = meter.current
    while True:
        outcome = matcher.run(STEPS_PER_CALL)
        m.countdown -= STEPS_PER_CALL - matcher.budget
        # An unfinished match looks at the clock after every budget (about a
        # millisecond), not only every CHECK_INTERVAL steps: an engine step costs
        # more than a loop back-edge, and the slice must come on time.
        if outcome is None or m.countdown <= 0:
            stack = len(matcher.stack)
            if stack > 4096:
                meter.cap(stack * FRAME_BYTES)
            if m.check():
                yield TIME_SLICE
        if outcome is not None:
            return outcome


# --------------------------------------------------------------------------
# Reaching the ``re`` package


class SandboxRe:
    """Calls into the sandbox's own ``re`` package (the one that imported ``_sre``)."""

    def call(self, name: str, args: tuple) -> Any:
        module = yield from import_module("re", {})
        function = load_attr(module, name)
        return (yield from self.call_value(function, args))

    def call_value(self, function: Any, args: tuple) -> Any:
        return (yield from call(function, args, None))

    def is_callable(self, value: Any) -> bool:
        return _callable(value)


#: How ``_sre`` reaches ``re`` (replaced by host tests).
bridge: Any = SandboxRe()


# --------------------------------------------------------------------------
# Subjects


def _subject(pattern: Pattern, string: Any) -> tuple[Any, bool]:
    """The text to run on (bytearray snapshots as bytes) and whether it is bytes."""
    t = type(string)
    if t is str or isinstance(string, str):
        is_bytes = False
        text = str(string) if t is not str else string
    elif t is bytes or isinstance(string, (bytes, bytearray)):
        is_bytes = True
        text = bytes(string) if t is not bytes else string
    else:
        raise TypeError(f"expected string or bytes-like object, got '{visible_type_name(string)}'")
    if pattern.is_bytes is not None and pattern.is_bytes != is_bytes:
        if is_bytes:
            raise TypeError("cannot use a string pattern on a bytes-like object")
        raise TypeError("cannot use a bytes pattern on a string-like object")
    return text, is_bytes


def _bounds(length: int, pos: Any, endpos: Any) -> tuple[int, int]:
    pos = _index(pos)
    endpos = _index(endpos)
    pos = 0 if pos < 0 else min(pos, length)
    endpos = 0 if endpos < 0 else min(endpos, length)
    return pos, endpos


# --------------------------------------------------------------------------
# Pattern


class Pattern:
    """A compiled regular expression (``re.Pattern``)."""

    __slots__ = (
        "pattern",
        "flags",
        "code",
        "groups",
        "_groupindex",
        "indexgroup",
        "is_bytes",
        "_programs",
        "__weakref__",
    )

    def __init__(
        self, pattern: Any, flags: int, code: list[int], groups: int, groupindex: dict, indexgroup: tuple
    ) -> None:
        self.pattern = pattern
        self.flags = flags
        self.code = code
        self.groups = groups
        self._groupindex = groupindex
        self.indexgroup = indexgroup
        if pattern is None:
            self.is_bytes = None
        else:
            self.is_bytes = not isinstance(pattern, str)
        self._programs: dict[bool, Program] = {}

    def program(self, is_bytes: bool) -> Program:
        program = self._programs.get(is_bytes)
        if program is None:
            # Building is linear in the code's length: charge it as steps.
            m = meter.current
            m.countdown -= len(self.code) // 2 + 1
            if m.countdown <= 0:
                m.check()
            program = self._programs[is_bytes] = Program(self.code, is_bytes)
        return program

    @property
    def groupindex(self) -> MappingProxyType:
        # A read-only view, as CPython's: the pattern's own table stays intact.
        return MappingProxyType(self._groupindex)

    def matcher(self, string: Any, pos: Any, endpos: Any) -> tuple[Matcher, Any]:
        text, is_bytes = _subject(self, string)
        pos, endpos = _bounds(len(text), pos, endpos)
        return Matcher(self.program(is_bytes), text, pos, endpos, self.groups), text

    def __repr__(self) -> str:
        return _pattern_repr(self)

    def __eq__(self, other: Any) -> Any:
        if type(other) is not Pattern:
            return NotImplemented
        return self is other or (
            self.flags == other.flags
            and self.is_bytes == other.is_bytes
            and self.code == other.code
            and type(self.pattern) is type(other.pattern)
            and self.pattern == other.pattern
        )

    def __ne__(self, other: Any) -> Any:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __hash__(self) -> int:
        return hash((self.pattern, self.flags, tuple(self.code))) & sys.maxsize

    def __copy__(self) -> Pattern:
        return self

    def __deepcopy__(self, memo: Any) -> Pattern:
        return self


_FLAG_NAMES = (
    ("re.TEMPLATE", 1),
    ("re.IGNORECASE", 2),
    ("re.LOCALE", 4),
    ("re.MULTILINE", 8),
    ("re.DOTALL", 16),
    ("re.UNICODE", 32),
    ("re.VERBOSE", 64),
    ("re.DEBUG", 128),
    ("re.ASCII", 256),
)


def _pattern_repr(p: Pattern) -> str:
    text = repr(p.pattern)[:200]
    flags = p.flags
    if not p.is_bytes and (flags & (4 | 32 | 256)) == 32:
        flags &= ~32
    if not flags:
        return f"re.compile({text})"
    names = []
    for name, bit in _FLAG_NAMES:
        if name == "re.TEMPLATE" and sys.version_info >= (3, 13):
            continue
        if flags & bit:
            names.append(name)
            flags &= ~bit
    if flags:
        names.append(hex(flags))
    return f"re.compile({text}, {'|'.join(names)})"


_MATCH = Signature("match", f"string, pos=0, endpos={sys.maxsize}")
_FULLMATCH = Signature("fullmatch", f"string, pos=0, endpos={sys.maxsize}")
_SEARCH = Signature("search", f"string, pos=0, endpos={sys.maxsize}")
_FINDALL = Signature("findall", f"string, pos=0, endpos={sys.maxsize}")
_FINDITER = Signature("finditer", f"string, pos=0, endpos={sys.maxsize}")
_SCANNER = Signature("scanner", f"string, pos=0, endpos={sys.maxsize}")
_SPLIT = Signature("split", "string, maxsplit=0")
_SUB = Signature("sub", "repl, string, count=0")
_SUBN = Signature("subn", "repl, string, count=0")


def _new_match(pattern: Pattern, matcher: Matcher, string: Any, text: Any) -> Match:
    return Match(
        pattern, string, text, matcher.origin, matcher.end, matcher.spans(pattern.groups), matcher.lastindex
    )


def pattern_match(self: Pattern, *args: Any, **kwargs: Any) -> Any:
    string, pos, endpos = _MATCH.unpack(args, kwargs)
    matcher, text = self.matcher(string, pos, endpos)
    matcher.begin_match()
    if (yield from drive(matcher)):
        return _new_match(self, matcher, string, text)
    return None


def pattern_fullmatch(self: Pattern, *args: Any, **kwargs: Any) -> Any:
    string, pos, endpos = _FULLMATCH.unpack(args, kwargs)
    matcher, text = self.matcher(string, pos, endpos)
    matcher.begin_match(match_all=True)
    if (yield from drive(matcher)):
        return _new_match(self, matcher, string, text)
    return None


def pattern_search(self: Pattern, *args: Any, **kwargs: Any) -> Any:
    string, pos, endpos = _SEARCH.unpack(args, kwargs)
    matcher, text = self.matcher(string, pos, endpos)
    matcher.begin_search()
    if (yield from drive(matcher)):
        return _new_match(self, matcher, string, text)
    return None


def _matches(self: Pattern, string: Any, pos: Any, endpos: Any, limit: int = 0) -> Any:
    """The successive non-overlapping matches, as finished :class:`Matcher` objects,
    interleaved with the time slices that the caller passes up with ``yield``.

    After an empty match the next one may not be empty at the same place, as in
    CPython since 3.7.
    """
    matcher, _ = self.matcher(string, pos, endpos)
    must_advance = False
    while matcher.pos <= matcher.end:
        matcher.begin_search(must_advance)
        found = yield from drive(matcher)
        if not found:
            return
        yield matcher
        must_advance = matcher.ptr == matcher.start
        matcher.pos = matcher.ptr


def _group_text(text: Any, span: tuple[int, int], empty: Any) -> Any:
    start, end = span
    if start < 0:
        return empty
    return text[start:end]


def pattern_findall(self: Pattern, *args: Any, **kwargs: Any) -> Any:
    string, pos, endpos = _FINDALL.unpack(args, kwargs)
    text, _ = _subject(self, string)
    empty = text[:0]
    result: list[Any] = []
    size = 0
    for item in _matches(self, string, pos, endpos):
        if type(item) is not Matcher:
            yield item
            continue
        spans = item.spans(self.groups)
        if self.groups == 0:
            value = text[item.start : item.ptr]
        elif self.groups == 1:
            value = _group_text(text, spans[1], empty)
        else:
            value = tuple(_group_text(text, span, empty) for span in spans[1:])
        result.append(value)
        size += SLOT_BYTES * (1 + self.groups)
        if size & 0xFFFF < SLOT_BYTES * (1 + self.groups):
            meter.cap(size)
    return result


def pattern_finditer(self: Pattern, *args: Any, **kwargs: Any) -> Any:
    string, pos, endpos = _FINDITER.unpack(args, kwargs)
    scanner = Scanner(self, string, pos, endpos)
    return MatchIterator(scanner)


def pattern_scanner(self: Pattern, *args: Any, **kwargs: Any) -> Any:
    string, pos, endpos = _SCANNER.unpack(args, kwargs)
    return Scanner(self, string, pos, endpos)


def pattern_split(self: Pattern, *args: Any, **kwargs: Any) -> Any:
    string, maxsplit = _SPLIT.unpack(args, kwargs)
    maxsplit = _index(maxsplit)
    text, _ = _subject(self, string)
    result: list[Any] = []
    last = 0
    n = 0
    if maxsplit >= 0:
        for item in _matches(self, string, 0, sys.maxsize):
            if type(item) is not Matcher:
                yield item
                continue
            result.append(text[last : item.start])
            if self.groups:
                for span in item.spans(self.groups)[1:]:
                    result.append(None if span[0] < 0 else text[span[0] : span[1]])
            n += 1
            last = item.ptr
            meter.cap(len(result) * SLOT_BYTES)
            if maxsplit and n >= maxsplit:
                break
    result.append(text[last:])
    return result


def pattern_sub(self: Pattern, *args: Any, **kwargs: Any) -> Any:
    repl, string, count = _SUB.unpack(args, kwargs)
    joined, _ = yield from _substitute(self, repl, string, count)
    return joined


def pattern_subn(self: Pattern, *args: Any, **kwargs: Any) -> Any:
    repl, string, count = _SUBN.unpack(args, kwargs)
    return (yield from _substitute(self, repl, string, count))


def _is_literal(repl: Any) -> bool:
    if isinstance(repl, str):
        return "\\" not in repl
    if isinstance(repl, (bytes, bytearray)):
        return b"\\" not in repl
    return False


def _substitute(self: Pattern, repl: Any, string: Any, count: Any) -> Any:
    count = _index(count)
    text, is_bytes = _subject(self, string)
    # What replaces each match: a callable, a literal, or a Template.
    mode = "literal"
    replacement = repl
    if bridge.is_callable(repl):
        mode = "call"
    elif not _is_literal(repl):
        if _HAS_TEMPLATE:
            template = yield from bridge.call("_compile_template", (self, repl))
            if type(template) is not Template:
                raise TypeError("expected a Template object")
            if template.items:
                mode, replacement = "template", template
            else:
                replacement = template.literal
        else:
            replacement = yield from bridge.call("_subx", (self, repl))
            if bridge.is_callable(replacement):
                mode = "call"
    pieces: list[Any] = []
    size = 0
    last = 0
    n = 0
    if count >= 0:
        for item in _matches(self, string, 0, sys.maxsize):
            if type(item) is not Matcher:
                yield item
                continue
            if item.start > last:
                pieces.append(text[last : item.start])
                size += item.start - last
            if mode == "literal":
                piece = replacement
            else:
                match = _new_match(self, item, string, text)
                if mode == "call":
                    piece = yield from bridge.call_value(replacement, (match,))
                else:
                    piece = expand_template(replacement, match)
            if piece is not None:
                pieces.append(piece)
                if isinstance(piece, (str, bytes, bytearray)):
                    size += len(piece)
            last = item.ptr
            n += 1
            meter.cap(size * (1 if is_bytes else 4) + len(pieces) * SLOT_BYTES)
            if count and n >= count:
                break
    if last < len(text):
        pieces.append(text[last:])
    # CPython joins with an empty slice of the subject: str, or bytes for any
    # bytes-like subject.
    joiner = text[:0]
    if not pieces:
        return joiner, n
    return joiner.join(pieces), n


# --------------------------------------------------------------------------
# Templates (3.12+)


class Template:
    """A parsed replacement template (``_sre.template``): a literal, then pairs of
    (group index, literal)."""

    __slots__ = ("literal", "items")

    def __init__(self, literal: Any, items: tuple[tuple[int, Any], ...]) -> None:
        self.literal = literal
        self.items = items


def template(pattern: Any, template_list: Any) -> Template:
    """``_sre.template(pattern, template)``: ``template`` is [literal, group,
    literal, ...] as ``re._parser.parse_template`` returns it."""
    if type(template_list) is not list:
        raise TypeError(f"template() argument 2 must be list, not {visible_type_name(template_list)}")
    size = len(template_list)
    if size % 2 == 0 or size < 1:
        raise TypeError("invalid template")
    items = []
    for i in range(1, size, 2):
        group = _index(template_list[i])
        if group < 0:
            raise TypeError("invalid template")
        literal = template_list[i + 1]
        items.append((group, literal if literal else None))
    return Template(template_list[0], tuple(items))


def expand_template(t: Template, match: Match) -> Any:
    pieces = []
    if t.literal:
        pieces.append(t.literal)
    for group, literal in t.items:
        value = match.group_value(group, None)
        if value is not None:
            pieces.append(value)
        if literal is not None:
            pieces.append(literal)
    return match.text[:0].join(pieces)


# --------------------------------------------------------------------------
# Match


class Match:
    """The result of a successful match (``re.Match``)."""

    __slots__ = ("re", "string", "text", "pos", "endpos", "regs", "_lastindex")

    def __init__(
        self, pattern: Pattern, string: Any, text: Any, pos: int, endpos: int, regs: tuple, lastindex: int
    ) -> None:
        self.re = pattern
        self.string = string
        self.text = text
        self.pos = pos
        self.endpos = endpos
        self.regs = regs
        self._lastindex = lastindex

    @property
    def lastindex(self) -> int | None:
        return self._lastindex if self._lastindex >= 0 else None

    @property
    def lastgroup(self) -> Any:
        indexgroup = self.re.indexgroup
        i = self._lastindex
        if indexgroup is None or i < 0 or i >= len(indexgroup):
            return None
        return indexgroup[i]

    def group_index(self, key: Any) -> int:
        if isinstance(key, int) or hasattr(type(key), "__index__") and type(key) not in (str, bytes):
            try:
                i = _index(key)
            except TypeError:
                i = -1
        else:
            i = -1
            found = self.re._groupindex.get(key)
            if type(found) is int:
                i = found
        if i < 0 or i >= len(self.regs):
            raise IndexError("no such group")
        return i

    def group_value(self, key: Any, default: Any) -> Any:
        start, end = self.regs[self.group_index(key)]
        if start < 0:
            return default
        return self.text[start:end]

    def group(self, *args: Any) -> Any:
        if not args:
            return self.group_value(0, None)
        if len(args) == 1:
            return self.group_value(args[0], None)
        return tuple(self.group_value(a, None) for a in args)

    def __getitem__(self, key: Any) -> Any:
        return self.group_value(key, None)

    def groups(self, default: Any = None) -> tuple:
        return tuple(self.group_value(i, default) for i in range(1, len(self.regs)))

    def groupdict(self, default: Any = None) -> dict:
        return {name: self.group_value(i, default) for name, i in self.re._groupindex.items()}

    def start(self, group: Any = 0) -> int:
        return self.regs[self.group_index(group)][0]

    def end(self, group: Any = 0) -> int:
        return self.regs[self.group_index(group)][1]

    def span(self, group: Any = 0) -> tuple[int, int]:
        return self.regs[self.group_index(group)]

    def __repr__(self) -> str:
        start, end = self.regs[0]
        shown = repr(self.text[start:end])[:50]
        return f"<re.Match object; span=({start}, {end}), match={shown}>"

    def __copy__(self) -> Match:
        return self

    def __deepcopy__(self, memo: Any) -> Match:
        return self


_GROUPS = Signature("groups", "default=None")
_GROUPDICT = Signature("groupdict", "default=None")
_START = Signature("start", "group=0")
_END = Signature("end", "group=0")
_SPAN = Signature("span", "group=0")
_EXPAND = Signature("expand", "template")


def match_groups(self: Match, *args: Any, **kwargs: Any) -> tuple:
    (default,) = _GROUPS.unpack(args, kwargs)
    return self.groups(default)


def match_groupdict(self: Match, *args: Any, **kwargs: Any) -> dict:
    (default,) = _GROUPDICT.unpack(args, kwargs)
    return self.groupdict(default)


def match_start(self: Match, *args: Any, **kwargs: Any) -> int:
    (group,) = _START.unpack(args, kwargs)
    return self.start(group)


def match_end(self: Match, *args: Any, **kwargs: Any) -> int:
    (group,) = _END.unpack(args, kwargs)
    return self.end(group)


def match_span(self: Match, *args: Any, **kwargs: Any) -> tuple[int, int]:
    (group,) = _SPAN.unpack(args, kwargs)
    return self.span(group)


def match_expand(self: Match, *args: Any, **kwargs: Any) -> Any:
    (template_text,) = _EXPAND.unpack(args, kwargs)
    if _HAS_TEMPLATE:
        compiled = yield from bridge.call("_compile_template", (self.re, template_text))
        if type(compiled) is not Template:
            raise TypeError("expected a Template object")
        return expand_template(compiled, self)
    return (yield from bridge.call("_expand", (self.re, self, template_text)))


# --------------------------------------------------------------------------
# Scanner and finditer


class Scanner:
    """``pattern.scanner(string)``: successive ``match``/``search`` calls that each
    continue where the last match ended."""

    __slots__ = ("pattern", "string", "text", "origin", "end", "at", "must_advance", "done")

    def __init__(self, pattern: Pattern, string: Any, pos: Any, endpos: Any) -> None:
        self.pattern = pattern
        self.string = string
        text, _ = _subject(pattern, string)
        self.text = text
        self.at, self.end = _bounds(len(text), pos, endpos)
        self.origin = self.at
        self.must_advance = False
        self.done = False

    def step(self, searching: bool) -> Any:
        if self.done:
            return None
        program = self.pattern.program(isinstance(self.text, bytes))
        matcher = Matcher(program, self.text, self.at, self.end, self.pattern.groups, self.origin)
        if searching:
            matcher.begin_search(self.must_advance)
        else:
            matcher.begin_match(must_advance=self.must_advance)
        found = yield from drive(matcher)
        if not found:
            self.done = True
            return None
        self.must_advance = matcher.ptr == matcher.start
        self.at = matcher.ptr
        return _new_match(self.pattern, matcher, self.string, self.text)


def scanner_match(self: Scanner) -> Any:
    return (yield from self.step(False))


def scanner_search(self: Scanner) -> Any:
    return (yield from self.step(True))


class MatchIterator:
    """What ``finditer`` returns (CPython's ``callable_iterator`` over
    ``scanner.search``)."""

    __slots__ = ("scanner",)

    def __init__(self, scanner: Scanner) -> None:
        self.scanner = scanner

    def __iter__(self) -> MatchIterator:
        return self

    def __next__(self) -> Any:
        match = run_nested(self.scanner.step(True))
        if match is None:
            raise StopIteration
        return match


def match_iterator_next(it: MatchIterator) -> Any:
    """One step of a ``finditer`` iterator (the runtime's iteration protocol)."""
    match = yield from it.scanner.step(True)
    return END if match is None else match


# --------------------------------------------------------------------------
# Module-level functions


def compile(pattern: Any, flags: Any, code: Any, groups: Any, groupindex: Any, indexgroup: Any) -> Pattern:
    """``_sre.compile``: wrap the code list ``re._compiler`` produced."""
    if type(code) is not list:
        raise TypeError("compile() argument 'code' must be list")
    checked = []
    for value in code:
        value = _index(value)
        if not 0 <= value <= 0xFFFFFFFF:
            raise OverflowError("regular expression code size limit exceeded")
        checked.append(value)
    groups = _index(groups)
    if not isinstance(groupindex, dict):
        raise TypeError("compile() argument 'groupindex' must be dict")
    if indexgroup is not None and not isinstance(indexgroup, tuple):
        raise TypeError("compile() argument 'indexgroup' must be tuple")
    result = Pattern(pattern, _index(flags), checked, groups, dict(groupindex), indexgroup)
    # Malformed code fails here, as CPython's validation does.
    result.program(bool(result.is_bytes))
    return result


def getcodesize() -> int:
    return 4


CODESIZE = 4
MAXGROUPS: int = int(_host_constants.MAXGROUPS)
