"""Tests of ``interp.syntax.literals`` with CPython as the oracle.

Nothing expected is typed by hand: number values come from the host's ``ast``, string
values, f-string trees (with positions), token extents and error messages from
``ast.parse`` and ``tokenize`` run under Python 3.13 (PEP 701 f-strings need 3.12+),
in one long-lived subprocess that answers JSON requests.

``build_strings`` needs the parser's ``parse_expr`` callback; until the grammar exists
the tests supply one that asks the 3.13 subprocess to parse the field text and
converts CPython's tree into our nodes (private converter below).
"""

from __future__ import annotations

import ast
import itertools
import json
import os
import re
import shutil
import subprocess
import sys
import time

import pytest

from interp.syntax import literals, nodes

# --------------------------------------------------------------------------------------
# The Python 3.13 oracle
# --------------------------------------------------------------------------------------

_ORACLE_SCRIPT = r'''
import ast, io, json, sys, tokenize, warnings
warnings.simplefilter("ignore")

def char_col(lines, lineno, byte_col):
    if lineno is None or byte_col is None:
        return byte_col
    if 1 <= lineno <= len(lines):
        return len(lines[lineno - 1].encode("utf-8")[:byte_col].decode("utf-8", "replace"))
    return byte_col

def tree(node, lines, line_shift=0):
    if isinstance(node, ast.AST):
        if not node._fields and not node._attributes:
            return type(node).__name__          # Load, Add, ...
        out = {"_type": type(node).__name__}
        for name in node._fields:
            if name in ("type_comment",):
                continue
            out[name] = tree(getattr(node, name, None), lines, line_shift)
        if "lineno" in node._attributes:
            lineno, end_lineno = node.lineno, node.end_lineno
            out["lineno"] = lineno - line_shift
            out["col_offset"] = char_col(lines, lineno, node.col_offset)
            out["end_lineno"] = end_lineno - line_shift
            out["end_col_offset"] = char_col(lines, end_lineno, node.end_col_offset)
        return out
    if isinstance(node, list):
        return [tree(item, lines, line_shift) for item in node]
    if isinstance(node, (str, bytes, int, float, complex)) or node is None or node is Ellipsis:
        return {"_repr": repr(node)}
    return {"_repr": repr(node)}

def error(e):
    return [e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]

def string_tokens(src):
    """(start_offset, end_offset) in characters of every whole string token."""
    starts = [0]
    for line in src.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    off = lambda pos: starts[pos[0] - 1] + pos[1]
    out, depth, begin = [], 0, None
    for tok in tokenize.generate_tokens(io.StringIO(src).readline):
        name = tokenize.tok_name[tok.type]
        if name == "STRING" and depth == 0:
            out.append([off(tok.start), off(tok.end)])
        elif name == "FSTRING_START":
            if depth == 0:
                begin = off(tok.start)
            depth += 1
        elif name == "FSTRING_END":
            depth -= 1
            if depth == 0:
                out.append([begin, off(tok.end)])
    return out

for request in sys.stdin:
    req = json.loads(request)
    try:
        if req["op"] == "parse":
            src = req["src"]
            lines = src.splitlines(keepends=True)
            try:
                body = ast.parse(src, mode="eval").body
                result = {"tree": tree(body, lines)}
            except SyntaxError as e:
                result = {"error": error(e)}
            try:
                result["tokens"] = string_tokens(src)
            except Exception as e:
                result["tokens"] = None
        else:  # "expr": parse a field's text placed at (lineno, col), as if in parentheses
            text, lineno, col = req["text"], req["lineno"], req["col"]
            opener, closer = ("[", "]") if req.get("list") else ("(", ")")
            src = opener + "\n" + "\n" * (lineno - 1) + " " * col + text + "\n" + closer
            lines = src.splitlines(keepends=True)
            try:
                body = ast.parse(src, mode="eval").body
                if req.get("list"):
                    if len(body.elts) != 1:
                        raise SyntaxError("not one element", ("", 1, 1, "", 1, 1))
                    body = body.elts[0]
                result = {"tree": tree(body, lines, 1)}
            except SyntaxError as e:
                result = {"error": error(e)}
    except Exception as e:  # never let one odd input kill the oracle
        result = {"crash": repr(e)}
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()
'''


