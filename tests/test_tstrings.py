"""Template strings (PEP 750) on every host.

The parser makes t-strings only where the host CPython has them (3.14, Pyodide), since
each CPython is the oracle for its own runs; the conformance programs in
``tests/conformance/py314/`` compare with CPython 3.14 inside Pyodide, and with 3.11's
SyntaxError on a 3.11 host.  So that a 3.11 host also exercises the parser, the
compiler and the runtime types, the ``tstrings`` fixture switches the prefixes on for
one test.  The trees expected here are CPython 3.14's ``ast.dump`` of the same source.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import test_escape_suite as suite

import interp
from interp.syntax import indenter, literals, nodes, parser, scan

TSTRING_PREFIXES = frozenset({"t", "tr", "rt"})


@pytest.fixture
def tstrings(monkeypatch: pytest.MonkeyPatch) -> None:
    """The parser as on a 3.14 host, whatever the host."""
    monkeypatch.setattr(literals, "TSTRINGS", True)
    monkeypatch.setattr(literals, "TSTRING_PREFIXES", TSTRING_PREFIXES)
    monkeypatch.setattr(literals, "_PREFIX_CHARS", literals._PREFIX_CHARS | frozenset("tT"))
    monkeypatch.setattr(literals, "_VALID_PREFIXES", literals._VALID_PREFIXES | TSTRING_PREFIXES)
    monkeypatch.setattr(indenter, "_STRING_PREFIXES", indenter._STRING_PREFIXES | TSTRING_PREFIXES)
    monkeypatch.setattr(scan, "_TSTRINGS", True)
    # 3.11 hosts re-word f-string errors as 3.11 did; t-strings follow 3.14.
    monkeypatch.setattr(parser, "_LEGACY_FSTRINGS", False)


def _dump(node: Any) -> str:
    """Like CPython's ``ast.dump`` without positions, fields that are None or empty left out."""
    if isinstance(node, nodes.AST):
        fields = []
        for name, value in node.iter_fields():
            if value is None or value == [] or name == "ctx":
                continue
            fields.append(f"{name}={_dump(value)}")
        return f"{type(node).__name__}({', '.join(fields)})"
    if isinstance(node, list):
        return "[" + ", ".join(_dump(item) for item in node) + "]"
    return repr(node)


def _expr(source: str) -> str:
    tree = parser.parse(source, "<t>", "eval")
    assert isinstance(tree, nodes.Expression)
    return _dump(tree.body)


@pytest.mark.parametrize(
    ("source", "tree"),
    [
        (
            't"a{x!r:>{y}}b"',
            "TemplateStr(values=[Constant(value='a'), Interpolation(value=Name(id='x'), str='x', "
            "conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), "
            "FormattedValue(value=Name(id='y'), conversion=-1)])), Constant(value='b')])",
        ),
        (
            't"{ x + 1 = !s:>4}"',
            "TemplateStr(values=[Constant(value=' x + 1 = '), Interpolation(value=BinOp(left=Name(id='x'), "
            "op='Add', right=Constant(value=1)), str=' x + 1', conversion=115, "
            "format_spec=JoinedStr(values=[Constant(value='>4')]))])",
        ),
        (
            't"a" T"b{c}" rt"\\n"',
            "TemplateStr(values=[Constant(value='ab'), Interpolation(value=Name(id='c'), str='c', "
            "conversion=-1), Constant(value='\\\\n')])",
        ),
        ('t""', "TemplateStr()"),
        (
            "t'''{x #c\n + 1=}'''",
            "TemplateStr(values=[Constant(value='x \\n + 1='), Interpolation(value=BinOp(left=Name(id='x'), "
            "op='Add', right=Constant(value=1)), str='x \\n + 1', conversion=114)])",
        ),
        (
            'f"{t"{x}"}"',
            "JoinedStr(values=[FormattedValue(value=TemplateStr(values=[Interpolation(value=Name(id='x'), "
            "str='x', conversion=-1)]), conversion=-1)])",
        ),
    ],
)
def test_the_tree_is_cpython_314s(tstrings: None, source: str, tree: str) -> None:
    assert _expr(source) == tree


@pytest.mark.parametrize(
    ("source", "message", "position"),
    [
        ('t"a" "b"', "cannot mix t-string literals with string or bytes literals", (1, 1, 1, 9)),
        ('t"{x!}"', "t-string: missing conversion character", (1, 6, 1, 7)),
        ('t"{x for x in y}"', "t-string: expecting '=', or '!', or ':', or '}'", (1, 6, 1, 9)),
        ('t"{f"{}"}"', "f-string: valid expression required before '}'", (1, 7, 1, 8)),
        ('ft"x"', "'f' and 't' prefixes are incompatible", (1, 1, 1, 3)),
        ('t"abc', "unterminated t-string literal (detected at line 1)", (1, 1, 1, 1)),
        (
            't"x" = 1',
            "cannot assign to t-string expression here. Maybe you meant '==' instead of '='?",
            (1, 1, 1, 5),
        ),
    ],
)
def test_errors_are_cpython_314s(tstrings: None, source: str, message: str, position: tuple) -> None:
    with pytest.raises(SyntaxError) as info:
        parser.parse(source, "<t>")
    error = info.value
    assert (error.msg, (error.lineno, error.offset, error.end_lineno, error.end_offset)) == (
        message,
        position,
    )


