"""The programs in examples/ run in the sandbox as they run under CPython."""

from __future__ import annotations

import asyncio
import contextlib
import importlib.util
import io
from pathlib import Path

import interp

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, EXAMPLES / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_gather_example_runs_through_run_async_as_under_cpython():
    host = _load("run_gather")
    source = host.PROGRAM.read_text()

    # CPython, with the same capabilities as plain globals, is the oracle.
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        exec(compile(source, str(host.PROGRAM), "exec"), {"__name__": "__main__", **host.CAPABILITIES})

    async def main():
        return await interp.Sandbox(capabilities=host.CAPABILITIES).run_async(source, str(host.PROGRAM))

    result = asyncio.run(main())
    assert result.ok, result.stderr
    assert result.stdout == buffer.getvalue()
    assert result.stats["host_calls"] == 9
