"""Tokenizer of the parser: tokens, INDENT/DEDENT, bracket depth and soft keywords.

Why our own lexer instead of lark's lexer plus a lark postlexer: one regular
expression pass that also tracks indentation and brackets is several times faster
than lark's lexer feeding a separate postlexer, and the parser (parser.py) runs its
own LALR loop over a plain token list, so nothing of lark is imported at run time.

The token list ends with ``$END``.  Its tokens carry lark's terminal names (``IF``,
``LPAR``, ...) because the LALR tables come from lark; ``tables.py`` stores the
mapping from source text to terminal name next to the tables.

Soft keywords (``match``, ``case``, ``type``) are decided here, by looking ahead in
the token list, because the LALR(1) parser cannot wait to see whether ``match`` is
followed by an expression and a ``:``:

- ``match`` starting a statement is the keyword when its logical line ends with
  ``:`` (no expression statement can end with a colon);
- ``case`` starting a statement is the keyword when the statement sits directly in
  the block of a ``match`` statement (only case blocks can be there);
- ``type`` starting a statement is the keyword when followed by a name and then
  ``=`` or ``[`` (never valid as an expression statement).

``_`` needs no decision: the builder turns a capture pattern named ``_`` into the
wildcard.
"""

from __future__ import annotations

import re
import unicodedata

from interp.syntax import budget, literals

# Terminal names the grammar declares itself (grammar.lark, %declare).
NAME = "NAME"
NUMBER = "NUMBER"
STRING = "STRING"
NEWLINE = "NEWLINE"
INDENT = "INDENT"
DEDENT = "DEDENT"
END = "$END"
MATCH = "MATCH"
CASE = "CASE"
TYPE = "TYPE"

KEYWORDS = frozenset(
    """False None True and as assert async await break class continue def del elif else
    except finally for from global if import in is lambda nonlocal not or pass raise
    return try while with yield""".split()
)

# Every operator and delimiter of Python, longest first so that `**=` wins over `**`.
OPERATORS = sorted(
    """!= % %= & &= ( ) * ** **= *= + += , - -= -> . ... / // //= /= : := ; < << <<= <=
    = == > >= >> >>= @ @= [ ] ^ ^= { | |= } ~""".split(),
    key=len,
    reverse=True,
)

_SOFT_KEYWORDS = frozenset({"match", "case", "type"})
_TABSIZE = 8
# CPython's tokenizer limits (Parser/tokenizer.h): deeper nesting is a SyntaxError.
_MAXLEVEL = 200
_MAXINDENT = 100


class Token:
    """One token.  Lines are 1-based, columns 0-based character offsets, end exclusive."""

    __slots__ = ("type", "value", "line", "col", "end_line", "end_col")

    def __init__(self, type: str, value: str, line: int, col: int, end_line: int, end_col: int) -> None:
        self.type = type
        self.value = value
        self.line = line
        self.col = col
        self.end_line = end_line
        self.end_col = end_col

    def __repr__(self) -> str:
        return f"Token({self.type!r}, {self.value!r}, {self.line}:{self.col}-{self.end_line}:{self.end_col})"


class LexError(Exception):
    """The tokenizer cannot go on; parser.py turns it into the CPython-style error."""

    def __init__(self, kind: str, line: int, col: int, msg: str = "invalid syntax") -> None:
        super().__init__(msg)
        self.kind = kind  # "char", "eof", "indent", "tab"
        self.line = line
        self.col = col
        self.msg = msg
        self.tokens: list[Token] = []  # the tokens before the error (set by tokenize)