@pytest.mark.skipif(sys.version_info >= (3, 14), reason="the host has t-strings")
def test_a_host_without_t_strings_says_invalid_syntax() -> None:
    with pytest.raises(SyntaxError) as info:
        parser.parse('x = t"a{b}"', "<t>")
    assert (info.value.msg, info.value.offset) == ("invalid syntax", 6)


PROGRAM = r"""
x, width = 42, 6
tm = t"a{x!r:>{width}}b" t"{x=}"
Template, Interpolation = type(tm), type(tm.interpolations[0])
print(tm.strings, tm.values, [(i.expression, i.conversion, i.format_spec) for i in tm.interpolations])
print(repr(tm + t"!"), list(t"{1}{2}c"), Template("a", "b", Interpolation(1, "one")).strings)
print(Template.__name__, Template.__module__, repr(Interpolation), Interpolation.__match_args__)
match tm.interpolations[0]:
    case Interpolation(v, e, "r", spec):
        print("matched", v, e, spec)
for bad in (lambda: tm + "s", lambda: Template(1), lambda: Interpolation(1, "e", "q")):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
"""


def test_values_in_the_sandbox(tstrings: None) -> None:
    result = interp.Sandbox().run(PROGRAM)
    assert result.error is None, result.error
    # CPython 3.14's output of PROGRAM (Pyodide's).
    assert result.stdout.splitlines() == [
        "('a', 'bx=', '') (42, 42) [('x', 'r', '>6'), ('x', 'r', '')]",
        "Template(strings=('a', 'bx=', '!'), interpolations=(Interpolation(42, 'x', 'r', '>6'), "
        "Interpolation(42, 'x', 'r', ''))) [Interpolation(1, '1', None, ''), Interpolation(2, '2', None, ''), 'c'] "
        "('ab', '')",
        "Template string.templatelib <class 'string.templatelib.Interpolation'> "
        "('value', 'expression', 'conversion', 'format_spec')",
        "matched 42 x >6",
        'TypeError can only concatenate string.templatelib.Template (not "str") to string.templatelib.Template',
        "TypeError Template.__new__ *args need to be of type 'str' or 'Interpolation', got int",
        "ValueError Interpolation() argument 'conversion' must be one of 's', 'a' or 'r'",
    ]


def test_the_escape_attack_with_t_strings(tstrings: None) -> None:
    """tests/escapes/jail/tstring_attributes.py with the types reachable (on 3.11 the
    escape suite itself only sees the SyntaxError)."""
    assert suite.check_attack(suite.ESCAPES / "jail" / "tstring_attributes.py") == []


def test_doubling_a_template_hits_the_memory_limit(tstrings: None) -> None:
    source = 't = t"{0}"\nfor _ in range(64):\n    t = t + t\n'
    result = interp.Sandbox(limits=interp.Limits(max_memory=32 * 1024 * 1024, timeout=20)).run(source)
    assert result.error is not None and result.error.type == "MemoryError"


FREE_CHAIN = """
import sys
from interp.runtime import templates, trashcan
assert templates.Interpolation.__del__ is templates._free_flat

class Last:
    def __del__(self):
        print("last freed at depth", trashcan._state.depth)

chain = Last()
for n in range(200_000):
    chain = templates.Interpolation(chain, "x", None, "") if n % 2 else templates.Template(("", ""), (templates.Interpolation(chain, "y", None, ""),))
chain = None
print("pending", len(trashcan._state.pending), "depth", trashcan._state.depth)
"""


def test_a_deep_chain_is_freed_flat() -> None:
    """Where the trashcan is on (Pyodide), freeing nests at most trashcan.NESTING deep."""
    env = dict(os.environ, INTERP_TRASHCAN="1", PYTHONPATH=str(Path(__file__).resolve().parents[1]))
    done = subprocess.run(
        [sys.executable, "-c", FREE_CHAIN], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.stderr == ""
    last, pending = done.stdout.splitlines()
    # Freed by the hook (depth 1 and up), never deeper than trashcan.NESTING.
    assert 1 <= int(last.rsplit(" ", 1)[1]) <= 16
    assert pending == "pending 0 depth 0"
