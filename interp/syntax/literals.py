"""String and number literals: the lexer's patterns, their values and f-string trees.

The grammar's lexer needs one regular expression per token kind, and Python 3.12's
f-strings (PEP 701) are not regular: a replacement field may hold any expression,
including strings that reuse the enclosing quote and further f-strings.  So
``STRING_PATTERN`` is generated to a fixed nesting depth (see ``_FSTRING_DEPTH``), and
everything that needs real parsing happens afterwards, in ``build_strings``: it splits
each f-string into literal text and replacement fields with a hand-written scanner
(no depth limit), hands each field's expression text to the parser's ``parse_expr``
callback, and assembles the ``JoinedStr`` exactly as CPython 3.13's ``ast.parse`` does,
positions included (two CPython 3.13 quirks too, since CPython is our oracle: escapes
are decoded in the format spec of a raw f-string, and ``f"{x != y=}"`` shows ``x ``).
A hand-written tokenizer can use ``string_end`` instead of the pattern: same tokens,
no depth limit, nothing big to compile.

Escapes are decoded the way CPython's compiler does it (``Parser/string_parser.c``):
an unknown escape is kept as written, ``\\N{...}`` looks the name up with
``unicodedata``, and malformed ones raise CPython's ``(unicode error)`` messages, which
we obtain from the host's own ``unicode_escape`` codec run on the same transformed
text CPython feeds it.  This module runs in the parser on the host, never inside the
sandbox, so using the host's codecs is safe.
"""

from __future__ import annotations

import bisect
import codecs
import re
import sys
import unicodedata
import warnings
from collections.abc import Callable, Sequence

from . import budget, errors, nodes

__all__ = ["STRING_PATTERN", "NUMBER_PATTERN", "parse_number", "build_strings", "string_end"]

# --------------------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------------------

_DIGITS = r"[0-9](?:_?[0-9])*"
_POINT_FLOAT = rf"(?:(?:{_DIGITS})?\.{_DIGITS}|{_DIGITS}\.)"
_EXP_FLOAT = rf"(?:{_POINT_FLOAT}|{_DIGITS})[eE][+-]?{_DIGITS}"
#: One number literal.  Alternatives go longest form first because ``re`` takes the
#: first alternative that matches, not the longest: ``1e3j`` must not stop at ``1e3``
#: and ``0x1f`` must not stop at ``0``.  Malformed literals (``0x``, ``1__0``, ``01``)
#: match only a valid prefix, so the parser fails on what follows and the error
#: diagnostics name the problem, as CPython's tokenizer does.
NUMBER_PATTERN: str = (
    rf"(?:(?:{_EXP_FLOAT}|{_POINT_FLOAT}|{_DIGITS})[jJ]"
    rf"|{_EXP_FLOAT}|{_POINT_FLOAT}"
    r"|0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+"
    r"|[1-9](?:_?[0-9])*|0(?:_?0)*)"
)

_INT_DIGIT_LIMIT_MESSAGE = (
    "Exceeds the limit ({limit} digits) for integer string conversion: value has {n} digits; "
    "use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge "
    "integer literals to avoid decimal conversion limits."
)


def parse_number(text: str) -> int | float | complex:
    """The value of a number literal matched by ``NUMBER_PATTERN``.

    A decimal integer longer than the host's ``sys.get_int_max_str_digits()`` raises
    ``ValueError`` carrying the message CPython's compiler gives as a SyntaxError; the
    caller, which knows the token's position, turns it into one.
    """
    clean = text.replace("_", "")
    last = clean[-1]
    if last in "jJ":
        return complex(0.0, float(clean[:-1]))
    if len(clean) > 1 and clean[1] in "xXoObB":
        return int(clean, 0)
    if "." in clean or "e" in clean or "E" in clean:
        return float(clean)
    try:
        return int(clean)
    except ValueError:
        limit = sys.get_int_max_str_digits()
        raise ValueError(_INT_DIGIT_LIMIT_MESSAGE.format(limit=limit, n=len(clean))) from None


# --------------------------------------------------------------------------------------
# The string token pattern
# --------------------------------------------------------------------------------------
#
# Design, for size and speed:
# - Every loop is atomic (``(?>(?:...)*)``, see ``_loop``) or a possessive character
#   class, and the alternatives of a loop start with different characters, so a failed
#   match never backtracks into a loop.  That keeps a 100 KB string and an
#   unterminated one linear.  (Atomic groups and possessive quantifiers need Python
#   3.11, our minimum.)
# - An f-string's body is written once for all four quotes: a named group remembers
#   the opening quote, a back-reference finds the closing one and a conditional allows
#   newlines only when it was triple.  Writing one body per quote would multiply the
#   pattern by four at every nesting level.  Group names are numbered so that each
#   textual copy has its own; lark reports the terminal through ``match.lastgroup``,
#   which is the outermost group, so the inner names are harmless.
# - Inside a replacement field only what decides where the token ends is modelled:
#   nested strings (which may reuse the outer quote), brackets (a ``}`` or ``:`` inside
#   them does not end the expression) and the format spec (where quotes are plain
#   text).  Conversions, ``=`` and operators are just characters here; the scanner in
#   ``build_strings`` checks them, so a malformed field still forms one token and gets
#   CPython's f-string message rather than a lexer error.
# - Size: about 9 KB, about 35 ms to compile on CPython 3.11.  Every regex that embeds
#   it pays that once (lark builds one regex per lexer state with a contextual lexer).

