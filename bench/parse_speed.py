"""Parse speed of interp against ``ast.parse``, on a fixed corpus, in one run.

The corpus is a fixed list of host standard-library modules (varied code: classes,
comprehensions, f-strings, big literal tables).  Each file is parsed ``--rounds``
times by each parser; the best round counts (least disturbed by other processes).
Prints lines/second for both and the ratio.  ``--profile`` runs cProfile on ours.

    python bench/parse_speed.py [--rounds 3] [--profile]
"""

from __future__ import annotations

import argparse
import ast
import cProfile
import pstats
import sys
import sysconfig
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from interp.syntax.parser import parse  # noqa: E402

CORPUS = [
    "argparse.py", "ast.py", "base64.py", "bisect.py", "calendar.py", "collections/__init__.py",
    "configparser.py", "contextlib.py", "copy.py", "csv.py", "dataclasses.py", "datetime.py",
    "decimal.py", "difflib.py", "enum.py", "fractions.py", "functools.py", "heapq.py",
    "inspect.py", "json/decoder.py", "json/encoder.py", "logging/__init__.py", "pathlib.py",
    "pprint.py", "random.py", "shutil.py", "statistics.py", "string.py", "textwrap.py",
    "threading.py", "typing.py", "asyncio/tasks.py",
]  # fmt: skip


def load_corpus() -> list[tuple[str, str]]:
    base = Path(sysconfig.get_paths()["stdlib"])
    corpus = []
    for name in CORPUS:
        path = base / name
        if path.exists():
            corpus.append((name, path.read_text(encoding="utf-8")))
    return corpus


def best_time(func, sources: list[str], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        for source in sources:
            func(source)
        best = min(best, time.process_time() - started)
    return best


def main(argv: list[str] | None = None) -> None:
    options = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    options.add_argument("--rounds", type=int, default=3)
    options.add_argument("--profile", action="store_true")
    args = options.parse_args(argv)
    corpus = load_corpus()
    sources = [source for _, source in corpus]
    lines = sum(source.count("\n") + 1 for source in sources)
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        for source in sources:
            parse(source)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
        return
    ours = best_time(parse, sources, args.rounds)
    theirs = best_time(ast.parse, sources, args.rounds)
    print(f"corpus: {len(corpus)} files, {lines} lines, {sum(map(len, sources))} characters")
    print(f"interp parse: {ours:.3f} s  {lines / ours:10.0f} lines/s")
    print(f"ast.parse:    {theirs:.3f} s  {lines / theirs:10.0f} lines/s")
    print(f"ratio: interp is {ours / theirs:.1f}x slower than ast.parse")


if __name__ == "__main__":
    main()
