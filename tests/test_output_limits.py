"""Output is counted as it is made, before the host holds it (issue 13, item 5).

Each program here tries to make the host write, or hold, far more than ``max_output``:
one ``print`` whose separator is a large chunk, prompts and ``str`` subclasses that lie
about their length, a stream of tiny writes.  Each run must end with the
``max_output`` limit, having handed the host no more than the limit, as exact ``str``
objects, and the host must not have grown by more than a small multiple of the limit
(measured with tracemalloc around the run).
"""

from __future__ import annotations

import subprocess
import sys
import tracemalloc

import pytest

from interp.host.sandbox import Limits, Sandbox
from tests.oracle_env import oracle_env

MAX_OUTPUT = 256 * 1024
#: What the host may hold at the peak of a run, over what it held before it.
BOUND = 4 * MAX_OUTPUT

LIAR = """
class Liar(str):
    def __len__(self):
        return 1
    def encode(self, *args, **kwargs):
        return b"x"
    def isascii(self):
        return True
    def __str__(self):
        return self
"""

#: Programs that write past MAX_OUTPUT, each in a way that once got past the count.
FLOODS = {
    # One print: 2 000 pieces joined by a 64 KiB separator (125 MiB if joined first).
    "print_sep_chunk": "chunk = 'x' * (64 * 1024)\nprint(*range(2000), sep=chunk, end=chunk)\n",
    "print_many_args": "print(*(['y' * 1000] * 2000))\n",
    "print_liar": LIAR + "print(Liar('z' * (512 * 1024)))\n",
    "print_liar_sep": LIAR + "print(*range(2000), sep=Liar('s' * 4096))\n",
    "input_prompt": "input('p' * (512 * 1024))\n",
    "input_liar_prompt": LIAR + "input(Liar('q' * (512 * 1024)))\n",
    "stdout_write_liar": LIAR + "import sys\nsys.stdout.write(Liar('w' * (512 * 1024)))\n",
    "stderr_write_liar": LIAR + "import sys\nsys.stderr.write(Liar('e' * (512 * 1024)))\n",
    "small_prints": "i = 0\nwhile True:\n    print(i)\n    i += 1\n",
    "small_writes": "import sys\ni = 0\nwhile True:\n    sys.stdout.write(str(i))\n    i += 1\n",
    "small_stderr_writes": "import sys\ni = 0\nwhile True:\n    sys.stderr.write(str(i))\n    i += 1\n",
    "print_to_stderr": "import sys\ni = 0\nwhile True:\n    print(i, file=sys.stderr)\n    i += 1\n",
    "print_flush": "i = 0\nwhile True:\n    print(i, flush=True)\n    i += 1\n",
    "writelines": "import sys\nwhile True:\n    sys.stdout.writelines(['line\\n'] * 100)\n",
}


#: Every door the floods write through, used once before the measure.
_WARM_UP = (
    LIAR
    + "import sys\nprint(Liar('a'), 1, sep=Liar(' '))\ninput('')\ninput(Liar(''))\n"
    + "sys.stdout.write(Liar(''))\nsys.stderr.write(Liar(''))\nprint(0, file=sys.stderr, flush=True)\n"
    + "sys.stdout.writelines(['', ''])\n"
)


class _Received:
    """A host callback that keeps what it was handed in short: the types, the bytes
    (the list of pieces itself would be the test's growth, not interp's)."""

    def __init__(self) -> None:
        self.types: set[type] = set()
        self.sizes: list[int] = []

    def __call__(self, text: object) -> None:
        self.types.add(type(text))
        self.sizes.append(len(str.encode(text, "utf-8", "surrogatepass")))  # type: ignore[arg-type]