# Nesting depth of f-strings inside replacement fields that the pattern follows exactly:
# f"{f'{f"{f'{x}'}"}'}" is three levels.  Deeper still tokenizes correctly unless the
# innermost f-strings themselves reuse quotes.
_FSTRING_DEPTH = 3

_STRING_PREFIX = r"(?:[rR][bB]?|[bB][rR]?|[uU])?"
_FSTRING_PREFIX = r"(?:[fF][rR]?|[rR][fF])"


def _loop(*alternatives: str) -> str:
    """Zero or more of ``alternatives``, never given back once matched.

    An atomic group around a greedy loop rather than a possessive ``*+``: CPython's
    ``re`` (3.11 to 3.13 at least) fails with "SystemError: The span of capturing group
    is wrong" when a possessive repeat contains capturing groups, which ours do.
    """
    return "(?>(?:" + "|".join(alternatives) + ")*)"


# Strings without fields, as unrolled loops (a run of ordinary characters, then
# escape-and-run repeated), so that each character costs one step.
_PLAIN_STRING = (
    _STRING_PREFIX
    + "(?:"
    + r"'''[^'\\]*+"
    + _loop(r"(?:\\[\s\S]|'(?!''))[^'\\]*+")
    + r"'''"
    + r'|"""[^"\\]*+'
    + _loop(r'(?:\\[\s\S]|"(?!""))[^"\\]*+')
    + r'"""'
    + r"|'(?!'')[^'\\\n\r]*+"
    + _loop(r"\\(?:\r\n|[\s\S])[^'\\\n\r]*+")
    + r"'"
    + r'|"(?!"")[^"\\\n\r]*+'
    + _loop(r'\\(?:\r\n|[\s\S])[^"\\\n\r]*+')
    + r'")'
)
# Characters of an expression that need no attention (words are taken whole so that a
# name ending in ``f`` or ``r`` is not mistaken for a string prefix).
_EXPR_CHARS = r"[^\w{}()\[\]'\"\\:#]++|\\[\s\S]|#"
_WORD = r"\w++"
_OPEN = r"[(\[{]"
_CLOSE = r"[)\]}]"


class _PatternBuilder:
    """Generates the nested f-string pattern, giving each copy its own group names."""

    def __init__(self) -> None:
        self.counter = 0

    def fstring(self, depth: int) -> str:
        n = self.counter
        self.counter += 1
        quote, triple = f"_iq{n}", f"_it{n}"
        not_quote = rf"(?!(?P={quote}))['\"]"
        body = _loop(
            r"[^{}\\'\"\n\r]++",
            rf"(?({triple})[\n\r]|[^\s\S])",
            not_quote,
            r"\\N\{[\w \-]*\}|\\(?:\r\n|[^{}])|\\",
            r"\{\{|\}\}?",
            self.field(depth, not_quote),
        )
        return rf"{_FSTRING_PREFIX}(?P<{quote}>(?P<{triple}>'''|\"\"\")|'(?!'')|\"(?!\"\")){body}(?P={quote})"

    def string(self, depth: int) -> str:
        if depth < 0:
            return _PLAIN_STRING
        return rf"(?:{self.fstring(depth)}|{_PLAIN_STRING})"

    def field(self, depth: int, not_quote: str) -> str:
        # Brackets nest three deep.  Nested f-strings are followed in full only at the
        # top of the expression: inside brackets an f-string still matches, as a name
        # followed by a plain string, unless its own fields reuse its quote.  (Following
        # them there too doubles the pattern at every level, and lark compiles the
        # pattern once per lexer state.)
        inner3 = _OPEN + _loop(_EXPR_CHARS, ":", _PLAIN_STRING, _WORD) + _CLOSE
        inner2 = _OPEN + _loop(_EXPR_CHARS, ":", _PLAIN_STRING, _WORD, inner3) + _CLOSE
        inner1 = _OPEN + _loop(_EXPR_CHARS, ":", _PLAIN_STRING, _WORD, inner2) + _CLOSE
        # A stray ``)`` or ``]`` is let through so that ``build_strings`` can report
        # CPython's "f-string: unmatched ')'" rather than the token going unmatched.
        expression = _loop(_EXPR_CHARS, self.string(depth - 1), _WORD, inner1, r"[)\]]")
        # Fields nested in a format spec are short in practice (``{width}``): plain
        # strings and one level of brackets, which also covers a nested ``{x:{y}}``.
        spec_field = r"\{" + _loop(_EXPR_CHARS, ":", _PLAIN_STRING, _WORD, inner3) + r"\}"
        spec = _loop(r"[^{}\\'\"]++", not_quote, r"\\[\s\S]", spec_field)
        return rf"\{{{expression}(?::{spec})?\}}"


