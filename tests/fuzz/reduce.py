"""Shrink a fuzz-found program while it still breaks the contract the same way.

``python tests/fuzz/reduce.py SEED INDEX`` (or ``--file PROGRAM.py``) runs the program
alone in a fresh sandbox, keeps the first violation's kind (its text up to the first
digit or quote, so that sizes and names may change), then deletes lines, then single
characters, as long as that kind of violation remains; it prints the result.  A greedy
delta debugging: slow on big programs, but the violations it is for are rare.  Hangs
are not reduced here (each try would take the watchdog's 20 s): shrink those by hand.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent))

from fuzz import generate, oracle  # noqa: E402


def signature(source: str) -> str | None:
    """The kind of the first violation ``source`` causes alone, or None."""
    _, problems, _ = oracle.run_one(source, oracle.new_sandbox())
    if not problems:
        return None
    return re.split(r"[\d'\"]", problems[0], maxsplit=1)[0]


def reduce(source: str) -> str:
    """The smallest program found that keeps ``source``'s violation kind."""
    wanted = signature(source)
    if wanted is None:
        raise SystemExit("the program alone keeps the contract (it may need its group's earlier programs)")

    def keeps(candidate: str) -> bool:
        return signature(candidate) == wanted

    lines = source.split("\n")
    shrunk = True
    while shrunk:
        shrunk = False
        for i in range(len(lines)):
            candidate = lines[:i] + lines[i + 1 :]
            if keeps("\n".join(candidate)):
                lines, shrunk = candidate, True
                break
    text = "\n".join(lines)
    i = 0
    while i < len(text):
        candidate = text[:i] + text[i + 1 :]
        if keeps(candidate):
            text = candidate
        else:
            i += 1
    return text


def main(argv: list[str]) -> int:
    if argv[:1] == ["--file"]:
        source = Path(argv[1]).read_text()
    else:
        source = generate.program(int(argv[0]), int(argv[1]))
    reduced = reduce(source)
    print(reduced)
    print(f"# violation: {signature(reduced)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
