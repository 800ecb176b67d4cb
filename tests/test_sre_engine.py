"""The sandbox's regular-expression engine (interp.stdlib.sre) against the host's ``re``.

Patterns are compiled to opcode lists by the host's own ``re._parser`` and
``re._compiler`` (what the sandbox's ``re`` will run), then run by our engine and by
the host ``re``; every result is compared with what the running CPython gives.
The cases are CPython's own ``Lib/test/re_tests.py`` (read at run time when the
host has it) and the corpus below.
"""

from __future__ import annotations

import re
import time
from re import _compiler, _parser

import pytest

from interp.runtime import meter as meter_module
from interp.runtime.control import TIME_SLICE, LimitExceeded
from interp.runtime.functions import run_nested
from interp.runtime.limits import Limits
from interp.stdlib.sre import casing, objects
from interp.stdlib.sre.engine import Matcher


class HostRe:
    """The bridge for host tests: template work goes to the host's ``re``."""

    def call(self, name, args):
        if name == "_compile_template":
            pattern, repl = args
            return objects.template(pattern, _parser.parse_template(repl, pattern))
        return getattr(re, name)(*args)
        yield  # pragma: no cover - makes this a generator

    def call_value(self, function, args):
        return function(*args)
        yield  # pragma: no cover

    def is_callable(self, value):
        return callable(value)


@pytest.fixture(autouse=True)
def host_bridge(monkeypatch):
    monkeypatch.setattr(objects, "bridge", HostRe())


def ours(pattern, flags=0):
    """Compile with the host's parser and compiler, as ``re._compiler.compile`` does,
    into our Pattern."""
    if isinstance(flags, re.RegexFlag):
        flags = flags.value
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, parsed.state.flags)
    indexgroup = [None] * parsed.state.groups
    for name, i in parsed.state.groupdict.items():
        indexgroup[i] = name
    return objects.compile(
        pattern,
        flags | parsed.state.flags,
        code,
        parsed.state.groups - 1,
        parsed.state.groupdict,
        tuple(indexgroup),
    )


def call(fn, *args, **kwargs):
    """Run one of the engine's suspending functions to its end, as host machinery would."""
    result = fn(*args, **kwargs)
    if hasattr(result, "send"):
        return run_nested(result)
    return result


def summary(m):
    """What we compare of a match: spans, groups, lastindex, lastgroup."""
    if m is None:
        return None
    return (m.regs, m.groups(), m.lastindex, m.lastgroup, m.group(0), m.groupdict())


def summary_ours(m):
    if m is None:
        return None
    return (m.regs, m.groups(), m.lastindex, m.lastgroup, m.group(), m.groupdict())


def typed(value):
    """``value`` with the type of every str/bytes in it (b'x' == bytearray(b'x'))."""
    if isinstance(value, (list, tuple)):
        return type(value).__name__, [typed(v) for v in value]
    return type(value).__name__, value


def compare(pattern, flags, subject, host_pattern=None):
    """Every operation of our pattern against the host's; returns the differences."""
    host = host_pattern or re.compile(pattern, flags)
    mine = ours(pattern, flags)
    problems = []
    for name, fn in (
        ("search", objects.pattern_search),
        ("match", objects.pattern_match),
        ("fullmatch", objects.pattern_fullmatch),
    ):
        want = summary(getattr(host, name)(subject))
        got = summary_ours(call(fn, mine, subject))
        if want != got:
            problems.append((name, pattern, flags, subject, want, got))
    want = typed(host.findall(subject))
    got = typed(call(objects.pattern_findall, mine, subject))
    if want != got:
        problems.append(("findall", pattern, flags, subject, want, got))
    want = typed(host.split(subject))
    got = typed(call(objects.pattern_split, mine, subject))
    if want != got:
        problems.append(("split", pattern, flags, subject, want, got))
    repl = "<>" if isinstance(subject, str) else b"<>"
    want = typed(host.subn(repl, subject))
    got = typed(call(objects.pattern_subn, mine, repl, subject))
    if want != got:
        problems.append(("subn", pattern, flags, subject, want, got))
    want = [m.span() for m in host.finditer(subject)]
    got = [m.span() for m in call(objects.pattern_finditer, mine, subject)]
    if want != got:
        problems.append(("finditer", pattern, flags, subject, want, got))
    return problems