class _Oracle:
    def __init__(self) -> None:
        env = dict(os.environ, PYENV_VERSION="3.13.0")
        self.process = subprocess.Popen(
            ["python3.13", "-c", _ORACLE_SCRIPT],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env=env,
        )
        self.cache: dict[str, dict] = {}

    def ask_many(self, requests: list[dict]) -> list[dict]:
        """Send all requests before reading the answers: one round trip per batch."""
        keys = [json.dumps(r, sort_keys=True) for r in requests]
        todo = [k for k in dict.fromkeys(keys) if k not in self.cache]
        assert self.process.stdin and self.process.stdout
        # Writing everything first could fill both pipes; chunks keep it safe.
        for start in range(0, len(todo), 200):
            chunk = todo[start : start + 200]
            self.process.stdin.write("".join(k + "\n" for k in chunk))
            self.process.stdin.flush()
            for key in chunk:
                self.cache[key] = json.loads(self.process.stdout.readline())
        return [self.cache[k] for k in keys]

    def ask(self, request: dict) -> dict:
        return self.ask_many([request])[0]

    def close(self) -> None:
        if self.process.stdin:
            self.process.stdin.close()
        self.process.wait(timeout=10)


def _have_python313() -> bool:
    if shutil.which("python3.13") is None:
        return False
    env = dict(os.environ, PYENV_VERSION="3.13.0")
    try:
        out = subprocess.run(
            ["python3.13", "-c", "import sys; print(sys.version_info >= (3, 13))"],
            capture_output=True,
            text=True,
            env=env,
            timeout=30,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return out.stdout.strip() == "True"


@pytest.fixture(scope="module")
def oracle():
    if not _have_python313():
        pytest.skip("python3.13 (the oracle for PEP 701 f-strings) is not installed")
    instance = _Oracle()
    yield instance
    instance.close()


# --------------------------------------------------------------------------------------
# CPython tree (as JSON) -> our nodes
# --------------------------------------------------------------------------------------


def _to_nodes(data):
    if isinstance(data, list):
        return [_to_nodes(item) for item in data]
    if isinstance(data, str):
        return data  # an operator or context name
    if data is None:
        return None
    if "_repr" in data:
        return ast.literal_eval(data["_repr"]) if data["_repr"] != "Ellipsis" else ...
    cls = nodes.NODE_CLASSES[data["_type"]]
    kwargs = {name: _to_nodes(data.get(name)) for name in cls._fields}
    for name in cls._attributes:
        kwargs[name] = data.get(name)
    return cls(**kwargs)


class _ExprError(SyntaxError):
    """An error of the test's ``parse_expr`` (in the real parser, the grammar's)."""


def _make_parse_expr(oracle: _Oracle):
    """A ``parse_expr`` callback backed by CPython 3.13 (the real one is the parser's)."""

    def parse_expr(text: str, lineno: int, col: int) -> nodes.expr:
        answer = oracle.ask({"op": "expr", "text": text, "lineno": lineno, "col": col})
        if "error" in answer:
            # ``*a`` cannot be parenthesized alone; as a list's only element it can.
            retry = oracle.ask({"op": "expr", "text": text, "lineno": lineno, "col": col, "list": True})
            if "tree" in retry:
                answer = retry
        if "tree" not in answer:
            msg, line, offset, end_line, end_offset = answer["error"]
            # The oracle parsed it one line down (below our opening parenthesis).
            raise _ExprError(msg, ("<test>", line - 1, offset, None, end_line - 1, end_offset))
        node = _to_nodes(answer["tree"])
        # We parsed it inside our own parentheses, on a line 0; a tuple that is not
        # parenthesized in the field spans from its first element to the end of the
        # text (trailing comma included), like CPython's unparenthesized tuples.
        if isinstance(node, nodes.Tuple) and node.lineno == 0:
            first = node.elts[0]
            node.lineno, node.col_offset = first.lineno, first.col_offset
            lines = text.rstrip().split("\n")
            node.end_lineno = lineno + len(lines) - 1
            node.end_col_offset = (col if len(lines) == 1 else 0) + len(lines[-1])
        return node

    return parse_expr


# --------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------

_STRING_RE = re.compile(literals.STRING_PATTERN)
_NUMBER_RE = re.compile(literals.NUMBER_PATTERN)


def _position(src: str, offset: int) -> tuple[int, int]:
    line = src.count("\n", 0, offset) + 1
    col = offset - (src.rfind("\n", 0, offset) + 1)
    return line, col


def _our_tokens(src: str) -> list[tuple[int, int]] | None:
    """Split ``src`` (string tokens separated by blanks/newlines/parens) with our regex."""
    out = []
    i = 0
    while i < len(src):
        if src[i] in " \n()\\":
            i += 1
            continue
        match = _STRING_RE.match(src, i)
        if not match or match.end() == i:
            return None
        out.append((i, match.end()))
        i = match.end()
    return out


def _tokens_by_string_end(src: str) -> list[tuple[int, int]] | None:
    """The same split as ``_our_tokens``, with ``literals.string_end``."""
    out = []
    i = 0
    while i < len(src):
        if src[i] in " \n()\\":
            i += 1
            continue
        end = literals.string_end(src, i)
        if end <= i:
            return None
        out.append((i, end))
        i = end
    return out


def _pieces(src: str, spans) -> list[tuple[str, int, int, int, int]]:
    return [(src[a:b], *_position(src, a), *_position(src, b)) for a, b in spans]


def _ours(src: str, spans, parse_expr) -> tuple[str, object]:
    try:
        node = literals.build_strings(_pieces(src, spans), parse_expr, src, "<test>")
    except _ExprError as error:
        # Errors inside a field come from the parser, not from us; CPython's columns
        # for them are off after non-ASCII text on the line, so compare message and line.
        return "expr-error", [error.msg, error.lineno]
    except SyntaxError as error:
        return "error", [error.msg, error.lineno, error.offset, error.end_lineno, error.end_offset]
    return "tree", nodes.dump(node)


def _check_sources(oracle, sources: list[str]) -> tuple[int, list[str]]:
    """Compare tokens, trees and errors for every source; return (passed, failures)."""
    parse_expr = _make_parse_expr(oracle)
    answers = oracle.ask_many([{"op": "parse", "src": s} for s in sources])
    failures = []
    passed = 0
    for src, answer in zip(sources, answers):
        spans = _our_tokens(src)
        expected_spans = answer.get("tokens")
        if "tree" in answer:
            if expected_spans is None:
                # The tokenize module (not the parser) fails on some valid nested
                # f-strings; the tree comparison below still checks our tokens.
                expected_spans = [list(s) for s in spans or []]
            if spans is None or [list(s) for s in spans] != expected_spans:
                failures.append(f"{src!r}: tokens {spans} != CPython {expected_spans}")
                continue
            other = _tokens_by_string_end(src)
            if other is None or [list(s) for s in other] != expected_spans:
                failures.append(f"{src!r}: string_end tokens {other} != CPython {expected_spans}")
                continue
            kind, ours = _ours(src, spans, parse_expr)
            expected = nodes.dump(_to_nodes(answer["tree"]))
            if (kind, ours) != ("tree", expected):
                failures.append(f"{src!r}:\n  ours   {kind} {ours}\n  CPython {expected}")
                continue
        else:
            if spans is None:
                passed += 1  # our lexer rejects it too; the error helper words it
                continue
            kind, ours = _ours(src, spans, parse_expr)
            if kind == "expr-error":
                kind, ours = "error", ours + answer["error"][2:]
            if (kind, ours) != ("error", answer["error"]):
                failures.append(f"{src!r}:\n  ours   {kind} {ours}\n  CPython error {answer['error']}")
                continue
        passed += 1
    return passed, failures


def _report(passed: int, failures: list[str]) -> None:
    assert not failures, f"{len(failures)} failed, {passed} passed:\n" + "\n".join(failures[:40])


# --------------------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------------------

_NUMBER_PARTS = ["0", "00", "7", "10", "1_000", "123_456_789", "09"]
_NUMBERS = sorted(
    set(
        _NUMBER_PARTS
        + [f"{a}.{b}" for a in ["", "0", "1", "1_0", "09"] for b in ["", "5", "0_1"] if a or b]
        + [
            f"{m}{e}{s}{x}"
            for m in ["1", "1.", ".5", "1_0.0_1", "0"]
            for e in ["e", "E"]
            for s in ["", "+", "-"]
            for x in ["3", "1_0"]
        ]
        + [f"{n}{j}" for n in ["1", "1.5", "1e3", ".5", "09", "0", "1_0"] for j in ["j", "J"]]
        + [f"0{p}{d}" for p in "xXoObB" for d in ["1", "1_0", "_1"]]
        + ["0xdead_BEEF", "0o777", "0b1010_1010", "0XFF", "1" * 60, "0x" + "f" * 40, "3.14159e-10"]
    )
)


def test_number_values_match_cpython():
    checked = 0
    for text in _NUMBERS:
        try:
            expected = ast.literal_eval(text)
        except SyntaxError:
            assert not _NUMBER_RE.fullmatch(text), text  # e.g. "09": CPython rejects it too
            continue
        match = _NUMBER_RE.fullmatch(text)
        assert match, text
        value = literals.parse_number(text)
        assert type(value) is type(expected) and repr(value) == repr(expected), text
        checked += 1
    assert checked > 100


@pytest.mark.parametrize(
    "source",
    [
        "1if x else y",
        "0x",
        "0x_",
        "1__0",
        "1_",
        "01",
        "1e",
        "1e+",
        "1.e5",
        "1..real",
        "1.__class__",
        "0b12",
        "0o8",
        "1jj",
        "1.5J+2",
        "0_0",
        "00.5e5j",
        "1ex",
        "0xfor",
    ],
)
def test_number_pattern_stops_where_the_tokenizer_does(source):
    import io
    import tokenize

    try:
        first = next(tokenize.generate_tokens(io.StringIO(source).readline))
    except tokenize.TokenError:
        pytest.skip("host tokenizer rejects it")
    match = _NUMBER_RE.match(source)
    if first.type == tokenize.NUMBER:
        assert match and match.group() == first.string
    else:
        assert not match


def test_huge_decimal_literal_raises_cpython_message():
    with pytest.raises(ValueError, match="Exceeds the limit"):
        literals.parse_number("1" * 5000)
    assert literals.parse_number("0x" + "f" * 5000) == int("f" * 5000, 16)


# --------------------------------------------------------------------------------------
# Plain strings and bytes
# --------------------------------------------------------------------------------------

_PREFIXES = ["", "r", "u", "R", "U", "b", "B", "br", "Br", "bR", "BR", "rb", "rB", "Rb", "RB"]
_QUOTES = ["'", '"', "'''", '"""']
_BODIES = [
    "",
    "abc",
    "it's",
    'say "hi"',
    "\\n\\t\\r\\a\\b\\f\\v\\0",
    "\\x41\\x7f",
    "\\101\\7\\77\\777",
    "\\u00e9\\U0001F600",
    "\\N{EM DASH}\\N{LATIN SMALL LETTER A}",
    "\\q\\d\\ \\8",
    "\\\\",
    "\\'\\\"",
    "a\\\nb",
    "é ü 中",
    "\\é",
    "{x}",
    "\\x4",
    "\\u12",
    "é\\x4",
    "a\\n\\x4",
    "\\N{EM DASH}\\u12",
    "\\777\\x",
    "\\N{NO SUCH NAME}",
    "\\U00110000",
    "\\N",
    "\\x",
    "tab\there",
]


def _plain_sources() -> list[str]:
    out = []
    for prefix, quote, body in itertools.product(_PREFIXES, _QUOTES, _BODIES):
        if len(quote) == 1 and ("\n" in body.replace("\\\n", "") or quote in body.replace("\\" + quote, "")):
            continue
        if quote == "'''" and body.endswith("'") or quote == '"""' and body.endswith('"'):
            continue
        out.append(f"{prefix}{quote}{body}{quote}")
    return out


def test_plain_string_token_pattern_matches_exactly(oracle):
    sources = _plain_sources()
    answers = oracle.ask_many([{"op": "parse", "src": s} for s in sources])
    checked = 0
    for src, answer in zip(sources, answers):
        if answer.get("tokens") is None:
            continue
        assert [list(span) for span in (_our_tokens(src) or [])] == answer["tokens"], src
        checked += 1
    assert checked > 1000


def test_plain_strings_match_cpython(oracle):
    _report(*_check_sources(oracle, _plain_sources()))


def test_concatenation_matches_cpython(oracle):
    parts = ["'a'", 'u"b"', "r'\\n'", '"""c\nd"""', "b'x'", "B'\\x00'", "''", "f'e'", "f'{x}'"]
    sources = []
    for count in (2, 3):
        for combo in itertools.product(parts, repeat=count):
            sources.append("(" + " ".join(combo) + ")")
            sources.append("(" + "\n ".join(combo) + ")")
    passed, failures = _check_sources(oracle, sources)
    _report(passed, failures)
    assert passed > 1000


# --------------------------------------------------------------------------------------
# f-strings
# --------------------------------------------------------------------------------------

_FIELDS = [
    "{x}",
    "{ x }",
    "{x!r}",
    "{x!s:>10}",
    "{x!a}",
    "{x:>{w}.{p}f}",
    "{x=}",
    "{ x = }",
    "{x=!s}",
    "{x=:>5}",
    "{x = !r:^{w}}",
    "{a + b}",
    "{a, b}",
    "{a,}",
    "{*a,}",
    "{*a}",
    "{yield}",
    "{ yield x }",
    "{(lambda: 1)()}",
    "{x:=5}",
    "{(x:=5)}",
    "{x!=y}",
    "{x==y=}",
    "{a[1:2]}",
    "{d[1:'x']}",
    "{ {1: 2}[1] }",
    "{ {'a'} }",
    "{x:{{}}}",
    "{x:%H:%M}",
    "{x:{y:{z}}}",
    "{x:{y}{z}}",
    "{x:'^10}",
    "{'\\n'.join(a)}",
    "{x}{y}",
    "{{}}",
    "{{x}}",
    "a{{b}}c",
    "\\N{EM DASH}{x}",
    "\\{x}",
    "\\n{x}\\t",
    "é{x}ü",
    "{é}",
    "{x:é}",
    "{f'{x}'}",
    "{x:{f'{y}'}}",
    "{3.14:.1f}",
    "{x!r:}",
    "{x:}",
    "{x:\\n}",
    # errors
    "{}",
    "{ }",
    "{!r}",
    "{:x}",
    "{=}",
    "}",
    "{x}}",
    "a}b",
    "{x!}",
    "{x!z}",
    "{x!rr}",
    "{x! r}",
    "{x!r=}",
    "{a=b}",
    "{x:{y:{z:{w}}}}",
    "{lambda x: 1}",
    "{x)}",
    "\\x4{x}",
    "{x:}}",
    "{x=!}",
]


def _fstring_sources() -> list[str]:
    out = []
    for prefix in ["f", "F", "rf", "fR", "Rf"]:
        for quote in _QUOTES:
            for field in _FIELDS:
                if quote in field or (len(quote) == 3 and quote[0] in field[-1:]):
                    continue
                out.append(f"{prefix}{quote}{field}{quote}")
    # PEP 701: fields reusing the enclosing quote, nesting, multi-line fields.
    out += [
        'f"{d["k"]}"',
        'f"{", ".join(xs)}"',
        'f"{f"{f"{f"{x}"}"}"}"',
        "f'{f'{f'{x!r:>{w}}'}'}'",
        'f"{", ".join(f"{x}" for x in xs)}"',
        'f"{ {"a": 1}["a"] }"',
        'f"{x:{"<" if a else ">"}10}"',
        "f'''{\nx\n}'''",
        "f'''a\n{x\n  + y = }\nb'''",
        "f'''{x # comment\n}'''",
        "f'''{x:\n}'''",
        'f"""{"""a"""}"""',
        "f'{'''multi\nline'''}'",
        "f'{x\n}'",
        "(f'{x}'\n 'y' f'{z}')",
        "(f'a'\n f'{\"b\"}' 'c' u'd')",
        "(u'a' f'{x}' 'b')",
        "(f'{x}' u'a')",
        "(f'' '')",
        "('' f'')",
        "('a' f'' 'b')",
        "(f'{x}' '' f'a')",
        "(f'a{x=}' 'b')",
        "(b'a' f'b')",
        "(f'a' b'b')",
        "('é' f'{x}' 'ü')",
        "(f'''a\nb{x}''' 'c')",
        "f'{x}' 'y'",
        "f'{\"\\\\N{DASH}\"}'",
        'f\'{a["b"]:{c["d"]}}\'',
        "f'{x!r:{y!s}}'",
        "f'{x=!r:{y}=}'",
        'f\'{"{"}{"}"}\'',
        "f'{x:{\"}\"}}'",
        "f'a\\\nb{x}c'",
        "f'''{x\n=}'''",
        "f'''{\n  x\n  =\n}'''",
        "f'''{x!r\n}'''",
        "f'''{x:>\n10}'''",
        "f'''a\n  {x}\n  {y!r:>{w}}\nb'''",
        "f'''\n{\n  f'''{x}'''\n}'''",
        "f'{f'{f'{f'{f'{x}'}'}'}'}'",
        "f'{f\"{f'''{x}'''}\"}'",
        "f'{é=}'",
        "f'é{é!r:é^{w}}é'",
        "f'{ é = !r}'",
        "f'{x:{y}é{z}}'",
        "f'{x:é}' 'ü' f'{y}'",
        "f'{[1, 2][0]}'",
        "f'{ {1, 2} }'",
        'f\'{x["a"]["b"]}\'',
        "f'{fn(a=1, *b, **c)}'",
        "f'{a if b else c}'",
        "f'{not x}'",
        "f'{x:{y!r:{z}}}'",
        "f'{3!r}'",
        "f'{x.y.z!s}'",
        "f'{x}{{{y}}}'",
        "f'{{{x}}}'",
        "f'\\{{x}}'",
        "f'\\}}'",
        "f'\\N{LATIN SMALL LETTER E WITH ACUTE}'",
        "rf'\\{x}'",
        "rf'\\{{x}}'",
        "rf'{x:\\d}'",
        "f'{x:\\x41}'",
        "f'{x:\\N{EM DASH}}'",
        "(f'{x}'\n\n  f'{y}')",
        "(f'''a\n''' f'''\nb{x}''')",
        "f'{x!r:}'",
        "f'{x!s:{y}}'",
        "f'{x:>{w}}' f'{y}'",
        "f'{x,y}' 'z'",
        "f'{*x, *y}'",
        "f'{await x}'",
        "f'{x:{y:{z}}}' f'{a:{b}}'",
        "f'{yield from x}'",
        "f'{x != y=}'",
        "f'{(x != y)=}'",
        "f'{x!=y=!s:{x!=y}}'",
        "f'{x if x != y else z = }'",
        "f'{\"\\\\n\"=}'",
        "rf'{\"\\\\n\"=}'",
        # errors
        "f'{x:{y:{z!r:{w}}}}'",
        "f'{x!}'  'a'",
        "('a' f'{x!q}')",
        "f'{'",
        "f'}'",
        "f'{x:{}}'",
        "f'{x!r }'",
        "f'{x!r x}'",
        "f'{x = y}'",
        "f'{ !r}'",
        "f'{lambda: 1}'",
        "f'{x]}'",
        "f'{a:b}}'",
        "f'a}b}'",
        "b'é'",
        "('a' b'\\x4')",
        "b'\\x4'",
        "'\\N{nonsense}'",
        "('ok'\n '\\u12')",
        "f'{x#}'",
        "f'{x # comment }'",
        '(f"""{x # comment\n}""" f\'{x#\')',
        'f"""{x # comment\n}"""',
    ]
    return out


_SEGMENTS = ["a", "é", "\\n", "{{", "}}", "{x}", "{x!r}", "{ x= }", "{y:>{w}}", "\\N{EM DASH}", "\n", "{é:é}"]


def _generated_fstring_sources() -> list[str]:
    """Every sequence of up to three segments, in single- and triple-quoted f-strings."""
    out = []
    for count in (1, 2, 3):
        for combo in itertools.product(_SEGMENTS, repeat=count):
            body = "".join(combo)
            for prefix, quote in (("f", "'"), ("f", '"""'), ("rf", "'" * 3)):
                if "\n" in body and len(quote) == 1:
                    continue
                out.append(f"{prefix}{quote}{body}{quote}")
    return out


def test_generated_fstrings_match_cpython(oracle):
    passed, failures = _check_sources(oracle, _generated_fstring_sources())
    _report(passed, failures)
    assert passed > 3000


def _random_fstring(rng, depth: int) -> str:
    """A random, usually valid PEP 701 f-string (nested quotes, specs, debug fields)."""
    prefix = rng.choice(["f", "F", "rf", "fR"])
    quote = rng.choice(["'", '"', "'''", '"""'])
    parts = []
    for _ in range(rng.randint(0, 4)):
        kind = rng.random()
        if kind < 0.3:
            text = rng.choice(["a", "é b", "{{", "}}", " ", "x=1", "\\t", "%"])
            if len(quote) == 3:
                text += rng.choice(["", "\n", "'", '"'])
            parts.append(text)
            continue
        parts.append("{" + _random_field(rng, depth) + "}")
    body = "".join(parts)
    if len(quote) == 3 and body.endswith(quote[0]):
        body += " "
    return prefix + quote + body + quote


def _random_expression(rng, depth: int) -> str:
    q = rng.choice(["'", '"'])
    choices = [
        "x",
        "é",
        "a.b",
        "a[1:2]",
        f"d[{q}k{q}]",
        f"{q}, {q}.join(xs)",
        "(lambda: 1)()",
        "{1: 2}[1]",
        " {'a'} ",
        "x if y else z",
        "fn(a, *b, k=c)",
        "[i for i in range(3)]",
        "a, b",
        "*a,",
        "3.5",
        "x != y",
        "(y := 2)",
        "\n x \n" if rng.random() < 0.5 else "x",
    ]
    if depth > 0:
        choices += [_random_fstring(rng, depth - 1)] * 4
    return rng.choice(choices)


def _random_field(rng, depth: int) -> str:
    expression = _random_expression(rng, depth)
    field = expression
    if rng.random() < 0.25:
        field += rng.choice(["=", " = ", "= "])
    if rng.random() < 0.3:
        field += rng.choice(["!r", "!s", "!a"])
    if rng.random() < 0.35:
        spec = rng.choice([">10", "^{w}", "{w}.{p}f", "", "%H:%M", "{x!r}x", ",", "é"])
        field += ":" + spec
    return field


def _random_fstring_sources(count: int) -> list[str]:
    import random

    rng = random.Random(701)
    sources = []
    for _ in range(count):
        pieces = [_random_fstring(rng, 2) for _ in range(rng.randint(1, 3))]
        if rng.random() < 0.3:
            pieces.insert(rng.randint(0, len(pieces)), rng.choice(["'p'", 'u"u"', "r'\\d'", "''"]))
        # Multi-line sources need the parentheses; a newline inside a single-quoted
        # string is simply an error both sides see.
        sources.append("(" + rng.choice([" ", "\n "]).join(pieces) + ")")
    return sources


def test_random_fstrings_match_cpython(oracle):
    passed, failures = _check_sources(oracle, _random_fstring_sources(2000))
    _report(passed, failures)
    assert passed == 2000


def test_fstrings_match_cpython(oracle):
    passed, failures = _check_sources(oracle, _fstring_sources())
    _report(passed, failures)
    assert passed > 500


# --------------------------------------------------------------------------------------
# The token pattern on its own
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "token"),
    [
        ("'a' 'b'", "'a'"),
        ('"\\\\" x', '"\\\\"'),
        ("'''it's'''", "'''it's'''"),
        ("'''a'''' ", "'''a'''"),
        ("'' 'x'", "''"),
        ('f"{d["k"]}" + 1', 'f"{d["k"]}"'),
        ('f"{f"{f"{f"{x}"}"}"}" + 1', 'f"{f"{f"{f"{x}"}"}"}"'),
        ("rb'\\'' x", "rb'\\''"),
        ("'a\\\nb' x", "'a\\\nb'"),
        ('f"{x:"}" ', None),
        ("'abc", None),
        ("'abc\n'", None),
        ("'''abc", None),
        ("f'{x", None),
        ("f'{x'", None),
        ("f'''{x}'' ", None),
        ("'''", None),
    ],
)
def test_string_pattern_extent(source, token):
    match = _STRING_RE.match(source)
    assert (match.group() if match else None) == token


