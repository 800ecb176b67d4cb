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
