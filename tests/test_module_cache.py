"""What the sandboxes of one process share to import the standard library faster, and
why sharing it is safe.

- The parsed trees of the stdlib's files (interp/stdlib/_source.py ``load``) and their
  scope analysis (interp/compiler/compile.py ``_ANALYSED``) are made once per process
  and read by every sandbox's compile: nothing may change them once made (DESIGN.md,
  invariant 6).  The tests compile and run them in two sandboxes and compare a
  structural digest of every tree and scope before and after.
- ``re._compiler.compile`` asks the host's own ``re`` for the opcode list of a plain
  pattern (interp/stdlib/_re_host.py): the answer must be exactly what the sandbox's run
  of CPython's code computes, and every case it declines must still work as before.
"""

from __future__ import annotations

import hashlib
from typing import Any

import pytest

import interp
from interp.compiler import compile as compiler_module
from interp.runtime import meter as meter_module
from interp.stdlib import _re_host, _source
from interp.syntax import nodes as n

# ---------------------------------------------------------------------------
# Shared trees are never changed


def _slot_names(cls: type) -> list[str]:
    names: list[str] = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get("__slots__", ())
        names.extend([slots] if isinstance(slots, str) else slots)
    return names


def _digest_value(value: Any, out: list, seen: set) -> None:
    if isinstance(value, n.AST):
        out.append(f"<{type(value).__name__}")
        if id(value) in seen:
            out.append("again>")
            return
        seen.add(id(value))
        for name in (*type(value)._fields, *type(value)._attributes, *_slot_names(type(value))):
            out.append(name)
            _digest_value(getattr(value, name, "<unset>"), out, seen)
        extra = getattr(value, "__dict__", None)
        if extra:
            for name in sorted(extra):
                out.append(name)
                _digest_value(extra[name], out, seen)
        out.append(">")
    elif isinstance(value, (list, tuple)):
        out.append(f"[{type(value).__name__}{len(value)}")
        for item in value:
            _digest_value(item, out, seen)
        out.append("]")
    else:
        out.append(f"{type(value).__name__}:{value!r}")


def tree_digest(tree: n.AST) -> str:
    """A digest of every node, field and position of ``tree``."""
    out: list = []
    _digest_value(tree, out, set())
    return hashlib.sha256("\x00".join(out).encode("utf-8", "surrogatepass")).hexdigest()


def scope_digest(analysed: tuple) -> str:
    """A digest of a tree's scope analysis and lazy-body plan (compile.py ``_ANALYSED``)."""
    top, by_node, plan = analysed
    out: list = []
    for scope in sorted(by_node.values(), key=lambda s: (s.qualname, s.kind, id(s.node))):
        out.append(repr((scope.kind, scope.name, scope.qualname, scope.nslots, scope.params)))
        out.append(repr(sorted(scope.symbols.items())))
        out.append(repr(sorted(scope.slots.items())))
        out.append(
            repr((scope.is_generator, scope.is_coroutine, scope.uses_class_cell, scope.needs_class_cell))
        )
    out.append(repr((top.kind, top.name, sorted(top.symbols.items()))))
    out.append(repr(sorted(plan.values())))
    return hashlib.sha256("\n".join(out).encode()).hexdigest()


#: Imports many shared trees and calls into them, so that lazily compiled bodies,
#: class bodies, comprehensions, decorators and metaclasses all compile.
PROGRAM = """
import json, re, enum, collections, dataclasses, textwrap, string, functools, typing
print(json.dumps({"a": [1, 2.5, None], "b": {"c": "d"}}, indent=1, sort_keys=True))
print(json.loads('{"x": [1, 2, {"y": "z\\\\n"}]}'))
print(re.findall(r"(?P<w>\\w+)-(\\d+)", "ab-12 cd-34"), re.sub("[[]", "<", "a[b"))
print(re.I | re.M, enum.Flag.__name__, list(re.RegexFlag)[:2])
@dataclasses.dataclass(order=True)
class Point:
    x: int
    y: int = 0
print(sorted([Point(2, 1), Point(1, 5)]), collections.Counter("abracadabra").most_common(2))
print(textwrap.fill("the quick brown fox " * 5, 24), string.Template("$a-${b}").substitute(a=1, b=2))
print(functools.reduce(lambda a, b: a * b, range(1, 8)), typing.get_type_hints(Point))
print(collections.OrderedDict(a=1), collections.namedtuple("P", "x y")(1, 2))
"""

