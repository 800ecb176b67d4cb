"""Python-level tracebacks of sandboxed code.

As an exception leaves a statement, the innermost statement that saw it records its
line on the exception (:func:`note_line`); as it leaves a function,
:func:`add_frame` turns that line into a traceback entry for the function's code.
Nothing here touches host frames, which sandboxed code must never see.
"""

from __future__ import annotations

from typing import Any

LINE = "_interp_line"
ENTRIES = "_interp_tb"


def note_line(error: BaseException, lineno: int) -> None:
    d = error.__dict__
    if d.get(LINE) is None:
        d[LINE] = lineno


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
    entries.append((code.filename, line, code.name))


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
    entries.append((code.filename, line, code.name))


def entries(error: BaseException) -> list[tuple[str, int | None, str]]:
    """Traceback entries of ``error``, outermost call first."""
    return list(reversed(error.__dict__.get(ENTRIES, [])))


def clear(error: BaseException) -> None:
    d = error.__dict__
    d.pop(LINE, None)
    d.pop(ENTRIES, None)


def format_entries(error: BaseException, sources: dict[str, list[str]]) -> list[str]:
    """The ``File "...", line N, in name`` lines (with source lines) for ``error``."""
    lines = []
    for filename, lineno, name in entries(error):
        lines.append(f'  File "{filename}", line {lineno}, in {name}\n')
        text = sources.get(filename)
        if text is not None and lineno is not None and 1 <= lineno <= len(text):
            stripped = text[lineno - 1].strip()
            if stripped:
                lines.append(f"    {stripped}\n")
    return lines