#: One whole string literal token, any prefix and quote, f-strings per PEP 701.  It
#: contains named groups (``_iq<n>``, ``_it<n>``), so embed it once per regex.
STRING_PATTERN: str = rf"(?:{_PatternBuilder().fstring(_FSTRING_DEPTH)}|{_PLAIN_STRING})"


# --------------------------------------------------------------------------------------
# Decoding escapes
# --------------------------------------------------------------------------------------

_SIMPLE_ESCAPES = {
    "\n": "",
    "\\": "\\",
    "'": "'",
    '"': '"',
    "a": "\a",
    "b": "\b",
    "f": "\f",
    "n": "\n",
    "r": "\r",
    "t": "\t",
    "v": "\v",
}
_STR_ESCAPE = re.compile(
    r"\\(?:([0-7]{1,3})|x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|N\{([^}]*)\}|([\s\S]))"
)
_BYTES_ESCAPE = re.compile(r"\\(?:([0-7]{1,3})|x([0-9a-fA-F]{2})|([\s\S]))")


class _DecodeError(Exception):
    """An escape CPython rejects; ``message`` is CPython's wording."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _unicode_error(body: str) -> str:
    """CPython's message for a bad escape in ``body``.

    CPython rewrites non-ASCII characters as ``\\U`` escapes and runs the
    ``unicode_escape`` codec; its error (with byte positions in the rewritten text)
    becomes the SyntaxError message.  Doing the same rewrite gives the same message.
    """

    def rewrite(match: re.Match[str]) -> str:
        text = match.group()
        if len(text) == 2 and text[1] < "\x80":
            return text
        if text[0] == "\\":
            return "\\u005c" + "".join(f"\\U{ord(c):08x}" for c in text[1:])
        return f"\\U{ord(text):08x}"

    rewritten = re.sub(r"\\[\s\S]?|[^\x00-\x7f]", rewrite, body)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            codecs.unicode_escape_decode(rewritten.encode("ascii"))
    except UnicodeDecodeError as error:
        return f"(unicode error) {error}"
    return "(unicode error) invalid escape"  # not reached: callers pass bodies the codec rejects


def _decode_str(body: str) -> str:
    """Decode the escapes of a non-raw str literal body."""
    if "\\" not in body:
        return body

    def replace(match: re.Match[str]) -> str:
        octal, hex2, hex4, hex8, name, other = match.groups()
        if octal is not None:
            return chr(int(octal, 8))
        if hex2 is not None:
            return chr(int(hex2, 16))
        if hex4 is not None:
            return chr(int(hex4, 16))
        if hex8 is not None:
            value = int(hex8, 16)
            if value > 0x10FFFF:
                raise _DecodeError(_unicode_error(body))
            return chr(value)
        if name is not None:
            try:
                return unicodedata.lookup(name)
            except KeyError:
                raise _DecodeError(_unicode_error(body)) from None
        if other in _SIMPLE_ESCAPES:
            return _SIMPLE_ESCAPES[other]
        if other in "xuUN":
            raise _DecodeError(_unicode_error(body))
        return match.group()  # unknown escapes stay as written (CPython warns)

    return _STR_ESCAPE.sub(replace, body)


def _decode_bytes(body: str) -> bytes:
    """Decode the escapes of a non-raw bytes literal body (already checked ASCII)."""
    if "\\" not in body:
        return body.encode("ascii")

    def replace(match: re.Match[str]) -> str:
        octal, hex2, other = match.groups()
        if octal is not None:
            return chr(int(octal, 8) & 0xFF)
        if hex2 is not None:
            return chr(int(hex2, 16))
        if other in _SIMPLE_ESCAPES:
            return _SIMPLE_ESCAPES[other]
        if other == "x":
            raise _DecodeError(f"(value error) invalid \\x escape at position {match.start()}")
        return match.group()

    return _BYTES_ESCAPE.sub(replace, body).encode("latin-1")


# --------------------------------------------------------------------------------------
# Tokens
# --------------------------------------------------------------------------------------

#: Whether ``t``-prefixed literals are template strings (PEP 750): only where the host
#: CPython has them (3.14+), since each CPython is the oracle for its own runs and
#: 3.11's says "invalid syntax" for ``t"..."``.
TSTRINGS = sys.version_info >= (3, 14)
#: The lowercase prefixes of template strings, empty where the host has none.
TSTRING_PREFIXES = frozenset({"t", "tr", "rt"}) if TSTRINGS else frozenset()
_PREFIX_CHARS = frozenset("rRbBuUfF" + ("tT" if TSTRINGS else ""))
_VALID_PREFIXES = frozenset({"", "r", "u", "b", "br", "rb", "f", "fr", "rf"}) | TSTRING_PREFIXES

ParseExpr = Callable[[str, int, int], nodes.expr]
Piece = tuple[str, int, int, int, int]


class _Token:
    """One STRING token: its text, where it is, and where its body starts and ends."""

    __slots__ = (
        "text",
        "lineno",
        "col",
        "end_lineno",
        "end_col",
        "prefix",
        "quote",
        "start",
        "end",
        "newlines",
        "kind",
    )

    def __init__(self, piece: Piece) -> None:
        self.text, self.lineno, self.col, self.end_lineno, self.end_col = piece
        text = self.text
        i = 0
        while text[i] in _PREFIX_CHARS:
            i += 1
        self.prefix = text[:i].lower()
        # CPython marks only a lowercase ``u`` prefix (``U''`` has kind None).
        self.kind = "u" if text[0] == "u" else None
        quote = text[i : i + 3]
        if quote not in ("'''", '"""'):
            quote = text[i]
        self.quote = quote
        self.start = i + len(quote)
        self.end = len(text) - len(quote)
        self.newlines = [k for k, c in enumerate(text) if c == "\n"] if "\n" in text else []

    def position(self, offset: int) -> tuple[int, int]:
        """File (line, column) of character ``offset`` of the token text."""
        if not self.newlines or offset <= self.newlines[0]:
            return self.lineno, self.col + offset
        line = bisect.bisect_left(self.newlines, offset)  # newlines strictly before offset
        return self.lineno + line, offset - self.newlines[line - 1] - 1


