"""doctest in the sandbox: what its conformance programs cannot check by comparing stdout.

The surfaces doctest needed (``compile(..., "single")``, ``sys.displayhook``,
``sys.settrace``, the ``pdb`` and ``inspect`` stand-ins) keep per-sandbox state apart
and hand out sandbox values only; the doctest escape attack, too slow for the escape
suite's one-second budget (importing doctest compiles unittest, difflib and re), runs
here with room to finish.
"""

from __future__ import annotations

from pathlib import Path

import interp

HERE = Path(__file__).parent
ROOMY = interp.Limits(timeout=None, max_steps=200_000_000, max_memory=256 * 1024 * 1024)


def _run(source: str, filename: str = "<main>", sandbox: interp.Sandbox | None = None) -> interp.Result:
    return (sandbox or interp.Sandbox(limits=ROOMY)).run(source, filename)


def test_doctest_machinery_attack_finishes_contained() -> None:
    path = HERE / "escapes" / "jail" / "doctest_machinery_walk.py"
    result = _run(path.read_text(), str(path))
    assert result.error is None, result.error
    assert "ESCAPED" not in result.stdout
    assert "TestResults(failed=0, attempted=10)" in result.stdout


def test_settrace_and_displayhook_are_per_sandbox() -> None:
    first = interp.Sandbox(limits=ROOMY)
    second = interp.Sandbox(limits=ROOMY)
    setup = "import sys, builtins\nsys.settrace(print)\nsys.displayhook = str\nexec(compile('41', 's', 'single'))\n"
    assert _run(setup, sandbox=first).ok
    probe = (
        "import sys, builtins\n"
        "print(sys.gettrace(), sys.displayhook is sys.__displayhook__, hasattr(builtins, '_'))\n"
        "exec(compile('7', 's', 'single'))\n"
        "print(builtins._)\n"
    )
    assert _run(probe, sandbox=second).stdout == "None True False\n7\n7\n"
    again = _run("import sys\nprint(sys.gettrace() is print, sys.displayhook is str)\n", sandbox=first)
    assert again.stdout == "True True\n"


def test_main_file_only_for_a_named_program() -> None:
    probe = "import sys\nprint(globals().get('__file__'), sys.argv)\n"
    assert _run(probe).stdout == "None ['']\n"
    assert _run(probe, "prog.py").stdout == "prog.py ['prog.py']\n"


def test_compile_single_keeps_doctest_example_lines_only() -> None:
    # A doctest example's lines reach the traceback formatter; other compiled strings,
    # as in CPython, show no source line.
    source = (
        "import traceback\n"
        "for name in ('<doctest x[0]>', '<string>'):\n"
        "    try:\n"
        "        exec(compile('1/0\\n', name, 'single'))\n"
        "    except ZeroDivisionError:\n"
        "        print(traceback.format_exc().count('\\n    1/0\\n'))\n"
    )
    assert _run(source).stdout == "1\n0\n"


def test_displayhook_repr_is_metered() -> None:
    source = (
        "class R:\n    def __repr__(self):\n        while True: pass\nexec(compile('R()', 's', 'single'))\n"
    )
    result = interp.Sandbox(limits=interp.Limits(max_steps=100_000)).run(source)
    assert result.error is not None and result.error.limit == "max_steps"