# ---------------------------------------------------------------------------
# CPython's own cases


def _re_tests():
    try:
        from test import re_tests
    except ImportError:
        return None
    return re_tests


def test_cpython_re_tests():
    re_tests = _re_tests()
    if re_tests is None:
        pytest.skip("the host has no Lib/test/re_tests.py")
    compared = 0
    skipped = 0
    problems = []
    for case in re_tests.tests:
        pattern, subject = case[0], case[1]
        try:
            host = re.compile(pattern)
        except (re.error, ValueError, TypeError, OverflowError, RecursionError):
            skipped += 1  # a syntax error is the parser's business, not the engine's
            continue
        problems += compare(pattern, 0, subject, host)
        compared += 1
        # The same case on bytes, where the pattern and subject are Latin-1.
        try:
            bpattern = pattern.encode("latin-1")
            bsubject = subject.encode("latin-1")
            bhost = re.compile(bpattern)
        except (UnicodeEncodeError, re.error, ValueError, TypeError):
            continue
        problems += compare(bpattern, 0, bsubject, bhost)
        compared += 1
    print(f"re_tests: {compared} compared, {skipped} syntax errors skipped, {len(problems)} differences")
    assert compared > 300
    assert problems == []


# ---------------------------------------------------------------------------
# Our corpus: every opcode, str and bytes, flags, lookarounds, references,
# possessive and atomic forms, Unicode categories.

TEXT = [
    "",
    "a",
    "abc",
    "aaa",
    "abcabc",
    "Hello, World! 123",
    "foo bar  baz\nqux\n",
    "line1\nline2\r\nline3\n\n",
    "aAbBcC",
    "xyzzy 42 3.14 -7 0x1F",
    "naïve café ÉCOLE straße ſ K Kelvin ΣΑΣ σας",
    "tab\there\x0bvt\x0cff",
    "١٢٣ ๔๕ ½ ²",
    "ab" * 20,
    "a" * 12 + "b",
    "aaa bbb aaa ccc aaa",
    "<a><b></b></a>",
    "john@example.com, jane.doe@mail.co.uk; bad@; @bad.com",
    "((a)(b(c)))",
    "ßSS ǅǆǄ",
]

