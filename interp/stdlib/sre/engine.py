"""The backtracking machine that runs a :class:`~.program.Program` on one subject.

Why it looks the way it does:

- **No host recursion.**  Every operation that may have to be undone (an
  alternative, a repeat, a lookaround) pushes a *frame* on an explicit list and
  carries on; a failure pops the top frame, which either resumes with its next
  choice or passes the failure down.  A pattern nested a thousand deep, or a
  subject a million characters long, costs list entries, never host stack, which
  in Pyodide is the JavaScript engine's and cannot be recovered from.
- **Group semantics of CPython, quirks included.**  Capture positions are undone
  exactly where CPython's ``_sre`` undoes them: an alternative or a one-character
  repeat restores only the highest group seen (``lastmark``) unless it runs inside
  a general repeat, where it also restores the positions themselves; a
  lookahead that matched keeps what it captured.  Each frame saves what its
  operation restores, no more.
- **Body ends.**  The ``SUCCESS`` that ends a lookaround, atomic group or
  possessive body drops every frame above the operation that started the body:
  no backtracking into it, which is what makes those operations atomic.
- **Resumable in slices.**  :meth:`Matcher.run` runs at most a budget of steps and
  returns ``None`` when it is spent, with the whole machine state kept in the
  object; the caller ticks the sandbox meter, may yield a time slice to the
  driver, and calls again.  Steps are operations, failures and, for the counting
  loops of one-character repeats, characters scanned (an eighth each), so that no
  run of the machine lasts long without the meter hearing of it.
"""

from __future__ import annotations

from typing import Any

from .program import (
    K_ASSERT,
    K_ASSERT_NOT,
    K_AT,
    K_ATOMIC,
    K_BRANCH,
    K_END_BODY,
    K_FAILURE,
    K_GROUPREF,
    K_GROUPREF_EXISTS,
    K_JUMP,
    K_LIT,
    K_MARK,
    K_MAX_UNTIL,
    K_MIN_REPEAT_ONE,
    K_MIN_UNTIL,
    K_ONE,
    K_POSS_REPEAT,
    K_POSS_REPEAT_ONE,
    K_REPEAT,
    K_REPEAT_ONE,
    K_SUCCESS,
    MAXREPEAT,
    Program,
)

# Frame kinds.  Frames from F_ASSERT on start a body that ends with K_END_BODY.
F_BRANCH = 0
F_REPEAT_ONE = 1
F_MIN_REPEAT_ONE = 2
F_REPEAT = 3
F_MAX_BODY_NEEDED = 4
F_MAX_BODY_EXTRA = 5
F_MAX_TAIL = 6
F_MIN_BODY_NEEDED = 7
F_MIN_TAIL = 8
F_MIN_BODY_EXTRA = 9
F_ASSERT = 10
F_ASSERT_NOT = 11
F_ATOMIC = 12
F_POSS_NEEDED = 13
F_POSS_EXTRA = 14
_FIRST_BODY_FRAME = F_ASSERT

# A repeat context: [iterations so far, position where the last iteration began,
# enclosing repeat, the REPEAT instruction].
R_COUNT, R_LAST, R_PREV, R_OP = 0, 1, 2, 3

#: Characters scanned by a counting loop per step charged to the meter.
SCAN_PER_STEP = 8
#: Characters a start-of-match scan looks at between two budget checks.
SCAN_CHUNK = 4096


