"""A model of CPython's tokenizer, used only to explain syntax errors.

The lark lexer is written for speed and for the grammar; it neither finds nor words
errors the way CPython does.  CPython reports *tokenizer* errors (unterminated
strings, bad brackets, bad indentation, invalid characters and number literals) at
the exact point its tokenizer meets them, and the parser only sees the tokens before
that point.  So when a parse fails, ``errors.diagnose`` re-scans the source with this
module, which follows the structure of CPython's ``Parser/tokenizer.c`` closely
enough to give the same first error at the same place, and a token list that the
parser-level heuristics read.

Columns are 0-based character offsets; lines are 1-based.  Nothing here runs when a
program parses successfully, so clarity matters more than speed.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from dataclasses import dataclass, field
from typing import NamedTuple

# Kinds of tokens, named like the ``token`` module's.
NAME = "NAME"
NUMBER = "NUMBER"
STRING = "STRING"
OP = "OP"
NEWLINE = "NEWLINE"
INDENT = "INDENT"
DEDENT = "DEDENT"
ENDMARKER = "ENDMARKER"
# `$`, `?`, a backtick and a lone `!`: CPython's tokenizer lets them through as
# ERRORTOKEN and the *parser* reports "invalid syntax" at them.
ERRORTOKEN = "ERRORTOKEN"

_TABSIZE = 8
_MAXINDENT = 100
_MAXLEVEL = 200
# Template strings (PEP 750) exist where the host CPython has them.
_TSTRINGS = sys.version_info >= (3, 14)
# Pairs of string prefix letters that 3.14's tokenizer refuses, in the order it checks.
_INCOMPATIBLE_PREFIXES = (("u", "b"), ("u", "r"), ("u", "f"), ("u", "t"), ("b", "f"), ("b", "t"), ("f", "t"))
_OPENERS = {"(": ")", "[": "]", "{": "}"}
_CLOSERS = {")": "(", "]": "[", "}": "{"}
# Longest first, so that the scanner takes ``**=`` before ``**`` and ``*``.
_OPERATORS = sorted(
    """!= % %= & &= ( ) * ** **= *= + += , - -= -> . ... / // //= /= : := ; < << <<= <=
    = == > >= >> >>= @ @= [ ] ^ ^= { | |= } ~""".split(),
    key=len,
    reverse=True,
)
_OPERATOR_RE = re.compile("|".join(re.escape(op) for op in _OPERATORS))
_SPACES_RE = re.compile(r"[ \t\x0c]*")
# Identifier characters as CPython's tokenizer gathers them: ASCII word
# characters and anything non-ASCII (checked afterwards).
_WORD_RE = re.compile(r"[A-Za-z0-9_\x80-\U0010ffff]*")
# A decimal integer or float (no underscores, exponent or suffix) followed by
# something that cannot continue a number.
_SIMPLE_NUMBER_RE = re.compile(r"(?:[1-9][0-9]*|0+)(?:\.[0-9]+)?(?![0-9A-Za-z_.])")


class Token(NamedTuple):
    """One token: kind, text and its span (end column exclusive)."""

    kind: str
    text: str
    line: int
    col: int
    end_line: int
    end_col: int


@dataclass
class ScanError:
    """The tokenizer error CPython would raise, in ``SyntaxError`` terms.

    ``offset``/``end_offset`` are CPython's 1-based values (they are not always
    ``col + 1``: CPython uses 0 and -1 as markers, kept as is).  ``sets_error``
    tells whether CPython's tokenizer sets the exception itself: only those errors
    override a parser error found earlier in the file (CPython re-tokenizes the
    rest of the source after a parser error and keeps just those).
    """

    kind: str
    msg: str
    line: int
    offset: int
    end_line: int | None
    end_offset: int | None
    sets_error: bool = True


@dataclass
class Scan:
    """Result of scanning: tokens before the first error, the error, and the state."""

    tokens: list[Token] = field(default_factory=list)
    error: ScanError | None = None
    # Open brackets at the end of input (char, line, col): CPython's "was never closed".
    open_brackets: list[tuple[str, int, int]] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)

    @property
    def eof_line(self) -> int:
        """The line CPython gives its end-of-input token (one past the last line)."""
        return len(self.lines) + 1


def _is_potential_identifier_start(ch: str) -> bool:
    return ch.isascii() and (ch.isalpha() or ch == "_") or not ch.isascii()


def _is_potential_identifier_char(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch == "_") or not ch.isascii()


def unclosed_error(char: str, line: int, col: int) -> ScanError:
    """CPython's error for a bracket still open at the end of the input."""
    return ScanError("SyntaxError", f"'{char}' was never closed", line, col + 1, line, 0)