PATTERNS = [
    # literals and classes
    r"a",
    r"abc",
    r"b",
    r"[abc]",
    r"[^abc]",
    r"[a-z]+",
    r"[A-Z][a-z]*",
    r"[^a-z\s]+",
    r"[\w.-]+@[\w.-]+\.\w+",
    r"[\d]+",
    r"[^\W\d_]+",
    r"[\s\S]",
    r"[\u0100-\uffff]+",
    r"[^\x00-\x7f]",
    r"[]a]",
    r"[a\]]+",
    r"[-a]",
    r"[.]",
    r"\.",
    r".",
    r".+",
    r".*",
    r"\w+",
    r"\W+",
    r"\d+",
    r"\D+",
    r"\s+",
    r"\S+",
    r"\b\w+\b",
    r"\B\w",
    r"\bfoo\b",
    r"\Aa",
    r"c\Z",
    r"^\w+",
    r"\w+$",
    r"^$",
    r"$",
    r"^",
    r"(?m)^\w+$",
    r"(?m)^",
    r"(?m)$",
    r"(?s).+",
    r"(?s)a.c",
    # repeats
    r"a*",
    r"a+",
    r"a?",
    r"a*?",
    r"a+?",
    r"a??",
    r"a{2}",
    r"a{2,}",
    r"a{,2}",
    r"a{1,3}",
    r"a{1,3}?",
    r"a{0}",
    r"(?:ab)*",
    r"(?:ab)+",
    r"(?:ab)*?c",
    r"(?:ab){2,3}",
    r"(?:ab){2,3}?",
    r"(?:a|b)*c",
    r"(?:a*)*",
    r"(?:a*)+b",
    r"(?:a?)*?b",
    r"(a*)*b",
    r"(a*)+",
    r"(a|b)*",
    r"(a|b)*?b",
    r"(a+|b+)*c",
    r"(?:(a)|b)*",
    r"(?:(a)|(b))+",
    r"(?:(a)|b)*?c",
    r"(a)*",
    r"(a)*?",
    r"(?:x(a)|xb)*",
    r"(a?)+?a",
    r"(?:()|a)*",
    r"(|a)*",
    r"(a|)*b",
    r".*?b",
    r".*b",
    r"\w*\s",
    r"a.*c",
    r"a.*?c",
    r"[a-c]{2,}?b",
    r"x*",
    r"\d*",
    # groups and alternation
    r"(a)(b)(c)",
    r"(a)|(b)",
    r"((a)|b)+",
    r"((a)(b(c)))",
    r"(a|ab)(c|bcd)(d*)",
    r"(?P<first>\w+) (?P<second>\w+)",
    r"(?P<x>a)|(?P<y>b)",
    r"(?:a|b|c)+",
    r"a|b|c",
    r"abc|abd|aba",
    r"ab|a",
    r"a|ab",
    r"(\w+)@(\w+)\.(\w+)",
    r"<(\w+)>.*?</\1>",
    # back references
    r"(a)\1",
    r"(\w)\1",
    r"(\w+)\s+\1",
    r"(a)?\1",
    r"(?P<q>['\"]).*?(?P=q)",
    r"(a)|\1b",
    r"(?i)(a)\1",
    r"(?i)(\w)\1",
    # conditionals
    r"(a)?(?(1)b|c)",
    r"(<)?\w+(?(1)>)",
    r"(?P<o>\()?\w+(?(o)\))",
    r"(a)?(?(1)b)",
    # lookarounds
    r"a(?=b)",
    r"a(?!b)",
    r"(?<=a)b",
    r"(?<!a)b",
    r"(?<=\d)\d",
    r"\w+(?=,)",
    r"(?=(\w+))\w",
    r"(?!a)\w+",
    r"(?<=(a))b",
    r"(?<!^)\b",
    r"(?=a)*",
    r"(?:(?=(a))a)*",
    r"(?!(a)b)\w",
    r"(?<=ab)c|(?<=a)b",
    # atomic and possessive
    r"(?>a+)b",
    r"(?>a+)",
    r"(?>(a)|b)+",
    r"(?>ab|a)c",
    r"(?>a*?)b",
    r"a*+",
    r"a*+b",
    r"a++",
    r"a?+a",
    r"a{1,2}+a",
    r"(?:ab)*+",
    r"(?:ab)*+c",
    r"(?:a|ab)++c",
    r"(?:(a)|b)*+",
    r"(?:(\w)x|\w)*+",
    r"(?:a*)*+",
    r"(?:)*+",
    r"(?:ab){2}+",
    # case folding and flags
    r"(?i)abc",
    r"(?i)[a-z]+",
    r"(?i)[^a-z]+",
    r"(?i)k",
    r"(?i)s",
    r"(?i)ß",
    r"(?i)σ",
    r"(?i)[σ]",
    r"(?i)ǅ",
    r"(?i)[k-m]+",
    r"(?i)é",
    r"(?i)straSSe",
    r"(?a)\w+",
    r"(?a)\d",
    r"(?a)\s+",
    r"(?a)\b\w",
    r"(?ai)[a-z]+",
    r"(?ia)k",
    r"(?x) a b c  # comment",
    r"(?x)[ ]+",
    r"(?i)(?:a|B)+",
    r"(?i:a)b",
    r"(?-i:a)B",
    # unicode categories
    r"\d",
    r"[\d\s]+",
    r"[^\d\s]+",
    r"\w",
    r"[\w]",
    r"[^\w]",
    r"[\W]+",
    r"[\D]",
    r"[\S]+",
    # misc
    r"",
    r"()",
    r"(?:)",
    r"a|",
    r"|a",
    r"\n",
    r"\t",
    r"[\n]",
    r"\x41",
    r"\u00e9",
    r"[\u00e0-\u00ff]+",
    r"0x[0-9A-Fa-f]+|-?\d+(?:\.\d+)?",
    r"[^\W\d]\w*|\d+(?:\.\d*)?|\S",
]

