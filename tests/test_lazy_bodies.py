"""Function bodies compiled on their first call (interp/compiler/lazy.py).

Deferring a body must change nothing a program can see but time: every error that
compiling the whole module reports is still reported before anything runs, in the same
order; a body is compiled once per ``def`` site; the work is charged to the meter of the
sandbox whose call triggers it.
"""

from __future__ import annotations

import pytest

import interp
from interp.compiler import lazy
from interp.compiler.compile import compile_module
from interp.compiler.definitions import DefinitionCompiler
from interp.runtime.generators import Generator
from interp.syntax.parser import parse

#: Bodies the compiler itself refuses (beyond the parser and scope analysis), and
#: bodies it accepts; each goes into a def, a method and a nested def.
BODIES = [
    "break",
    "continue",
    "for x in y:\n    pass\nelse:\n    break",
    "class C:\n    return 1",
    "for *a in b:\n    pass",
    "[x for *a in b]",
    "while 1:\n    class C:\n        break",
    "def g():\n    continue",
    "a, *b, *c = d",
    "x[*a]",
    "print(*a, *b)",
    "for x in y:\n    try:\n        pass\n    finally:\n        continue",
    "with a as (b, *c):\n    pass",
    "del a, (b, c)",
    "return *a, b",
    "nonlocal q",
]


def _indent(text: str, by: str) -> str:
    return "\n".join(by + line for line in text.splitlines())


def _programs(body: str) -> list[str]:
    return [
        "def f():\n" + _indent(body, "    ") + "\nx = 1\n",
        "def f():\n" + _indent(body, "    ") + "\nbreak\n",
        "class K:\n    def f(self):\n" + _indent(body, "        ") + "\n",
        "def outer():\n    def f():\n" + _indent(body, "        ") + "\n    return f\nreturn 2\n",
        "class K:\n" + _indent(body, "    ") + "\nx = 1\n",
        "class K:\n    class L:\n" + _indent(body, "        ") + "\nbreak\n",
        "for i in x:\n    class K:\n" + _indent(body, "        ") + "\n",
    ]


def _compile(source: str, lazy_bodies: bool) -> object:
    try:
        tree = parse(source, "<t>")
        compile_module(tree, filename="<t>", source=source, globals={}, builtins={}, lazy_bodies=lazy_bodies)
    except SyntaxError as error:
        return (type(error).__name__, error.msg, error.lineno, error.offset)
    return "ok"


@pytest.mark.parametrize("body", BODIES)
def test_errors_are_reported_up_front(body: str) -> None:
    for source in _programs(body):
        assert _compile(source, True) == _compile(source, False), source


def test_only_clean_bodies_wait() -> None:
    tree = parse("def good():\n    return 1\ndef bad():\n    break\n", "<t>")
    planned = lazy.plan(tree)
    good, bad = tree.body
    assert id(good) in planned and id(bad) not in planned


def test_deep_body_stays_eager() -> None:
    deep = "-" * (lazy.MAX_LAZY_DEPTH + 5) + "x"
    tree = parse(f"def f(x):\n    return {deep}\n", "<t>")
    assert lazy.plan(tree) == {}


def _run(source: str, limits: interp.Limits | None = None) -> interp.Result:
    return interp.Sandbox(limits=limits).run(source)


def test_one_body_per_def_site(monkeypatch: pytest.MonkeyPatch) -> None:
    compiled = []
    original = DefinitionCompiler._function_body

    def counting(self: DefinitionCompiler, node: object, *rest: object) -> object:
        compiled.append(getattr(node, "name", None))
        return original(self, node, *rest)

    monkeypatch.setattr(DefinitionCompiler, "_function_body", counting)
    result = _run(
        "fs = []\n"
        "for i in range(3):\n"
        "    def h(a=i):\n"
        "        return a * 10\n"
        "    fs.append(h)\n"
        "def unused():\n"
        "    return 0\n"
        "print([f() for f in fs], [f() for f in fs])\n"
    )
    assert result.stdout == "[0, 10, 20] [0, 10, 20]\n"
    assert compiled.count("h") == 1 and "unused" not in compiled


def test_generators_made_before_the_first_run() -> None:
    result = _run(
        "def gen(n):\n"
        "    yield from range(n)\n"
        "a, b = gen(3), gen(2)\n"
        "print(list(b), list(a), list(gen(1)))\n"
        "async def co():\n"
        "    return 5\n"
        "import asyncio\n"
        "print(asyncio.run(co()))\n"
    )
    assert result.stdout == "[0, 1] [0, 1, 2] [0]\n5\n", result.error


def test_a_generators_body_is_compiled_before_it_is_made(monkeypatch: pytest.MonkeyPatch) -> None:
    # The stand-in would stay in the chain of host generators every item resumes.
    bodies = []
    original = Generator.__init__

    def recording(self: Generator, fn: object, frame: list) -> None:
        original(self, fn, frame)
        bodies.append(self.body.gi_code.co_name)

    monkeypatch.setattr(Generator, "__init__", recording)
    result = _run("def gen(n):\n    for i in range(n):\n        yield i\nprint(list(gen(3)), list(gen(2)))\n")
    assert result.stdout == "[0, 1, 2] [0, 1]\n", result.error
    assert len(bodies) == 2 and "first_call" not in bodies


def test_traceback_of_a_lazy_body() -> None:
    result = _run("def f():\n    x = 1\n    return 1 / 0\nf()\n")
    assert result.error is not None
    assert result.error.type == "ZeroDivisionError"
    assert "line 3, in f\n    return 1 / 0" in result.error.traceback


def test_first_call_at_depth() -> None:
    result = _run(
        "exec('def lazy(x):\\n    return ' + '(' * 90 + 'x' + ')' * 90, globals())\n"
        "def down(n):\n"
        "    return down(n - 1) if n else lazy(1)\n"
        "print(down(950))\n"
    )
    assert result.stdout == "1\n", result.error


# A plain function's compile is charged at its first call; a generator function's when
# its first generator is made (before anything of the body runs).
@pytest.mark.parametrize(("last", "first_use"), [("return a", "f()"), ("yield a", "x = f()")])
def test_compiling_is_charged_to_the_caller(last: str, first_use: str) -> None:
    big = "def f(b=1, c=2):\n" + "    a = b + c * b - c\n" * 3000 + f"    {last}\n"
    limits = interp.Limits(max_steps=20_000)
    defined = _run(big + "print('defined')\n", limits)
    assert defined.ok and defined.stdout == "defined\n"
    called = _run(big + first_use + "\n", limits)
    assert called.error is not None and called.error.limit == "max_steps"
