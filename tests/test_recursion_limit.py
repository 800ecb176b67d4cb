"""The recursion limit: CPython's 1000 to start with, raised by the program up to the
ceiling the host sets (``Limits.max_depth``).

CPython is the oracle: each program runs under the host CPython and under
``python -m interp`` and the outputs must be equal.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from oracle_env import oracle_env

from interp import Limits, Sandbox

RAISED = textwrap.dedent(
    """
    import sys

    print(sys.getrecursionlimit())


    def depth(n):
        return 0 if n == 0 else 1 + depth(n - 1)


    def unbounded(n):
        return unbounded(n + 1)


    try:
        depth(1500)
    except RecursionError:
        print("1500 frames exceed the default limit")
    sys.setrecursionlimit(5000)
    print(sys.getrecursionlimit())
    print(depth(2000), depth(4900))


    def fib(n, memo={}):
        if n < 2:
            return n
        if n not in memo:
            memo[n] = fib(n - 1) + fib(n - 2)
        return memo[n]


    print(fib(3000) % 1000000007)
    try:
        unbounded(0)
    except RecursionError:
        print("still bounded")
    sys.setrecursionlimit(1000)
    try:
        depth(1500)
    except RecursionError:
        print("lowered again")
    """
)


def _run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*command, "-c", RAISED],
        capture_output=True,
        text=True,
        timeout=300,
        env=oracle_env(),
    )


def test_a_program_may_raise_the_recursion_limit_as_in_cpython() -> None:
    expected = _run(sys.executable)
    actual = _run(sys.executable, "-m", "interp")
    assert expected.returncode == 0, expected.stderr
    assert actual.stdout == expected.stdout, actual.stderr[-2000:]


@pytest.mark.parametrize("ceiling", [50, 3000])
def test_the_host_ceiling_caps_the_recursion_limit(ceiling: int) -> None:
    program = (
        "import sys\n"
        "sys.setrecursionlimit(10000)\n"
        "def depth(n):\n"
        "    return 0 if n == 0 else 1 + depth(n - 1)\n"
        "try:\n"
        "    depth(5000)\n"
        "except RecursionError:\n"
        "    print('capped', sys.getrecursionlimit())\n"
    )
    r = Sandbox(limits=Limits(max_depth=ceiling)).run(program)
    assert r.ok and r.stdout == f"capped {ceiling}\n"


def test_the_limit_a_program_set_is_kept_for_the_next_run() -> None:
    sandbox = Sandbox()
    sandbox.run("import sys\nsys.setrecursionlimit(3000)\n")
    r = sandbox.run("import sys\nprint(sys.getrecursionlimit())\n")
    assert r.stdout == "3000\n"
    assert Sandbox().run("import sys\nprint(sys.getrecursionlimit())\n").stdout == "1000\n"