BYTE_PATTERNS = [
    rb"a",
    rb"[a-z]+",
    rb"\w+",
    rb"\W",
    rb"\d+",
    rb"\s+",
    rb"\bfoo\b",
    rb"(?i)abc",
    rb"(?i)[a-z]+",
    rb"(?L)\w+",
    rb"(?L)(?i)ABC",
    rb"(?L)(?i)[a-c]+",
    rb"(?L)\b\w",
    rb"(?L)(?i)(a)\1",
    rb"(a)(b)?",
    rb"(a|b)*c",
    rb"[\x80-\xff]+",
    rb"[^\x00-\x7f]",
    rb".",
    rb"(?s).",
    rb"^\w+$",
    rb"(?m)^\w+",
    rb"(?<=a)b",
    rb"(?>a+)b",
    rb"a*+",
    rb"(\w)\1",
    rb"(?i)(\w)\1",
    rb"\xe9",
    rb"(?i)\xe9",
]


def _bytes_subjects():
    found = []
    for text in TEXT:
        try:
            found.append(text.encode("latin-1"))
        except UnicodeEncodeError:
            found.append(text.encode("utf-8"))
    return found


def test_corpus_str():
    problems = []
    for pattern in PATTERNS:
        for subject in TEXT:
            problems += compare(pattern, 0, subject)
    assert problems == []


def test_corpus_bytes():
    problems = []
    for pattern in BYTE_PATTERNS:
        for subject in _bytes_subjects():
            problems += compare(pattern, 0, subject)
    assert problems == []


@pytest.mark.parametrize("flags", [re.I, re.M, re.S, re.X, re.A, re.I | re.M | re.S, re.I | re.A])
def test_corpus_flags(flags):
    problems = []
    for pattern in PATTERNS[:60]:
        for subject in TEXT:
            problems += compare(pattern, flags, subject)
    assert problems == []


def test_pos_and_endpos():
    for pattern in (r"^a", r"a$", r"\bb", r"(?<=a)b", r"b\b", r"\w+", r"", r"$", r"\B"):
        host = re.compile(pattern)
        mine = ours(pattern)
        for subject in ("abab", "ab ab", "", "bbb"):
            for pos in range(-1, len(subject) + 2):
                for endpos in range(-1, len(subject) + 2):
                    for name in ("search", "match", "fullmatch"):
                        want = summary(getattr(host, name)(subject, pos, endpos))
                        fn = getattr(objects, f"pattern_{name}")
                        got = summary_ours(call(fn, mine, subject, pos, endpos))
                        assert want == got, (pattern, subject, pos, endpos, name)
                    want = host.findall(subject, pos, endpos)
                    assert want == call(objects.pattern_findall, mine, subject, pos, endpos)