MODULES = ["json", "json.decoder", "json.encoder", "re", "re._parser", "re._compiler", "enum", "typing"]
OUR_MODULES = ["dataclasses"]


def test_shared_trees_and_analyses_are_unchanged_by_use() -> None:
    first = interp.Sandbox().run(PROGRAM)
    assert first.ok, first.error
    trees = {name: _source.load(name).tree for name in MODULES + OUR_MODULES}
    before = {name: tree_digest(tree) for name, tree in trees.items()}
    analyses = {name: compiler_module._ANALYSED[id(tree)] for name, tree in trees.items()}
    scopes_before = {name: scope_digest(a) for name, a in analyses.items()}
    second = interp.Sandbox().run(PROGRAM)
    assert second.ok, second.error
    assert second.stdout == first.stdout
    for name, tree in trees.items():
        # The same objects are shared, and are as they were.
        assert _source.load(name).tree is tree
        assert compiler_module._ANALYSED[id(tree)] is analyses[name]
        assert tree_digest(tree) == before[name], name
        assert scope_digest(analyses[name]) == scopes_before[name], name


def test_a_shared_tree_run_as_a_class_namespace_keeps_its_module_scope() -> None:
    tree = _source.load("keyword").tree
    program = compiler_module.compile_module(
        tree,
        filename="<t>",
        source=_source.load("keyword").text,
        globals={},
        builtins={},
        shared_tree=True,
    )
    assert program is not None
    top = compiler_module._ANALYSED[id(tree)][0]
    compiler_module.compile_module(
        tree,
        filename="<t>",
        source=_source.load("keyword").text,
        globals={},
        builtins={},
        namespace={},
        shared_tree=True,
    )
    assert top.kind == "module"


def test_a_second_sandbox_parses_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    assert interp.Sandbox().run("import json, textwrap").ok

    def no_parse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("parsed again")

    monkeypatch.setattr(_source, "parse", no_parse)
    result = interp.Sandbox().run("import json, textwrap\nprint(json.dumps([1]))")
    assert result.ok, result.error
    assert result.stdout == "[1]\n"


# ---------------------------------------------------------------------------
# re._compiler.compile through the host's re

PATTERNS: list[tuple[Any, int]] = [
    ("", 0),
    (r"(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?", 88),
    (r'(.*?)(["\\\x00-\x1f])', 88),
    (r"[ \t\n\r]*", 88),
    (r"(?P<year>\d{4})-(?P<month>\d\d)(?:-(?P<day>\d\d))?", 0),
    (r"(?P<a>x)|(?P=a)y|(?(a)b|c)", 0),
    (r"^\s*(#.*)?$", 8),
    (r"\bfoo\b|bar{2,5}?|baz*+|(?>qux)", 0),
    (r"[a-zA-Z_][a-zA-Z0-9_]*", 0),
    (r"straße|ΣΑΣ|[a-zé-ö]+", 2),
    (r"hello [w-z]orld", 2),
    (r"[\u0100-\uffff]+", 2),
    (r"[\U00010000-\U0010ffff]", 0),
    (r"(?x) a  b # comment\n c", 0),
    (r"(?s:.)(?-i:x)(?a:\w)", 0),
    (r"(?<=ab)c(?<!d)(?=e)(?!f)", 0),
    (b"[\x80-\xff]", 0),
    (rb"(?P<n>\d+)\s+\1", 0),
    (
        r"\$(?:(?P<escaped>\$)|(?P<named>(?a:[_a-z][_a-z0-9]*))|{(?P<braced>(?a:[_a-z][_a-z0-9]*))}|(?P<invalid>))",
        66,
    ),
    ("x" * 300, 0),
]


