"""Peer Python sandboxes for ``bench/run.py --peers``: their virtualenv and how to run them.

The peers are installed from PyPI at pinned versions into ``bench/.peers-venv`` (created
on first use, gitignored), never into the project's environment, whose dependencies
theirs would otherwise pull up or down.  Each (peer, program) pair runs in a fresh
``bench/peer_driver.py`` process of that venv: a peer that hangs is killed at the timeout
and one that crashes costs only its own cell of the table.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import venv
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENV = HERE / ".peers-venv"
DRIVER = HERE / "peer_driver.py"


@dataclass(frozen=True)
class Peer:
    """A peer: its column name, the PyPI distribution and pinned version, and whether it
    is written in Python (those are the ones interp's ``vs pure`` column compares with)."""

    name: str
    dist: str
    version: str
    pure_python: bool


PEERS = [
    Peer("smolagents", "smolagents", "1.26.0", True),
    Peer("asteval", "asteval", "1.0.10", True),
    Peer("starlark", "starlark", "0.6.0", True),
    # 1.5.0 is the newest pydantic-monty, but its pydantic-monty-client==1.5.0 and
    # pydantic-monty-runtime==1.5.0 are not on the index this project's machines reach.
    Peer("monty", "pydantic-monty", "1.4.0", False),  # Rust
]

# Extra seconds a driver process gets beyond the timeout of its runs: start and imports.
STARTUP_ALLOWANCE = 60.0


def python() -> Path:
    return VENV / ("Scripts" if os.name == "nt" else "bin") / "python"


def ensure_venv(peers: list[Peer]) -> dict[str, str]:
    """Create the venv and install the pinned peers that are missing or at another version.

    Returns the error of each peer that could not be installed, so that its column says
    so instead of the whole run failing (each peer is installed on its own for that).
    """
    if not python().exists():
        print(f"[peers] creating {VENV.relative_to(HERE.parent)}", file=sys.stderr)
        venv.EnvBuilder(with_pip=True).create(VENV)
    installed = installed_versions([peer.dist for peer in peers])
    failed = {}
    for peer in peers:
        if installed.get(peer.dist) == peer.version:
            continue
        pin = f"{peer.dist}=={peer.version}"
        print(f"[peers] pip install {pin}", file=sys.stderr)
        done = subprocess.run(
            [str(python()), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", pin],
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            lines = [line for line in done.stderr.splitlines() if line.startswith("ERROR")]
            failed[peer.name] = f"not installed: {(lines or ['pip failed'])[-1]}"
    return failed


def installed_versions(dists: list[str]) -> dict[str, str | None]:
    done = subprocess.run(
        [str(python()), str(DRIVER), "--versions", *dists], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


def run(peer: Peer, program: Path, repeat: int, timeout: float) -> dict[str, object]:
    """The driver's JSON for one program: ``time`` (best, s), ``output`` and ``error``."""
    env = dict(os.environ, PYTHONHASHSEED="0")
    # A session of its own, so that a timeout also ends the processes the peer started
    # (Monty's worker), by the group id of the one process started here.
    proc = subprocess.Popen(
        [str(python()), str(DRIVER), peer.name, str(program), f"--repeat={repeat}", f"--timeout={timeout}"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        start_new_session=True,
    )
    try:
        stdout, stderr = proc.communicate(timeout=timeout * repeat + STARTUP_ALLOWANCE)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        return {"time": None, "output": "", "error": "timeout"}
    try:
        return json.loads(stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        last = (stderr.strip().splitlines() or [f"exit status {proc.returncode}"])[-1]
        return {"time": None, "output": "", "error": f"driver: {last}"}


# Messages that say a feature is missing rather than that something went wrong, one
# pattern per peer's wording; the group names the feature.
UNSUPPORTED = [
    re.compile(r"^NotImplementedError: '(\w+)'"),  # asteval: an AST node without a handler
    re.compile(r"^InterpreterError: (\w+) is not supported"),  # smolagents: an AST node
    re.compile(r"'(\w+)' not supported"),  # starlark: a Python keyword
    re.compile(r"does not (?:yet )?support ([\w -]+)"),  # monty, starlark
]


def reason(error: str) -> str:
    """A short reason for the table: ``unsupported: FEATURE``, ``timeout`` or ``error: ...``."""
    if error == "timeout" or error.startswith("not installed"):
        return error
    for pattern in UNSUPPORTED:
        if found := pattern.search(error):
            return f"unsupported: {found.group(1).strip()}"
    return f"error: {error}"
