"""Case mappings and character categories, as the opcodes of ``_sre`` define them.

The engine works on code points.  Unicode case matching uses *simple* (one to one)
case mappings, which Python exposes only through ``str.lower``/``str.upper``, whose
*full* mappings may give several characters: where they do, CPython's tables keep
the first of them, and so do we.  A test compares
these functions with the host ``_sre`` over every code point.
"""

from __future__ import annotations

from functools import lru_cache

#: Characters that Python's ``str.splitlines`` treats as line breaks.
_LINE_BREAKS = frozenset((10, 11, 12, 13, 28, 29, 30, 133, 0x2028, 0x2029))
_ASCII_SPACE = frozenset((9, 10, 11, 12, 13, 32))


def ascii_lower(c: int) -> int:
    return c + 32 if 65 <= c <= 90 else c


def ascii_upper(c: int) -> int:
    return c - 32 if 97 <= c <= 122 else c


# The sandbox runs in the C locale: its single-byte case mapping is ASCII's.
locale_lower = ascii_lower
locale_upper = ascii_upper


@lru_cache(maxsize=4096)
def unicode_lower(c: int) -> int:
    return ord(chr(c).lower()[0])


@lru_cache(maxsize=4096)
def unicode_upper(c: int) -> int:
    # As CPython's own tables do, a mapping to several characters keeps the first.
    return ord(chr(c).upper()[0])


def ascii_iscased(c: int) -> bool:
    return c < 128 and chr(c).isalpha()


def unicode_iscased(c: int) -> bool:
    return c != unicode_lower(c) or c != unicode_upper(c)


def _ascii_alnum(c: int) -> bool:
    return c < 128 and chr(c).isalnum()


def is_word(c: int) -> bool:
    return c == 95 or _ascii_alnum(c)


def is_locale_word(c: int) -> bool:
    return c == 95 or _ascii_alnum(c)


def is_unicode_word(c: int) -> bool:
    return c == 95 or chr(c).isalnum()


#: Category number (as named in ``re._constants.CHCODES``) -> test on a code point.
CATEGORY_TESTS = {
    "CATEGORY_DIGIT": lambda c: 48 <= c <= 57,
    "CATEGORY_NOT_DIGIT": lambda c: not 48 <= c <= 57,
    "CATEGORY_SPACE": lambda c: c in _ASCII_SPACE,
    "CATEGORY_NOT_SPACE": lambda c: c not in _ASCII_SPACE,
    "CATEGORY_WORD": is_word,
    "CATEGORY_NOT_WORD": lambda c: not is_word(c),
    "CATEGORY_LINEBREAK": lambda c: c == 10,
    "CATEGORY_NOT_LINEBREAK": lambda c: c != 10,
    "CATEGORY_LOC_WORD": is_locale_word,
    "CATEGORY_LOC_NOT_WORD": lambda c: not is_locale_word(c),
    "CATEGORY_UNI_DIGIT": lambda c: chr(c).isdecimal(),
    "CATEGORY_UNI_NOT_DIGIT": lambda c: not chr(c).isdecimal(),
    "CATEGORY_UNI_SPACE": lambda c: chr(c).isspace(),
    "CATEGORY_UNI_NOT_SPACE": lambda c: not chr(c).isspace(),
    "CATEGORY_UNI_WORD": is_unicode_word,
    "CATEGORY_UNI_NOT_WORD": lambda c: not is_unicode_word(c),
    "CATEGORY_UNI_LINEBREAK": lambda c: c in _LINE_BREAKS,
    "CATEGORY_UNI_NOT_LINEBREAK": lambda c: c not in _LINE_BREAKS,
}

#: The largest code point each category can accept (None: any).
CATEGORY_REACH = {
    "CATEGORY_DIGIT": 127,
    "CATEGORY_SPACE": 127,
    "CATEGORY_WORD": 127,
    "CATEGORY_LINEBREAK": 127,
    "CATEGORY_LOC_WORD": 255,
}