class Matcher:
    """One ``match``/``fullmatch``/``search`` of a program over a subject.

    After :meth:`run` returns True, ``start`` and ``ptr`` are the span of the
    match and ``marks``/``lastmark``/``lastindex`` its groups.
    """

    __slots__ = (
        "program",
        "subject",
        "end",
        "pos",
        "marks",
        "lastmark",
        "lastindex",
        "stack",
        "pc",
        "ptr",
        "repeat",
        "failing",
        "start",
        "match_all",
        "must_advance",
        "budget",
        "searching",
        "next_pos",
        "active",
        "finished",
        "origin",
    )

    def __init__(
        self, program: Program, subject: Any, pos: int, end: int, groups: int, origin: int = -1
    ) -> None:
        self.program = program
        #: The ``pos`` the caller gave (``Match.pos``), where successive searches began.
        self.origin = pos if origin < 0 else origin
        self.subject = subject
        self.pos = pos
        self.end = end
        self.marks = [-1] * (2 * groups + 2)
        self.lastmark = -1
        self.lastindex = -1
        self.stack: list[list] = []
        self.repeat: Any = None
        self.failing = False
        self.start = pos
        self.ptr = pos
        self.pc = program.entry
        self.match_all = False
        self.must_advance = False
        self.budget = 0
        self.searching = False
        self.next_pos = pos
        self.active = False
        self.finished: Any = None

    # -- set-up -------------------------------------------------------------

    def begin_match(self, match_all: bool = False, must_advance: bool = False) -> None:
        """Prepare a match anchored at ``pos``."""
        self.searching = False
        self.match_all = match_all
        self.must_advance = must_advance
        minimum = self.program.min_length
        if minimum and 0 <= self.end - self.pos < minimum:
            self.finished = False
            return
        self._attempt(self.pos)

    def begin_search(self, must_advance: bool = False) -> None:
        """Prepare a search for the leftmost match at or after ``pos`` (a matcher may
        be prepared again for the next search of the same subject)."""
        self.finished = None
        self.active = False
        self.searching = True
        self.match_all = False
        self.must_advance = must_advance
        self.next_pos = self.pos
        program = self.program
        if self.pos > self.end or (program.min_length and self.end - self.pos < program.min_length):
            self.finished = False
        elif program.prefix is False:
            self.finished = False

    def _attempt(self, at: int) -> None:
        self.start = at
        self.ptr = at
        self.pc = self.program.entry
        self.lastmark = -1
        self.lastindex = -1
        self.stack = []
        self.repeat = None
        self.failing = False
        self.active = True

    # -- driving --------------------------------------------------------------

    def run(self, budget: int) -> bool | None:
        """Run at most about ``budget`` steps: True (matched), False (no match) or
        None (not finished; call again).  ``budget`` is left in :attr:`budget`."""
        self.budget = budget
        if self.finished is not None:
            return self.finished
        while True:
            if self.active:
                outcome = self._execute()
                if outcome is None:
                    return None
                self.active = False
                if outcome or not self.searching:
                    self.finished = outcome
                    return outcome
                self.next_pos = self.start + 1
                self.must_advance = False
            found = self._next_start()
            if found is None:
                return None
            if found < 0:
                self.finished = False
                return False
            if self.program.prefix_is_all:
                # The whole pattern is its literal prefix: found is the match.
                self.start = found
                self.ptr = found + len(self.program.prefix)
                self.lastmark = self.lastindex = -1
                self.finished = True
                return True
            self._attempt(found)
            if self.budget <= 0:
                return None

    def _next_start(self) -> int | None:
        """The next position where a search tries to match (-1: none left; None:
        the budget ran out while scanning)."""
        program = self.program
        s = self.subject
        p = self.next_pos
        last = self.end - program.min_length
        if p > last:
            return -1
        if program.anchored:
            return p if p == 0 else -1
        prefix = program.prefix
        if prefix is not None:
            found = s.find(prefix, p, self.end)
            self.budget -= 1 + ((found if found >= 0 else self.end) - p) // (SCAN_PER_STEP * 8)
            return found if 0 <= found <= last else -1
        test = program.start_test
        if test is not None:
            while True:
                stop = min(self.end, p + SCAN_CHUNK)
                while p < stop and not test(s[p]):
                    p += 1
                self.budget -= 1 + (stop - self.next_pos) // SCAN_PER_STEP
                if p < stop:
                    return p if p <= last else -1
                self.next_pos = p
                if p >= self.end:
                    return -1
                if self.budget <= 0:
                    return None
        self.budget -= 1
        return p

    # -- the machine ----------------------------------------------------------

    def _execute(self) -> bool | None:  # noqa: C901 - one loop is the point
        ops = self.program.ops
        s = self.subject
        end = self.end
        stack = self.stack
        marks = self.marks
        pc = self.pc
        ptr = self.ptr
        lastmark = self.lastmark
        lastindex = self.lastindex
        repeat = self.repeat
        failing = self.failing
        budget = self.budget
        match_all = self.match_all
        must_advance = self.must_advance
        start = self.start
        push = stack.append
        outcome = None
        while budget > 0:
            budget -= 1
            if failing:
                if not stack:
                    outcome = False
                    break
                frame = stack[-1]
                kind = frame[0]
                if kind == F_REPEAT_ONE:
                    saved = frame[6]
                    if saved is not None:
                        marks[: len(saved)] = saved
                    lastmark = frame[4]
                    lastindex = frame[5]
                    op = frame[1]
                    least = op[1]
                    ptr = frame[2] - 1
                    n = frame[3] - 1
                    item = op[5]
                    if item is not None:
                        while n >= least and (ptr >= end or s[ptr] != item):
                            ptr -= 1
                            n -= 1
                    if n < least:
                        stack.pop()
                        continue
                    frame[2] = ptr
                    frame[3] = n
                    pc = op[4]
                    failing = False
                elif kind == F_BRANCH:
                    saved = frame[6]
                    if saved is not None:
                        marks[: len(saved)] = saved
                    lastmark = frame[4]
                    lastindex = frame[5]
                    ptr = frame[3]
                    alternatives = frame[1]
                    i = frame[2] + 1
                    count = len(alternatives)
                    while i < count:
                        first = ops[alternatives[i]]
                        if first[0] == K_LIT:
                            if s.startswith(first[1], ptr, end):
                                break
                        elif first[0] == K_ONE:
                            if ptr < end and first[1](s[ptr]):
                                break
                        else:
                            break
                        i += 1
                    if i >= count:
                        stack.pop()
                        continue
                    frame[2] = i
                    pc = alternatives[i]
                    failing = False
                elif kind == F_MIN_REPEAT_ONE:
                    saved = frame[6]
                    if saved is not None:
                        marks[: len(saved)] = saved
                    lastmark = frame[4]
                    lastindex = frame[5]
                    op = frame[1]
                    ptr = frame[2]
                    if ptr < end and op[5](s[ptr]):
                        ptr += 1
                        n = frame[3] + 1
                        if op[2] == MAXREPEAT or n <= op[2]:
                            frame[2] = ptr
                            frame[3] = n
                            pc = op[4]
                            failing = False
                            continue
                    stack.pop()
                elif kind == F_REPEAT:
                    repeat = frame[1][R_PREV]
                    stack.pop()
                elif kind == F_MAX_BODY_NEEDED or kind == F_MIN_BODY_NEEDED:
                    frame[1][R_COUNT] = frame[2] - 1
                    stack.pop()
                elif kind == F_MAX_BODY_EXTRA:
                    rep = frame[1]
                    rep[R_LAST] = frame[7]
                    saved = frame[6]
                    marks[: len(saved)] = saved
                    lastmark = frame[4]
                    lastindex = frame[5]
                    rep[R_COUNT] = frame[2] - 1
                    ptr = frame[3]
                    # No further iteration here: the tail must match instead.
                    repeat = rep[R_PREV]
                    stack[-1] = [F_MAX_TAIL, rep]
                    pc = frame[8]
                    failing = False
                elif kind == F_MAX_TAIL:
                    repeat = frame[1]
                    stack.pop()
                elif kind == F_MIN_TAIL:
                    rep = frame[1]
                    repeat = rep
                    saved = frame[6]
                    if saved is not None:
                        marks[: len(saved)] = saved
                    lastmark = frame[4]
                    lastindex = frame[5]
                    ptr = frame[3]
                    n = frame[2]
                    most = rep[R_OP][2]
                    if (n >= most and most != MAXREPEAT) or ptr == rep[R_LAST]:
                        stack.pop()
                        continue
                    # The tail failed: one more iteration, then the tail again.
                    rep[R_COUNT] = n
                    stack[-1] = [F_MIN_BODY_EXTRA, rep, n, rep[R_LAST]]
                    rep[R_LAST] = ptr
                    pc = rep[R_OP][3]
                    failing = False
                elif kind == F_MIN_BODY_EXTRA:
                    rep = frame[1]
                    rep[R_LAST] = frame[3]
                    rep[R_COUNT] = frame[2] - 1
                    stack.pop()
                elif kind == F_ASSERT_NOT:
                    # The negated body failed: the assertion holds.
                    saved = frame[6]
                    if saved is not None:
                        marks[: len(saved)] = saved
                    lastmark = frame[4]
                    lastindex = frame[5]
                    ptr = frame[1]
                    pc = frame[3]
                    stack.pop()
                    failing = False
                elif kind == F_POSS_EXTRA:
                    saved = frame[6]
                    marks[: len(saved)] = saved
                    lastmark = frame[4]
                    lastindex = frame[5]
                    ptr = frame[3]
                    pc = frame[1][4]
                    stack.pop()
                    failing = False
                else:
                    # F_ASSERT, F_ATOMIC, F_POSS_NEEDED: the body failed, so do they.
                    stack.pop()
                continue

            op = ops[pc]
            kind = op[0]
            if kind == K_LIT:
                if s.startswith(op[1], ptr, end):
                    ptr += op[2]
                    pc = op[3]
                else:
                    failing = True
            elif kind == K_ONE:
                if ptr < end and op[1](s[ptr]):
                    ptr += 1
                    pc = op[2]
                else:
                    failing = True
            elif kind == K_MARK:
                i = op[1]
                if i & 1:
                    lastindex = (i >> 1) + 1
                if i > lastmark:
                    # Marks between the old highest and this one were never set
                    # on this path.
                    for j in range(lastmark + 1, i):
                        marks[j] = -1
                    lastmark = i
                marks[i] = ptr
                pc = op[2]
            elif kind == K_REPEAT_ONE:
                least = op[1]
                if least > end - ptr:
                    failing = True
                    continue
                most = op[2]
                limit = end if most == MAXREPEAT or most >= end - ptr else ptr + most
                n = op[3](s, ptr, limit)
                budget -= n // SCAN_PER_STEP
                if n < least:
                    failing = True
                    continue
                ptr += n
                if op[6]:
                    # Only SUCCESS follows: giving back characters cannot help.
                    pc = op[4]
                    continue
                item = op[5]
                if item is not None:
                    while n >= least and (ptr >= end or s[ptr] != item):
                        ptr -= 1
                        n -= 1
                    if n < least:
                        failing = True
                        continue
                push(
                    [F_REPEAT_ONE, op, ptr, n, lastmark, lastindex, marks[: lastmark + 1] if repeat else None]
                )
                pc = op[4]
            elif kind == K_BRANCH:
                alternatives = op[1]
                i = 0
                count = len(alternatives)
                while i < count:
                    first = ops[alternatives[i]]
                    if first[0] == K_LIT:
                        if s.startswith(first[1], ptr, end):
                            break
                    elif first[0] == K_ONE:
                        if ptr < end and first[1](s[ptr]):
                            break
                    else:
                        break
                    i += 1
                if i >= count:
                    failing = True
                    continue
                push(
                    [
                        F_BRANCH,
                        alternatives,
                        i,
                        ptr,
                        lastmark,
                        lastindex,
                        marks[: lastmark + 1] if repeat else None,
                    ]
                )
                pc = alternatives[i]
            elif kind == K_JUMP:
                pc = op[1]
            elif kind == K_SUCCESS:
                if (match_all and ptr != end) or (must_advance and ptr == start):
                    failing = True
                    continue
                outcome = True
                break
            elif kind == K_AT:
                if op[1](s, ptr, end):
                    pc = op[2]
                else:
                    failing = True
            elif kind == K_MIN_REPEAT_ONE:
                least = op[1]
                if least > end - ptr:
                    failing = True
                    continue
                n = 0
                if least:
                    n = op[3](s, ptr, ptr + least)
                    if n < least:
                        failing = True
                        continue
                    ptr += n
                push(
                    [
                        F_MIN_REPEAT_ONE,
                        op,
                        ptr,
                        n,
                        lastmark,
                        lastindex,
                        marks[: lastmark + 1] if repeat else None,
                    ]
                )
                pc = op[4]
            elif kind == K_REPEAT:
                repeat = [-1, -1, repeat, op]
                push([F_REPEAT, repeat])
                pc = op[4]
            elif kind == K_MAX_UNTIL:
                rep = repeat
                if rep is None:
                    raise RuntimeError("internal error in regular expression engine")
                repeat_op = rep[R_OP]
                n = rep[R_COUNT] + 1
                if n < repeat_op[1]:
                    rep[R_COUNT] = n
                    push([F_MAX_BODY_NEEDED, rep, n])
                    pc = repeat_op[3]
                    continue
                most = repeat_op[2]
                if (n < most or most == MAXREPEAT) and ptr != rep[R_LAST]:
                    rep[R_COUNT] = n
                    push(
                        [
                            F_MAX_BODY_EXTRA,
                            rep,
                            n,
                            ptr,
                            lastmark,
                            lastindex,
                            marks[: lastmark + 1],
                            rep[R_LAST],
                            op[1],
                        ]
                    )
                    rep[R_LAST] = ptr
                    pc = repeat_op[3]
                    continue
                repeat = rep[R_PREV]
                push([F_MAX_TAIL, rep])
                pc = op[1]
            elif kind == K_MIN_UNTIL:
                rep = repeat
                if rep is None:
                    raise RuntimeError("internal error in regular expression engine")
                repeat_op = rep[R_OP]
                n = rep[R_COUNT] + 1
                if n < repeat_op[1]:
                    rep[R_COUNT] = n
                    push([F_MIN_BODY_NEEDED, rep, n])
                    pc = repeat_op[3]
                    continue
                repeat = rep[R_PREV]
                push(
                    [F_MIN_TAIL, rep, n, ptr, lastmark, lastindex, marks[: lastmark + 1] if repeat else None]
                )
                pc = op[1]
            elif kind == K_END_BODY:
                while stack[-1][0] < _FIRST_BODY_FRAME:
                    stack.pop()
                frame = stack[-1]
                kind = frame[0]
                if kind == F_ASSERT:
                    repeat = frame[2]
                    ptr = frame[1]
                    pc = frame[3]
                    stack.pop()
                elif kind == F_ATOMIC:
                    repeat = frame[2]
                    pc = frame[3]
                    stack.pop()
                elif kind == F_ASSERT_NOT:
                    repeat = frame[2]
                    stack.pop()
                    failing = True
                elif kind == F_POSS_NEEDED:
                    repeat = frame[4]
                    poss = frame[1]
                    n = frame[2] + 1
                    if n < poss[1]:
                        frame[2] = n
                        pc = poss[3]
                        continue
                    stack.pop()
                    pc = self._possessive_next(poss, n, -1, ptr, push, lastmark, lastindex, repeat)
                else:  # F_POSS_EXTRA
                    repeat = frame[7]
                    poss = frame[1]
                    stack.pop()
                    pc = self._possessive_next(
                        poss, frame[2] + 1, frame[3], ptr, push, lastmark, lastindex, repeat
                    )
            elif kind == K_GROUPREF:
                i = op[1] * 2
                if i >= lastmark:
                    failing = True
                    continue
                first = marks[i]
                last = marks[i + 1]
                if first < 0 or last < 0 or last < first:
                    failing = True
                    continue
                size = last - first
                fold = op[2]
                if fold is None:
                    if ptr + size <= end and s.startswith(s[first:last], ptr, end):
                        ptr += size
                        pc = op[3]
                    else:
                        failing = True
                    continue
                if ptr + size > end:
                    failing = True
                    continue
                budget -= size // SCAN_PER_STEP
                k = 0
                while k < size and fold(s[ptr + k]) == fold(s[first + k]):
                    k += 1
                if k < size:
                    failing = True
                    continue
                ptr += size
                pc = op[3]
            elif kind == K_GROUPREF_EXISTS:
                i = op[1] * 2
                if i >= lastmark or marks[i] < 0 or marks[i + 1] < 0 or marks[i + 1] < marks[i]:
                    pc = op[3]
                else:
                    pc = op[2]
            elif kind == K_ASSERT:
                back = op[1]
                if ptr < back:
                    failing = True
                    continue
                push([F_ASSERT, ptr, repeat, op[3]])
                ptr -= back
                pc = op[2]
            elif kind == K_ASSERT_NOT:
                back = op[1]
                if ptr < back:
                    pc = op[3]
                    continue
                push(
                    [
                        F_ASSERT_NOT,
                        ptr,
                        repeat,
                        op[3],
                        lastmark,
                        lastindex,
                        marks[: lastmark + 1] if repeat else None,
                    ]
                )
                ptr -= back
                pc = op[2]
            elif kind == K_ATOMIC:
                push([F_ATOMIC, ptr, repeat, op[2]])
                pc = op[1]
            elif kind == K_POSS_REPEAT:
                if op[1] > 0:
                    push([F_POSS_NEEDED, op, 0, ptr, repeat])
                    pc = op[3]
                else:
                    pc = self._possessive_next(op, 0, -1, ptr, push, lastmark, lastindex, repeat)
            elif kind == K_POSS_REPEAT_ONE:
                least = op[1]
                if least > end - ptr:
                    failing = True
                    continue
                most = op[2]
                limit = end if most == MAXREPEAT or most >= end - ptr else ptr + most
                n = op[3](s, ptr, limit)
                budget -= n // SCAN_PER_STEP
                if n < least:
                    failing = True
                    continue
                ptr += n
                pc = op[4]
            elif kind == K_FAILURE:
                failing = True
            else:
                raise RuntimeError("internal error in regular expression engine")

        self.pc = pc
        self.ptr = ptr
        self.lastmark = lastmark
        self.lastindex = lastindex
        self.repeat = repeat
        self.failing = failing
        self.budget = budget
        return outcome

    def _possessive_next(
        self,
        op: tuple,
        n: int,
        previous: int,
        ptr: int,
        push: Any,
        lastmark: int,
        lastindex: int,
        repeat: Any,
    ) -> int:
        """After ``n`` iterations of a possessive repeat: start another, or go on
        with what follows (when at the maximum, or the last one matched empty)."""
        most = op[2]
        if (n < most or most == MAXREPEAT) and ptr != previous:
            push([F_POSS_EXTRA, op, n, ptr, lastmark, lastindex, self.marks[: lastmark + 1], repeat])
            return op[3]
        return op[4]

    # -- results ---------------------------------------------------------------

    def spans(self, groups: int) -> tuple[tuple[int, int], ...]:
        """The span of the match and of each group ((-1, -1) when unset)."""
        marks = self.marks
        lastmark = self.lastmark
        result = [(self.start, self.ptr)]
        for g in range(groups):
            j = 2 * g
            if j + 1 <= lastmark and marks[j] >= 0 and marks[j + 1] >= 0:
                if marks[j] > marks[j + 1]:
                    raise SystemError(
                        "The span of capturing group is wrong, please report a bug for the re module."
                    )
                result.append((marks[j], marks[j + 1]))
            else:
                result.append((-1, -1))
        return tuple(result)
