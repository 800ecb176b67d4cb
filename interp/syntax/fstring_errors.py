"""CPython 3.12+'s wording of two kinds of f-string error (PEP 701 f-strings).

Since 3.12 an f-string is tokenized piece by piece and its fields are parsed by the
main parser, so its errors come from two places that our scheme (one lexer token per
f-string, fields parsed afterwards by ``parser._parse_field``) does not reproduce:

- **The tokenizer**, when a field is still open at the end of the f-string: a quote in
  a field starts a nested string, and when that string does not end, the error is
  "f-string: expecting '}'" at its start (its prefix included: in ``f"{x!r"`` the
  ``r"`` is a raw string).  In a format spec the f-string's own quote ends it, and the
  parser then expects "'}', or format specs" there.  A ``#`` in a field of a one-line
  f-string comments the rest of the line out: "'{' was never closed".  Our lexer simply
  finds no end for the token; ``reword`` gives CPython's error instead.
- **The parser**, for a field whose expression is wrong: its errors are those of any
  expression (no "f-string: " before "invalid syntax. Perhaps you forgot a comma?"),
  else the rule of the replacement field: "expecting a valid expression after '{'"
  when no expression starts it, "expecting '=', or '!', or ':', or '}'" at the token
  after the longest expression it starts with.  ``field_error`` words these.

Both run only once a parse has failed.  On 3.11 hosts ``legacy_fstrings`` then
re-words the result as 3.11 would.
"""

from __future__ import annotations

from . import errors
from .literals import _PREFIX_CHARS, _skip_string, _string_at
from .scan import ENDMARKER, NEWLINE, Token, scan

# (message, offset in the source, length of the span, or None for CPython's end_offset 0)
_Problem = tuple[str, int, int | None]


def reword(error: SyntaxError, source: str, filename: str) -> SyntaxError:
    """CPython's tokenizer error if ``error`` is our lexer's failure at an f-string
    whose field is still open at its end; else ``error``."""
    if error.lineno is None or not error.offset or error.filename != filename:
        return error
    try:
        found = _open_field_error(source, filename, error.lineno, error.offset - 1)
    except Exception:  # pragma: no cover - wording is best effort; keep the first error
        found = None
    return error if found is None else found


def _open_field_error(source: str, filename: str, lineno: int, col: int) -> SyntaxError | None:
    lines = source.splitlines(keepends=True)
    if not 1 <= lineno <= len(lines):
        return None
    start = sum(len(line) for line in lines[: lineno - 1]) + col
    found = _string_at(source, start)
    if found is None or ("f" not in found[0] and "t" not in found[0]):
        return None
    prefix, quote = found
    body = start + len(prefix) + len(quote)
    # A one-line f-string's nested strings and fields end at the end of its line.
    newline = -1 if len(quote) == 3 else source.find("\n", body)
    limit = len(source) if newline < 0 else newline
    problem = _Walker(source, quote, limit).body(body)
    if problem is None:
        return None
    msg, at, span = problem
    if "t" in prefix and msg.startswith("f-string:"):  # a template string (3.14)
        msg = "t-string:" + msg[len("f-string:") :]
    line = source.count("\n", 0, at) + 1
    column = at - (source.rfind("\n", 0, at) + 1)
    if span is None:  # "'{' was never closed": CPython's end_offset is 0
        return errors.make(msg, source, filename, line, column, line, -1)
    return errors.make(msg, source, filename, line, column, line, column + span)


