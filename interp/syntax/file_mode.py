"""Sources read from a file, as ``python FILE`` reads its script.

CPython's tokenizer works in two modes: on a string (``compile()``, ``exec()``) and on
an open file (the script of ``python FILE``).  They differ in one visible way: an error
that the parser places at the end of the input (a block missing at the end of the
file: "expected an indented block...", "expected 'except' or 'finally' block") gets the
column of the end of the last line from a string, and no column (offset 0, so no caret)
from a file.  The sandbox always parses a string, so the command line registers the
script's name here and ``parser.parse`` gives that name's errors the file's column.
"""

from __future__ import annotations

#: Names (as given to ``parse``) of the sources that were read from a file.
FILES: set[str] = set()

_AT_END = ("expected an indented block", "expected 'except' or 'finally' block")


def read_from_file(filename: str) -> None:
    """Parse errors of ``filename`` are to be placed as CPython's file tokenizer does."""
    FILES.add(filename)


def adjust(error: SyntaxError) -> None:
    """Give ``error`` the offset CPython reports when reading a file, if that differs.

    The errors placed at the end of the input are those with an ``end_offset`` of -1 and
    an offset just past the text of their line (a tokenizer error such as "unindent does
    not match any outer indentation level" has the same shape, hence the messages).
    """
    text = error.text or ""
    if (
        error.end_offset == -1
        and error.offset == len(text.rstrip("\r\n")) + 1
        and isinstance(error.msg, str)
        and error.msg.startswith(_AT_END)
    ):
        error.offset = 0
