"""CPython 3.11's f-string errors, for hosts that run 3.11.

The grammar takes f-strings as 3.12 does (PEP 701: one token, fields parsed by the real
parser), and ``literals`` words their errors as 3.12+ does.  CPython 3.11 works
differently, and its errors show it: its tokenizer sees an f-string as a plain string
(so a field cannot reuse the quote), and a hand-written pass over the string's text
finds each field, refusing a backslash or ``#`` in it, then compiles the field's text
wrapped in parentheses as a separate little source.  Hence its two kinds of error:

- A problem found by that pass ("f-string: empty expression not allowed", "expecting
  '}'", a bad conversion, nesting too deep...) is reported at the token the parser read
  last, which is the token *after* the whole run of adjacent strings (the parser reads
  one token ahead to see that the run has ended): the caret lands after the string.
- An error in a field's expression is the error of the source ``(expr)``, with
  "f-string: " before its message: its line is the field's line in the file, but its
  columns and text are those of ``(expr)``: ``(a b)`` with carets under ``a b``.

The sandbox accepts 3.12's f-strings on every host (quotes reused, backslashes and
comments in fields: the grammar is a superset), so this module only *words* an error:
when a parse fails on a 3.11 host inside a run of strings holding an f-string,
``parser.parse`` asks ``reword`` for 3.11's error for that run, and keeps the 3.12 one
if there is none.  Nothing here runs on 3.12+ hosts, nor for a program that parses.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import errors, nodes
from .literals import _decode_str, _DecodeError
from .scan import NEWLINE, STRING, Token, scan

_BLANK = " \t\n\f"  # what 3.11 skips when deciding that a field is empty
_SPACE = " \t\n\r\x0b\f"  # what it skips after a debug "="
_PAIRS = {")": "(", "]": "[", "}": "{"}
_ANY_FSTRING = re.compile(r"(?<![\w])(?:[fF][rR]?|[rR][fF])['\"]")
_MAX_BRACKETS = 200

# parse(expr_text, offset_of_the_brace_in_the_token) raises the field's SyntaxError.
_Parse = Callable[[str, int], None]


class _Problem(Exception):
    """A 3.11 error placed at the token after the run of strings."""

    def __init__(self, msg: str) -> None:
        super().__init__(msg)
        self.msg = msg


def _split(token: str) -> tuple[str, int, int]:
    """(lowercase prefix, start, end) of a string token's body."""
    quote_at = 0
    while token[quote_at] not in "'\"":
        quote_at += 1
    size = 3 if token.startswith(token[quote_at] * 3, quote_at) else 1
    return token[:quote_at].lower(), quote_at + size, len(token) - size


def check_token(token: str, parse: _Parse | None = None) -> None:
    """Walk one f-string token's body as 3.11 does; raise its first problem.

    Raises ``_Problem`` (placed by the caller) or, from ``parse``, the SyntaxError of a
    field's expression.  Without ``parse`` the expressions are not compiled: a cheap
    check of everything else.
    """
    prefix, start, end = _split(token)
    _Walk(token[start:end], "r" in prefix, parse, start).parts(0, 0)