# Group order matters: numbers before operators (".5" is a number), the catch-all
# last.  Names come first because they are the most common token.  Strings are found
# by their opening quote only and measured by ``literals.string_end`` (exact at any
# f-string nesting depth, and it spares compiling ``literals.STRING_PATTERN``, ~35 ms
# per regex embedding it); a name that is a string prefix followed by a quote is
# re-read as a string by the tokenizer loop.
_TOKEN_RE = re.compile(
    # Whitespace before a token is part of the match: one step per token, not two.
    r"[ \t\f]*+(?:"
    r"(?P<name>[^\W\d]\w*+)"
    r"|(?P<number>" + literals.NUMBER_PATTERN + r")"
    r"|(?P<op>" + "|".join(re.escape(op) for op in OPERATORS) + ")"
    r"|(?P<nl>\r\n|\n|\r)"
    r"|(?P<string>['\"])"
    r"|(?P<comment>#[^\r\n]*)"
    r"|(?P<cont>\\(?:\r\n|\n|\r))"
    r"|(?P<other>[\s\S])"
    r")"
)
_string_end = literals.string_end
_STRING_PREFIXES = frozenset({"r", "u", "b", "f", "br", "rb", "fr", "rf"}) | literals.TSTRING_PREFIXES
# Indentation of a line and what follows it (to skip blank and comment-only lines).
_INDENT_RE = re.compile(r"[ \t\f]*")
#: What may follow a number with no space between (``1if x else 2``): the keywords
#: CPython's tokenizer lets through with a warning; any other letter, digit or
#: ``_`` ends the number in an error ("invalid decimal literal").
_KEYWORD_AFTER_NUMBER_RE = re.compile(r"and|else|for|i[fns]|or|not")
#: A zero that stopped at a letter CPython reads as a radix prefix (``0or 1``): an
#: error even where the letters spell a keyword.
_RADIX_PREFIX_RE = re.compile(r"0[xXoObB]")
_BLANK_REST_RE = re.compile(r"[ \t\f]*(?:#[^\r\n]*)?(?:\r\n|\n|\r)")
_OPENERS = frozenset("([{")
_CLOSERS = frozenset(")]}")