class _Walker:
    """Follows one f-string as 3.12's tokenizer does, to the point where it fails.

    Each method returns the problem found, or the offset where its part ended well.
    """

    def __init__(self, text: str, quote: str, limit: int) -> None:
        self.text = text
        self.quote = quote
        self.limit = limit

    def body(self, i: int) -> _Problem | None:
        text, limit = self.text, self.limit
        while i < limit:
            c = text[i]
            if c == "\\":
                i += 2
            elif text.startswith(self.quote, i):
                return None  # the f-string ends: not a problem of an open field
            elif c == "{" and text.startswith("{", i + 1):
                i += 2
            elif c == "{":
                found = self.field(i)
                if not isinstance(found, int):
                    return found
                i = found
            else:
                i += 1
        return None

    def field(self, brace: int) -> _Problem | int | None:
        text, limit = self.text, self.limit
        i = brace + 1
        depth = 0
        while i < limit:
            c = text[i]
            if c in "'\"" or (c in _PREFIX_CHARS and _string_at(text, i)):
                end = _skip_string(text, i, limit)
                if end < 0:
                    return "f-string: expecting '}'", i, 0
                i = end
            elif c == "#" and len(self.quote) == 1:
                return "'{' was never closed", brace, None
            elif c in "([{":
                depth += 1
                i += 1
            elif c in ")]}" and depth:
                depth -= 1
                i += 1
            elif c == "}":
                return i + 1
            elif c == ":" and not depth:
                return self.spec(i + 1)
            else:
                i += 1
        return None

    def spec(self, i: int) -> _Problem | int | None:
        text, limit = self.text, self.limit
        while i < limit:
            c = text[i]
            if text.startswith(self.quote, i):
                return "f-string: expecting '}', or format specs", i, 1
            if c == "{":
                found = self.field(i)
                if not isinstance(found, int):
                    return found
                i = found
            elif c == "}":
                return i + 1
            else:
                i += 2 if c == "\\" else 1
        return None


def field_error(
    text: str, lineno: int, col: int, source: str, filename: str, kind: str = "f-string"
) -> SyntaxError:
    """The error of a replacement field whose expression ``text`` (starting at
    ``lineno``/``col`` of ``source``) does not parse, as CPython 3.12+ words it."""
    from .parser import parse

    def shifted(error: SyntaxError) -> SyntaxError:
        # "(" + text + ")": the first line moves by the field's column less the "(".
        def place(line: int | None, offset: int | None) -> tuple[int | None, int | None]:
            if line is None:
                return None, offset
            if line == 1 and offset is not None and offset > 0:
                offset += col - 1
            return line + lineno - 1, offset

        line, offset = place(error.lineno, error.offset)
        end_line, end_offset = place(error.end_lineno, error.end_offset)
        details = (filename, line, offset, errors.source_line(source, line or 0), end_line, end_offset)
        return type(error)(error.msg, details)

    try:
        parse(f"({text})", filename, "eval")
    except SyntaxError as error:
        if error.msg != "invalid syntax":
            return shifted(error)
    tokens = [t for t in scan(text).tokens if t.kind not in (NEWLINE, ENDMARKER)]
    if not tokens:
        return errors.make(f"{kind}: valid expression required before '}}'", source, filename, lineno, col)
    # The replacement field takes the longest expression it starts with.
    for count in range(len(tokens) - 1, 0, -1):
        last = tokens[count - 1]
        lines = text.split("\n")
        prefix = "\n".join([*lines[: last.end_line - 1], lines[last.end_line - 1][: last.end_col]])
        try:
            parse(f"({prefix})", filename, "eval")
        except SyntaxError:
            continue
        after = tokens[count]
        msg = f"{kind}: expecting '=', or '!', or ':', or '}}'"
        return _at(msg, after, lineno, col, source, filename)
    return _at(f"{kind}: expecting a valid expression after '{{'", tokens[0], lineno, col, source, filename)


def _at(msg: str, token: Token, lineno: int, col: int, source: str, filename: str) -> SyntaxError:
    """``msg`` over ``token`` of the field text, placed in the file."""
    start = token.col + (col if token.line == 1 else 0)
    end = token.end_col + (col if token.end_line == 1 else 0)
    return errors.make(
        msg, source, filename, token.line + lineno - 1, start, token.end_line + lineno - 1, end
    )