class _Context:
    """What every error needs: the file's source and name."""

    __slots__ = ("source", "filename", "parse_expr")

    def __init__(self, source: str, filename: str, parse_expr: ParseExpr | None) -> None:
        self.source = source
        self.filename = filename
        self.parse_expr = parse_expr

    def error(self, msg: str, token: _Token, start: int, end: int | None = None) -> SyntaxError:
        lineno, col = token.position(start)
        if end is None:
            return errors.make(msg, self.source, self.filename, lineno, col)
        end_lineno, end_col = token.position(end)
        return errors.make(msg, self.source, self.filename, lineno, col, end_lineno, end_col)

    def token_error(self, msg: str, token: _Token) -> SyntaxError:
        return errors.make(
            msg, self.source, self.filename, token.lineno, token.col, token.end_lineno, token.end_col
        )


# --------------------------------------------------------------------------------------
# Skipping nested strings inside replacement fields
# --------------------------------------------------------------------------------------
# In a replacement field we only need to know where a nested string ends (the parser
# re-reads the whole expression text, nested f-strings included).  These return the
# offset just past what they skip, or -1 if it does not end before ``limit``.


def _string_at(text: str, i: int) -> tuple[str, str] | None:
    """(lowercase prefix, quote) if a string literal starts at ``i``, else None."""
    j = i
    while j < len(text) and text[j] in _PREFIX_CHARS and j - i < 2:
        j += 1
    if j >= len(text) or text[j] not in "'\"":
        return None
    prefix = text[i:j].lower()
    if prefix not in _VALID_PREFIXES or (j > i and i > 0 and _is_word_char(text[i - 1])):
        return None
    quote = text[j : j + 3]
    if quote not in ("'''", '"""'):
        quote = text[j]
    return prefix, quote


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _skip_string(text: str, i: int, limit: int) -> int:
    found = _string_at(text, i)
    assert found is not None
    prefix, quote = found
    i = text.index(quote[0], i) + len(quote)
    if "f" in prefix or "t" in prefix:
        end = _skip_fstring_body(text, i, limit, quote, "r" in prefix)
        # Nested f-strings are skipped again at each level (quadratic in the depth):
        # the work is reported, so a limit ends it (budget.py).
        budget.report(1 + max(end - i, 0) // 16)
        return end
    single = len(quote) == 1
    while i < limit:
        c = text[i]
        if c == "\\":
            i += 2
        elif text.startswith(quote, i):
            return i + len(quote)
        elif single and c == "\n":
            return -1
        else:
            i += 1
    return -1


_PLAIN_STRING_RE = re.compile(_PLAIN_STRING)


def string_end(text: str, pos: int) -> int:
    """End offset of the string literal token starting at ``pos``, or -1 if none ends.

    An alternative to matching ``STRING_PATTERN`` for a hand-written tokenizer: the
    same tokens, but exact at any f-string nesting depth, and nothing big to compile
    at start-up (``STRING_PATTERN`` costs ~35 ms per regex that embeds it).  Plain
    strings go through a small regex; f-strings through the scanner below.
    """
    found = _string_at(text, pos)
    if found is None:
        return -1
    if "f" not in found[0] and "t" not in found[0]:
        match = _PLAIN_STRING_RE.match(text, pos)
        return match.end() if match else -1
    return _skip_string(text, pos, len(text))


def _skip_fstring_body(text: str, i: int, limit: int, quote: str, raw: bool) -> int:
    single = len(quote) == 1
    while i < limit:
        c = text[i]
        if c == "\\":
            if not raw and text.startswith("N{", i + 1):
                close = text.find("}", i)
                i = close + 1 if close >= 0 else limit
            else:
                i += 1 if text[i + 1 : i + 2] in ("{", "}") else 2
        elif text.startswith(quote, i):
            return i + len(quote)
        elif single and c == "\n":
            return -1
        elif c == "{":
            if text.startswith("{", i + 1):
                i += 2
            else:
                i = _skip_field(text, i + 1, limit, quote)
                if i < 0:
                    return -1
        else:
            i += 1
    return -1


def _skip_field(text: str, i: int, limit: int, quote: str) -> int:
    depth = 0
    while i < limit:
        c = text[i]
        if c in "'\"" or (c in _PREFIX_CHARS and _string_at(text, i)):
            i = _skip_string(text, i, limit)
            if i < 0:
                return -1
        elif _is_word_char(c):
            i += 1
            while i < limit and _is_word_char(text[i]):
                i += 1
        elif c in "([{":
            depth += 1
            i += 1
        elif c in ")]}" and depth:
            depth -= 1
            i += 1
        elif c == "}":
            return i + 1
        elif c == ":" and not depth:
            return _skip_spec(text, i + 1, limit, quote)
        elif c == "#":
            newline = text.find("\n", i, limit)
            if newline < 0:
                return -1
            i = newline
        elif c == "\\":
            i += 2
        else:
            i += 1
    return -1


def _skip_spec(text: str, i: int, limit: int, quote: str) -> int:
    while i < limit:
        c = text[i]
        if text.startswith(quote, i):
            return -1
        if c == "{":
            i = _skip_field(text, i + 1, limit, quote)
            if i < 0:
                return -1
        elif c == "}":
            return i + 1
        elif c == "\\":
            i += 2
        else:
            i += 1
    return -1


# --------------------------------------------------------------------------------------
# Building f-string trees
# --------------------------------------------------------------------------------------


class _Literal:
    """A run of literal text: decoded value and where its source text lies."""

    __slots__ = ("value", "start", "end", "kind")

    def __init__(self, value: str, start: tuple[int, int], end: tuple[int, int], kind: str | None) -> None:
        self.value = value
        self.start = start
        self.end = end
        self.kind = kind


def _constant(value: object, kind: str | None, start: tuple[int, int], end: tuple[int, int]) -> nodes.expr:
    return nodes.Constant(
        value, kind, lineno=start[0], col_offset=start[1], end_lineno=end[0], end_col_offset=end[1]
    )


_CONVERSIONS = {"r": ord("r"), "s": ord("s"), "a": ord("a")}
_PY314 = sys.version_info >= (3, 14)
# CPython fixed the spelling of this message in 3.14.
_EXCLAMATION = "exclamation mark" if sys.version_info >= (3, 14) else "exclamanation mark"
_WHITESPACE = " \t\f\r\n"


class _FStringScanner:
    """Splits one f-string token into literal runs and ``FormattedValue`` nodes.

    A t-string (PEP 750) is scanned the same way; its top-level fields become
    ``Interpolation`` nodes (those of its format specs stay ``FormattedValue``, as in
    CPython 3.14's tree) and its errors say "t-string:".
    """

    def __init__(self, context: _Context, token: _Token) -> None:
        self.context = context
        self.token = token
        self.text = token.text
        self.raw = "r" in token.prefix
        self.template = "t" in token.prefix

    def error(self, msg: str, start: int, end: int | None = None) -> SyntaxError:
        if self.template and msg.startswith("f-string:"):
            msg = "t-string:" + msg[len("f-string:") :]
        return self.context.error(msg, self.token, start, end)

    def decode(self, raw_text: str, in_spec: bool) -> str:
        # CPython 3.13 decodes escapes in a format spec even in a raw f-string.
        if self.raw and not in_spec:
            return raw_text
        try:
            return _decode_str(raw_text)
        except _DecodeError as error:
            # CPython points at the closing quote of the f-string for these.
            raise self.error(error.message, self.token.end, len(self.text)) from None

    def scan(self) -> list[_Literal | nodes.expr]:
        """The parts of the whole token body, in order."""
        items, i = self.parts(self.token.start, in_spec=False, spec_depth=0)
        return items

    def parts(self, i: int, in_spec: bool, spec_depth: int) -> tuple[list[_Literal | nodes.expr], int]:
        """Literal runs and fields from ``i`` up to the end of the body or of the spec.

        Returns the parts and the offset where scanning stopped (the closing ``}`` of
        a spec, or the end of the body).
        """
        text, end = self.text, self.token.end
        items: list[_Literal | nodes.expr] = []
        chunk: list[str] = []
        chunk_start = i

        def flush(upto: int) -> None:
            if upto > chunk_start:
                value = self.decode("".join(chunk), in_spec)
                items.append(
                    _Literal(value, self.token.position(chunk_start), self.token.position(upto), None)
                )
            chunk.clear()

        while i < end:
            c = text[i]
            if c == "\\":
                if not self.raw and text.startswith("N{", i + 1):
                    close = text.find("}", i, end)
                    stop = close + 1 if close >= 0 else end
                    chunk.append(text[i:stop])
                    i = stop
                elif text[i + 1 : i + 2] in ("{", "}", ""):
                    chunk.append(c)
                    i += 1
                else:
                    chunk.append(text[i : i + 2])
                    i += 2
            elif c == "{":
                if not in_spec and text.startswith("{", i + 1):
                    chunk.append("{")
                    i += 2
                    continue
                flush(i)
                field, i = self.field(i, spec_depth + 1 if in_spec else 0)
                items.extend(field)
                chunk_start = i
            elif c == "}":
                if in_spec:
                    flush(i)
                    return items, i
                if text.startswith("}", i + 1):
                    chunk.append("}")
                    i += 2
                    continue
                raise self.error("f-string: single '}' is not allowed", i, i)
            else:
                if in_spec and text.startswith(self.token.quote, i):
                    break
                chunk.append(c)
                i += 1
        if in_spec:
            raise self.error("f-string: expecting '}', or format specs", i, i + 1)
        flush(i)
        return items, i

    def field(self, open_brace: int, nesting: int) -> tuple[list[_Literal | nodes.expr], int]:
        """Parse the replacement field whose ``{`` is at ``open_brace``.

        Returns the parts it contributes (the ``x=`` text of a debug field, then the
        ``FormattedValue``) and the offset after its ``}``.
        """
        text, end = self.text, self.token.end
        start = open_brace + 1
        i = start
        depth = 0
        stop_char = None
        top_level_bang = -1  # the "!" of the first "!=" outside brackets, if any
        while i < end:
            c = text[i]
            if c in "'\"" or (c in _PREFIX_CHARS and _string_at(text, i)):
                if text.startswith(self.token.quote, i) and i + len(self.token.quote) > end:
                    break
                nxt = _skip_string(text, i, end)
                if nxt < 0:
                    break
                i = nxt
            elif _is_word_char(c):
                i += 1
                while i < end and _is_word_char(text[i]):
                    i += 1
            elif c in "([{":
                depth += 1
                i += 1
            elif c in ")]}" and depth:
                depth -= 1
                i += 1
            elif c == "#":
                newline = text.find("\n", i, end)
                if newline < 0:
                    # The comment runs past the closing quote; CPython's end_offset is 0.
                    lineno, col = self.token.position(open_brace)
                    context = self.context
                    raise errors.make(
                        "'{' was never closed", context.source, context.filename, lineno, col, lineno, -1
                    )
                i = newline
            elif c == "\\":
                i += 2
            elif depth == 0 and c in "}:":
                stop_char = c
                break
            elif c in "=!<>" and text.startswith("=", i + 1):
                if c == "!" and depth == 0 and top_level_bang < 0:
                    top_level_bang = i
                i += 2
            elif depth == 0 and c in "!=":
                stop_char = c
                break
            elif c in ")]":
                raise self.error(f"f-string: unmatched '{c}'", i, i)
            else:
                i += 1
        if stop_char is None:
            raise self.error("f-string: expecting '}'", min(i, end), min(i, end))
        expr_end = i
        source = text[start:expr_end]
        stripped = source.strip(_WHITESPACE)
        if not stripped:
            raise self.error(f"f-string: valid expression required before '{stop_char}'", i, i + 1)
        lead = len(source) - len(source.lstrip(_WHITESPACE))
        if stop_char == ":" and re.match(r"lambda(?!\w)", stripped):
            raise self.error(
                "f-string: lambda expressions are not allowed without parentheses", start + lead, i + 1
            )
        line, col = self.token.position(start + lead)
        assert self.context.parse_expr is not None
        if self.template:
            value = self.context.parse_expr(stripped, line, col, "t-string")  # type: ignore[call-arg]
        else:
            value = self.context.parse_expr(stripped, line, col)

        parts: list[_Literal | nodes.expr] = []
        conversion = -1
        format_spec = None
        if stop_char == "=":
            i += 1
            while i < end and text[i] in _WHITESPACE:
                i += 1
            # CPython 3.12-3.13's tokenizer ends the debug text at the "!" of a
            # top-level "!=" (it takes it for a conversion): f"{x != y=}" shows "x ".
            # The oracle does it, so we do too; the Constant keeps the full span.
            # 3.14 (so every t-string) shows it all.  Comments are left out.
            if self.template or _PY314:
                debug_source = _without_comments(text[start:i])
            else:
                debug_source = _without_comments(text[start : top_level_bang if top_level_bang >= 0 else i])
            # Like literal text, the debug text has its escapes decoded (unless raw).
            debug_text = self.decode(debug_source, in_spec=False)
            debug = _Literal(debug_text, self.token.position(start), self.token.position(i), None)
            parts.append(debug)
            if i >= end:
                raise self.error("f-string: expecting '}'", i, i)
            if text[i] not in "!:}":
                raise self.error("f-string: expecting '!', or ':', or '}'", i, i + 1)
        if i < end and text[i] == "!":
            bang = i
            i += 1
            if i >= end:
                raise self.error("f-string: expecting '}'", i, i)
            if text[i] in ":}":
                raise self.error("f-string: missing conversion character", i, i + 1)
            name_end = i
            while name_end < end and _is_word_char(text[name_end]):
                name_end += 1
            if name_end == i:
                after = i
                while after < end and text[after] in _WHITESPACE:
                    after += 1
                name_end = after
                while name_end < end and _is_word_char(text[name_end]):
                    name_end += 1
                raise self.error(
                    f"f-string: conversion type must come right after the {_EXCLAMATION}", bang, name_end
                )
            name = text[i:name_end]
            if name not in _CONVERSIONS:
                raise self.error(
                    f"f-string: invalid conversion character '{name}': expected 's', 'r', or 'a'", i, name_end
                )
            conversion = _CONVERSIONS[name]
            i = name_end
            while i < end and text[i] in _WHITESPACE:
                i += 1
            if i >= end:
                raise self.error("f-string: expecting '}'", i, i)
            if text[i] not in ":}":
                raise self.error("f-string: expecting ':' or '}'", i, i + 1)
        if i < end and text[i] == ":":
            colon = i
            if nesting >= 2:
                raise self.error("f-string: expressions nested too deeply", colon, colon)
            spec_parts, i = self.parts(i + 1, in_spec=True, spec_depth=nesting)
            spec_start = self.token.position(colon)
            spec_end = self.token.position(i)
            format_spec = nodes.JoinedStr(
                _finish(spec_parts),
                lineno=spec_start[0],
                col_offset=spec_start[1],
                end_lineno=spec_end[0],
                end_col_offset=spec_end[1],
            )
        if i >= end or text[i] != "}":
            raise self.error("f-string: expecting '}'", i, i)
        if stop_char == "=" and conversion == -1 and format_spec is None:
            conversion = ord("r")  # ``{x=}`` shows the repr unless told otherwise
        first = self.token.position(open_brace)
        last = self.token.position(i + 1)
        at = {"lineno": first[0], "col_offset": first[1], "end_lineno": last[0], "end_col_offset": last[1]}
        if self.template and nesting == 0:
            # ``str`` is the expression's source as written (comments dropped, spaces
            # after it cut), what CPython 3.14 keeps as ``Interpolation.expression``.
            expression = _without_comments(source).rstrip(_WHITESPACE)
            parts.append(nodes.Interpolation(value, expression, conversion, format_spec, **at))
            return parts, i + 1
        parts.append(nodes.FormattedValue(value, conversion, format_spec, **at))
        return parts, i + 1


def _without_comments(text: str) -> str:
    """``text`` of a replacement field without its ``#`` comments (newlines kept).

    Quotes are followed so that a ``#`` inside a nested string stays.
    """
    if "#" not in text:
        return text
    out: list[str] = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c in "'\"" or (c in _PREFIX_CHARS and _string_at(text, i)):
            end = _skip_string(text, i, n)
            if end < 0:
                out.append(text[i:])
                break
            out.append(text[i:end])
            i = end
        elif _is_word_char(c):
            j = i + 1
            while j < n and _is_word_char(text[j]):
                j += 1
            out.append(text[i:j])
            i = j
        elif c == "#":
            newline = text.find("\n", i)
            i = n if newline < 0 else newline
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _finish(parts: Sequence[_Literal | nodes.expr]) -> list[nodes.expr]:
    """Merge adjacent literal runs into Constants and drop empty ones, like CPython."""
    values: list[nodes.expr] = []
    run: list[_Literal] = []

    def flush() -> None:
        if run:
            value = "".join(item.value for item in run)
            if value:
                values.append(_constant(value, run[0].kind, run[0].start, run[-1].end))
            run.clear()

    for part in parts:
        if isinstance(part, _Literal):
            run.append(part)
        else:
            flush()
            values.append(part)
    flush()
    return values


def build_strings(pieces: Sequence[Piece], parse_expr: ParseExpr, source: str, filename: str) -> nodes.expr:
    """The node for one (implicitly concatenated) string literal.

    ``pieces`` are the consecutive STRING tokens as ``(text, lineno, col, end_lineno,
    end_col)``.  Returns a ``Constant`` (str or bytes; ``kind`` is ``"u"`` when the
    first piece has a ``u`` prefix) or, when any piece is an f-string, a ``JoinedStr``.
    ``parse_expr(text, lineno, col)`` parses the text of a replacement field (leading
    and trailing whitespace removed, any ``=``, conversion and format spec cut off) as
    CPython does: as if parenthesized, so it may span lines, hold comments (in
    triple-quoted f-strings) and be a ``yield`` or a starred expression (``*a,``,
    ``*a``); ``(lineno, col)`` is where its first character is in the file.  Raises the
    SyntaxError CPython raises for a bad literal; errors inside a field's expression are
    left to ``parse_expr``.  Assumes newlines in the source are ``\n``.
    """
    context = _Context(source, filename, parse_expr)
    tokens = [_Token(piece) for piece in pieces]
    first, last = tokens[0], tokens[-1]
    start, end = (first.lineno, first.col), (last.end_lineno, last.end_col)
    # Every piece is decoded (and every f-string parsed) before the pieces are
    # combined, so that a bad escape is reported before a bytes/str mix, as in CPython.
    values: list[str | bytes | list[_Literal | nodes.expr]] = []
    templates = 0
    for token in tokens:
        if "b" in token.prefix:
            values.append(_bytes_value(context, token))
        elif "f" in token.prefix or "t" in token.prefix:
            values.append(_FStringScanner(context, token).scan())
            templates += "t" in token.prefix
        else:
            values.append(_str_value(context, token))
    if templates:
        return _template(tokens, values, templates, source, filename)
    is_bytes = [isinstance(value, bytes) for value in values]
    if any(is_bytes) and not all(is_bytes):
        raise errors.make(
            "cannot mix bytes and nonbytes literals",
            source,
            filename,
            # CPython points at the token *after* the strings (the parser's lookahead);
            # we do not see it, but it usually follows at once: ``)``, ``,``, newline.
            last.end_lineno,
            last.end_col,
            last.end_lineno,
            last.end_col + 1,
        )
    if is_bytes[0]:
        return _constant(b"".join(values), None, start, end)  # type: ignore[arg-type]
    if all(isinstance(value, str) for value in values):
        return _constant("".join(values), first.kind, start, end)  # type: ignore[arg-type]
    parts: list[_Literal | nodes.expr] = []
    for token, value in zip(tokens, values):
        if isinstance(value, list):
            parts.extend(value)
        else:
            # A plain piece's text spans its whole token, quotes and prefix included.
            parts.append(_Literal(value, token.position(0), token.position(len(token.text)), token.kind))
    return nodes.JoinedStr(
        _finish(parts), lineno=start[0], col_offset=start[1], end_lineno=end[0], end_col_offset=end[1]
    )


def _template(
    tokens: list[_Token],
    values: list[str | bytes | list[_Literal | nodes.expr]],
    templates: int,
    source: str,
    filename: str,
) -> nodes.expr:
    """The ``TemplateStr`` of t-string pieces (3.14: all of them must be t-strings)."""
    first, last = tokens[0], tokens[-1]
    if templates != len(tokens):
        raise errors.make(
            "cannot mix t-string literals with string or bytes literals",
            source,
            filename,
            first.lineno,
            first.col,
            last.end_lineno,
            last.end_col,
        )
    parts: list[_Literal | nodes.expr] = []
    for value in values:
        parts.extend(value)  # type: ignore[arg-type]
    return nodes.TemplateStr(
        _finish(parts),
        lineno=first.lineno,
        col_offset=first.col,
        end_lineno=last.end_lineno,
        end_col_offset=last.end_col,
    )


def _str_value(context: _Context, token: _Token) -> str:
    body = token.text[token.start : token.end]
    if "r" in token.prefix:
        return body
    try:
        return _decode_str(body)
    except _DecodeError as error:
        raise context.token_error(error.message, token) from None


def _bytes_value(context: _Context, token: _Token) -> bytes:
    body = token.text[token.start : token.end]
    if not body.isascii():
        raise context.token_error("bytes can only contain ASCII literal characters", token)
    if "r" in token.prefix:
        return body.encode("ascii")
    try:
        return _decode_bytes(body)
    except _DecodeError as error:
        raise context.token_error(error.message, token) from None