def _indent_columns(text: str) -> tuple[int, int]:
    """CPython's two measures of an indentation: tabs to multiples of 8, tabs as 1."""
    col = alt = 0
    for ch in text:
        if ch == " ":
            col += 1
            alt += 1
        elif ch == "\t":
            col = (col // _TABSIZE + 1) * _TABSIZE
            alt += 1
        else:  # form feed resets the count, as in CPython
            col = alt = 0
    return col, alt


def tokenize(
    source: str,
    terminals: dict[str, str],
    mode: str = "exec",
    first_line: int = 1,
    first_col: int = 0,
) -> list[Token]:
    """Split ``source`` into tokens for the parser (see ``_tokenize``).

    A LexError carries the tokens read before it in ``tokens``: CPython reports a
    syntax error that comes earlier in the file first, so the parser runs over them
    before the LexError is reported.
    """
    tokens: list[Token] = []
    try:
        _tokenize(tokens, source, terminals, mode, first_line, first_col)
    except LexError as error:
        error.tokens = tokens
        raise
    return tokens


def _tokenize(
    tokens: list[Token],
    source: str,
    terminals: dict[str, str],
    mode: str = "exec",
    first_line: int = 1,
    first_col: int = 0,
) -> None:
    """Append the tokens of ``source`` to ``tokens``.

    ``terminals`` maps keyword and operator text to lark terminal names.  ``mode``
    is ``"exec"`` (statements), ``"eval"`` (one expression; an indented first line
    is an error, as in CPython) or ``"inner"`` (an f-string replacement field: newlines never end
    anything, as inside brackets).  ``first_line``/``first_col`` place the first
    character in the enclosing file, so inner expressions get file positions.
    """
    append = tokens.append
    match = _TOKEN_RE.match
    n = len(source)
    pos = 0
    line = first_line
    # Column of a position is ``pos - line_start``; the first line may be shifted.
    line_start = -first_col
    depth = 1 if mode == "inner" else 0
    # Eval input is indentation-checked too: CPython rejects " 1" (unexpected indent).
    indentation = mode != "inner"
    indents = [0]
    alt_indents = [0]
    # Soft keyword candidates: (token index, innermost block id, blocks opened so far).
    candidates: list[tuple[int, int, int]] = []
    block_ids = [0]
    blocks_opened = 0
    at_line_start = True
    last_type = NEWLINE  # type of the last significant token; NEWLINE at file start
    keyword_types = {word: terminals[word] for word in KEYWORDS}
    NAME_ = NAME
    start = None  # start offset of the current token, when already known
    # Each pass of the loop reads about one token; every so many, the work is reported
    # (budget.py: a long source must not outlast the program's time limit).
    countdown = budget.TOKENS_PER_REPORT

    while True:
        countdown -= 1
        if not countdown:
            countdown = budget.TOKENS_PER_REPORT
            budget.report(budget.TOKENS_PER_REPORT * budget.TOKEN_UNITS)
        if at_line_start:
            at_line_start = False
            if indentation and depth == 0:
                m = _INDENT_RE.match(source, pos)
                end = m.end()
                if end == n:
                    pos = end
                    break
                ch = source[end]
                if ch == "#" or ch == "\n" or ch == "\r":
                    blank = _BLANK_REST_RE.match(source, pos)
                    if blank is None:  # comment-only last line without newline
                        pos = n
                        break
                    pos = blank.end()
                    line += 1
                    line_start = pos
                    at_line_start = True
                    continue
                # A line that starts a statement sets the indentation, even when it
                # continues with a backslash (as in CPython).
                text = source[pos:end]
                col, alt = _indent_columns(text) if text else (0, 0)
                top = indents[-1]
                if col == top:
                    if alt != alt_indents[-1]:
                        raise LexError(
                            "tab",
                            line,
                            end - line_start,
                            "inconsistent use of tabs and spaces in indentation",
                        )
                elif col > top:
                    if alt <= alt_indents[-1]:
                        raise LexError(
                            "tab",
                            line,
                            end - line_start,
                            "inconsistent use of tabs and spaces in indentation",
                        )
                    if len(indents) >= _MAXINDENT:
                        raise LexError("char", line, end - line_start, "too many levels of indentation")
                    indents.append(col)
                    alt_indents.append(alt)
                    c = end - line_start
                    append(Token(INDENT, "", line, c, line, c))
                    blocks_opened += 1
                    block_ids.append(blocks_opened)
                    last_type = INDENT
                else:
                    c = end - line_start
                    while col < indents[-1]:
                        indents.pop()
                        alt_indents.pop()
                        block_ids.pop()
                        append(Token(DEDENT, "", line, c, line, c))
                    if col != indents[-1]:
                        raise LexError(
                            "indent",
                            line,
                            end - line_start,
                            "unindent does not match any outer indentation level",
                        )
                    if alt != alt_indents[-1]:
                        raise LexError(
                            "tab",
                            line,
                            end - line_start,
                            "inconsistent use of tabs and spaces in indentation",
                        )
                    last_type = DEDENT
                pos = end

        m = match(source, pos)
        if m is None:  # only whitespace is left
            break
        kind = m.lastgroup
        end = m.end()
        if kind == "name":
            text = m.group(kind)
            start = end - len(text)
            if end < n and source[end] >= "\x80":
                # `\w` misses a few identifier characters (combining marks such as
                # U+E0100); str.isidentifier has Python's exact rule.
                while end < n and (text + source[end]).isidentifier():
                    text += source[end]
                    end += 1
            if end < n and source[end] in "'\"" and text.lower() in _STRING_PREFIXES:
                kind = "string"
        if kind == "name":
            ttype = keyword_types.get(text)
            if ttype is None:
                ttype = NAME_
                if not text.isascii():
                    text = unicodedata.normalize("NFKC", text)
                elif text in _SOFT_KEYWORDS and (
                    last_type == NEWLINE
                    or last_type == INDENT
                    or last_type == DEDENT
                    or last_type == "SEMICOLON"
                    or (last_type == "COLON" and text == "type")
                ):
                    candidates.append((len(tokens), block_ids[-1], blocks_opened))
            append(Token(ttype, text, line, start - line_start, line, end - line_start))
            last_type = ttype
        elif kind == "op":
            text = m.group(kind)
            start = end - len(text)
            ttype = terminals.get(text)
            if ttype is None:  # an operator the grammar never uses (none today)
                raise LexError("char", line, start - line_start)
            if text in _OPENERS:
                depth += 1
                if depth > _MAXLEVEL:  # CPython's tokenizer limit; errors.py words it
                    raise LexError("char", line, start - line_start, "too many nested parentheses")
            elif text in _CLOSERS and depth > 0:
                depth -= 1
            append(Token(ttype, text, line, start - line_start, line, end - line_start))
            last_type = ttype
        elif kind == "nl":
            if depth == 0:
                if last_type != NEWLINE:
                    c = end - len(m.group(kind)) - line_start
                    append(Token(NEWLINE, "", line, c, line, c + 1))
                    last_type = NEWLINE
                at_line_start = True
            line += 1
            line_start = end
        elif kind == "number":
            text = m.group(kind)
            start = end - len(text)
            after = source[end : end + 1]
            if after and (not after.isascii() or after.isalnum() or after == "_"):
                # A number run into a name: CPython's tokenizer decides here, before
                # the parser sees it (errors.diagnose words the error).
                if (
                    text == "0" and _RADIX_PREFIX_RE.match(source, start)
                ) or not _KEYWORD_AFTER_NUMBER_RE.match(source, end):
                    raise LexError("char", line, end - line_start)
            append(Token(NUMBER, text, line, start - line_start, line, end - line_start))
            last_type = NUMBER
        elif kind == "string":
            if start is None:  # opened by a bare quote, not by a prefix (name path)
                start = end - 1
            end = _string_end(source, start)
            if end < 0:
                raise LexError("string", line, start - line_start, "unterminated string literal")
            text = source[start:end]
            start_line = line
            start_col = start - line_start
            breaks = text.count("\n") + text.count("\r") - text.count("\r\n")
            if breaks:
                line += breaks
                line_start = start + max(text.rfind("\n"), text.rfind("\r")) + 1
            append(Token(STRING, text, start_line, start_col, line, end - line_start))
            last_type = STRING
        elif kind == "comment":
            pass
        elif kind == "cont":
            line += 1
            line_start = end
            if end == n:
                raise LexError("eof", line, 0, "unexpected EOF while parsing")
        else:
            raise LexError("char", line, end - 1 - line_start)
        pos = end
        start = None

    if depth > (1 if mode == "inner" else 0):
        raise LexError("eof", line, pos - line_start, "unexpected EOF while parsing")
    if mode != "inner" and last_type != NEWLINE and tokens:
        c = pos - line_start
        append(Token(NEWLINE, "", line, c, line, c + 1))
    c = pos - line_start
    for _ in range(len(indents) - 1):
        append(Token(DEDENT, "", line, c, line, c))
    append(Token(END, "", line, c, line, c))
    if candidates:
        _resolve_soft_keywords(tokens, candidates)


def _resolve_soft_keywords(tokens: list[Token], candidates: list[tuple[int, int, int]]) -> None:
    """Turn the NAME tokens ``match``/``case``/``type`` into keywords where they are."""
    match_blocks: set[int] = set()
    for index, block, opened in candidates:
        token = tokens[index]
        word = token.value
        following = tokens[index + 1].type
        if word == "match":
            if following in (NEWLINE, "COLON", "EQUAL", "DOT", END):
                continue
            j = index + 1
            while tokens[j].type != NEWLINE and tokens[j].type != END:
                j += 1
            if tokens[j - 1].type == "COLON":
                token.type = MATCH
                # The block of this statement is the next one the tokenizer opened.
                match_blocks.add(opened + 1)
        elif word == "case":
            if block in match_blocks:
                token.type = CASE
        elif following == NAME and tokens[index + 2].type in ("EQUAL", "LSQB"):
            token.type = TYPE