@pytest.mark.parametrize(
    ("source", "token"),
    [
        ("'a' 'b'", "'a'"),
        ("'''it's''' x", "'''it's'''"),
        ('f"{f"{f"{f"{f"{f"{d["k"]}"}"}"}"}"}" + 1', 'f"{f"{f"{f"{f"{f"{d["k"]}"}"}"}"}"}"'),
        ('f"{", ".join(f"{d["k"]}" for d in ds)}" x', 'f"{", ".join(f"{d["k"]}" for d in ds)}"'),
        ("f'''{x # it's\n}''' x", "f'''{x # it's\n}'''"),
        ('f"{x:"}" ', None),
        ("'abc", None),
        ("'abc\n'", None),
        ("f'{x", None),
        ("f'''{x}'' ", None),
        ("x'a'", None),
        ("ur'a'", None),
    ],
)
def test_string_end(source, token):
    end = literals.string_end(source, 0)
    assert (source[:end] if end >= 0 else None) == token


def test_string_end_is_fast_on_long_input():
    source = "f'" + "{x!r:>{w}}\\n" * 20_000 + "'"
    start = time.process_time()
    assert literals.string_end(source, 0) == len(source)
    assert literals.string_end("'" + "x" * 100_000, 0) == -1
    assert literals.string_end("f'" + "{x}" * 30_000, 0) == -1
    assert time.process_time() - start < 2.0


