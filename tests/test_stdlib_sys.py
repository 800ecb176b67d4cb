"""The sandbox's ``sys`` module, compared with CPython running the same program."""

from __future__ import annotations

import subprocess
import sys

import pytest

from interp.host.sandbox import Limits, Sandbox

PROGRAMS = {
    "streams": (
        "import sys\nn = sys.stdout.write('out\\n')\nprint(n)\nsys.stderr.write('err\\n')\n"
        "print('to err', file=sys.stderr)\nsys.stdout.writelines(['a', 'b\\n'])\nsys.stdout.flush()\n"
        "print(sys.stdout.isatty(), sys.stdout.encoding, sys.stdin.readable(), sys.stdout.writable())\n"
        "print(sys.__stdout__ is sys.stdout)\n"
    ),
    "stdin": (
        "import sys\nfirst = sys.stdin.readline()\nprint(repr(first))\n"
        "for line in sys.stdin:\n    print('line', repr(line))\nprint(repr(sys.stdin.readline()))\n"
    ),
    "stdin_read": "import sys\nprint(repr(sys.stdin.read()))\n",
    "write_errors": ("import sys\ntry:\n    sys.stdout.write(1)\nexcept TypeError as e:\n    print(e)\n"),
    "constants": (
        "import sys\nprint(sys.maxsize, sys.maxunicode, sys.byteorder, sys.version_info >= (3, 8))\n"
        "print(sys.version_info[:2] == tuple(int(p) for p in sys.version.split('.')[:2]))\n"
    ),
    "exit_code": "import sys\nprint('before')\nsys.exit(3)\nprint('after')\n",
    "exit_message": "import sys\ntry:\n    sys.exit('bye')\nexcept SystemExit as e:\n    print(e.code)\n",
    "recursion_limit": (
        "import sys\nsys.setrecursionlimit(200)\nprint(sys.getrecursionlimit())\n"
        "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError:\n    print('deep')\n"
        "for bad in (0, -5):\n    try:\n        sys.setrecursionlimit(bad)\n    except ValueError as e:\n        print(e)\n"
        "try:\n    sys.setrecursionlimit(1.5)\nexcept TypeError as e:\n    print(e)\n"
    ),
}

STDIN = "alpha\nbeta\ngamma\n"


def cpython(source: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", source],
        input=STDIN,
        capture_output=True,
        text=True,
        env={"PYTHONHASHSEED": "0"},
    )


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_sys_matches_cpython(name):
    source = PROGRAMS[name]
    errors: list[str] = []
    result = Sandbox(stdin=STDIN, stderr=errors.append).run(source)
    expected = cpython(source)
    assert result.stdout == expected.stdout
    if expected.returncode == 0:
        assert result.ok, result.stderr
        # What the program wrote to stderr (not tracebacks) reached the stderr callback.
        assert "".join(errors) == expected.stderr
    else:
        assert result.error.type == "SystemExit"


def test_setrecursionlimit_cannot_lift_the_hosts_depth_limit():
    r = Sandbox(limits=Limits(max_depth=100)).run(
        "import sys\nsys.setrecursionlimit(10**6)\nprint(sys.getrecursionlimit())\n"
    )
    assert r.stdout == "100\n"