class _Walk:
    def __init__(self, body: str, raw: bool, parse: _Parse | None, base: int) -> None:
        self.body = body
        self.raw = raw
        self.parse = parse
        self.base = base  # offset of the body in the token

    def parts(self, i: int, level: int) -> int:
        """Literal runs and fields from ``i``; in a format spec, stop at its ``}``."""
        body, n = self.body, len(self.body)
        while True:
            i = self.literal(i, level)
            if i >= n or body[i] == "}":
                return i
            i = self.field(i, level)

    def literal(self, i: int, level: int) -> int:
        """Skip literal text from ``i`` to the next field (or spec end); check its escapes."""
        while True:
            i, doubled = self.chunk(i, level)
            if not doubled:
                return i

    def chunk(self, i: int, level: int) -> tuple[int, bool]:
        """One run of text, ended by a brace; True if it was a doubled one (more text)."""
        body, n = self.body, len(self.body)
        start = i
        text_end = -1
        while i < n:
            c = body[i]
            i += 1
            if not self.raw and c == "\\" and i < n:
                c = body[i]
                i += 1
                if c == "N" and i < n and body[i] == "{":
                    close = body.find("}", i)
                    i = n if close < 0 else close + 1
                    continue
            if c in "{}":
                if level == 0 and i < n and body[i] == c:
                    text_end = i  # a doubled brace: the first of the two is text
                    i += 1
                    break
                if c == "}" and level == 0:
                    raise _Problem("f-string: single '}' is not allowed")
                i -= 1
                break
        text = body[start : i if text_end < 0 else text_end]
        if not self.raw and "\\" in text:
            try:
                _decode_str(text)
            except _DecodeError as error:
                raise _Problem(error.message) from None
        return i, text_end >= 0

    def field(self, i: int, level: int) -> int:
        body, n = self.body, len(self.body)
        if level >= 2:
            raise _Problem("f-string: expressions nested too deeply")
        brace = i
        i += 1
        start = i
        quote = ""
        stack: list[str] = []
        while i < n:
            c = body[i]
            if c == "\\":
                raise _Problem("f-string expression part cannot include a backslash")
            if quote:
                if body.startswith(quote, i):
                    i += len(quote)
                    quote = ""
                else:
                    i += 1
                continue
            if c in "'\"":
                quote = c * 3 if body.startswith(c * 3, i) else c
                i += len(quote)
                continue
            if c in "([{":
                if len(stack) >= _MAX_BRACKETS:
                    raise _Problem("f-string: too many nested parenthesis")
                stack.append(c)
            elif c == "#":
                raise _Problem("f-string expression part cannot include '#'")
            elif not stack and c in "!:}=<>":
                if c in "!=<>" and body.startswith("=", i + 1):
                    i += 2
                    continue
                if c not in "<>":
                    break
            elif c in ")]}":
                if not stack:
                    raise _Problem(f"f-string: unmatched '{c}'")
                opening = stack.pop()
                if _PAIRS[c] != opening:
                    raise _Problem(
                        f"f-string: closing parenthesis '{c}' does not match opening parenthesis '{opening}'"
                    )
            i += 1
        if quote:
            raise _Problem("f-string: unterminated string")
        if stack:
            raise _Problem(f"f-string: unmatched '{stack[-1]}'")
        if i >= n:
            raise _Problem("f-string: expecting '}'")
        expr = body[start:i]
        if not expr.strip(_BLANK):
            if body[i] in "!:=":
                raise _Problem(f"f-string: expression required before '{body[i]}'")
            raise _Problem("f-string: empty expression not allowed")
        if self.parse is not None:
            self.parse(expr, self.base + brace)
        if body[i] == "=":
            i += 1
            while i < n and body[i] in _SPACE:
                i += 1
            if i >= n:
                raise _Problem("f-string: expecting '}'")
        if body[i] == "!":
            i += 1
            if i >= n:
                raise _Problem("f-string: expecting '}'")
            if body[i] not in "sra":
                raise _Problem("f-string: invalid conversion character: expected 's', 'r', or 'a'")
            i += 1
        if i < n and body[i] == ":":
            i += 1
            if i >= n:
                raise _Problem("f-string: expecting '}'")
            i = self.parts(i, level + 1)
        if i >= n or body[i] != "}":
            raise _Problem("f-string: expecting '}'")
        return i + 1


def group_error(source: str, filename: str, line: int, col: int) -> SyntaxError | None:
    """3.11's error for the run of adjacent strings whose first starts at (line, col).

    None if 3.11 accepts it (or the run cannot be found in 3.11's tokens).
    """
    tokens = scan(source).tokens
    for index, token in enumerate(tokens):
        if token.kind == STRING and (token.line, token.col) == (line, col):
            return _run_error(source, filename, tokens, index)
    return None