def test_string_pattern_is_linear_on_long_and_unterminated_input():
    big = "x" * 100_000
    cases = [
        ("'" + big + "'", True),
        ("'" + big, False),
        ('"""' + big + "\n" * 1000, False),
        ("f'" + "{x}" * 30_000 + "'", True),
        ("f'" + "{x}" * 30_000, False),
        ("f'{" + "(" * 2000 + "'a'" * 10_000, False),
        ("f'{x:" + "{y}" * 20_000, False),
        ('f"{' + 'f"{' * 3 + "'" * 10_000, False),
        ("f'" + "\\" * 100_001 + "'", False),
        ("f'" + "{x!r:>{w}}\\n" * 10_000 + "'", True),
    ]
    for source, terminated in cases:
        start = time.process_time()
        match = _STRING_RE.match(source)
        elapsed = time.process_time() - start
        assert (match is not None and match.end() == len(source)) == terminated, source[:40]
        assert elapsed < 1.0, (source[:40], elapsed)


def test_string_pattern_compiles_quickly_and_embeds():
    start = time.process_time()
    re.compile(literals.STRING_PATTERN + "|" + literals.NUMBER_PATTERN)
    assert time.process_time() - start < 1.0
    # lark wraps each terminal in a named group and reads ``lastgroup``.
    combined = re.compile(f"(?P<STRING>{literals.STRING_PATTERN})|(?P<NUMBER>{literals.NUMBER_PATTERN})")
    assert combined.match('f"{d["k"]}"').lastgroup == "STRING"
    assert combined.match("1_0.5j").lastgroup == "NUMBER"


