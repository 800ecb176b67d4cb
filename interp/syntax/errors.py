"""Syntax errors as CPython reports them.

The parser raises the host's own ``SyntaxError`` family (``SyntaxError``,
``IndentationError``, ``TabError``) carrying CPython's attributes: ``msg``,
``filename``, ``lineno``, ``offset`` (1-based, in characters), ``text`` (the source
line), ``end_lineno`` and ``end_offset``.  The runtime turns it into a sandbox
exception; the command line prints it with ``traceback.format_exception_only``,
which gives CPython's caret layout.

How a failure becomes CPython's message (``diagnose``):

1. The source is re-scanned with ``scan`` (a model of CPython's tokenizer).  CPython
   raises a tokenizer error as soon as its parser asks for the bad token, so a
   tokenizer error at or before the point where our parser failed wins.
2. Otherwise the failure is a *parser* error.  CPython then re-parses with its
   ``invalid_*`` rules enabled, which recognise common mistakes and word them
   ("expected ':'", "cannot assign to function call here...").  ``_Diagnosis``
   reproduces the commonly hit rules by reading the tokens around the failure (with
   ``shapes.Reader``), in roughly the order CPython's parser would reach them.
3. Like CPython, after a parser error the rest of the file is still tokenized: a
   later tokenizer error that CPython raises itself (unterminated string, bad
   bracket, invalid character) replaces the parser error, and a bracket left open
   at the end of the file replaces it when it was opened on a line before the
   furthest token CPython's parser read (the failing token, or the one after an
   expression an error rule parsed).

``statement_error`` serves the builder: checks our wider grammar leaves to it
(targets, argument and parameter order) get CPython's wording from the same rules.

Messages that changed between CPython versions follow the CPython running us
(``sys.version_info``), so each host matches its own CPython; errors about syntax
newer than the host (type parameters) are worded as 3.13 does, like the grammar.
Not covered here: f-string internals (the literals module words those).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from . import tables
from .scan import DEDENT, ENDMARKER, INDENT, NAME, NEWLINE, NUMBER, OP, STRING, Scan, ScanError, Token, scan
from .scan import unclosed_error as _unclosed_error
from .shapes import KEYWORDS, NoParse, Reader, Shape, expr_name, invalid_target

_KINDS = {"SyntaxError": SyntaxError, "IndentationError": IndentationError, "TabError": TabError}
_PY312 = sys.version_info >= (3, 12)
_PY313 = sys.version_info >= (3, 13)

_AUGASSIGN = {"+=", "-=", "*=", "@=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "**=", "//="}
_IN_EXPRESSION = ("None", "True", "False", "not", "and", "or", "await", "in", "is")
_DELIMITERS = {"(", "[", "{", ",", ":", "=", ";", ":=", "->"}
_COMPOUND = {"if", "elif", "else", "while", "for", "with", "try", "except", "finally", "def", "class"}
# Headers whose ':' CPython's grammar *forces* (`&&':'`): "expected ':'" whatever
# follows.  The others only say it when the header is followed by a newline.
_FORCED_COLON = {"def", "try", "else", "finally"}


def source_line(source: str, lineno: int) -> str | None:
    """The text of line ``lineno`` (1-based) with its newline, as CPython stores it."""
    lines = source.splitlines(keepends=True)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return None


def make(
    msg: str,
    source: str,
    filename: str,
    lineno: int,
    col: int,
    end_lineno: int | None = None,
    end_col: int | None = None,
    kind: str = "SyntaxError",
) -> SyntaxError:
    """Build the error for ``msg`` at 0-based column ``col`` of line ``lineno``.

    ``end_col`` is 0-based and exclusive, like AST end offsets; CPython's
    ``end_offset`` is its 1-based equivalent, hence the ``+ 1`` on both ends.
    """
    end_offset = None if end_col is None else end_col + 1
    return _build(source, filename, _Found(kind, msg, lineno, col + 1, end_lineno, end_offset))


@dataclass
class _Found:
    """An error in CPython's terms (1-based offsets, CPython's 0/-1 markers kept)."""

    kind: str
    msg: str
    line: int
    offset: int
    end_line: int | None
    end_offset: int | None


def _build(source: str, filename: str, found: _Found | ScanError) -> SyntaxError:
    text = source_line(source.replace("\r\n", "\n").replace("\r", "\n"), found.line)
    details = (filename, found.line, found.offset, text, found.end_line, found.end_offset)
    return _KINDS[found.kind](found.msg, details)


def diagnose(source: str, filename: str, error: Exception) -> SyntaxError:
    """Turn a failure of the lark parser into the SyntaxError CPython would raise.

    ``error`` is normally a ``lark.exceptions.UnexpectedInput`` (token, characters or
    end of input); anything else is treated as a failure at its ``line``/``column``
    if it has them, else at the end of the input.  Never raises: a diagnostic that
    itself fails falls back to CPython's generic "invalid syntax".
    """
    position = _lark_position(error)
    lexer_error = getattr(error, "token", None) is None
    try:
        found = _Diagnosis(source, position, lexer_error).run()
    except Exception:  # pragma: no cover - the diagnosis is best effort by design
        found = None
    if found is None:
        line, col = position[1] or 1, position[2] or 0
        found = _Found("SyntaxError", "invalid syntax", line, col + 1, line, col + 2)
    return _build(source, filename, found)


def statement_error(
    source: str,
    filename: str,
    lineno: int,
    col: int,
    msg: str | None = None,
    end_lineno: int | None = None,
    end_col: int | None = None,
    kind: str = "SyntaxError",
) -> SyntaxError:
    """The error for an invalid statement that parsed but failed a later check.

    For the builder: when the grammar accepts a statement that CPython's grammar
    rejects (an invalid assignment, ``del`` or ``for`` target, a positional argument
    after a keyword one, a parameter without default after one with, ...), the
    builder calls this with the position (``lineno``, 0-based ``col``) of the
    innermost offending node and gets CPython's message and span, worked out from
    the tokens exactly as for a parse failure (e.g. "cannot assign to function call
    here. Maybe you meant '==' instead of '='?" or not, depending on what follows).
    When no rule recognises the mistake, the error is ``msg`` (default "invalid
    syntax") at the given span, as ``make`` would build it.
    """
    try:
        found = _Diagnosis(source, ("token", lineno, col)).run()
    except Exception:  # pragma: no cover - the diagnosis is best effort by design
        found = None
    if found is None or (msg is not None and found.msg == "invalid syntax"):
        return make(msg or "invalid syntax", source, filename, lineno, col, end_lineno, end_col, kind)
    return _build(source, filename, found)


def _soft_keyword_prefix(name: str) -> bool:
    """CPython's SOFT_KEYWORD test compares only ``len(name)`` characters, so any
    prefix of a soft keyword (``m``, ``ca``, ``_``) counts as one."""
    words = ("match", "case", "_", "type") if _PY312 else ("match", "case", "_")
    return any(word.startswith(name) for word in words)


def _first_parse_failure(tokens: list[Token]) -> int | None:
    """Index of the first token the grammar's LALR tables reject, if any.

    Used when the failure reported is a lexer error: the parser never saw the
    tokens before it, and CPython would report a parse error among them first.
    Runs the saved tables over our own token list (no tree is built).
    """
    try:
        data = _TABLES_CACHE[0] if _TABLES_CACHE else tables.load()
        if not _TABLES_CACHE:
            _TABLES_CACHE.append(data)
        if data is None:
            return None
        actions, rules, terminals = data["actions"], data["rules"], data["terminals"]
        states = [data["start"]["file_input"]]
    except Exception:  # pragma: no cover - diagnostics must not depend on it
        return None
    types = _terminal_types(tokens, terminals)
    for i, ttype in enumerate(types):
        while True:
            action = actions[states[-1]].get(ttype) if ttype is not None else None
            if action is None:
                return i
            if action >= 0:
                states.append(action)
                break
            size, origin, _ = rules[~action]
            if size:
                del states[-size:]
            goto = actions[states[-1]].get(origin)
            if goto is None:
                return None  # accepted
            states.append(goto)
    return None


_TABLES_CACHE: list = []


def _terminal_types(tokens: list[Token], terminals: dict[str, str]) -> list[str | None]:
    """Our tokens under the grammar's terminal names (soft keywords resolved roughly
    as the indenter does: ``match``/``case`` heading a line that ends with ':',
    ``type`` followed by a name and '=' or '[')."""
    types: list[str | None] = []
    n = len(tokens)
    for i, tok in enumerate(tokens):
        if tok.kind == NAME:
            ttype = terminals.get(tok.text, "NAME") if tok.text in KEYWORDS else "NAME"
            at_start = i == 0 or tokens[i - 1].kind in (NEWLINE, INDENT, DEDENT)
            if at_start and tok.text in ("match", "case") and i + 1 < n and tokens[i + 1].kind != NEWLINE:
                j = i
                while j < n and tokens[j].kind != NEWLINE:
                    j += 1
                if j == n or (tokens[j - 1].kind == OP and tokens[j - 1].text == ":"):
                    # (a line cut short by a tokenizer error gets the benefit of the doubt)
                    ttype = tok.text.upper()
            elif at_start and tok.text == "type" and i + 2 < n and tokens[i + 1].kind == NAME:
                if tokens[i + 2].kind == OP and tokens[i + 2].text in ("=", "["):
                    ttype = "TYPE"
            types.append(ttype)
        elif tok.kind == OP:
            types.append(terminals.get(tok.text))
        elif tok.kind == ENDMARKER:
            types.append("$END")
        elif tok.kind in (NUMBER, STRING, NEWLINE, INDENT, DEDENT):
            types.append(tok.kind)
        else:
            types.append(None)
    return types


def _lark_position(error: Exception) -> tuple[str, int | None, int | None]:
    """Where the parser failed: (token kind, line, 0-based column).

    Accepts lark's exceptions (``token.line``, 1-based ``token.column``) and our
    parser's (``token.line``, 0-based ``token.col``; a lexer error has ``line`` and
    ``col`` itself).  The kind is "end" for end of input, "indent"/"dedent"/"newline"
    for layout tokens, else "token".
    """
    token = getattr(error, "token", None)
    source = token if token is not None else error
    line = getattr(source, "line", None)
    column = getattr(source, "column", None)
    if isinstance(column, int):
        col: int | None = column - 1
    else:
        col = getattr(source, "col", None)
    if not isinstance(line, int) or line < 1 or not isinstance(col, int):
        line, col = None, None
    if token is None:
        return ("token", line, col) if line is not None else ("end", None, None)
    ttype = str(getattr(token, "type", "")).upper()
    if ttype == "$END":
        return ("end", None, None)
    if "DEDENT" in ttype:
        return ("dedent", line, col)
    if "INDENT" in ttype:
        return ("indent", line, col)
    if "NEWLINE" in ttype or ttype in ("_NL", "NL"):
        return ("newline", line, col)
    return ("token", line, col)


class _Diagnosis:
    """One diagnosis: the scan of the source and the index of the failing token."""

    def __init__(
        self, source: str, position: tuple[str, int | None, int | None], lexer_error: bool = False
    ) -> None:
        self.scan: Scan = scan(source)
        self.tokens: list[Token] = self.scan.tokens
        self.reader = Reader(self.tokens)
        self.opener_of = {close: open_ for open_, close in self.reader.match.items()}
        # Running counts of `lambda` and ':' so that in_lambda() is O(1).
        self.lambdas = [0]
        self.colons = [0]
        for tok in self.tokens:
            self.lambdas.append(self.lambdas[-1] + (tok.kind == NAME and tok.text == "lambda"))
            self.colons.append(self.colons[-1] + (tok.kind == OP and tok.text == ":"))
        self.k = self._failure_index(position)
        # Furthest token an error rule looked at (CPython's parser reads it too).
        self.touched = -1
        if lexer_error:
            # The parser stopped at a lexer error without parsing what came before.
            first = _first_parse_failure(self.tokens)
            if first is not None and first < self.k:
                self.k = first

    # --- locating --------------------------------------------------------------------

    def _failure_index(self, position: tuple[str, int | None, int | None]) -> int:
        """Index in our token list of the token the parser failed at."""
        kind, line, col = position
        toks = self.tokens
        if kind == "end" or line is None:
            for i, tok in enumerate(toks):
                if tok.kind == ENDMARKER:
                    # At the end, CPython fails at the first DEDENT its grammar
                    # cannot take, before the ENDMARKER.
                    while i > 0 and toks[i - 1].kind == DEDENT:
                        i -= 1
                    return i
            return len(toks)
        wanted = {"indent": (INDENT,), "dedent": (DEDENT,), "newline": (NEWLINE,)}.get(kind)
        where = (line, col or 0)
        for i, tok in enumerate(toks):
            if wanted is not None and tok.kind not in wanted:
                continue
            if wanted is None and tok.kind in (INDENT, DEDENT, NEWLINE):
                continue
            # Our INDENT spans the indentation; others put it where the line's
            # first token starts, or at the preceding newline (lark's indenter).
            at = (tok.line, tok.end_col) if tok.kind == INDENT else (tok.line, tok.col)
            if at >= where:
                return i
        return len(toks)

    def tok(self, i: int) -> Token | None:
        return self.tokens[i] if 0 <= i < len(self.tokens) else None

    def last_line(self) -> tuple[int, int]:
        lines = self.scan.lines
        if not lines:
            return 1, 0
        return len(lines), len(lines[-1])

    def token_range(self, first: int, last: int | None = None) -> tuple[int, int, int | None, int | None]:
        """CPython's (lineno, offset, end_lineno, end_offset) for tokens first..last."""
        last = first if last is None else last
        a = self.tok(first)
        b = self.tok(last)
        if a is None or a.kind == ENDMARKER or (a.kind == DEDENT and a.line == self.scan.eof_line):
            line, length = self.last_line()
            return line, length, line, -1
        if b is None:
            b = a
        if a.kind == DEDENT:
            return a.line, 0, a.line, -1
        if b.kind == NEWLINE and not b.text == "":
            # CPython 3.11's NEWLINE token is empty; 3.12 gave it its character.
            end = b.col + (2 if _PY312 else 1)
            return a.line, a.col + 1, b.line, end
        return a.line, a.col + 1, b.end_line, b.end_col + 1

    def found(self, msg: str, first: int, last: int | None = None, kind: str = "SyntaxError") -> _Found:
        return _Found(kind, msg, *self.token_range(first, last))

    def found_shape(self, msg: str, a: Shape, b: Shape | None = None) -> _Found:
        b = a if b is None else b
        return self.found(msg, a.first(), b.last())

    # --- the procedure ---------------------------------------------------------------

    def run(self) -> _Found | ScanError | None:
        sc = self.scan
        k = self.k
        if k >= len(self.tokens):
            if sc.error is not None:
                return sc.error
            if sc.open_brackets:
                return _unclosed_error(*sc.open_brackets[-1])
            k = self.k = max(0, len(self.tokens) - 1)
        found = self.parser_error(k)
        if found is not None and found.msg in ("unexpected indent", "unexpected unindent"):
            # CPython raises these at once, without tokenizing the rest of the file.
            return found
        furthest = max(self.furthest_token(k, found), self.touched)
        if sc.error is not None and (sc.error.sets_error or furthest >= len(self.tokens)):
            # CPython tokenizes the rest of the file after a parser error and keeps
            # the errors its tokenizer raises itself; others only when its parser
            # (with lookahead) read that far.
            return sc.error
        if sc.open_brackets:
            nxt = self.tok(furthest)
            err_line = nxt.line if nxt is not None else sc.eof_line
            char, line, col = sc.open_brackets[-1]
            opener = next(
                (i for i, t in enumerate(self.tokens) if t.line == line and t.col == col and t.kind == OP), -1
            )
            if (
                opener == k
                and (found is None or found.msg == "invalid syntax")
                and self.ends_expression(k - 1)
                and self.reader.text(self.statement_bounds(k)[0])
                not in ("import", "from", "global", "nonlocal")
            ):
                # `name[...` failing at the bracket: CPython's forgotten-comma rule
                # then parses into the bracket, as far as an expression goes there.
                after = self.tok(self.display_reach(k + 1))
                err_line = after.line if after is not None else sc.eof_line
            if err_line > line:
                return _unclosed_error(char, line, col)
        return found

    def display_reach(self, i: int) -> int:
        """How far CPython's rules read into an unclosed display starting at ``i``:
        its first token at least; an element, and the value after a following ':'
        or '=' (dict entry, mistaken assignment) or a second expression (forgotten
        comma), and the token after that."""
        r = self.reader
        first = r.try_parse(r.expression, i)
        if first is None:
            return i
        end = first.end
        second = None
        if r.is_op(end, ":", "="):
            second = r.try_parse(r.expression, end + 1)
        elif self.ends_expression(end - 1):
            second = r.try_parse(r.expression, end)
        return second.end if second is not None else end

    def ends_expression(self, i: int) -> bool:
        tok = self.tok(i)
        if tok is None:
            return False
        if tok.kind == NAME:
            return tok.text not in KEYWORDS or tok.text in ("None", "True", "False")
        return tok.kind in (NUMBER, STRING) or (tok.kind == OP and tok.text in (")", "]", "}"))

    def furthest_token(self, k: int, found: _Found | None) -> int:
        """Index of the furthest token CPython's parser read for this error.

        The failing token for a generic error and for the rules that fail at one
        token; for a rule that parsed an expression up to its reported end, the
        token after that end, which it looked at.
        """
        if found is None or found.end_line is None or found.end_offset is None:
            return k
        if found.msg.startswith(("expected", "unexpected", "unindent")) or found.msg == "invalid syntax":
            return k
        if found.end_offset <= 0:
            return k
        end = (found.end_line, found.end_offset - 1)
        for i, tok in enumerate(self.tokens):
            if (tok.line, tok.col) >= end and tok.kind not in (INDENT, DEDENT):
                return max(i, k)
        return len(self.tokens)

    def parser_error(self, k: int) -> _Found | None:
        # An indent that no block header asked for stops CPython's parser right
        # there, whatever the failure point our parser reached.
        for i in range(min(k + 1, len(self.tokens))):
            if self.tokens[i].kind == INDENT and not (
                i >= 2 and self.tokens[i - 1].kind == NEWLINE and self.reader.is_op(i - 2, ":")
            ):
                return self.previous_statement(i) or self.one_line_try(i) or self.unexpected_indent(i)
        if self.reader.kind(k - 1) in (NEWLINE, INDENT, DEDENT) or self.reader.kind(k) in (INDENT, DEDENT):
            found = self.previous_statement(k)
            if found is not None:
                return found
        for rule in (
            self.indentation_rules,
            self.try_without_handler,
            self.lambda_rules,
            self.statement_rules,
        ):
            found = rule(k)
            if found is not None:
                return found
        if not self.in_case_pattern(k):
            found = self.bracket_rules(k) or self.inner_comma(k)
            if found is not None:
                return found
        return self.generic(k)

    def in_case_pattern(self, k: int) -> bool:
        """Whether ``k`` is in a case's patterns, where expression rules do not apply."""
        r = self.reader
        start, _ = self.statement_bounds(k)
        if not (r.text(start) == "case" and self.soft_keyword_statement(start)):
            return False
        guard = self.top_level(start, lambda i: r.is_kw(i, "if"))
        return guard is None or k <= guard

    def inner_comma(self, k: int) -> _Found | None:
        """`name{a b ...`: CPython's rules parse into the bracket at ``k`` and may find
        a forgotten comma between its first two expressions."""
        r = self.reader
        if not (r.is_op(k, "(", "[", "{") and self.ends_expression(k - 1)):
            return None
        a = r.try_parse(r.disjunction, k + 1)
        if a is None or not self.ends_expression(a.end - 1):
            return None
        if r.kind(k + 1) == NAME and (r.kind(k + 2) == STRING or _soft_keyword_prefix(r.text(k + 1))):
            return None
        b = r.try_parse(r.expression, a.end)
        if b is None:
            return None
        self.touched = max(self.touched, b.end)
        return self.found_shape("invalid syntax. Perhaps you forgot a comma?", a, b)

    def one_line_try(self, i: int) -> _Found | None:
        """`try: body` on one line, then an indented line: the handler is missing."""
        r = self.reader
        if i < 2 or self.tokens[i - 1].kind != NEWLINE:
            return None
        start = self.line_start(i - 1)
        if r.is_kw(start, "try") and r.is_op(start + 1, ":") and r.kind(start + 2) != NEWLINE:
            tok = self.tokens[i]
            return _Found(
                "SyntaxError",
                "expected 'except' or 'finally' block",
                tok.line,
                max(1, tok.end_col),
                tok.line,
                -1,
            )
        return None

    def previous_statement(self, k: int) -> _Found | None:
        """A specific error in the statement before the line starting at ``k``.

        Our grammar accepts some invalid statements that CPython's rejects at once
        (the builder checks them later), so the parse can fail only at the next
        line; CPython would have reported the statement before.
        """
        j = k
        while j > 0 and self.tokens[j - 1].kind in (INDENT, DEDENT):
            j -= 1
        if j < 2 or self.tokens[j - 1].kind != NEWLINE:
            return None
        found = self.statement_rules(j - 2)
        if found is None or found.msg == "invalid syntax" or found.kind != "SyntaxError":
            return None
        if found.msg.startswith(("expected", "unexpected")):
            return None
        return found

    def generic(self, k: int) -> _Found:
        tok = self.tok(k)
        if tok is not None and tok.kind == INDENT:
            return self.unexpected_indent(k)
        if tok is not None and tok.kind == DEDENT:
            return self.found("unexpected unindent", k, kind="IndentationError")
        if tok is not None and tok.kind == ENDMARKER:
            # CPython's end marker has no column: offset 0 on the last line.
            line = len(self.scan.lines)
            return _Found("SyntaxError", "invalid syntax", line, 0, line, 0)
        found = self.found("invalid syntax", k)
        if _PY312 and tok is not None and tok.kind == STRING:
            # 3.12+ tokenizes an f-string (3.14: a t-string) in parts: the parser stops
            # at its start, the prefix and the quote.
            prefix = len(tok.text) - len(tok.text.lstrip("bBrRuUfFtT"))
            if tok.text[:prefix].lower().strip("r") in ("f", "t"):
                triple = tok.text.startswith(tok.text[prefix] * 3, prefix)
                found.end_line = found.line
                found.end_offset = found.offset + prefix + (3 if triple else 1)
        return found

    # --- indentation -------------------------------------------------------------------

    def unexpected_indent(self, k: int) -> _Found:
        tok = self.tokens[k]
        return _Found("IndentationError", "unexpected indent", tok.line, max(1, tok.end_col), tok.line, -1)

    def indentation_rules(self, k: int) -> _Found | None:
        tok = self.tok(k)
        prev = self.tok(k - 1)
        # A block was expected: the previous logical line is a header ending in ':'.
        if prev is not None and prev.kind == NEWLINE and (tok is None or tok.kind != INDENT):
            colon = self.tok(k - 2)
            if colon is not None and colon.kind == OP and colon.text == ":":
                header = self.header_of(k - 2)
                if header is not None:
                    what = self.block_owner(header)
                    if what:
                        return self.found(
                            f"expected an indented block after {what}", k, kind="IndentationError"
                        )
        if tok is not None and tok.kind == INDENT:
            return self.unexpected_indent(k)
        return None

    def line_start(self, i: int) -> int:
        """Index of the first token of the logical line holding token ``i``."""
        j = min(i, len(self.tokens))
        while j > 0 and self.tokens[j - 1].kind not in (NEWLINE, INDENT, DEDENT):
            j -= 1
        return j

    def header_of(self, colon: int) -> int | None:
        """The first token of the compound statement header ending at ``colon``."""
        start = self.line_start(colon)
        while self.reader.is_op(start, "@"):
            return None
        return start

    def block_owner(self, start: int) -> str | None:
        r = self.reader
        word = r.text(start)
        if word == "async":
            start += 1
            word = r.text(start)
        line = self.tokens[start].line
        if word in ("def",):
            return f"function definition on line {line}"
        if word == "class":
            return f"class definition on line {line}"
        if word == "except" and r.is_op(start + 1, "*"):
            return f"'except*' statement on line {line}"
        if word in _COMPOUND or word in ("match", "case"):
            return f"'{word}' statement on line {line}"
        return None

    def block_header(self, i: int) -> int | None:
        """First token of the header whose block holds token ``i``."""
        level = 0
        j = self.line_start(i) - 1
        while j >= 0:
            kind = self.tokens[j].kind
            if kind == DEDENT:
                level += 1
            elif kind == INDENT:
                if level == 0:
                    return self.line_start(j - 1) if j >= 1 else None
                level -= 1
            j -= 1
        return None

    def try_without_handler(self, k: int) -> _Found | None:
        """``try:`` whose block ended without ``except`` or ``finally``.

        CPython checks this when the block ends, whatever fails later on the
        next statement's line, so the check starts at that line's first token.
        """
        while self.reader.kind(k) == DEDENT:
            k += 1
        if self.reader.kind(k) not in (ENDMARKER, ""):
            k = self.line_start(k)
            while self.reader.kind(k) in (DEDENT, INDENT):
                k += 1
        tok = self.tok(k)
        if tok is not None and tok.kind == NAME and tok.text in ("except", "finally"):
            return None
        j = k
        depth = 0
        while j > 0 and self.tokens[j - 1].kind == DEDENT:
            depth += 1
            j -= 1
        if depth == 0:
            return None
        # The run of DEDENTs closes `depth` blocks, innermost first; CPython fails
        # at the token after the first one that closes a `try:` block.
        for m in range(depth):
            level = m
            i = j - 1
            while i >= 0:
                kind = self.tokens[i].kind
                if kind == DEDENT:
                    level += 1
                elif kind == INDENT:
                    if level == 0:
                        break
                    level -= 1
                i -= 1
            if i < 2:
                return None
            header = self.line_start(i - 2)
            if self.reader.is_kw(header, "try") and self.reader.is_op(header + 1, ":"):
                return self.found("expected 'except' or 'finally' block", j + m + 1)
        return None

    # --- statements ----------------------------------------------------------------------

    def statement_bounds(self, k: int) -> tuple[int, int]:
        """The simple statement or compound header around token ``k``: [start, end)."""
        start = self.line_start(k)
        r = self.reader
        # Skip a one-line compound header (`if x: f() = 1`) when k is past its ':'.
        first = r.text(start + 1) if r.text(start) == "async" else r.text(start)
        if first in _COMPOUND or (first in ("match", "case") and r.kind(start) == NAME):
            colon = self.top_level(start, lambda i: r.is_op(i, ":") and not self.in_lambda(start, i))
            if colon is not None and colon < k and r.kind(colon + 1) not in (NEWLINE, ""):
                start = colon + 1
        # Simple statements separated by ';'.
        i = start
        depth = 0
        last_semicolon = None
        while i < len(self.tokens) and self.tokens[i].kind != NEWLINE:
            t = self.tokens[i]
            if t.kind == OP and t.text in "([{":
                depth += 1
            elif t.kind == OP and t.text in ")]}":
                depth -= 1
            elif depth == 0 and t.kind == OP and t.text == ";":
                if i < k:
                    last_semicolon = i
                else:
                    break
            i += 1
        if last_semicolon is not None:
            start = last_semicolon + 1
        return start, i

    def top_level(self, start: int, test, stop: int | None = None) -> int | None:  # type: ignore[no-untyped-def]
        """First index from ``start`` at bracket depth 0 where ``test`` holds."""
        r = self.reader
        i = start
        end = len(self.tokens) if stop is None else stop
        while i < end and self.tokens[i].kind != NEWLINE:
            if r.is_op(i, "(", "[", "{"):
                if i not in r.match:
                    return None
                i = r.match[i] + 1
                continue
            if test(i):
                return i
            i += 1
        return None

    def in_lambda(self, start: int, colon: int) -> bool:
        lambdas = self.lambdas[colon] - self.lambdas[start]
        colons = self.colons[colon] - self.colons[start]
        return lambdas > colons

    def statement_rules(self, k: int) -> _Found | None:
        start, end = self.statement_bounds(k)
        r = self.reader
        word = r.text(start) if r.kind(start) == NAME else ""
        if word == "async":
            start += 1
            word = r.text(start)
        checks = {
            "if": self.condition_header,
            "elif": self.condition_header,
            "while": self.condition_header,
            "for": self.for_header,
            "with": self.with_header,
            "del": self.del_statement,
            "def": self.def_header,
            "class": self.colon_header,
            "try": self.colon_header,
            "else": self.colon_header,
            "finally": self.colon_header,
            "except": self.except_header,
            "from": self.import_statement,
            "import": self.import_statement,
        }
        if word == "try" and r.is_op(start + 1, ":"):
            found = self.mixed_handlers(start)
            if found is not None:
                return found
        if word in ("match", "case") and self.soft_keyword_statement(start):
            return self.colon_header(start, end, k)
        check = checks.get(word)
        if check is not None:
            return check(start, end, k)
        if word in KEYWORDS and word not in ("None", "True", "False", "await", "lambda", "not", "yield"):
            return self.bracket_rules(k)
        return self.simple_statement(start, end, k)

    def soft_keyword_statement(self, start: int) -> bool:
        """`match x:` / `case p:` rather than an expression that starts with the name."""
        r = self.reader
        colon = self.top_level(start, lambda i: r.is_op(i, ":"))
        nxt = r.kind(start + 1)
        if nxt in ("", NEWLINE) or r.is_op(start + 1, "=", "."):
            return False
        if r.is_op(start + 1, "(", "[") and colon is None:
            # `case (1, 2)` without its colon, or a call `case(...)`: a case only in
            # the block of a match statement.
            header = self.block_header(start)
            return r.text(start) == "case" and header is not None and r.text(header) == "match"
        return nxt in (NAME, NUMBER, STRING) or r.is_op(start + 1, "(", "[", "{", "-", "*")

    def expect_colon(self, start: int, after: int, end: int, k: int, word: str) -> _Found | None:
        """Say "expected ':'" when the header is complete at ``after`` and ':' is missing."""
        r = self.reader
        if r.is_op(after, ":"):
            return None
        forced = word in _FORCED_COLON
        if after == k and (r.kind(k) == NEWLINE or forced):
            return self.found("expected ':'", k)
        return None

    def condition_header(self, start: int, end: int, k: int) -> _Found | None:
        found = self.named_expression_rule(start + 1)
        if found is not None:
            return found
        cond = self.reader.try_parse(self.reader.named_expression, start + 1)
        if cond is None:
            return self.bracket_rules(k)
        found = self.expect_colon(start, cond.end, end, k, self.reader.text(start))
        return found or self.bracket_rules(k)

    def colon_header(self, start: int, end: int, k: int) -> _Found | None:
        r = self.reader
        word = r.text(start)
        after = start + 1
        if word == "class":
            if r.kind(after) != NAME:
                return None
            after += 1
            if r.is_op(after, "["):
                after = r.match.get(after, after) + 1
            if r.is_op(after, "("):
                if after not in r.match:
                    return None
                after = r.match[after] + 1
        elif word in ("match", "case"):
            guard = self.top_level(start, lambda i: r.is_kw(i, "if"))
            # A case's patterns are not expressions: the expression rules apply to
            # a match subject and a case guard only.
            if word == "match" or (guard is not None and k > guard):
                found = self.bracket_rules(k)
                if found is not None:
                    return found
            if word == "match":
                subject = r.try_parse(r.star_expressions, start + 1)
                if subject is not None and r.kind(subject.end) == NEWLINE:
                    return self.found("expected ':'", subject.end)
            colon = self.top_level(start, lambda i: r.is_op(i, ":"))
            if colon is None and k == end and r.kind(k) == NEWLINE:
                return self.found("expected ':'", k)
            guard = self.top_level(start, lambda i: r.is_kw(i, "if"))
            if word == "case" and guard is not None:
                found = self.named_expression_rule(guard + 1)
                if found is not None:
                    return found
            if colon is None and word == "case":
                guard = self.top_level(start, lambda i: r.is_kw(i, "if"))
                if guard is not None and guard < k and r.kind(k) == NEWLINE:
                    return self.found("expected ':'", k)
            return None
        return self.expect_colon(start, after, end, k, word) or self.bracket_rules(k)

    def except_header(self, start: int, end: int, k: int) -> _Found | None:
        r = self.reader
        after = start + 1
        star = r.is_op(after, "*")
        if self.sibling_handlers(start, not star):
            msg = "cannot have both 'except' and 'except*' on the same 'try'"
            return self.found(msg, start, after if star else start)
        if star:
            after += 1
            if r.is_op(after, ":"):
                return self.found("expected one or more exception types", after)
        if r.is_op(after, ":") or after == k and r.kind(k) == NEWLINE:
            return self.expect_colon(start, after, end, k, "except")
        exc = r.try_parse(r.expression, after)
        if exc is None:
            return self.bracket_rules(k)
        if r.is_op(exc.end, ","):
            rest = r.try_parse(r.star_expressions, exc.end + 1)
            if rest is not None:
                j = rest.end
                if r.is_kw(j, "as") and r.kind(j + 1) == NAME:
                    j += 2
                if r.is_op(j, ":"):
                    last = rest.elts[-1] if rest.kind == "Tuple" and rest.elts else rest
                    return self.found_shape("multiple exception types must be parenthesized", exc, last)
        after = exc.end
        if r.is_kw(after, "as") and r.kind(after + 1) == NAME:
            after += 2
        return self.expect_colon(start, after, end, k, "except") or self.bracket_rules(k)

    def mixed_handlers(self, try_at: int) -> _Found | None:
        """`except` and `except*` in the handlers of the ``try`` at ``try_at``."""
        r = self.reader
        col = self.tokens[try_at].col
        first_star: bool | None = None
        for i in range(try_at + 1, len(self.tokens)):
            tok = self.tokens[i]
            if tok.kind != NAME or tok.col != col or self.tokens[i - 1].kind not in (NEWLINE, INDENT, DEDENT):
                continue
            if tok.text != "except":
                if tok.text in ("else", "finally"):
                    continue
                return None
            star = r.is_op(i + 1, "*")
            if first_star is None:
                first_star = star
            elif star != first_star:
                msg = "cannot have both 'except' and 'except*' on the same 'try'"
                return self.found(msg, i, i + 1 if star else i)
        return None

    def sibling_handlers(self, start: int, star: bool) -> bool:
        """Whether an earlier handler of the same ``try`` is ``except*`` (``star``) or not."""
        r = self.reader
        col = self.tokens[start].col
        i = start - 1
        while i >= 0:
            tok = self.tokens[i]
            head = i == 0 or self.tokens[i - 1].kind in (NEWLINE, INDENT, DEDENT)
            if head and tok.kind == NAME and tok.col == col:
                if tok.text == "try":
                    return False
                if tok.text == "except" and r.is_op(i + 1, "*") == star:
                    return True
                if tok.text not in ("except", "else", "finally"):
                    return False
            i -= 1
        return False

    def for_header(self, start: int, end: int, k: int) -> _Found | None:
        r = self.reader
        target = r.try_parse(r.star_expressions, start + 1)
        if target is not None and not self.valid_for_target(start):
            bad = invalid_target(target, "for")
            if bad is not None:
                return self.found_shape(f"cannot assign to {expr_name(bad)}", bad)
        found = self.bracket_rules(k)
        if found is not None:
            return found
        targets = r.try_parse(r.star_targets, start + 1)
        if targets is not None and r.is_kw(targets.end, "in"):
            iterable = r.try_parse(r.star_expressions, targets.end + 1)
            if iterable is not None:
                return self.expect_colon(start, iterable.end, end, k, "for")
        return None

    def with_header(self, start: int, end: int, k: int) -> _Found | None:
        r = self.reader
        i = start + 1
        parenthesized = r.is_op(i, "(")
        if parenthesized and i in r.match:
            inner_end = r.match[i]
            i += 1
        else:
            parenthesized = False
            inner_end = None
        while True:
            item = r.try_parse(r.expression, i)
            if item is None:
                break
            j = item.end
            if r.is_kw(j, "as"):
                target = r.try_parse(r.expression, j + 1)
                if target is None:
                    break
                if r.is_op(target.end, ",", ")", ":"):
                    bad = invalid_target(target, "star")
                    if bad is not None:
                        return self.found_shape(f"cannot assign to {expr_name(bad)}", bad)
                j = target.end
            if r.is_op(j, ","):
                i = j + 1
                continue
            if inner_end is not None and j == inner_end:
                j += 1
            found = self.bracket_rules(k)
            if found is not None:
                return found
            return self.expect_colon(start, j, end, k, "with")
        return self.bracket_rules(k)

    def del_statement(self, start: int, end: int, k: int) -> _Found | None:
        r = self.reader
        targets = r.try_parse(r.star_expressions, start + 1)
        if targets is not None:
            bad = invalid_target(targets, "del")
            if bad is not None:
                return self.found_shape(f"cannot delete {expr_name(bad)}", bad)
        return self.bracket_rules(k)

    def import_statement(self, start: int, end: int, k: int) -> _Found | None:
        r = self.reader
        imp = self.top_level(start, lambda i: r.is_kw(i, "import"))
        if imp is not None and r.kind(k) == NEWLINE:
            if r.is_op(k - 1, ",") and k - 1 > imp and r.text(start) == "from":
                return self.found("trailing comma not allowed without surrounding parentheses", k)
            if _PY313 and k == imp + 1:
                line, offset, _, _ = self.token_range(k)
                return _Found(
                    "SyntaxError", "Expected one or more names after 'import'", line, offset, line, offset
                )
        return self.bracket_rules(k)

    def def_header(self, start: int, end: int, k: int) -> _Found | None:
        r = self.reader
        if r.kind(start + 1) != NAME or r.text(start + 1) in KEYWORDS:
            return None
        after = start + 2
        if r.is_op(after, "["):
            # New syntax: worded as 3.13 does on every host (DESIGN: newer syntax
            # is checked against 3.13).
            if r.is_op(after + 1, "]"):
                line, offset, _, _ = self.token_range(after + 1)
                return _Found(
                    "SyntaxError", "Type parameter list cannot be empty", line, offset, line, offset
                )
            if not self.type_params_ok(after):
                return self.found("expected '('", after)
            after = r.match.get(after, after) + 1
        if not r.is_op(after, "("):
            return self.found("expected '('", after)
        close = r.match.get(after)
        found = self.parameters(after + 1, close if close is not None else len(self.tokens), lambda_=False)
        if found is not None:
            return found
        if close is None:
            return self.bracket_rules(k)
        after = close + 1
        if r.is_op(after, "->"):
            ret = r.try_parse(r.expression, after + 1)
            if ret is None:
                # The optional `-> annotation` fails as a whole; the forced ':' is
                # then expected at the arrow.
                return self.found("expected ':'", after)
            after = ret.end
        return self.expect_colon(start, after, end, k, "def") or self.bracket_rules(k)

    def type_params_ok(self, open_at: int) -> bool:
        """``[T, *Ts, **P, T: bound = default]`` well formed (PEP 695/696)."""
        r = self.reader
        close = r.match.get(open_at)
        if close is None:
            return False
        i = open_at + 1
        while i < close:
            if r.is_op(i, "*", "**"):
                i += 1
            if r.kind(i) != NAME or r.text(i) in KEYWORDS:
                return False
            i += 1
            for sep in (":", "="):
                if r.is_op(i, sep):
                    value = r.try_parse(r.expression, i + 1)
                    if value is None:
                        return False
                    i = value.end
            if r.is_op(i, ","):
                i += 1
            elif i != close:
                return False
        return True

    def parameters(self, i: int, stop: int, lambda_: bool) -> _Found | None:
        """CPython's invalid_parameters / invalid_star_etc / invalid_kwds rules."""
        r = self.reader
        seen_default = False
        seen_slash = False
        seen_star: int | None = None
        seen_kwds = False
        nondefault_msg = (
            "parameter without a default follows parameter with a default"
            if _PY312
            else "non-default argument follows default argument"
        )
        while i < stop:
            if seen_kwds:
                if r.kind(i) == NAME or r.is_op(i, "*", "**", "/"):
                    return self.found("arguments cannot follow var-keyword argument", i)
                return None
            if r.is_op(i, "/"):
                if seen_slash:
                    return self.found("/ may appear only once", i)
                if seen_star is not None:
                    return self.found("/ must be ahead of *", i)
                if i == 0 or r.is_op(i - 1, "(") or (lambda_ and r.is_kw(i - 1, "lambda")):
                    return self.found("at least one argument must precede /", i)
                seen_slash = True
                i += 1
            elif r.is_op(i, "*"):
                if seen_star is not None:
                    after = self.skip_annotation(i + 2, lambda_) if r.kind(i + 1) == NAME else i + 1
                    ends = (":", ",") if lambda_ else (")", ",")
                    if r.is_op(i + 1, ",") or r.kind(i + 1) == NAME and r.is_op(after, *ends):
                        return self.found("* argument may appear only once", i)
                    return None
                seen_star = i
                close = ":" if lambda_ else ")"
                if r.is_op(i + 1, close) or r.is_op(i + 1, ",") and r.is_op(i + 2, close, "**"):
                    # CPython points at the '*' of a def, but at the last token its
                    # rule read for a lambda.
                    at = i if not lambda_ else (i + 1 if r.is_op(i + 1, ":") else i + 2)
                    return self.found("named arguments must follow bare *", at)
                if r.kind(i + 1) == NAME:
                    j = self.skip_annotation(i + 2, lambda_)
                    if r.is_op(j, "="):
                        return self.found("var-positional argument cannot have default value", j)
                    i = j
                else:
                    i += 1
            elif r.is_op(i, "**"):
                if r.kind(i + 1) != NAME:
                    return None
                j = self.skip_annotation(i + 2, lambda_)
                if r.is_op(j, "="):
                    return self.found("var-keyword argument cannot have default value", j)
                seen_kwds = True
                i = j
            elif r.is_op(i, "("):
                close = r.match.get(i)
                if close is None or not self.plain_names(i + 1, close, lambda_):
                    return None
                what = "Lambda expression" if lambda_ else "Function"
                return self.found(f"{what} parameters cannot be parenthesized", i, close)
            elif r.kind(i) == NAME and r.text(i) not in KEYWORDS:
                j = self.skip_annotation(i + 1, lambda_)
                if r.is_op(j, "="):
                    if r.is_op(j + 1, ",", ")"):
                        return self.found("expected default value expression", j)
                    default = r.try_parse(r.expression, j + 1)
                    if default is None:
                        return None
                    seen_default = True
                    j = default.end
                elif seen_default and seen_star is None:
                    return self.found(nondefault_msg, i)
                i = j
            else:
                return None
            if r.is_op(i, ","):
                i += 1
            elif i != stop:
                return None
        return None

    def plain_names(self, i: int, stop: int, lambda_: bool) -> bool:
        """Parameters without defaults (``a, b: int``) fill ``i``..``stop``."""
        r = self.reader
        seen = False
        while i < stop:
            if r.kind(i) != NAME or r.text(i) in KEYWORDS:
                return False
            i = self.skip_annotation(i + 1, lambda_)
            seen = True
            if r.is_op(i, ","):
                i += 1
            elif i != stop:
                return False
        return seen

    def skip_annotation(self, i: int, lambda_: bool) -> int:
        r = self.reader
        if not lambda_ and r.is_op(i, ":"):
            ann = r.try_parse(r.expression, i + 1)
            if ann is None:
                ann = r.try_parse(r.star_expression, i + 1)
            return ann.end if ann is not None else i + 1
        return i

    def simple_statement(self, start: int, end: int, k: int) -> _Found | None:
        """Assignments, augmented assignments and expression statements."""
        r = self.reader
        # Missing parentheses around print/exec: an expression rule, but at the very
        # start of the statement it comes first.
        found = self.legacy_call(start)
        if found is not None:
            return found
        aug = self.top_level(start, lambda i: r.is_op(i, *_AUGASSIGN), end)
        eq = self.top_level(start, lambda i: r.is_op(i, "="), end)
        colon = self.top_level(start, lambda i: r.is_op(i, ":") and not self.in_lambda(start, i), end)
        if aug is not None and (eq is None or aug < eq) and (colon is None or aug < colon):
            lhs = r.try_parse(r.star_expressions, start)
            if lhs is not None and lhs.end == aug:
                if lhs.kind not in ("Name", "Attribute", "Subscript"):
                    msg = f"'{expr_name(lhs)}' is an illegal expression for augmented assignment"
                    return self.found_shape(msg, lhs)
            return self.bracket_rules(k)
        found = self.bracket_rules(k)
        if found is not None:
            return found
        if colon is not None and (eq is None or colon < eq):
            found = self.annotation_rules(start, colon)
            if found is not None:
                return found
        if eq is not None:
            found = self.assignment_rules(start, end)
            if found is not None:
                return found
        return self.bracket_rules(k)

    def legacy_call(self, i: int) -> _Found | None:
        r = self.reader
        if r.kind(i) == NAME and r.text(i) in ("print", "exec") and not r.is_op(i + 1, "("):
            rest = r.try_parse(r.star_expressions, i + 1)
            if rest is not None:
                name = r.text(i)
                msg = f"Missing parentheses in call to '{name}'. Did you mean {name}(...)?"
                return self.found(msg, i, rest.last() if rest.kind != "Tuple" else rest.end - 1)
        return None

    def annotation_rules(self, start: int, colon: int) -> _Found | None:
        r = self.reader
        if r.try_parse(r.expression, colon + 1) is None:
            # Every alternative of CPython's rule needs `':' expression`.
            return None
        atom = r.try_parse(r.atom, start)
        if atom is not None and atom.end == colon and atom.kind in ("List", "Tuple"):
            if atom.kind == "List" or r.is_op(start, "("):
                return self.found_shape(
                    f"only single target (not {atom.kind.lower()}) can be annotated", atom
                )
        first = r.try_parse(r.star_named_expression, start)
        if first is not None and r.is_op(first.end, ","):
            return self.found_shape("only single target (not tuple) can be annotated", first)
        target = r.try_parse(r.expression, start)
        if (
            target is not None
            and target.end == colon
            and target.kind not in ("Name", "Attribute", "Subscript")
        ):
            return self.found_shape("illegal target for annotation", target)
        return None

    def assignment_rules(self, start: int, end: int) -> _Found | None:
        r = self.reader
        # invalid_assignment's second alternative parses the first comma list element
        # by element as named expressions: the element before '=' may trip
        # invalid_named_expression ("... here. Maybe you meant '=='...").
        valid_so_far = self.valid_assignment(start, end)
        if valid_so_far:
            return None
        i = start
        while True:
            found = self.named_expression_rule(i)
            if found is not None:
                return found
            elt = r.try_parse(r.star_named_expression, i)
            if elt is None or not r.is_op(elt.end, ","):
                break
            i = elt.end + 1
            if r.is_op(i, "=") or r.kind(i) == NEWLINE:
                break
        # Then the targets one by one: the first that is not a valid target.
        i = start
        while True:
            chunk = r.try_parse(r.star_expressions, i)
            if chunk is None:
                yield_ = r.try_parse(self.yield_expr, i)
                if yield_ is not None and r.is_op(yield_.end, "="):
                    return self.found_shape("assignment to yield expression not possible", yield_)
                return None
            if not r.is_op(chunk.end, "="):
                return None
            bad = invalid_target(chunk, "star")
            if bad is not None:
                return self.found_shape(f"cannot assign to {expr_name(bad)}", bad)
            i = chunk.end + 1

    def yield_expr(self, i: int) -> Shape:
        r = self.reader
        if not r.is_kw(i, "yield"):
            raise NoParse
        if r.is_kw(i + 1, "from"):
            value = r.expression(i + 2)
            return Shape("Yield", i, value.end)
        value = r.try_parse(r.star_expressions, i + 1)
        return Shape("Yield", i, value.end if value is not None else i + 1)

    def valid_assignment(self, start: int, end: int) -> bool:
        """Whether ``start..end`` is ``targets = ... = value`` with valid targets."""
        r = self.reader
        i = start
        targets = 0
        while True:
            chunk = r.try_parse(r.star_expressions, i) or r.try_parse(self.yield_expr, i)
            if chunk is None:
                return False
            if r.is_op(chunk.end, "="):
                if chunk.kind == "Yield" or invalid_target(chunk, "star") is not None:
                    return False
                targets += 1
                i = chunk.end + 1
                continue
            # CPython's assignment rule succeeds here even if more tokens follow:
            # the error is then reported later, not as an invalid assignment.
            return targets > 0

    def named_expression_rule(self, i: int) -> _Found | None:
        """CPython's invalid_named_expression, tried where a named expression starts."""
        r = self.reader
        expr = r.try_parse(r.expression, i)
        if (
            expr is not None
            and r.is_op(expr.end, ":=")
            and not (expr.kind == "Name" and expr.end == i + 1)
            and r.try_parse(r.expression, expr.end + 1) is not None
        ):
            return self.found_shape(f"cannot use assignment expressions with {expr_name(expr)}", expr)
        if r.kind(i) == NAME and r.text(i) not in KEYWORDS and r.is_op(i + 1, "="):
            value = r.try_parse(r.bitwise_or, i + 2)
            if value is not None and not r.is_op(value.end, "=", ":="):
                return self.found(
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", i, value.last()
                )
            return None
        atom = r.try_parse(r.atom, i)
        if atom is not None:
            if atom.kind == "List" or atom.kind == "GeneratorExp":
                return None
            if atom.kind == "Tuple" and r.is_op(i, "("):
                return None
            if atom.kind == "Constant" and atom.constant in ("True", "False", "None") and atom.end == i + 1:
                return None
        target = r.try_parse(r.bitwise_or, i)
        if target is not None and r.is_op(target.end, "="):
            value = r.try_parse(r.bitwise_or, target.end + 1)
            if value is not None and not r.is_op(value.end, "=", ":="):
                msg = f"cannot assign to {expr_name(target)} here. Maybe you meant '==' instead of '='?"
                return self.found_shape(msg, target)
        return None

    def lambda_rules(self, k: int) -> _Found | None:
        """Parameter errors of a ``lambda`` whose parameter list holds ``k``."""
        r = self.reader
        start, _ = self.statement_bounds(k)
        for i in range(start, min(k + 1, len(self.tokens))):
            if not r.is_kw(i, "lambda"):
                continue
            colon = self.top_level(i + 1, lambda j: r.is_op(j, ":"))
            if colon is None or colon < k:
                continue
            return self.parameters(i + 1, colon, lambda_=True)
        return None

    # --- rules inside brackets -----------------------------------------------------------

    def enclosing_bracket(self, k: int) -> int | None:
        """Index of the innermost bracket open at token ``k``."""
        stack: list[int] = []
        start = self.line_start(k)
        for i in range(start, min(k, len(self.tokens))):
            t = self.tokens[i]
            if t.kind == OP and t.text in "([{":
                stack.append(i)
            elif t.kind == OP and t.text in ")]}" and stack:
                stack.pop()
        return stack[-1] if stack else None

    def bracket_rules(self, k: int) -> _Found | None:
        """Rules about the expression around ``k``: commas, keywords, displays."""
        r = self.reader
        open_at = self.enclosing_bracket(k)
        if open_at is not None and self.is_params(open_at):
            return None  # def_header checks parameters
        if open_at is not None and r.is_op(open_at, "{"):
            # A dict's later keys are checked before the expression rules run on them.
            found = self.dict_rules(open_at, k)
            if found is not None:
                return found
        if _PY313 and open_at is not None:
            # 3.13 checks a comprehension's `for ... in` before the expression rules.
            found = self.comprehension_targets(open_at)
            if found is not None:
                return found
        for rule in (self.missing_else, self.forgot_comma):
            found = rule(k, open_at)
            if found is not None:
                return found
        if open_at is None:
            return None
        opener = r.text(open_at)
        # A comprehension's targets are checked as it is parsed, before the
        # arguments or display that hold it.
        found = self.comprehension_targets(open_at)
        if found is not None:
            return found
        if opener == "(" and not self.is_call(open_at):
            close = r.match.get(open_at)
            if r.is_op(open_at + 1, "*", "**"):
                inner = r.try_parse(r.expression, open_at + 2)
                if inner is not None and inner.end == close:
                    what = "starred" if r.text(open_at + 1) == "*" else "double starred"
                    return self.found(f"cannot use {what} expression here", open_at + 1, inner.last())
        if opener == "(" and open_at > 0 and self.is_call(open_at):
            found = self.call_arguments(open_at, k)
            if found is not None:
                return found
        if opener in "[{":
            found = self.display_rules(open_at, k)
            if found is not None:
                return found
        # `[x = 1]`, `a[x = 1]`: an element parsed as a named expression (a call's
        # arguments have their own rules, above).
        elem = None if self.is_call(open_at) and opener == "(" else self.element_start(open_at, k)
        if elem is not None:
            found = self.named_expression_rule(elem)
            if found is not None:
                return found
        if opener == "(" and self.is_call(open_at) is False:
            found = self.named_expression_rule(open_at + 1)
            if found is not None:
                return found
        return None

    def is_params(self, open_at: int) -> bool:
        """Whether the bracket at ``open_at`` holds a def's parameters."""
        r = self.reader
        if not r.is_op(open_at, "("):
            return False
        before = open_at - 1
        if r.is_op(before, "]"):
            opener = self.opener_of.get(before)
            before = opener - 1 if opener is not None else before
        return r.kind(before) == NAME and r.is_kw(before - 1, "def")

    def is_call(self, open_at: int) -> bool:
        prev = self.tok(open_at - 1)
        if prev is None:
            return False
        if prev.kind == NAME:
            if self.reader.is_kw(open_at - 2, "def"):
                return False
            return prev.text not in KEYWORDS or prev.text in ("None", "True", "False")
        if prev.kind in (STRING, NUMBER):
            return True
        return prev.kind == OP and prev.text in (")", "]", "}")

    def element_start(self, open_at: int, k: int) -> int | None:
        """Start of the comma-separated element of the bracket that holds ``k``."""
        r = self.reader
        i = open_at + 1
        start = i
        while i < k:
            if r.is_op(i, "(", "[", "{"):
                if i not in r.match or r.match[i] >= k:
                    return None
                i = r.match[i] + 1
                continue
            # Only whole elements are named expressions: not slice parts, dict
            # values, conditions or comprehension clauses.
            if r.is_op(i, ","):
                start = i + 1
            elif r.is_op(i, ":") or r.is_kw(i, "if", "for", "in", "else", "lambda"):
                return None
            i += 1
        return start

    def forgot_comma(self, k: int, open_at: int | None) -> _Found | None:
        """invalid_expression: two expressions side by side ("Perhaps you forgot a comma?")."""
        r = self.reader
        # `a` is the disjunction that ends right before k, `b` the expression at k.
        start = self.segment_start(k)
        if start is not None and r.is_op(start, "*", "**"):
            start += 1  # `*a b`: the rule runs on the starred value
        if start is None or start >= k:
            return None
        if r.kind(start) == NAME and r.kind(start + 1) == STRING:
            return None
        if r.kind(start) == NAME and _soft_keyword_prefix(r.text(start)):
            return None
        a = r.try_parse(r.disjunction, start)
        # `b` usually starts at k; it starts before k when the failing token
        # continues it (`0 not j`: `a` is `0`, `b` is `not j`).
        if a is None or a.end > k or (a.end < k and not r.is_kw(a.end, "not")):
            return None
        if a.kind == "Name" and r.text(a.start) in ("print", "exec") and not r.is_op(a.end, "("):
            return self.legacy_call(a.start)
        b = r.try_parse(r.expression, a.end)
        if b is None or b.end <= k:
            return None
        # CPython's rule looks one token past `b` even when it then declines.
        self.touched = max(self.touched, b.end)
        if self.in_lambda(self.line_start(k), k):
            return None  # lambda parameters are not expressions
        if open_at is None or self.in_comprehension_clause(open_at, k) or self.is_params(open_at):
            return None
        return self.found_shape("invalid syntax. Perhaps you forgot a comma?", a, b)

    def in_comprehension_clause(self, open_at: int, k: int) -> bool:
        """Whether ``k`` is in the ``for``/``if`` clauses of a comprehension.

        Those parts are disjunctions in CPython's grammar, so the expression rules
        (forgotten comma, missing else) do not apply there.
        """
        r = self.reader
        i = open_at + 1
        seen_for = False
        while i < k:
            if r.is_op(i, "(", "[", "{") and i in r.match:
                i = r.match[i] + 1
                continue
            if r.is_kw(i, "for"):
                seen_for = True
            elif seen_for and r.is_kw(i, "in"):
                return True
            i += 1
        return False

    def segment_start(self, k: int, through: tuple[str, ...] = ()) -> int | None:
        """Where the expression that ends before ``k`` may start.

        ``through`` names keywords that do not end the search (``if`` and ``else``
        for a conditional expression).
        """
        i = k - 1
        while i >= 0:
            t = self.tokens[i]
            if t.kind == OP and t.text in ")]}":
                opener = self.opener_of.get(i)
                if opener is None:
                    return None
                i = opener - 1
                continue
            if t.kind in (NEWLINE, INDENT, DEDENT):
                return i + 1
            if t.kind == OP and (t.text in _DELIMITERS or t.text in _AUGASSIGN):
                return i + 1
            if t.kind == NAME and t.text in KEYWORDS and t.text not in _IN_EXPRESSION + through:
                return i + 1
            i -= 1
        return 0

    def missing_else(self, k: int, open_at: int | None) -> _Found | None:
        r = self.reader
        start = self.segment_start(k, through=("if", "else"))
        if start is None or r.is_kw(start - 1, "for"):
            # After a comprehension's `for`, `if` is a filter, not a conditional.
            return None
        a = r.try_parse(r.disjunction, start)
        if a is None or not r.is_kw(a.end, "if") or a.end >= k:
            return None
        b = r.try_parse(r.disjunction, a.end + 1)
        if b is not None and b.end <= k and not (r.is_kw(b.end, "else") or r.is_op(b.end, ":")):
            return self.found_shape("expected 'else' after 'if' expression", a, b)
        return None

    def call_arguments(self, open_at: int, k: int) -> _Found | None:
        r = self.reader
        close = r.match.get(open_at)
        i = open_at + 1
        seen_kw = False
        seen_kwunpack = False
        args: list[tuple[str, int, int]] = []  # (kind, start, end)
        while close is None or i < close:
            if r.is_op(i, ")"):
                break
            if r.is_op(i, "*", "**") and _PY313:
                found = self.unpacking_argument(i)
                if found is not None:
                    return found
            if r.is_op(i, "**"):
                value = r.try_parse(r.expression, i + 1)
                if value is None:
                    return None
                args.append(("kwunpack", i, value.end))
                seen_kwunpack = True
                j = value.end
            elif r.is_op(i, "*"):
                value = r.try_parse(r.expression, i + 1)
                if value is None:
                    return None
                if seen_kwunpack:
                    if _PY313:
                        return self.found(
                            "iterable argument unpacking follows keyword argument unpacking",
                            i - 1,
                            value.end - 1,
                        )
                    return self.found("iterable argument unpacking follows keyword argument unpacking", i)
                args.append(("star", i, value.end))
                j = value.end
            elif (
                r.kind(i) == NAME
                and r.is_op(i + 1, "=")
                and (r.text(i) not in KEYWORDS or r.text(i) in ("True", "False", "None"))
            ):
                if r.text(i) in ("True", "False", "None"):
                    return self.found(f"cannot assign to {r.text(i)}", i, i + 1)
                if _PY313 and r.is_op(i + 2, ",", ")"):
                    return self.found("expected argument value expression", i, i + 1)
                value = r.try_parse(r.expression, i + 2)
                if value is None:
                    return None
                if r.is_kw(value.end, "for", "async") and self.skip_comprehension(value.end):
                    return self.found(
                        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", i, i + 1
                    )
                args.append(("kw", i, value.end))
                seen_kw = True
                j = value.end
            else:
                value = r.try_parse(r.named_expression, i)
                if value is None:
                    return None
                j = value.end
                if r.is_op(j, "="):
                    return self.found(
                        'expression cannot contain assignment, perhaps you meant "=="?', value.first(), j
                    )
                if r.is_kw(j, "for", "async"):
                    j = self.skip_comprehension(j)
                    if j is None:
                        return None
                    if r.is_op(j, ",") and not (close is not None and j + 1 == close) or args:
                        return self.found("Generator expression must be parenthesized", i, j - 1)
                    args.append(("genexp", i, j))
                else:
                    if seen_kw or seen_kwunpack:
                        msg = "positional argument follows keyword argument"
                        if seen_kwunpack:
                            msg += " unpacking"
                        end = close if close is not None else j
                        return self.found(msg, end)
                    args.append(("pos", i, j))
            if r.is_op(j, ","):
                i = j + 1
                continue
            if close is not None and j == close:
                break
            return None
        return None

    def unpacking_argument(self, i: int) -> _Found | None:
        """Python 3.13's rules for `*`/`**` arguments: `*a=1`, `**k=1`, a bare `*`."""
        r = self.reader
        if r.is_op(i, "*") and r.is_op(i + 1, ")", ","):
            return self.found("Invalid star expression", i + 1)
        value = r.try_parse(r.expression, i + 1)
        if value is not None and r.is_op(value.end, "="):
            default = r.try_parse(r.expression, value.end + 1)
            if default is not None:
                what = "iterable" if r.text(i) == "*" else "keyword"
                return self.found(f"cannot assign to {what} argument unpacking", i, default.last())
        return None

    def comprehension_targets(self, open_at: int) -> _Found | None:
        """invalid_for_target in the comprehensions of the bracket at ``open_at``."""
        r = self.reader
        close = r.match.get(open_at, len(self.tokens))
        i = open_at + 1
        while i < close:
            if r.is_op(i, "(", "[", "{") and i in r.match:
                i = r.match[i] + 1
                continue
            if _PY313 and r.is_kw(i, "for") and self.ends_expression(i - 1):
                after = self.loop_variables_end(i + 1)
                if after is not None and not r.is_kw(after, "in"):
                    return self.found("'in' expected after for-loop variables", after)
            if r.is_kw(i, "for") and self.ends_expression(i - 1) and not self.valid_for_target(i):
                target = r.try_parse(r.star_expressions, i + 1)
                if target is not None:
                    bad = invalid_target(target, "for")
                    if bad is not None:
                        return self.found_shape(f"cannot assign to {expr_name(bad)}", bad)
            i += 1
        return None

    def loop_variables_end(self, i: int) -> int | None:
        """End of ``bitwise_or (',' bitwise_or)* [',']`` from ``i`` (3.13's rule)."""
        r = self.reader
        first = r.try_parse(r.bitwise_or, i)
        if first is None:
            return None
        j = first.end
        while r.is_op(j, ","):
            nxt = r.try_parse(r.bitwise_or, j + 1)
            if nxt is None:
                return j + 1
            j = nxt.end
        return j

    def valid_for_target(self, for_at: int) -> bool:
        """``for`` targets ``in``: CPython's grammar cuts there, so the target
        rules only apply when the targets themselves do not parse."""
        r = self.reader
        targets = r.try_parse(r.star_targets, for_at + 1)
        return targets is not None and r.is_kw(targets.end, "in") and invalid_target(targets, "star") is None

    def skip_comprehension(self, j: int) -> int | None:
        """From a `for`, the index just past the comprehension clauses."""
        r = self.reader
        while r.is_kw(j, "for", "async"):
            if r.is_kw(j, "async"):
                j += 1
            target = r.try_parse(r.star_targets, j + 1)
            if target is None:
                return None
            j = target.end
            if r.is_kw(j, "in"):
                it = r.try_parse(r.disjunction, j + 1)
                if it is None:
                    return None
                j = it.end
            while r.is_kw(j, "if"):
                cond = r.try_parse(r.disjunction, j + 1)
                if cond is None:
                    return None
                j = cond.end
        return j

    def display_rules(self, open_at: int, k: int) -> _Found | None:
        r = self.reader
        opener = r.text(open_at)
        i = open_at + 1
        if opener == "{" and r.is_op(i, "**"):
            value = r.try_parse(r.bitwise_or, i + 1)
            if value is not None and r.is_kw(value.end, "for", "async"):
                return self.found("dict unpacking cannot be used in dict comprehension", i)
            return None
        first = r.try_parse(r.star_named_expression, i)
        if first is None:
            return None
        if first.kind == "Starred" and r.is_kw(first.end, "for", "async"):
            return self.found_shape("iterable unpacking cannot be used in comprehension", first)
        if r.is_op(first.end, ","):
            rest = r.try_parse(r.star_expressions, first.end + 1)
            if rest is not None and r.is_kw(rest.end, "for", "async") and self.skip_comprehension(rest.end):
                last = rest.elts[-1] if rest.kind == "Tuple" and rest.elts else rest
                return self.found_shape(
                    "did you forget parentheses around the comprehension target?", first, last
                )
            if r.is_kw(first.end + 1, "for", "async") and self.skip_comprehension(first.end + 1):
                return self.found(
                    "did you forget parentheses around the comprehension target?", first.first(), first.end
                )
        if opener == "{":
            return self.dict_rules(open_at, k)
        return None

    def dict_rules(self, open_at: int, k: int) -> _Found | None:
        r = self.reader
        close = r.match.get(open_at)
        i = open_at + 1
        is_dict = False
        while close is None or i < close:
            if r.is_op(i, "**"):
                value = r.try_parse(r.bitwise_or, i + 1)
                if value is None:
                    return None
                j = value.end
                is_dict = True
            else:
                key = r.try_parse(r.expression, i)
                if key is None:
                    return None
                j = key.end
                if r.is_op(j, ":"):
                    is_dict = True
                    if r.is_op(j + 1, "*"):
                        value = r.try_parse(r.bitwise_or, j + 2)
                        if value is not None:
                            return self.found(
                                "cannot use a starred expression in a dictionary value", j + 1, value.end - 1
                            )
                    if r.is_op(j + 1, "}", ","):
                        return self.found("expression expected after dictionary key and ':'", j)
                    value = r.try_parse(r.expression, j + 1)
                    if value is None:
                        return None
                    j = value.end
                elif is_dict:
                    last = self.tokens[key.last()]
                    return _Found(
                        "SyntaxError",
                        "':' expected after dictionary key",
                        last.end_line,
                        last.end_col,
                        last.end_line,
                        0,
                    )
                else:
                    return None
            if r.is_op(j, ","):
                i = j + 1
                continue
            return None
        return None