def _run_measured(source: str, limits: Limits) -> tuple:
    """Run ``source``; what the callbacks received, and the host's growth at the peak."""
    received = _Received()
    sandbox = Sandbox(limits=limits, stdout=received, stderr=received, stdin=lambda p: "")
    # The first use of each door costs once (the sandbox's sys module, the parse of a
    # library file, a function body compiled on its first call), and whether another
    # test of the process paid it already depends on the order: not the program's.
    sandbox.run(_WARM_UP)
    received.sizes.clear()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        result = sandbox.run(source)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return result, received, peak - before


@pytest.mark.parametrize("name", sorted(FLOODS))
def test_output_past_the_limit_is_never_made(name: str) -> None:
    # tracemalloc slows the run down many times: the time limit must not come first.
    result, received, grown = _run_measured(FLOODS[name], Limits(max_output=MAX_OUTPUT, timeout=120))
    assert result.error is not None and result.error.limit == "max_output", result.error
    # Exact str only: a subclass would be the program's object in the host's hands.
    assert received.types == {str}
    assert sum(received.sizes[:-1]) <= MAX_OUTPUT  # the last piece: interp's notice of the limit
    assert len(result.stdout.encode("utf-8")) <= MAX_OUTPUT
    # The program's own strings are at most 512 KiB (twice that for a copy); the rest
    # is what the output cost the host.
    assert grown <= BOUND + 2 * 512 * 1024, f"the host grew by {grown} bytes"


def test_a_huge_print_without_an_output_limit_is_a_memory_error() -> None:
    # 2 000 copies of a 1 MiB separator: past the hard cap on one host operation.
    result = Sandbox(limits=Limits(max_output=None, max_memory=None)).run(
        "try:\n    print(*range(2000), sep='x' * (1 << 20))\nexcept MemoryError:\n    print('refused')\n"
    )
    assert result.ok, result.error
    assert result.stdout == "refused\n"


def test_the_last_piece_that_fits_is_written_and_no_more() -> None:
    limits = Limits(max_output=10)
    result = Sandbox(limits=limits).run("print('12345')\nprint('67890')\nprint('never')\n")
    assert result.error.limit == "max_output"
    assert result.stdout == "12345\n"


# -- the pieces a print writes, as CPython writes them -------------------------------------

FIDELITY = {
    "subclass_pieces": LIAR
    + (
        "class Shout(str):\n    def __str__(self):\n        return self.upper()\n"
        "print(Liar('a'), Shout('b'), 3, sep=Shout('-'), end=Shout('!\\n'))\n"
        "print(Liar('c'), end='')\nprint()\n"
        "import sys\nsys.stdout.write(Liar('written\\n'))\nprint(Shout('e'), file=sys.stdout)\n"
        "print(Liar('x'), Shout('y'), sep=Liar('+'), file=sys.stderr)\n"
    ),
    "str_returns_subclass": LIAR
    + (
        "class Thing:\n    def __str__(self):\n        return Liar('thing')\n"
        "print(Thing(), Thing(), sep='|')\nprint(*[Thing()] * 12, sep=',')\n"
    ),
    "sep_str_called_per_use": (
        "calls = []\nclass Sep(str):\n    def __str__(self):\n        calls.append(1)\n"
        "        return '<' + str(len(calls)) + '>'\n"
        "print(1, 2, 3, sep=Sep('-'), end=Sep('.'))\nprint()\nprint(len(calls))\n"
        "print(*range(12), sep=Sep(','))\n"
    ),
    "input_prompt_subclass": LIAR + "x = input(Liar('prompt> '))\nprint(repr(x))\n",
}


def _cpython(source: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", source], input="typed\n", capture_output=True, text=True, env=oracle_env()
    )


@pytest.mark.parametrize("name", sorted(FIDELITY))
def test_printed_pieces_match_cpython(name: str) -> None:
    source = FIDELITY[name]
    expected = _cpython(source)
    assert expected.returncode == 0, expected.stderr
    errors: list[str] = []
    result = Sandbox(stdin="typed\n", stderr=errors.append).run(source)
    assert result.ok, result.error
    assert result.stdout == expected.stdout
    assert "".join(errors) == expected.stderr
