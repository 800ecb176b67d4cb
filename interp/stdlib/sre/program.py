"""Turns the opcode list of ``re._compiler`` into instructions the engine runs fast.

The opcode list is CPython's format: a flat list of integers where each operation
is followed by its arguments and structured operations carry relative skips.  The
numbers of the opcodes differ between CPython versions, so they are read from the
host's ``re._constants`` by name, never written here.

Each instruction is a tuple whose first item is one of the ``K_*`` kinds below,
stored at the code position where its operation starts, so that the skips and
jumps of the opcode list stay valid as they are.  What is decided once is decided
here rather than on every step:

- a run of plain literals becomes one string compared with ``startswith``;
- every one-character test (literal with case folding, class, category, ``.``)
  becomes a predicate on one item of the subject (a 1-character ``str``, or an
  ``int`` for bytes), usually a frozenset's ``__contains__``;
- the single-character body of a ``REPEAT_ONE`` becomes a counting function;
- whether a ``SUCCESS`` ends the whole pattern or only a lookaround, atomic
  group or possessive body is known from where it sits.

The walk over the code is iterative (a work list), so that a deeply nested or
hand-made opcode list cannot exhaust the host stack, and any malformed list ends
in the ``RuntimeError`` CPython raises for it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from re import _constants as _host_constants
from typing import Any

from . import casing

#: Opcode, position and category numbers of the host's ``re`` compiler, by name.
OP = {str(op): int(op) for op in _host_constants.OPCODES}
AT_CODES = {str(code): int(code) for code in _host_constants.ATCODES}
CH_CODES = {int(code): str(code) for code in _host_constants.CHCODES}
MAXREPEAT: int = int(_host_constants.MAXREPEAT)
INFO_PREFIX = int(_host_constants.SRE_INFO_PREFIX)
INFO_LITERAL = int(_host_constants.SRE_INFO_LITERAL)
INFO_CHARSET = int(_host_constants.SRE_INFO_CHARSET)

# Instruction kinds.
K_LIT = 0
K_ONE = 1
K_MARK = 2
K_REPEAT_ONE = 3
K_BRANCH = 4
K_JUMP = 5
K_SUCCESS = 6
K_AT = 7
K_MIN_REPEAT_ONE = 8
K_REPEAT = 9
K_MAX_UNTIL = 10
K_MIN_UNTIL = 11
K_ASSERT = 12
K_ASSERT_NOT = 13
K_ATOMIC = 14
K_POSS_REPEAT = 15
K_POSS_REPEAT_ONE = 16
K_GROUPREF = 17
K_GROUPREF_EXISTS = 18
K_FAILURE = 19
K_END_BODY = 20

_LOW = 256
_ELEM_LIMIT = 0x110000


class InvalidCode(Exception):
    """The opcode list is malformed (reported to the sandbox as CPython does)."""


def _bitmap_bits(words: list[int]) -> set[int]:
    """Code points set in a 256-bit bitmap of 32-bit words (bit j of word k is 32k+j)."""
    found = set()
    for k, word in enumerate(words):
        while word:
            low = word & -word
            found.add(32 * k + low.bit_length() - 1)
            word ^= low
    return found


class CodePointSet:
    """A class of characters of an ``IN`` operation, tested on code points.

    Items keep their order because ``NEGATE`` flips the answer of what follows
    it; ``reach`` is the largest code point the class can accept without
    negation (None when any), which lets most classes be a table lookup.
    """

    __slots__ = ("items", "negated_any", "reach")

    def __init__(self, code: list[int], p: int) -> None:
        items: list[tuple[Any, ...]] = []
        reach = 0
        negated_any = False
        while True:
            op = code[p]
            if op == OP["FAILURE"]:
                break
            if op == OP["LITERAL"]:
                items.append(("set", frozenset((code[p + 1],))))
                reach = max(reach, code[p + 1]) if reach is not None else None
                p += 2
            elif op == OP["CATEGORY"]:
                name = CH_CODES[code[p + 1]]
                items.append(("test", casing.CATEGORY_TESTS[name]))
                limit = casing.CATEGORY_REACH.get(name)
                reach = None if limit is None or reach is None else max(reach, limit)
                p += 2
            elif op == OP["CHARSET"]:
                bits = _bitmap_bits(code[p + 1 : p + 9])
                if len(code[p + 1 : p + 9]) != 8:
                    raise InvalidCode
                items.append(("set", frozenset(bits)))
                reach = max(reach, 255) if reach is not None else None
                p += 9
            elif op == OP["RANGE"]:
                lo, hi = code[p + 1], code[p + 2]
                items.append(("range", lo, hi))
                reach = max(reach, hi) if reach is not None else None
                p += 3
            elif op == OP.get("RANGE_UNI_IGNORE"):
                items.append(("urange", code[p + 1], code[p + 2]))
                reach = None
                p += 3
            elif op == OP["NEGATE"]:
                items.append(("negate",))
                negated_any = True
                p += 1
            elif op == OP["BIGCHARSET"]:
                count = code[p + 1]
                index_words = code[p + 2 : p + 66]
                if len(index_words) != 64:
                    raise InvalidCode
                blocks_at = b"".join(w.to_bytes(4, sys.byteorder) for w in index_words)
                members: set[int] = set()
                for high in range(256):
                    block = blocks_at[high]
                    if block >= count:
                        raise InvalidCode
                    start = p + 66 + 8 * block
                    for low in _bitmap_bits(code[start : start + 8]):
                        members.add(high * 256 + low)
                items.append(("set", frozenset(members)))
                reach = max(reach, 65535) if reach is not None else None
                p += 66 + 8 * count
            else:
                raise InvalidCode
        self.items = tuple(items)
        self.reach = reach
        self.negated_any = negated_any

    def __call__(self, c: int) -> bool:
        accept = True
        for item in self.items:
            kind = item[0]
            if kind == "set":
                if c in item[1]:
                    return accept
            elif kind == "range":
                if item[1] <= c <= item[2]:
                    return accept
            elif kind == "test":
                if item[1](c):
                    return accept
            elif kind == "urange":
                if item[1] <= c <= item[2]:
                    return accept
                up = casing.unicode_upper(c)
                if item[1] <= up <= item[2]:
                    return accept
            else:
                accept = not accept
        return not accept


# What a one-character test does on code points of 256 and above: never match,
# always match, or needs the full test.
_HIGH_NONE, _HIGH_ALL, _HIGH_TEST = 0, 1, 2


class ItemTest:
    """A one-character test, compiled for one kind of subject (str or bytes).

    ``pred(item)`` answers for one item of the subject.  ``members`` is the
    frozenset of accepted items when the test is exactly a set lookup (all of
    bytes, and str classes that reach no further than Latin-1), else None.
    """

    __slots__ = ("pred", "members", "test")

    def __init__(self, test: Callable[[int], bool], high: int, is_bytes: bool) -> None:
        self.test = test
        if is_bytes:
            members = frozenset(c for c in range(256) if test(c))
            self.members = members
            self.pred = members.__contains__
            return
        low = frozenset(chr(c) for c in range(_LOW) if test(c))
        if high == _HIGH_NONE:
            self.members = low
            self.pred = low.__contains__
            return
        self.members = None
        if high == _HIGH_ALL:

            def pred(ch: str, low: frozenset = low) -> bool:
                return ch in low or ch >= "\u0100"

        else:
            cache: dict[str, bool] = {}

            def pred(ch: str, low: frozenset = low, cache: dict = cache, test: Any = test) -> bool:
                if ch < "\u0100":
                    return ch in low
                answer = cache.get(ch)
                if answer is None:
                    answer = test(ord(ch))
                    if len(cache) < 4096:
                        cache[ch] = answer
                return answer

        self.pred = pred


def _item_test(code: list[int], p: int, is_bytes: bool) -> tuple[ItemTest, int]:
    """The one-character operation at ``p``: its test and the position after it."""
    op = code[p]
    name = _OP_NAMES.get(op)
    if name in ("LITERAL", "NOT_LITERAL"):
        v = code[p + 1]
        if name == "LITERAL":
            return ItemTest(lambda c: c == v, _HIGH_NONE if v < _LOW else _HIGH_TEST, is_bytes), p + 2
        return ItemTest(lambda c: c != v, _HIGH_ALL if v < _LOW else _HIGH_TEST, is_bytes), p + 2
    if name in ("LITERAL_IGNORE", "NOT_LITERAL_IGNORE"):
        v = code[p + 1]

        def hit(c: int) -> bool:
            return casing.ascii_lower(c) == v

        return _polarity(name, hit, v, is_bytes), p + 2
    if name in ("LITERAL_LOC_IGNORE", "NOT_LITERAL_LOC_IGNORE"):
        v = code[p + 1]

        def hit(c: int) -> bool:
            return c == v or casing.locale_lower(c) == v or casing.locale_upper(c) == v

        return _polarity(name, hit, v, is_bytes), p + 2
    if name in ("LITERAL_UNI_IGNORE", "NOT_LITERAL_UNI_IGNORE"):
        v = code[p + 1]

        def hit(c: int) -> bool:
            return casing.unicode_lower(c) == v

        positive = name == "LITERAL_UNI_IGNORE"
        test = hit if positive else (lambda c: not hit(c))
        return ItemTest(test, _HIGH_TEST, is_bytes), p + 2
    if name == "ANY":
        return ItemTest(lambda c: c != 10, _HIGH_ALL, is_bytes), p + 1
    if name == "ANY_ALL":
        return ItemTest(lambda c: True, _HIGH_ALL, is_bytes), p + 1
    if name == "CATEGORY":
        cat = CH_CODES[code[p + 1]]
        test = casing.CATEGORY_TESTS[cat]
        limit = casing.CATEGORY_REACH.get(cat)
        return ItemTest(test, _HIGH_NONE if limit is not None else _HIGH_TEST, is_bytes), p + 2
    if name in ("IN", "IN_IGNORE", "IN_UNI_IGNORE", "IN_LOC_IGNORE"):
        end = p + 1 + code[p + 1]
        members = CodePointSet(code, p + 2)
        if members.negated_any:
            high = _HIGH_TEST
        elif members.reach is not None and members.reach < _LOW:
            high = _HIGH_NONE
        else:
            high = _HIGH_TEST
        if name == "IN":
            test = members
        elif name == "IN_IGNORE":
            test = lambda c: members(casing.ascii_lower(c))  # noqa: E731
        elif name == "IN_UNI_IGNORE":
            test = lambda c: members(casing.unicode_lower(c))  # noqa: E731
            high = _HIGH_TEST
        else:

            def test(c: int) -> bool:
                lo = casing.locale_lower(c)
                if members(lo):
                    return True
                up = casing.locale_upper(c)
                return up != lo and members(up)

        return ItemTest(test, high, is_bytes), end
    raise InvalidCode


def _polarity(name: str, hit: Callable[[int], bool], v: int, is_bytes: bool) -> ItemTest:
    if name.startswith("NOT_"):
        return ItemTest(lambda c: not hit(c), _HIGH_ALL if v < _LOW else _HIGH_TEST, is_bytes)
    return ItemTest(hit, _HIGH_NONE if v < _LOW else _HIGH_TEST, is_bytes)


_OP_NAMES = {number: name for name, number in OP.items()}

#: Operations that match exactly one character (what a REPEAT_ONE body may be).
_SINGLE = frozenset(
    OP[name]
    for name in (
        "LITERAL NOT_LITERAL LITERAL_IGNORE NOT_LITERAL_IGNORE LITERAL_LOC_IGNORE "
        "NOT_LITERAL_LOC_IGNORE LITERAL_UNI_IGNORE NOT_LITERAL_UNI_IGNORE ANY ANY_ALL "
        "CATEGORY IN IN_IGNORE IN_UNI_IGNORE IN_LOC_IGNORE"
    ).split()
    if name in OP
)


def _counter(code: list[int], p: int, test: ItemTest, is_bytes: bool) -> Callable[[Any, int, int], int]:
    """A function ``count(subject, start, limit)``: how many items from ``start``
    (below ``limit``) pass the one-character test at ``p``."""
    op = code[p]
    name = _OP_NAMES[op]
    if name == "ANY_ALL":
        return lambda s, i, limit: limit - i if limit > i else 0
    if name in ("ANY", "NOT_LITERAL"):
        stop = 10 if name == "ANY" else code[p + 1]
        if is_bytes or stop < _ELEM_LIMIT:
            needle: Any = bytes((stop,)) if is_bytes else chr(stop)

            def count_until(s: Any, i: int, limit: int, needle: Any = needle) -> int:
                if i >= limit:
                    return 0
                j = s.find(needle, i, limit)
                return (j if j >= 0 else limit) - i

            return count_until
    if name == "LITERAL":
        v = code[p + 1]
        item: Any = v if is_bytes else chr(v)

        def count_same(s: Any, i: int, limit: int, item: Any = item) -> int:
            j = i
            while j < limit and s[j] == item:
                j += 1
            return j - i

        return count_same
    members = test.members
    if members is not None:

        def count_in(s: Any, i: int, limit: int, members: frozenset = members) -> int:
            j = i
            while j < limit and s[j] in members:
                j += 1
            return j - i

        return count_in
    pred = test.pred

    def count_pred(s: Any, i: int, limit: int, pred: Any = pred) -> int:
        j = i
        while j < limit and pred(s[j]):
            j += 1
        return j - i

    return count_pred


def _at_test(code_name: str, is_bytes: bool) -> Callable[[Any, int, int], bool]:
    """The test of an ``AT`` operation: ``fn(subject, ptr, end)``."""
    newline: Any = 10 if is_bytes else "\n"
    if code_name == "AT_BEGINNING" or code_name == "AT_BEGINNING_STRING":
        return lambda s, ptr, end: ptr == 0
    if code_name == "AT_BEGINNING_LINE":
        return lambda s, ptr, end: ptr == 0 or s[ptr - 1] == newline
    if code_name == "AT_END":
        return lambda s, ptr, end: ptr == end or (ptr + 1 == end and s[ptr] == newline)
    if code_name == "AT_END_LINE":
        return lambda s, ptr, end: ptr == end or s[ptr] == newline
    if code_name == "AT_END_STRING":
        return lambda s, ptr, end: ptr == end
    word_test = {
        "AT_BOUNDARY": casing.is_word,
        "AT_NON_BOUNDARY": casing.is_word,
        "AT_LOC_BOUNDARY": casing.is_locale_word,
        "AT_LOC_NON_BOUNDARY": casing.is_locale_word,
        "AT_UNI_BOUNDARY": casing.is_unicode_word,
        "AT_UNI_NON_BOUNDARY": casing.is_unicode_word,
    }.get(code_name)
    if word_test is None:
        raise InvalidCode
    high = _HIGH_TEST if word_test is casing.is_unicode_word else _HIGH_NONE
    is_word = ItemTest(word_test, high, is_bytes).pred
    wanted_change = "NON_" not in code_name

    def boundary(s: Any, ptr: int, end: int) -> bool:
        # An empty subject has no boundary and no non-boundary either.
        if end == 0:
            return False
        before = ptr > 0 and is_word(s[ptr - 1])
        here = ptr < end and is_word(s[ptr])
        return (before != here) == wanted_change

    return boundary


def _on_chars(fold: Callable[[int], int]) -> Callable[[str], int]:
    return lambda ch: fold(ord(ch))


class Program:
    """The compiled form of one opcode list for one kind of subject."""

    __slots__ = (
        "ops",
        "entry",
        "min_length",
        "prefix",
        "prefix_is_all",
        "start_test",
        "is_bytes",
        "anchored",
    )

    def __init__(self, code: list[int], is_bytes: bool) -> None:
        self.is_bytes = is_bytes
        self.min_length = 0
        self.prefix: Any = None
        self.prefix_is_all = False
        self.start_test: Any = None
        try:
            self._build(code)
        except (InvalidCode, IndexError, KeyError, TypeError, ValueError, OverflowError):
            raise RuntimeError("invalid SRE code") from None

    def _element(self, v: int) -> Any:
        return v if self.is_bytes else chr(v)

    def _literal_text(self, values: list[int]) -> Any:
        if self.is_bytes:
            return bytes(values)
        return "".join(map(chr, values))

    def _build(self, code: list[int]) -> None:
        size = len(code)
        entry = 0
        if size and code[0] == OP["INFO"]:
            skip, flags, self.min_length = code[1], code[2], code[3]
            if flags & INFO_PREFIX:
                length = code[5]
                prefix = code[7 : 7 + length]
                limit = 256 if self.is_bytes else _ELEM_LIMIT
                # A prefix the subject's items cannot hold can never be found.
                if all(0 <= v < limit for v in prefix) and length:
                    self.prefix = self._literal_text(prefix)
                    self.prefix_is_all = bool(flags & INFO_LITERAL)
                else:
                    self.prefix = False
            elif flags & INFO_CHARSET:
                self.start_test = ItemTest(CodePointSet(code, 5), _HIGH_TEST, self.is_bytes).pred
            entry = skip + 1
        self.entry = entry
        # A pattern that starts with ``\A`` or a non-MULTILINE ``^`` can only match
        # at the start of the subject: a search tries that one position.
        self.anchored = (
            entry < size
            and code[entry] == OP["AT"]
            and code[entry + 1]
            in (
                AT_CODES["AT_BEGINNING"],
                AT_CODES["AT_BEGINNING_STRING"],
            )
        )
        ops: list[Any] = [None] * (size + 1)
        self.ops = ops
        work = [(entry, True)]
        seen: set[int] = set()
        while work:
            pc, toplevel = work.pop()
            if pc in seen:
                continue
            if not 0 <= pc < size:
                raise InvalidCode
            seen.add(pc)
            instruction, successors = self._instruction(code, pc, toplevel)
            ops[pc] = instruction
            work.extend(successors)
        self._see_through_jumps()
        if self.prefix is None and self.start_test is None:
            self.start_test = self._first_item_test()

    def _see_through_jumps(self) -> None:
        """A one-character repeat whose tail only jumps to a SUCCESS (the end of an
        alternative) needs no backtracking frame either."""
        ops = self.ops
        for pc, op in enumerate(ops):
            if op is None or op[0] != K_REPEAT_ONE or op[6]:
                continue
            target = op[4]
            for _ in range(16):
                if ops[target][0] != K_JUMP:
                    break
                target = ops[target][1]
            if ops[target][0] in (K_SUCCESS, K_END_BODY):
                ops[pc] = (*op[:4], target, None, True, op[7])

    def _first_item_test(self) -> Any:
        """A test that the first character of any match passes, found from the first
        operation that consumes one (None when there is no such single test).  The
        compiler's INFO block gives one only for some patterns (not ``\\s+``)."""
        pc = self.entry
        for _ in range(64):
            op = self.ops[pc]
            kind = op[0]
            if kind == K_MARK:
                pc = op[2]
            elif kind == K_ONE:
                return op[1]
            elif kind == K_LIT:
                first = op[1][0]
                return frozenset((first,)).__contains__
            elif kind in (K_REPEAT_ONE, K_MIN_REPEAT_ONE, K_POSS_REPEAT_ONE) and op[1] >= 1:
                # The item's test is the last field of these instructions.
                return op[-1]
            else:
                return None
        return None

    def _instruction(self, code: list[int], pc: int, toplevel: bool) -> tuple[tuple, list[tuple[int, bool]]]:
        op = code[pc]
        name = _OP_NAMES.get(op)
        is_bytes = self.is_bytes
        if name == "LITERAL":
            values = []
            q = pc
            while q < len(code) and code[q] == op:
                values.append(code[q + 1])
                q += 2
            limit = 256 if is_bytes else _ELEM_LIMIT
            if not all(0 <= v < limit for v in values):
                return (K_FAILURE,), []
            return (K_LIT, self._literal_text(values), len(values), q), [(q, toplevel)]
        if op in _SINGLE:
            test, nxt = _item_test(code, pc, is_bytes)
            return (K_ONE, test.pred, nxt), [(nxt, toplevel)]
        if name == "MARK":
            return (K_MARK, code[pc + 1], pc + 2), [(pc + 2, toplevel)]
        if name == "AT":
            at_names = {v: k for k, v in AT_CODES.items()}
            return (K_AT, _at_test(at_names[code[pc + 1]], is_bytes), pc + 2), [(pc + 2, toplevel)]
        if name in ("JUMP", "INFO"):
            target = pc + 1 + code[pc + 1]
            return (K_JUMP, target), [(target, toplevel)]
        if name == "SUCCESS":
            return ((K_SUCCESS,) if toplevel else (K_END_BODY,)), []
        if name == "FAILURE":
            return (K_FAILURE,), []
        if name == "BRANCH":
            alternatives = []
            q = pc + 1
            while code[q]:
                alternatives.append(q + 1)
                q += code[q]
                if q >= len(code):
                    raise InvalidCode
            return (K_BRANCH, tuple(alternatives)), [(a, toplevel) for a in alternatives]
        if name in ("REPEAT_ONE", "MIN_REPEAT_ONE", "POSSESSIVE_REPEAT_ONE"):
            tail = pc + 1 + code[pc + 1]
            low, high = code[pc + 2], code[pc + 3]
            if code[pc + 4] not in _SINGLE:
                raise InvalidCode
            test, _ = _item_test(code, pc + 4, is_bytes)
            count = _counter(code, pc + 4, test, is_bytes)
            if name == "REPEAT_ONE":
                tail_item = None
                if code[tail] == OP["LITERAL"]:
                    v = code[tail + 1]
                    tail_item = self._element(v) if (v < 256 or not is_bytes) and v < _ELEM_LIMIT else None
                tail_is_success = code[tail] == OP["SUCCESS"]
                instruction = (K_REPEAT_ONE, low, high, count, tail, tail_item, tail_is_success, test.pred)
            elif name == "MIN_REPEAT_ONE":
                instruction = (K_MIN_REPEAT_ONE, low, high, count, tail, test.pred)
            else:
                instruction = (K_POSS_REPEAT_ONE, low, high, count, tail, test.pred)
            return instruction, [(tail, toplevel)]
        if name == "REPEAT":
            until = pc + 1 + code[pc + 1]
            if _OP_NAMES.get(code[until]) not in ("MAX_UNTIL", "MIN_UNTIL"):
                raise InvalidCode
            return (K_REPEAT, code[pc + 2], code[pc + 3], pc + 4, until), [
                (pc + 4, toplevel),
                (until, toplevel),
            ]
        if name == "MAX_UNTIL":
            return (K_MAX_UNTIL, pc + 1), [(pc + 1, toplevel)]
        if name == "MIN_UNTIL":
            return (K_MIN_UNTIL, pc + 1), [(pc + 1, toplevel)]
        if name in ("ASSERT", "ASSERT_NOT"):
            nxt = pc + 1 + code[pc + 1]
            kind = K_ASSERT if name == "ASSERT" else K_ASSERT_NOT
            return (kind, code[pc + 2], pc + 3, nxt), [(pc + 3, False), (nxt, toplevel)]
        if name == "ATOMIC_GROUP":
            nxt = pc + 1 + code[pc + 1]
            return (K_ATOMIC, pc + 2, nxt), [(pc + 2, False), (nxt, toplevel)]
        if name == "POSSESSIVE_REPEAT":
            nxt = pc + 2 + code[pc + 1]
            return (K_POSS_REPEAT, code[pc + 2], code[pc + 3], pc + 4, nxt), [
                (pc + 4, False),
                (nxt, toplevel),
            ]
        if name in ("GROUPREF", "GROUPREF_IGNORE", "GROUPREF_UNI_IGNORE", "GROUPREF_LOC_IGNORE"):
            fold = {
                "GROUPREF": None,
                "GROUPREF_IGNORE": casing.ascii_lower,
                "GROUPREF_UNI_IGNORE": casing.unicode_lower,
                "GROUPREF_LOC_IGNORE": casing.locale_lower,
            }[name]
            if fold is not None and not is_bytes:
                fold = _on_chars(fold)
            return (K_GROUPREF, code[pc + 1], fold, pc + 2), [(pc + 2, toplevel)]
        if name == "GROUPREF_EXISTS":
            no = pc + 1 + code[pc + 2]
            return (K_GROUPREF_EXISTS, code[pc + 1], pc + 3, no), [(pc + 3, toplevel), (no, toplevel)]
        raise InvalidCode
