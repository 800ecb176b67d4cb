"""Fuzzing: random programs from a fresh seed must keep the sandbox's contract.

Each run draws a new seed (``FUZZ_SEED=S`` replays one), prints it to stderr, names it
in a warning (pytest's warnings summary shows it on every run) and in the failure
message with each failing program.  The programs come from
``tests/fuzz/generate.py`` and run in a watched subprocess (``tests/fuzz/run.py``), so
that a hang fails this test instead of hanging pytest.  ``make fuzz`` runs 100,000.
"""

from __future__ import annotations

import ast
import sys
import warnings

from fuzz import generate, oracle, run

import interp

#: Programs per test run. Measured: 1,500 programs cost 42-55 s of CPU (worker and
#: pytest, user + system; about 30 ms each, the rare bomb that overruns its budget
#: several seconds), so 1,000 keep the test at about half a minute of one core.
COUNT = 1000


def test_fuzz_programs_keep_the_contract() -> None:
    seed = run.fresh_seed()
    print(f"[fuzz] seed {seed} (replay: FUZZ_SEED={seed})", file=sys.stderr)
    # A warning names the seed in pytest's summary, which every run prints (pass or
    # fail).  A builtin category: xdist's controller must be able to unpickle it.
    warnings.warn(
        UserWarning(f"fuzz seed {seed} (replay: FUZZ_SEED={seed} python3 -m pytest tests/test_fuzz.py)"),
        stacklevel=1,
    )
    summary = run.fuzz(seed, COUNT)
    if summary.violations:
        run.write_reports(summary)
    details = "\n\n".join(v.describe() for v in summary.violations[:5])
    assert not summary.violations, (
        f"fuzz seed {seed} (replay: FUZZ_SEED={seed}): {len(summary.violations)} of {summary.count} "
        f"programs broke the contract (all in test-reports/fuzz/)\n{details}"
    )
    assert summary.count == COUNT


def test_the_same_seed_gives_the_same_programs() -> None:
    first = [generate.program(12345, i) for i in range(50)]
    assert first == [generate.program(12345, i) for i in range(50)]
    assert first != [generate.program(12346, i) for i in range(50)]


def test_generated_programs_are_mostly_valid_python() -> None:
    # CPython's compiler is the judge; mutated programs are meant to be invalid.
    valid = 0
    total = 400
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for i in range(total):
            try:
                compile(generate.program(7, i), "<fuzz>", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
                valid += 1
            except SyntaxError:
                pass
    assert valid >= 0.75 * total, f"only {valid} of {total} generated programs parse"


def test_mutations_reach_the_parser_error_paths() -> None:
    sources = [generate.mutate(generate.program(3, i), generate.random.Random(i)) for i in range(100)]
    assert sum(oracle.cpython_parses(s) is False for s in sources) > 50


def _result(**fields) -> interp.Result:
    return interp.Result(ok=False, stdout="", stderr="", **fields)


def test_the_oracle_flags_what_breaks_the_contract() -> None:
    sandbox = oracle.new_sandbox()
    state = oracle.host_state()
    clean = sandbox.run("1 / 0")
    assert oracle.check("1 / 0", sandbox, clean, state) == []
    host_frame = 'Traceback (most recent call last):\n  File "/x/interp/runtime/calls.py", line 3, in call\nKeyError: 1\n'
    broken = {
        "a host traceback": _result(error=interp.Error("KeyError", "1", 1, host_frame)),
        "an internal class as error type": _result(
            error=interp.Error("ConversionError", "x", 1, "Traceback")
        ),
        "an unknown limit": _result(error=interp.Error("LimitExceeded", "", None, "", limit="patience")),
        "a host object as result": interp.Result(ok=True, stdout="", stderr="", result=object()),
        "an internal class in a message": _result(
            error=interp.Error("TypeError", "'HostCallRequest' object is not iterable", 1, "Traceback")
        ),
        "a failure without an error": _result(),
    }
    for what, result in broken.items():
        assert oracle.check("pass", sandbox, result, state), what
    assert oracle.check("pass", sandbox, None, state)


def test_the_watchdog_reports_a_hang_instead_of_waiting() -> None:
    # The worker stops answering at program 1, as it would in a hung host call; the
    # watchdog must kill it and go on with program 2 in a new worker.
    summary = run.fuzz(1, 3, hard_timeout=1, stall_at=1)
    assert [(v.index, v.label) for v in summary.violations] == [(1, "hang")]
    assert summary.count == 3