def test_sub_templates_and_callables():
    cases = [
        (r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"),
        (r"(?P<a>\w)", r"[\g<a>]", "abc"),
        (r"(a)|b", r"<\1>", "abab"),
        (r"x*", "-", "abxd"),
        (r"", "-", "abc"),
        (r"a", r"\n", "banana"),
        (r"(a)", r"\g<0>\g<1>", "banana"),
    ]
    for pattern, repl, subject in cases:
        host = re.compile(pattern)
        mine = ours(pattern)
        for count in (0, 1, 2, -1):
            assert host.subn(repl, subject, count) == call(objects.pattern_subn, mine, repl, subject, count)
            assert host.sub(repl, subject, count=count) == call(
                objects.pattern_sub, mine, repl, subject, count=count
            )

        def upper(m):
            return m.group(0).upper()

        assert host.sub(upper, subject) == call(objects.pattern_sub, mine, upper, subject)
        want = host.search(subject)
        got = call(objects.pattern_search, mine, subject)
        if want is not None:
            assert want.expand(r"<\g<0>>") == call(objects.match_expand, got, r"<\g<0>>")


def test_bytes_sub_and_bytearray_subject():
    host = re.compile(rb"(\w)(\d)?")
    mine = ours(rb"(\w)(\d)?")
    for subject in (b"a1b2c", bytearray(b"a1b2c")):
        for repl in (rb"\2\1", b"-", bytearray(b"+")):
            assert typed(host.sub(repl, subject)) == typed(call(objects.pattern_sub, mine, repl, subject))
            assert typed(host.sub(repl, subject[:1])) == typed(
                call(objects.pattern_sub, mine, repl, subject[:1])
            )
        assert typed(host.split(subject)) == typed(call(objects.pattern_split, mine, subject))
        assert typed(host.findall(subject)) == typed(call(objects.pattern_findall, mine, subject))
        assert summary(host.search(subject)) == summary_ours(call(objects.pattern_search, mine, subject))
    assert typed(host.sub(b"-", bytearray(b"  "))) == typed(
        call(objects.pattern_sub, mine, b"-", bytearray(b"  "))
    )


def test_split_maxsplit():
    for pattern in (r",", r"(,)", r"\s*", r"(?:)", r"x*"):
        host = re.compile(pattern)
        mine = ours(pattern)
        for subject in ("a,b,,c", "", "a b  c", "xaxbx"):
            for maxsplit in (0, 1, 2, -1):
                assert host.split(subject, maxsplit) == call(objects.pattern_split, mine, subject, maxsplit)


def test_scanner():
    host = re.compile(r"\d+|[a-z]+|\s*").scanner("12ab 34 cd", 1, 9)
    mine = call(objects.pattern_scanner, ours(r"\d+|[a-z]+|\s*"), "12ab 34 cd", 1, 9)
    for step in ("match", "search") * 6:
        want = getattr(host, step)()
        got = call(getattr(objects, f"scanner_{step}"), mine)
        assert summary(want) == summary_ours(got)
        if want is not None:
            assert (want.pos, want.endpos) == (got.pos, got.endpos)
    host = re.compile(r"a").finditer("aaa", 1, 2)
    mine = call(objects.pattern_finditer, ours(r"a"), "aaa", 1, 2)
    assert [(m.span(), m.pos, m.endpos) for m in host] == [(m.span(), m.pos, m.endpos) for m in mine]


def test_sub_callback_sees_the_match_as_cpython():
    def seen(m):
        return f"{m.span()}{m.pos}{m.endpos}{m.groups()}{m.lastindex}"

    for pattern, subject in ((r"(a)|(b)", "xaby"), (r"", "ab"), (r"(?P<n>\d)", "1a2")):
        assert re.sub(pattern, seen, subject) == call(objects.pattern_sub, ours(pattern), seen, subject)


def test_match_api():
    host = re.compile(r"(?P<word>\w+)(?P<num>\d)?(x)?").search("  abc1 def")
    mine = call(objects.pattern_search, ours(r"(?P<word>\w+)(?P<num>\d)?(x)?"), "  abc1 def")
    assert host.group("word", 1, 0) == mine.group("word", 1, 0)
    assert host["num"] == mine["num"]
    assert host.groups("-") == mine.groups("-")
    assert host.groupdict("-") == mine.groupdict("-")
    for g in (0, 1, 2, 3, "word", "num"):
        assert (host.start(g), host.end(g), host.span(g)) == (mine.start(g), mine.end(g), mine.span(g))
    assert host.regs == mine.regs
    assert (host.pos, host.endpos, host.lastindex, host.lastgroup) == (
        mine.pos,
        mine.endpos,
        mine.lastindex,
        mine.lastgroup,
    )
    assert repr(host) == repr(mine)
    for bad in (4, -1, "nope"):
        with pytest.raises(IndexError) as want:
            host.group(bad)
        with pytest.raises(IndexError) as got:
            mine.group(bad)
        assert str(want.value) == str(got.value)


def test_pattern_repr_and_equality():
    for pattern, flags in (
        ("a", 0),
        ("a", re.I),
        ("a" * 300, re.I | re.M),
        (b"a", 0),
        (b"a", re.L),
        ("a", re.A | re.X),
    ):
        host = re.compile(pattern, flags)
        mine = ours(pattern, flags)
        assert repr(host) == repr(mine)
        assert mine.flags == host.flags
        assert mine.groups == host.groups
    assert ours("a+") == ours("a+")
    assert ours("a+") != ours("a+", re.I)
    assert hash(ours("a+")) == hash(ours("a+"))


def test_type_errors():
    mine = ours("a")
    with pytest.raises(TypeError, match="cannot use a string pattern on a bytes-like object"):
        call(objects.pattern_search, mine, b"a")
    with pytest.raises(TypeError, match="cannot use a bytes pattern on a string-like object"):
        call(objects.pattern_search, ours(b"a"), "a")
    with pytest.raises(TypeError, match="expected string or bytes-like object"):
        call(objects.pattern_search, mine, 3)


def test_invalid_code_is_refused():
    for code in ([1000], [int(_compiler.OPCODES[0]) + 17] * 3, [], [int(re._constants.JUMP), 50]):
        with pytest.raises(RuntimeError):
            objects.compile("x", 0, code, 0, {}, (None,))


# ---------------------------------------------------------------------------
# Robustness and metering


def test_deep_nesting_and_long_subjects_need_no_host_stack():
    depth = 150
    pattern = "(" * depth + "a" + ")" * depth
    assert summary(re.search(pattern, "xa")) == summary_ours(
        call(objects.pattern_search, ours(pattern), "xa")
    )
    subject = "ab" * 50000
    for pattern in (r"(a|b)*", r"(?:a|b)*c|(?:ab)*", r"(ab)*?$", r"((a)|(b))*"):
        host = re.compile(pattern).match(subject)
        mine = call(objects.pattern_match, ours(pattern), subject)
        assert summary(host) == summary_ours(mine)


def _with_meter(slice_seconds=None, clock=None, **limits):
    options = {"slice_seconds": slice_seconds}
    if clock is not None:
        options["clock"] = clock
    return meter_module.Meter(Limits.unlimited(**limits), **options)


def test_catastrophic_backtracking_hits_the_step_limit():
    mine = ours(r"(a+)+$")
    meter = _with_meter(max_steps=200_000)
    previous = meter_module.activate(meter)
    try:
        with pytest.raises(LimitExceeded) as stop:
            call(objects.pattern_match, mine, "a" * 40 + "b")
    finally:
        meter_module.activate(previous)
    assert stop.value.limit == "max_steps"


def test_catastrophic_backtracking_hits_the_time_limit():
    ticks = iter(range(10**9))
    meter = _with_meter(timeout=50.0, clock=lambda: float(next(ticks)))
    previous = meter_module.activate(meter)
    try:
        with pytest.raises(LimitExceeded) as stop:
            call(objects.pattern_match, ours(r"(x+x+)+y"), "x" * 40)
    finally:
        meter_module.activate(previous)
    assert stop.value.limit == "timeout"


def test_stop_gets_through_a_long_match():
    meter = _with_meter(slice_seconds=0.0)
    previous = meter_module.activate(meter)
    try:
        gen = objects.pattern_match(ours(r"(a+)+$"), "a" * 40 + "b")
        assert next(gen) is TIME_SLICE
        # The driver answers the time slice after the user pressed Stop.
        meter.stop_requested = True
        with pytest.raises(LimitExceeded) as stop:
            for _ in range(10**6):
                gen.send(None)
    finally:
        meter_module.activate(previous)
    assert stop.value.limit == "stopped"


def test_long_match_yields_time_slices():
    meter = _with_meter(slice_seconds=0.0)
    previous = meter_module.activate(meter)
    slices = 0
    try:
        gen = objects.pattern_findall(ours(r"(\w+)\s*"), "word " * 20000)
        try:
            request = next(gen)
            while True:
                assert request is TIME_SLICE
                slices += 1
                request = gen.send(None)
        except StopIteration as done:
            result = done.value
    finally:
        meter_module.activate(previous)
    assert result == re.findall(r"(\w+)\s*", "word " * 20000)
    assert slices > 10


def test_huge_results_are_refused():
    meter = _with_meter(max_memory=10_000)
    previous = meter_module.activate(meter)
    try:
        with pytest.raises(MemoryError):
            call(objects.pattern_sub, ours(r""), "x" * 100, "a" * 50_000)
    finally:
        meter_module.activate(previous)


# ---------------------------------------------------------------------------
# Case tables


def test_case_tables_match_the_host():
    import _sre

    for c in range(0x30000):
        assert casing.unicode_lower(c) == _sre.unicode_tolower(c), c
        assert casing.unicode_iscased(c) == _sre.unicode_iscased(c), c
    for c in range(256):
        assert casing.ascii_lower(c) == _sre.ascii_tolower(c)
        assert casing.ascii_iscased(c) == _sre.ascii_iscased(c)


def test_matcher_runs_in_slices():
    mine = ours(r"(a|b)*c")
    program = mine.program(False)
    matcher = Matcher(program, "ab" * 1000 + "c", 0, 2001, mine.groups)
    matcher.begin_match()
    calls = 0
    while True:
        calls += 1
        outcome = matcher.run(50)
        if outcome is not None:
            break
    assert outcome is True and calls > 10


# ---------------------------------------------------------------------------
# Inside the sandbox: the module and its objects seen through the allow-lists.
# ``_sre`` is not importable yet (the loader for CPython's ``re`` is not there), so
# these tests make it importable for themselves and pass the opcode lists in source.


def _compile_call(pattern, flags=0):
    """Source of the ``_sre.compile(...)`` call that CPython's ``re`` makes."""
    parsed = _parser.parse(pattern, flags)
    code = [int(c) for c in _compiler._code(parsed, parsed.state.flags)]
    indexgroup = [None] * parsed.state.groups
    for name, i in parsed.state.groupdict.items():
        indexgroup[i] = name
    return (
        f"_sre.compile({pattern!r}, {flags | parsed.state.flags}, {code!r}, {parsed.state.groups - 1}, "
        f"{dict(parsed.state.groupdict)!r}, {tuple(indexgroup)!r})"
    )


def _sandbox(monkeypatch, **limits):
    from interp import Sandbox
    from interp.stdlib import MODULES
    from interp.stdlib import _sre as sandbox_sre

    monkeypatch.setitem(MODULES, "_sre", sandbox_sre.create)
    monkeypatch.setattr(objects, "bridge", objects.SandboxRe())
    return Sandbox(limits=Limits(**limits)) if limits else Sandbox()


def _host_stdout(source):
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(source, {})
    return out.getvalue()


def test_sandbox_sees_cpython_results(monkeypatch):
    email = _compile_call(r"(?P<user>[\w.]+)@(\w+)(\.\w+)?")
    letters = _compile_call(rb"[a-z]+(\d*)")
    source = f"""
import _sre
p = {email}
m = p.search('mail: joe.bloggs@example.com now')
print(m.span(), m.group('user'), m.group(0, 2), m.groups(), m.groups('-'), m.groupdict())
print(m.start(2), m.end(), m.span(3), m.lastindex, m.lastgroup, m['user'], m.re is p, m.regs)
print(m.string, m.pos, m.endpos, repr(m), repr(p))
print(p.findall('a@b c@d.e'), p.sub('-', 'a@b c@d'), p.subn('', 'a@b'), p.split('x a@b y'))
print([x.span() for x in p.finditer('a@b c@d')], p.groups, p.groupindex, p.flags, p.pattern)
s = p.scanner('a@b c@d')
print(s.search().span(), s.match(), s.search(), s.pattern is p)
print(p.sub(lambda m: m.group(1).upper(), 'a@b c@d'))
print(p.match('a@b', 1), p.fullmatch('a@b'), p.search(b'x') if False else None)
b = {letters}
print(b.findall(b'abc12 de f3'), b.sub(b'#', bytearray(b'ab1 c')), b.search(b'  xy9').group(1))
print(_sre.MAXREPEAT, _sre.CODESIZE, _sre.getcodesize(), _sre.unicode_tolower(0x130), _sre.ascii_iscased(65))
try:
    p.search(b'bytes')
except TypeError as e:
    print('TypeError', e)
try:
    m.group(7)
except IndexError as e:
    print('IndexError', e)
"""
    result = _sandbox(monkeypatch).run(source)
    assert result.error is None, result.error
    assert result.stdout == _host_stdout(source)


def test_sandbox_hides_host_attributes(monkeypatch):
    source = f"""
import _sre
p = {_compile_call(r"(a)")}
m = p.match('a')
for obj, name in ((p, 'code'), (p, '_programs'), (p, 'program'), (m, 'text'), (m, '_lastindex'), (m, 'group_value')):
    try:
        getattr(obj, name)
        print('visible', name)
    except AttributeError:
        print('hidden', name)
print(type(p).__name__, type(m).__name__)
"""
    result = _sandbox(monkeypatch).run(source)
    assert result.error is None, result.error
    assert "visible" not in result.stdout
    assert result.stdout.splitlines()[-1] == "Pattern Match"
    assert _host_stdout(source).splitlines()[-1] == "Pattern Match"


def test_sandbox_redos_ends_with_a_limit(monkeypatch):
    source = f"""
import _sre
p = {_compile_call(r"(a+)+$")}
p.match('a' * 40 + 'b')
"""
    result = _sandbox(monkeypatch, max_steps=300_000).run(source)
    assert result.error is not None and result.error.limit == "max_steps"


def test_redos_through_cpythons_re_ends_soon_after_the_time_limit():
    """Issue 14's case, through the sandbox's ``import re``: a clean LimitExceeded at the
    time limit, and the run returns soon after it (the engine looks at the clock between
    budgets; Pyodide: tests/pyodide/run_redos.mjs)."""
    from interp import Sandbox

    sandbox = Sandbox(limits=Limits(timeout=1.5))
    cpu = time.process_time()
    result = sandbox.run("import re\nre.match(r'(a+)+$', 'a' * 40 + 'b')\nprint('not reached')")
    cpu = time.process_time() - cpu
    assert result.stdout == ""
    assert result.error is not None
    assert (result.error.type, result.error.limit) == ("LimitExceeded", "timeout")
    # The processor time this process spent, not the clock: on a loaded machine the
    # clock runs on while the process waits for a core, so the limit comes sooner in
    # processor time, never later. The engine's own work past the limit is what counts.
    assert cpu < 1.5 + 1.0