def reword(error: SyntaxError, source: str, filename: str) -> SyntaxError:
    """3.11's error for a parse that failed with ``error`` (3.12's wording), or ``error``.

    When the failure lies in a run of strings holding an f-string, CPython 3.11 failed
    while building that run, with the first error its f-string pass finds there.
    """
    if error.lineno is None or not error.offset or error.filename != filename:
        return error
    if not _ANY_FSTRING.search(source):
        return error
    try:
        found = error_at(source, filename, error.lineno, max(error.offset - 1, 0))
    except Exception:  # pragma: no cover - wording is best effort; keep the 3.12 error
        found = None
    return error if found is None else found


def error_at(source: str, filename: str, line: int, col: int) -> SyntaxError | None:
    """3.11's error for the run of strings that holds (line, col), if it refuses it.

    For a failure of our lexer or parser there: CPython 3.11 reads that run and builds
    it (in its second pass at least) before anything else fails.
    """
    tokens = scan(source).tokens
    for index, token in enumerate(tokens):
        if (token.line, token.col) > (line, col):
            break
        if token.kind == STRING and (index == 0 or tokens[index - 1].kind != STRING):
            last = index
            while last + 1 < len(tokens) and tokens[last + 1].kind == STRING:
                last += 1
            if (line, col) <= (tokens[last].end_line, tokens[last].end_col):
                return _run_error(source, filename, tokens, index)
    return None


def _run_error(source: str, filename: str, tokens: list[Token], first: int) -> SyntaxError | None:
    last = first
    while last + 1 < len(tokens) and tokens[last + 1].kind == STRING:
        last += 1
    run = tokens[first : last + 1]
    if not any("f" in _split(t.text)[0] for t in run):
        return None
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    if after is None:
        # 3.11's tokenizer fails on the token after the run (an unclosed bracket at the
        # end...) before the parser builds the strings: that error is the one to give.
        return None
    try:
        bytes_run = None
        for token in run:
            prefix = _split(token.text)[0]
            if bytes_run is not None and bytes_run != ("b" in prefix):
                raise _Problem("cannot mix bytes and nonbytes literals")
            bytes_run = "b" in prefix
            if "f" in prefix:
                check_token(token.text, _field_parser(source, filename, token))
    except _Problem as problem:
        return _at_token(problem.msg, source, filename, after, run[-1])
    except SyntaxError as error:
        return error
    return None


def _at_token(msg: str, source: str, filename: str, after: Token, previous: Token) -> SyntaxError:
    """The error at the token after the run, with CPython 3.11's span for it."""
    if after.kind == NEWLINE:
        # 3.11's NEWLINE token starts at a comment before the newline, and is empty.
        start = after.col
        line_text = errors.source_line(source, after.line) or ""
        if previous.end_line == after.line:
            comment = line_text.find("#", previous.end_col, after.col)
            if comment >= 0:
                start = comment
        return errors.make(msg, source, filename, after.line, start, after.line, after.col)
    return errors.make(msg, source, filename, after.line, after.col, after.end_line, after.end_col)


def _field_parser(source: str, filename: str, token: Token) -> _Parse:
    def parse(expr: str, brace: int) -> None:
        from .parser import parse as parse_source

        wrapped = f"({expr})\n"
        try:
            tree = parse_source(wrapped, filename, "eval")
            body = getattr(tree, "body", None)
            if isinstance(body, nodes.Starred):
                # 3.11's grammar refuses "(*a)" in the parser; ours leaves it to the compiler.
                raise errors.make(
                    "cannot use starred expression here",
                    wrapped,
                    filename,
                    body.lineno,
                    body.col_offset,
                    body.end_lineno,
                    body.end_col_offset,
                )
        except SyntaxError as error:
            # The field's line in the file; columns and text stay those of "(expr)".
            shift = token.line + token.text.count("\n", 0, brace) - 1
            lineno = None if error.lineno is None else error.lineno + shift
            end_lineno = None if error.end_lineno is None else error.end_lineno + shift
            details = (filename, lineno, error.offset, error.text, end_lineno, error.end_offset)
            raise type(error)(f"f-string: {error.msg}", details) from None

    return parse
