"""The environment in which the tests run a program under CPython and under interp, so
that both see the same hash seed and write the same bytes."""

from __future__ import annotations

import os


def oracle_env() -> dict[str, str]:
    """This process's environment with a fixed hash seed and UTF-8 output, and no
    start-up file that could print."""
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env.pop("PYTHONSTARTUP", None)
    return env


#: ``python -m interp``'s time limits (10 s of compute, 60 s of wall time) would make a
#: slow program's result depend on the machine's load: a step limit ends a runaway
#: program the same way on any machine.
LOAD_PROOF_FLAGS = ["--timeout", "0", "--max-wall", "0", "--max-steps", "500000000"]
