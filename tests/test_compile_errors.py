"""Errors the compiler raises (CPython's symtable and code generator: ``await`` and
``yield`` outside their place, ``global``/``nonlocal`` misuse...), compared with
CPython's own ``compile()`` for every program in ``tests/compile_errors/``.

The parser's errors are checked by test_syntax_errors.py; these programs parse.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from interp import bootstrap

CASES = sorted((Path(__file__).resolve().parent / "compile_errors").glob("*.py"))


def _fields(error: SyntaxError) -> tuple:
    return (type(error).__name__, error.msg, error.lineno, error.offset)


def cpython_error(source: str) -> tuple | None:
    try:
        compile(source, "<file>", "exec")
    except SyntaxError as error:
        return _fields(error)
    return None


def interp_error(source: str, top_level_await: bool = False) -> tuple | None:
    bootstrap.load()
    from interp.compiler.compile import compile_module
    from interp.syntax.parser import parse

    try:
        compile_module(
            parse(source, "<file>"),
            filename="<file>",
            source=source,
            globals={},
            builtins={},
            top_level_await=top_level_await,
        )
    except SyntaxError as error:
        return _fields(error)
    return None


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_compile_error_matches_cpython(path):
    source = path.read_text()
    expected = cpython_error(source)
    assert expected is not None, f"{path.name} compiles under CPython: not an error case"
    assert interp_error(source) == expected


def test_top_level_await_is_allowed_only_when_asked_for():
    import ast

    for source in (
        "await x\n",
        "async for x in y:\n    pass\n",
        "async with x:\n    pass\n",
        "[await x for x in y]\n",
    ):
        flags = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
        compile(source, "<file>", "exec", flags=flags)  # CPython accepts it with the flag
        assert interp_error(source, top_level_await=True) is None
        assert interp_error(source) == cpython_error(source)
    # Still refused inside a plain function, as CPython does with the flag.
    source = "def f():\n    await x\n"
    with pytest.raises(SyntaxError) as caught:
        compile(source, "<file>", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    assert interp_error(source, top_level_await=True) == _fields(caught.value)