def _sandbox_compile(pattern: Any, flags: int, monkeypatch: pytest.MonkeyPatch, fast: bool) -> tuple:
    """(flags, code, groups, groupindex, indexgroup) of the sandbox's compiled pattern."""
    if not fast:
        monkeypatch.setattr(_re_host, "precompiled", lambda p, f: None)
    sandbox = interp.Sandbox()
    result = sandbox.run(f"import re\nr = re._compiler.compile({pattern!r}, {flags})\n")
    assert result.ok, result.error
    compiled = sandbox._session.globals["r"]
    monkeypatch.undo()
    return (
        compiled.flags,
        list(compiled.code),
        compiled.groups,
        dict(compiled._groupindex),
        compiled.indexgroup,
    )


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_the_host_compiles_as_the_sandbox_does(
    pattern: Any, flags: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _re_host.precompiled(pattern, flags) is not None
    assert _sandbox_compile(pattern, flags, monkeypatch, True) == _sandbox_compile(
        pattern, flags, monkeypatch, False
    )


class _Meter:
    countdown = 10**9


@pytest.fixture
def plain_meter(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(meter_module, "current", _Meter())


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        ("a", 128),  # DEBUG prints
        (b"a", 4),  # LOCALE
        (b"(?L)a", 0),
        ("[[a]", 0),  # warns: possible nested set
        ("[a--b]", 0),
        ("[a&&b]", 0),
        ("(?P<é>x)", 0),  # a non-ASCII name: the parser may warn
        ("(" * 50 + ")" * 50, 0),  # deep
        ("[\x00-\uffff]" * 3, 0),  # wide ranges
        ("[\x00-\U0010ffff]", 2),  # a case-insensitive range looks at every code point
        ("x" * 5000, 0),  # long
        ("(", 0),  # an error: CPython's code raises it
        ("a{2,1}", 0),
        ("a", 1 << 20),
        ("a", "0"),
        (["a"], 0),
    ],
)
def test_declined_patterns(pattern: Any, flags: Any, plain_meter: None) -> None:
    assert _re_host.precompiled(pattern, flags) is None


def test_a_str_subclass_is_declined(plain_meter: None) -> None:
    class S(str):
        pass

    assert _re_host.precompiled(S("a"), 0) is None
    assert _re_host.precompiled("a", True) is None


def test_the_work_is_charged(plain_meter: None) -> None:
    before = meter_module.current.countdown
    _re_host.precompiled("[a-z]" * 100, 0)
    assert before - meter_module.current.countdown >= 500


def test_the_answer_is_plain_values(plain_meter: None) -> None:
    flags, code, groups, groupindex, indexgroup = _re_host.precompiled(r"(?P<a>\d)(b)", 0)
    assert type(flags) is int and type(code) is list and type(groups) is int
    assert all(type(op) is int for op in code)
    assert type(groupindex) is dict and all(type(k) is str and type(v) is int for k, v in groupindex.items())
    assert type(indexgroup) is tuple and indexgroup == (None, "a", None)


DECLINED_PROGRAM = """
import re, warnings
warnings.simplefilter("always")
try:
    re.compile("a(")
except re.error as e:
    print("error", e)
print(re.compile("[[a]").pattern)
print(re.compile(b"(?L)a").flags)
print(re.match("(" * 30 + "a" + ")" * 30, "a").groups()[:2])
print(re.compile("x", re.DEBUG).pattern)
print(re._compiler.compile("a(b)c").groups, re.compile("(?i)ABC").match("abc"))
print(re.Scanner([(r"\\d+", lambda s, t: int(t)), (r"\\s+", None)]).scan("1 22 333"))
"""


def test_declined_patterns_work_in_the_sandbox() -> None:
    import contextlib
    import io
    import re
    import warnings

    expected = io.StringIO()
    with contextlib.redirect_stdout(expected), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        exec(DECLINED_PROGRAM.replace('warnings.simplefilter("always")', "pass"), {"re": re})
    result = interp.Sandbox().run(DECLINED_PROGRAM)
    assert result.ok, result.error
    assert result.stdout == expected.getvalue()


def test_a_full_collection_follows_an_import_that_parsed_much(monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    calls: list[int] = []
    collect = gc.collect
    monkeypatch.setattr(gc, "collect", lambda *args: calls.append(1) or collect(*args))
    # Both parsed before (run alone, this test would otherwise parse json below).
    assert interp.Sandbox().run("import keyword, json").ok
    calls.clear()
    # As if the import had parsed that much source: one collection, at its end.
    monkeypatch.setattr(_source, "_parsed_since_collection", _source.COLLECT_AFTER_PARSING)
    assert interp.Sandbox().run("import keyword, json").ok
    assert calls == [1]
    assert _source._parsed_since_collection == 0
    # Nothing new parsed: no collection.
    calls.clear()
    assert interp.Sandbox().run("import keyword, json").ok
    assert calls == []
    assert _source._import_depth == 0