class _Scanner:
    """Walks the source line by line, like CPython's tokenizer reads it."""

    def __init__(self, source: str) -> None:
        source = source.replace("\r\n", "\n").replace("\r", "\n")
        if source and not source.endswith("\n"):
            # CPython's tokenizer appends the missing final newline.
            source += "\n"
        self.lines = source.splitlines(keepends=True)
        self.result = Scan(lines=self.lines)
        self.indents = [0]
        self.altindents = [0]
        self.brackets: list[tuple[str, int, int]] = []

    # --- helpers -------------------------------------------------------------------

    def error(self, msg: str, line: int, offset: int, end_offset: int | None = None, **kw: object) -> None:
        end = offset if end_offset is None else end_offset
        self.result.error = ScanError(kw.pop("kind", "SyntaxError"), msg, line, offset, line, end, **kw)  # type: ignore[arg-type]

    def emit(self, kind: str, text: str, line: int, col: int, end_line: int, end_col: int) -> None:
        self.result.tokens.append(Token(kind, text, line, col, end_line, end_col))

    # --- main loop -----------------------------------------------------------------

    def run(self) -> Scan:
        lineno = 0
        n = len(self.lines)
        continued = False  # the previous line ended with a backslash
        while lineno < n:
            lineno += 1
            text = self.lines[lineno - 1]
            pos = 0
            if not self.brackets and not continued:
                pos = self.indentation(lineno, text)
                if pos < 0:
                    return self.result
                if pos >= len(text) or text[pos] in "#\n":
                    continue  # blank or comment-only line: no tokens at all
            continued = False
            ok, lineno, continued = self.line_tokens(lineno, text, pos)
            if not ok:
                return self.result
        if continued:
            last = self.lines[-1]
            self.error("unexpected EOF while parsing", n, len(last.rstrip("\n")) + 1, -1, sets_error=False)
            return self.result
        eof = n + 1
        if self.brackets:
            self.result.open_brackets = list(self.brackets)
            return self.result
        if self.result.tokens and self.result.tokens[-1].kind != NEWLINE:
            last = self.result.tokens[-1]
            self.emit(NEWLINE, "", last.end_line, last.end_col, last.end_line, last.end_col + 1)
        for _ in self.indents[1:]:
            self.emit(DEDENT, "", eof, 0, eof, 0)
        self.emit(ENDMARKER, "", eof, 0, eof, 0)
        return self.result

    def indentation(self, lineno: int, text: str) -> int:
        """Measure the indentation of a logical line start; emit INDENT/DEDENT.

        Returns the column of the first token, or -1 after an error.
        """
        col = altcol = 0
        pos = 0
        while pos < len(text):
            ch = text[pos]
            if ch == " ":
                col += 1
                altcol += 1
            elif ch == "\t":
                col = (col // _TABSIZE + 1) * _TABSIZE
                altcol += 1
            elif ch == "\x0c":
                col = altcol = 0
            else:
                break
            pos += 1
        if pos >= len(text) or text[pos] in "#\n" or text[pos] == "\\":
            # Blank lines do not count; a backslash line is left to line_tokens.
            return pos
        if col == self.indents[-1]:
            if altcol != self.altindents[-1]:
                return self.tab_error(lineno)
        elif col > self.indents[-1]:
            if len(self.indents) >= _MAXINDENT:
                self.error(
                    "too many levels of indentation", lineno, 1, 0, kind="IndentationError", sets_error=False
                )
                return -1
            if altcol <= self.altindents[-1]:
                return self.tab_error(lineno)
            self.indents.append(col)
            self.altindents.append(altcol)
            self.emit(INDENT, text[:pos], lineno, 0, lineno, pos)
        else:
            # CPython counts the dedents first and emits none when the new column
            # matches no outer level.
            dedents = 0
            while len(self.indents) > 1 and col < self.indents[-1]:
                self.indents.pop()
                self.altindents.pop()
                dedents += 1
            if col == self.indents[-1]:
                for _ in range(dedents):
                    self.emit(DEDENT, "", lineno, pos, lineno, pos)
            if col != self.indents[-1]:
                self.error(
                    "unindent does not match any outer indentation level",
                    lineno,
                    len(text),
                    -1,
                    kind="IndentationError",
                    sets_error=False,
                )
                return -1
            if altcol != self.altindents[-1]:
                return self.tab_error(lineno)
        return pos

    def tab_error(self, lineno: int) -> int:
        self.error(
            "inconsistent use of tabs and spaces in indentation",
            lineno,
            1,
            0,
            kind="TabError",
            sets_error=False,
        )
        return -1

    def line_tokens(self, lineno: int, text: str, pos: int) -> tuple[bool, int, bool]:
        """Tokens of one physical line (more for multi-line strings).

        Returns (ok, the line number reached, whether the line ends in a backslash).
        """
        while True:
            pos = _SPACES_RE.match(text, pos).end()
            if pos >= len(text):
                return True, lineno, False
            ch = text[pos]
            if ch == "#":
                pos = len(text) - 1
                continue
            if ch == "\n":
                if not self.brackets:
                    self.emit(NEWLINE, "\n", lineno, pos, lineno, pos + 1)
                return True, lineno, False
            if ch == "\\":
                nxt = text[pos + 1] if pos + 1 < len(text) else ""
                if nxt != "\n":
                    self.error(
                        "unexpected character after line continuation character",
                        lineno,
                        pos + 2,
                        0,
                        sets_error=False,
                    )
                    return False, lineno, False
                return True, lineno, True
            start = pos
            if _is_potential_identifier_start(ch):
                quote_at = self.string_prefix(text, pos)
                if quote_at is None and _TSTRINGS and self.incompatible_prefix(lineno, text, pos):
                    return False, lineno, False
                if quote_at is not None:
                    ok, lineno, text, pos = self.string(lineno, text, start, quote_at)
                    if not ok:
                        return False, lineno, False
                    continue
                pos = _WORD_RE.match(text, pos).end()
                word = text[start:pos]
                if not word.isascii() and not self.identifier_ok(lineno, word, start):
                    return False, lineno, False
                self.emit(NAME, word, lineno, start, lineno, pos)
                continue
            if (
                ch.isdigit()
                and ch.isascii()
                or ch == "."
                and pos + 1 < len(text)
                and text[pos + 1] in "0123456789"
            ):
                simple = _SIMPLE_NUMBER_RE.match(text, pos)
                # Plain literals end at a character that cannot continue them; the
                # careful scan (with CPython's error positions) handles the rest.
                end = simple.end() if simple else self.number(lineno, text, pos)
                if end < 0:
                    return False, lineno, False
                self.emit(NUMBER, text[start:end], lineno, start, lineno, end)
                pos = end
                continue
            if ch in "'\"":
                ok, lineno, text, pos = self.string(lineno, text, start, pos)
                if not ok:
                    return False, lineno, False
                continue
            m = _OPERATOR_RE.match(text, pos)
            op = m.group() if m else ""
            if op:
                if not self.bracket(op, lineno, pos):
                    return False, lineno, False
                self.emit(OP, op, lineno, pos, lineno, pos + len(op))
                pos += len(op)
                continue
            if ch in "$?`!":
                self.emit(ERRORTOKEN, ch, lineno, pos, lineno, pos + 1)
                pos += 1
                continue
            self.bad_character(lineno, ch, pos)
            return False, lineno, False

    def bad_character(self, lineno: int, ch: str, col: int) -> None:
        if ch.isprintable():
            self.error(f"invalid character '{ch}' (U+{ord(ch):04X})", lineno, col + 1)
        else:
            self.error(f"invalid non-printable character U+{ord(ch):04X}", lineno, col + 1)

    def identifier_ok(self, lineno: int, word: str, start: int) -> bool:
        """CPython's verify_identifier: report the first character that breaks it."""
        if word.isidentifier():
            return True
        for i in range(len(word)):
            if not word[: i + 1].isidentifier():
                self.bad_character(lineno, word[i], start + i)
                return False
        # Valid piecewise but not as a whole cannot happen; be safe anyway.
        self.bad_character(lineno, word[0], start)
        return False

    def bracket(self, op: str, lineno: int, col: int) -> bool:
        if op in _OPENERS:
            if len(self.brackets) >= _MAXLEVEL:
                self.error("too many nested parentheses", lineno, col + 1)
                return False
            self.brackets.append((op, lineno, col))
        elif op in _CLOSERS:
            if not self.brackets:
                self.error(f"unmatched '{op}'", lineno, col + 1)
                return False
            opener, open_line, _ = self.brackets.pop()
            if _OPENERS[opener] != op:
                if open_line != lineno:
                    msg = (
                        f"closing parenthesis '{op}' does not match opening parenthesis '{opener}'"
                        f" on line {open_line}"
                    )
                else:
                    msg = f"closing parenthesis '{op}' does not match opening parenthesis '{opener}'"
                self.error(msg, lineno, col + 1)
                return False
        return True

    # --- strings -------------------------------------------------------------------

    @staticmethod
    def string_prefix(text: str, pos: int) -> int | None:
        """Index of the quote if a string prefix starts at ``pos`` (CPython's rules)."""
        saw_b = saw_r = saw_u = saw_f = saw_t = False
        while pos < len(text):
            c = text[pos]
            if not (saw_b or saw_u or saw_f or saw_t) and c in "bB":
                saw_b = True
            elif not (saw_b or saw_u or saw_r or saw_f or saw_t) and c in "uU":
                saw_u = True
            elif not (saw_r or saw_u) and c in "rR":
                saw_r = True
            elif not (saw_f or saw_b or saw_u or saw_t) and c in "fF":
                saw_f = True
            elif _TSTRINGS and not (saw_f or saw_b or saw_u or saw_t) and c in "tT":
                saw_t = True  # a template string (PEP 750), on 3.14 hosts
            else:
                return None
            pos += 1
            if pos < len(text) and text[pos] in "'\"":
                return pos
        return None

    def incompatible_prefix(self, lineno: int, text: str, pos: int) -> bool:
        """CPython 3.14's tokenizer refuses letters that cannot prefix a string together
        (``bf"..."``, ``ft"..."``): report it if they start at ``pos``."""
        seen = ""
        i = pos
        while i < len(text) and text[i] in "bBuUrRfFtT" and text[i].lower() not in seen:
            seen += text[i].lower()
            i += 1
            if i < len(text) and text[i] in "'\"":
                for first, second in _INCOMPATIBLE_PREFIXES:
                    if first in seen and second in seen:
                        msg = f"'{first}' and '{second}' prefixes are incompatible"
                        self.error(msg, lineno, pos + 1, i + 1)
                        return True
                return False
        return False

    def string(self, lineno: int, text: str, start: int, quote_at: int) -> tuple[bool, int, str, int]:
        """Scan a string literal from its prefix at ``start``; emit it or the error."""
        quote = text[quote_at]
        triple = text.startswith(quote * 3, quote_at)
        size = 3 if triple else 1
        first_line = lineno
        prefix = text[start:quote_at].lower()
        is_fstring = "f" in prefix or "t" in prefix
        escaped_quote = False
        pos = quote_at + size
        while True:
            if pos >= len(text) or (not triple and text[pos] == "\n"):
                if triple and pos >= len(text) and lineno < len(self.lines):
                    lineno += 1
                    text = self.lines[lineno - 1]
                    pos = 0
                    continue
                detected = lineno
                kind = "f-string" if is_fstring and sys.version_info >= (3, 12) else "string"
                if "t" in prefix:
                    kind = "t-string"
                if triple:
                    msg = f"unterminated triple-quoted {kind} literal (detected at line {detected})"
                elif escaped_quote and sys.version_info >= (3, 12):
                    msg = (
                        f"unterminated {kind} literal (detected at line {detected});"
                        " perhaps you escaped the end quote?"
                    )
                else:
                    msg = f"unterminated {kind} literal (detected at line {detected})"
                self.error(msg, first_line, start + 1)
                return False, lineno, text, pos
            c = text[pos]
            if text.startswith(quote * size, pos):
                end = pos + size
                joined = "".join(self.lines[first_line - 1 : lineno - 1])
                literal = (joined + text)[start : len(joined) + end]
                self.emit(STRING, literal, first_line, start, lineno, end)
                return True, lineno, text, end
            if c == "\\":
                if pos + 1 < len(text):
                    escaped_quote = escaped_quote or text[pos + 1] == quote
                    if text[pos + 1] == "\n" and not triple:
                        if lineno < len(self.lines):
                            lineno += 1
                            text = self.lines[lineno - 1]
                            pos = 0
                            continue
                        pos = len(text)
                        continue
                    pos += 2
                    continue
            pos += 1

    # --- numbers -------------------------------------------------------------------

    def number(self, lineno: int, text: str, pos: int) -> int:
        """Scan a number like tokenizer.c; return its end or -1 after an error.

        Error offsets reproduce where CPython's read pointer stands when it gives
        up, which is why this follows its control flow rather than a regex.
        """
        n = len(text)

        def at(i: int) -> str:
            return text[i] if i < n else ""

        def isdigit(c: str) -> bool:
            return c != "" and c in "0123456789"

        def err(msg: str, cur: int) -> int:
            # CPython's offset is the read pointer's 0-based column.
            self.error(msg, lineno, cur)
            return -1

        def end_ok(i: int, kind: str) -> int:
            """verify_end_of_number: ``i`` indexes the first character after it."""
            c = at(i)
            # A keyword that may follow a number in valid code ends it (CPython
            # only warns); "if"/"in"/"is" are recognised by two characters, the
            # others need a non-identifier character after them.
            if c == "i" and at(i + 1) in ("f", "n", "s") and at(i + 1) != "":
                return i
            for kw in ("and", "else", "for", "or", "not"):
                after = at(i + len(kw))
                if text.startswith(kw, i) and not (after and _is_potential_identifier_char(after)):
                    return i
            if c and c.isascii() and (c.isalnum() or c == "_"):
                return err(f"invalid {kind} literal", i)
            return i

        def decimal_tail(i: int) -> int:
            """Digits with single underscores; returns the index after them or -1."""
            while True:
                while isdigit(at(i)):
                    i += 1
                if at(i) != "_":
                    return i
                i += 1
                if not isdigit(at(i)):
                    return err("invalid decimal literal", i)

        def fraction(i: int) -> int:
            # ``i`` is just after the dot.
            if isdigit(at(i)):
                i = decimal_tail(i)
                if i < 0:
                    return -1
            return exponent_or_end(i)

        def exponent_or_end(i: int) -> int:
            if at(i) in ("e", "E") and at(i) != "":
                e = i
                i += 1
                if at(i) in ("+", "-") and at(i) != "":
                    i += 1
                    if not isdigit(at(i)):
                        return err("invalid decimal literal", i)
                elif not isdigit(at(i)):
                    r = end_ok(e, "decimal")
                    return r
                i = decimal_tail(i)
                if i < 0:
                    return -1
            if at(i) in ("j", "J") and at(i) != "":
                return end_ok(i + 1, "imaginary")
            return end_ok(i, "decimal")

        c = at(pos)
        if c == ".":
            return fraction(pos + 1)
        if c == "0":
            i = pos + 1
            c = at(i)
            radix = {"x": 16, "X": 16, "o": 8, "O": 8, "b": 2, "B": 2}.get(c)
            if radix is not None:
                digits = {16: "0123456789abcdefABCDEF", 8: "01234567", 2: "01"}[radix]
                kind = {16: "hexadecimal", 8: "octal", 2: "binary"}[radix]
                i += 1
                while True:
                    if at(i) == "_":
                        i += 1
                    if at(i) == "" or at(i) not in digits:
                        if radix != 16 and isdigit(at(i)):
                            return err(f"invalid digit '{at(i)}' in {kind} literal", i + 1)
                        return err(f"invalid {kind} literal", i)
                    while at(i) != "" and at(i) in digits:
                        i += 1
                    if at(i) != "_":
                        break
                if radix != 16 and isdigit(at(i)):
                    return err(f"invalid digit '{at(i)}' in {kind} literal", i + 1)
                return end_ok(i, kind)
            # Decimal starting with 0: only zeros, unless it turns out to be a float.
            nonzero = False
            while True:
                if at(i) == "_":
                    i += 1
                    if not isdigit(at(i)):
                        return err("invalid decimal literal", i)
                if at(i) != "0":
                    break
                i += 1
            zeros_end = i + 1
            if isdigit(at(i)):
                nonzero = True
                i = decimal_tail(i)
                if i < 0:
                    return -1
            c = at(i)
            if c == ".":
                return fraction(i + 1)
            if c in ("e", "E", "j", "J") and c != "":
                return exponent_or_end(i)
            if nonzero:
                self.error(
                    "leading zeros in decimal integer literals are not permitted;"
                    " use an 0o prefix for octal integers",
                    lineno,
                    pos + 1,
                    zeros_end,
                )
                return -1
            return end_ok(i, "decimal")
        i = decimal_tail(pos)
        if i < 0:
            return -1
        if at(i) == ".":
            return fraction(i + 1)
        return exponent_or_end(i)


def scan(source: str) -> Scan:
    """Tokenize ``source`` as CPython would, stopping at the first tokenizer error."""
    try:
        return _Scanner(source).run()
    except Exception:  # pragma: no cover - a diagnostic aid must never crash
        return Scan(lines=source.splitlines(keepends=True))


def nfkc(name: str) -> str:
    """Identifiers are compared after NFKC normalization, as CPython does."""
    return unicodedata.normalize("NFKC", name)