def test_patterns_work_as_lark_terminals():
    """The grammar embeds the patterns in lark terminals; check lark accepts them."""
    lark = pytest.importorskip("lark")
    assert "/" not in literals.STRING_PATTERN and "/" not in literals.NUMBER_PATTERN
    grammar = rf"""
        start: item+
        item: STRING+ | NUMBER | NAME | "(" start ")"
        STRING: /{literals.STRING_PATTERN}/
        NUMBER: /{literals.NUMBER_PATTERN}/
        NAME: /[^\W\d]\w*/
        %ignore /[ \t\n]+/
    """
    parser = lark.Lark(grammar, parser="lalr", lexer="contextual")
    source = (
        'f"{d["k"]}" \'a\' "b" 1_0.5j x rb\'\\x00\' f"{f"{f"{f"{x}"}"}"}" '
        "f'''{x:>{w}}\n''' 0xff 1if u'é'"
    )
    tokens = [(token.type, token.value) for token in parser.lex(source)]
    assert tokens == [
        ("STRING", 'f"{d["k"]}"'),
        ("STRING", "'a'"),
        ("STRING", '"b"'),
        ("NUMBER", "1_0.5j"),
        ("NAME", "x"),
        ("STRING", "rb'\\x00'"),
        ("STRING", 'f"{f"{f"{f"{x}"}"}"}"'),
        ("STRING", "f'''{x:>{w}}\n'''"),
        ("NUMBER", "0xff"),
        ("NUMBER", "1"),
        ("NAME", "if"),
        ("STRING", "u'é'"),
    ]
    parser.parse(source)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(pytest.main([__file__, "-q"]))
