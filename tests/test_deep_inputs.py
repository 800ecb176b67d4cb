"""Deep input never crashes the host (issue 13, items 7 and 8).

Source nested deeper than CPython's compiler allows, and data nested thousands deep,
must end in a sandbox exception or a clean Result: never a host exception from
``Sandbox.run()`` or ``Sandbox.globals``.  Where CPython can judge the same source,
the host CPython runs it here and the sandbox must give the same outcome.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from interp import Sandbox
from interp.compiler import scopes
from interp.host import values


def _nest(head: str, n: int) -> str:
    return "".join(" " * i + head + "\n" for i in range(n)) + " " * n + "pass\n"


#: Sources and sizes on both sides of CPython 3.11's limits (recursion depth of the
#: compiler, 200 nested parentheses, 100 indentation levels, 20 nested blocks).
SHAPES = {
    "sum-1000": "x = " + "1+" * 1000 + "1",
    "sum-5000": "x = " + "1+" * 5000 + "1",
    "sum-100000": "x = " + "1+" * 100_000 + "1",
    "subscript-5000": "x = a" + "[0]" * 5000,
    "attribute-5000": "x = a" + ".b" * 5000,
    "parens-150": "x = " + "(" * 150 + "1" + ")" * 150,
    "parens-1000": "x = " + "(" * 1000 + "1" + ")" * 1000,
    "lists-1000": "x = " + "[" * 1000 + "]" * 1000,
    "dicts-1000": "x = " + "{1:" * 1000 + "1" + "}" * 1000,
    "calls-1000": "x = " + "f(" * 1000 + ")" * 1000,
    "if-99": _nest("if x:", 99),
    "if-100": _nest("if x:", 100),
    "def-100": _nest("def f():", 100),
    "for-20": _nest("for x in y:", 20),
    "for-21": _nest("for x in y:", 21),
    "while-21": _nest("while x:", 21),
    "with-21": _nest("with a:", 21),
    "with-two-11": _nest("with a, b:", 11),
    "elif-1000": "if x: pass\n" + "elif x: pass\n" * 1000,
    "and-10000": "x = " + "a and " * 10_000 + "1",
    "compare-10000": "x = " + "a < " * 10_000 + "1",
}


def _cpython(source: str) -> tuple[str, str | None, int | None]:
    try:
        compile(source, "<main>", "exec")
    except (SyntaxError, RecursionError, MemoryError) as error:
        if isinstance(error, SyntaxError):
            return type(error).__name__, error.msg, error.lineno
        return type(error).__name__, str(error), None
    return "ok", None, None


@pytest.mark.parametrize("name", list(SHAPES))
def test_deep_source_as_cpython(name: str) -> None:
    source = SHAPES[name]
    expected = _cpython(source)
    result = Sandbox().run(source + "\n1")
    if expected[0] == "ok":
        # Compiles; running it may fail on undefined names, never on depth.
        assert result.ok or result.error.type == "NameError", result.error
        return
    assert not result.ok
    assert result.error.type == expected[0]
    if expected[0] == "RecursionError":
        assert result.error.message == expected[1]
    else:
        assert result.error.message.startswith(expected[1])
        assert result.error.line == expected[2]


@pytest.mark.parametrize(
    "name", ["sum-5000", "sum-100000", "subscript-5000", "for-21", "parens-1000", "if-100"]
)
@pytest.mark.parametrize("how", ["exec", "compile", "eval"])
def test_deep_source_inside_the_sandbox(name: str, how: str) -> None:
    source = SHAPES[name]
    if how == "eval":
        if not source.startswith("x = "):
            pytest.skip("not an expression")
        source = source[4:]
    call = {"exec": "exec(src, {})", "compile": "compile(src, '<main>', 'exec')", "eval": "eval(src, {})"}[
        how
    ]
    program = (
        f"try:\n    {call}\n    print('ok')\n"
        "except NameError:\n    print('ok')\n"
        "except (SyntaxError, RecursionError, MemoryError) as e:\n    print(type(e).__name__)\n"
    )
    namespace: dict = {"src": source, "__builtins__": __builtins__}
    captured: list[str] = []
    namespace["print"] = captured.append
    exec(program, namespace)
    sb = Sandbox(capabilities={"src": source})
    result = sb.run(program)
    assert result.ok, result.error
    assert result.stdout == captured[0] + "\n"


def test_unary_and_lambda_chains_end_in_a_sandbox_error() -> None:
    # CPython's parser runs out of its stack here (MemoryError); the sandbox's parser
    # has none and its compiler refuses the depth (docs/DEVIATIONS.md).
    for source in (
        "x = " + "-" * 10_000 + "1",
        "x = " + "lambda: " * 10_000 + "1",
        "if x: pass\n" + "elif x: pass\n" * 10_000,
    ):
        assert _cpython(source)[0] == "MemoryError"
        result = Sandbox().run(source)
        assert not result.ok
        assert result.error.type == "RecursionError"


def _cpython_fresh(source: str) -> str:
    # CPython's compiler limit counts the caller's own depth: compile from a fresh
    # process, as a program's main module is.
    code = "import sys\ntry:\n    compile(sys.stdin.read(), 'm', 'exec')\n    print('ok')\nexcept RecursionError:\n    print('RecursionError')\n"
    return subprocess.run(
        [sys.executable, "-c", code], input=source, capture_output=True, text=True, timeout=60
    ).stdout.strip()


@pytest.mark.skipif(sys.platform == "emscripten", reason="Pyodide's bound is lower")
def test_compile_nesting_limit_is_cpythons() -> None:
    # The deepest sum CPython 3.11 compiles at its default recursion limit, and one more.
    deepest = scopes.MAX_NESTING - 2
    assert _cpython_fresh("x = " + "1+" * deepest + "1") == "ok"
    assert _cpython_fresh("x = " + "1+" * (deepest + 1) + "1") == "RecursionError"
    assert Sandbox().run("x = " + "1+" * deepest + "1").ok
    result = Sandbox().run("x = " + "1+" * (deepest + 1) + "1")
    assert result.error.type == "RecursionError"


DEEP = 5000
_BUILD = f"x = []\ny = []\nfor i in range({DEEP}):\n    x = [x]\n    y = [y]\nt = ()\nfor i in range({DEEP}):\n    t = (t,)\n"

OPERATIONS = [
    "repr(x)",
    "str(x)",
    "print(x)",
    "format(x)",
    "'%r' % (x,)",
    "'{}'.format(x)",
    "f'{x!r}'",
    "x == y",
    "x < y",
    "x in [y]",
    "sorted([x, y])",
    "hash(t)",
    "{t: 1}[t]",
    "{t} == {t}",
    "list(x)",
]


@pytest.mark.parametrize("operation", OPERATIONS)
def test_deep_data_ends_cleanly(operation: str) -> None:
    program = _BUILD + f"try:\n    r = {operation}\nexcept RecursionError:\n    r = None\nprint('done')\n"
    sb = Sandbox()
    result = sb.run(program)
    assert result.ok, result.error
    assert result.stdout.endswith("done\n")
    # Too deep to copy out: left out of globals, never a host exception.
    out = sb.globals
    assert "x" not in out and "t" not in out
    assert out["i"] == DEEP - 1


def test_deep_data_as_the_last_value_and_a_capability_argument() -> None:
    seen: list = []
    sb = Sandbox(capabilities={"take": seen.append})
    result = sb.run(_BUILD + "x")
    assert result.ok
    # Too deep to cross by value: the result is its repr, computed in the sandbox.
    assert result.result == result.result_repr
    assert result.result.startswith("[[[")
    result = sb.run("try:\n    take(x)\nexcept TypeError as e:\n    print(e)\n")
    assert result.ok, result.error
    assert "nested more than" in result.stdout
    assert seen == []


def test_crossing_depth_limit() -> None:
    shallow: list = []
    for _ in range(values.MAX_DEPTH - 1):
        shallow = [shallow]
    assert values.to_host(shallow) == shallow
    deep = [shallow]
    with pytest.raises(values.ConversionError):
        values.to_host(deep)
    with pytest.raises(values.ConversionError):
        values.to_sandbox(deep)
    # Shapes and types survive the iterative copy.
    data = {"a": [1, (2, 3), {4, 5}], "b": frozenset({(6,)}), "c": {"d": [None, True, 1.5, b"x"]}}
    copied = values.to_host(data)
    assert copied == data and copied is not data
    assert type(copied["a"][1]) is tuple and type(copied["b"]) is frozenset
    loop: list = []
    loop.append(loop)
    with pytest.raises(values.ConversionError, match="recursive"):
        values.to_host(loop)


def test_recursion_limit_of_the_host_is_unchanged() -> None:
    # The deep-source paths must not leave the host's own limit raised.
    before = sys.getrecursionlimit()
    Sandbox().run("x = " + "1+" * 100_000 + "1")
    assert sys.getrecursionlimit() == before
