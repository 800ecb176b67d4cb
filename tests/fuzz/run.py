"""Run the fuzzer: ``python tests/fuzz/run.py [--count N] [--seed S]`` (``make fuzz``).

The programs run in a worker subprocess, watched from here: a program that keeps the
worker busy for HARD_TIMEOUT seconds of CPU (or silent for ten times that) is a hang
(a contract violation), the worker is killed and a new one goes on with the next
program.  A subprocess rather than a thread, because a hang inside one host call (a
C-level loop under the GIL) cannot be interrupted from a thread.

Prints the seed first (replay: ``--seed S``, or ``--seed S --only I`` for one
program), then progress, then the counts by outcome.  Each violation is written to
``test-reports/fuzz/`` as a program with a comment saying what broke; programs that
CPython parses and the sandbox does not (or the other way round) go to
``test-reports/fuzz/syntax-mismatches.txt``, a fidelity report that fails nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import select
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
if str(HERE.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent))

from fuzz import generate  # noqa: E402

REPORTS = ROOT / "test-reports" / "fuzz"
#: Seconds of CPU a single program may use before it counts as a hang (its budget is
#: 0.5 s), or WALL_FACTOR times that in wall time (a hang that does not compute).
HARD_TIMEOUT = 20.0
WALL_FACTOR = 10
POLL_SECONDS = 0.5
#: Programs per sandbox: a group of programs runs in one sandbox, one after the other,
#: as notebook cells do (globals and imported modules carry over).  A fresh sandbox per
#: program would spend most of the run instantiating the same sandbox modules again.
GROUP = 50
#: Bytes of address space a worker may map (its 512 MiB sandbox thread stack included).
WORKER_ADDRESS_SPACE = 3 * 2**30
#: Programs per worker process; a fresh worker now and then bounds what a leak costs.
CHUNK = 5000


@dataclass
class Violation:
    """A program that broke the contract."""

    seed: int
    index: int
    label: str
    problems: list[str]

    def describe(self) -> str:
        text = generate.program(self.seed, self.index)
        lines = "\n".join(f"#   {p}" for problem in self.problems for p in problem.splitlines()[:40])
        return (
            f"# fuzz violation: seed {self.seed}, program {self.index}, outcome {self.label}\n"
            f"# replay: python tests/fuzz/run.py --seed {self.seed} --only {self.index}\n"
            f"# (programs {self.index - self.index % GROUP}..{self.index - 1} ran before it in the same sandbox)\n"
            f"{lines}\n# --- program ---\n{text}"
        )


@dataclass
class Summary:
    """What a fuzzing run found."""

    seed: int
    count: int = 0
    outcomes: Counter = field(default_factory=Counter)
    violations: list[Violation] = field(default_factory=list)
    syntax_mismatches: list[tuple[int, str]] = field(default_factory=list)
    #: Per limit: the stats of each run it ended (for tests/fuzz/overrun.py).
    limit_stats: dict[str, list[dict]] = field(default_factory=dict)
    max_stdout_bytes: int = 0
    worker_rss: list[int] = field(default_factory=list)

    def table(self) -> str:
        lines = [f"seed {self.seed}: {self.count} programs, {len(self.violations)} violations"]
        groups: Counter = Counter()
        for label, n in self.outcomes.items():
            groups[label.split(":")[0]] += n
        for group, n in groups.most_common():
            lines.append(f"  {group:<14} {n:>8}  ({100 * n / max(self.count, 1):.1f}%)")
            for label, m in self.outcomes.most_common():
                if label.split(":")[0] == group and ":" in label:
                    lines.append(f"      {label.split(':', 1)[1]:<24} {m:>8}")
        lines.append(f"  largest stdout: {self.max_stdout_bytes} bytes")
        if self.syntax_mismatches:
            lines.append(f"  parse disagreements with CPython: {len(self.syntax_mismatches)}")
        return "\n".join(lines)


def worker(seed: int, start: int, stop: int, syntax_check: bool, stall_at: int | None = None) -> None:
    """Run programs ``start..stop-1`` and report each as a JSON line on stdout.

    ``stall_at``: stop answering at that program, as a hung one would (tests the watchdog).
    """
    from fuzz import oracle

    # A program that escapes max_memory must not take the machine down with it (a
    # list doubling itself with extend() reached 6 GiB): cap the whole worker. An
    # allocation past the cap fails with a host MemoryError, which the sandbox reports
    # as its own; oracle.check() flags the growth itself.
    resource.setrlimit(resource.RLIMIT_AS, (WORKER_ADDRESS_SPACE, WORKER_ADDRESS_SPACE))
    out = sys.stdout
    sandbox = None
    earlier = ""
    for index in range(start, stop):
        # Said before the run, so that the parent knows which program hangs.
        out.write(json.dumps({"begin": index}) + "\n")
        out.flush()
        if index == stall_at:
            while True:  # busy, as a program stuck in one host call would be
                pass
        source = generate.program(seed, index)
        if sandbox is None or index % GROUP == 0:
            sandbox = oracle.new_sandbox(deterministic=(index // GROUP) % 5 != 0)
            earlier = ""
        label, problems, stats = oracle.run_one(source, sandbox, earlier)
        earlier += source + "\n"  # a mutated program may end inside a name
        record = {"index": index, "label": label, "problems": problems, "stats": stats}
        if syntax_check:
            sandbox_parses = not label.startswith("syntax:")
            cpython = oracle.cpython_parses(source)
            if cpython is not None and cpython != sandbox_parses:
                record["syntax_mismatch"] = f"CPython {'parses' if cpython else 'rejects'}; sandbox: {label}"
        out.write(json.dumps(record, default=repr) + "\n")
        out.flush()
    out.write(json.dumps({"rss": _rss()}) + "\n")
    out.flush()


def _cpu_seconds(pid: int) -> float:
    """CPU seconds (user + system) process ``pid`` has used: tells a hang from a starved worker."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return float("nan")


def _rss() -> int:
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return 0


def fuzz(
    seed: int,
    count: int,
    *,
    start: int = 0,
    syntax_check: bool = False,
    hard_timeout: float = HARD_TIMEOUT,
    nice: int = 0,
    summary: Summary | None = None,
    stall_at: int | None = None,
) -> Summary:
    """Run programs ``start..start+count-1`` of ``seed`` under the watchdog (accounted
    in ``summary``, a new one by default)."""
    summary = summary if summary is not None else Summary(seed)
    index, stop = start, start + count
    while index < stop:
        chunk_stop = min(stop, index + CHUNK)
        command = [sys.executable, str(Path(__file__).resolve()), "--worker", "--seed", str(seed)]
        command += ["--start", str(index), "--stop", str(chunk_stop)]
        if syntax_check:
            command.append("--syntax-check")
        if stall_at is not None:
            command += ["--stall-at", str(stall_at)]
        env = dict(os.environ, PYTHONHASHSEED="0")
        errors = tempfile.TemporaryFile()
        proc = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            # A file, not a pipe: a worker that writes much to stderr must not block.
            stderr=errors,
            env=env,
            cwd=ROOT,
            preexec_fn=(lambda: os.nice(nice)) if nice else None,
        )
        assert proc.stdout is not None
        current = index
        buffer = b""
        began = time.monotonic()
        finished = False
        begin_cpu = 0.0
        while True:
            ready = select.select([proc.stdout], [], [], POLL_SECONDS)[0]
            if not ready:
                # CPU time, not wall time, decides: on a loaded machine a niced worker
                # may wait long for a core without its program being at fault.
                cpu = _cpu_seconds(proc.pid) - begin_cpu
                waited = time.monotonic() - began
                if cpu <= hard_timeout and waited <= WALL_FACTOR * hard_timeout:
                    continue
                proc.kill()
                proc.wait()
                summary.count += 1
                summary.outcomes["hang"] += 1
                what = f"no answer after {cpu:.1f} s of CPU and {waited:.0f} s of wall time (watchdog)"
                summary.violations.append(Violation(seed, current, "hang", [what]))
                index = current + 1
                break
            data = os.read(proc.stdout.fileno(), 1 << 16)
            if not data:
                proc.wait()
                errors.seek(0)
                stderr = errors.read().decode("utf-8", "replace")
                if not finished:
                    summary.count += 1
                    summary.outcomes["worker-died"] += 1
                    summary.violations.append(
                        Violation(
                            seed, current, "worker-died", [f"exit status {proc.returncode}", stderr[-3000:]]
                        )
                    )
                    index = current + 1
                else:
                    index = chunk_stop
                break
            buffer += data
            while b"\n" in buffer:
                line, buffer = buffer.split(b"\n", 1)
                record = json.loads(line)
                if "begin" in record:
                    current = record["begin"]
                    begin_cpu = _cpu_seconds(proc.pid)
                    began = time.monotonic()
                    continue
                if "rss" in record:
                    summary.worker_rss.append(record["rss"])
                    finished = True
                    continue
                _account(summary, seed, record)
        errors.close()
    return summary


def fuzz_parallel(seed: int, count: int, jobs: int, **options: Any) -> Summary:
    """:func:`fuzz` on ``jobs`` workers at once, each on a contiguous share of the
    programs (cut at group boundaries, so that each program runs after the same ones)."""
    progress = options.pop("progress", False)
    groups = -(-count // GROUP)
    bounds = [min(count, GROUP * (groups * k // jobs)) for k in range(jobs + 1)]
    parts = [Summary(seed) for _ in range(jobs)]
    threads = [
        threading.Thread(
            target=fuzz,
            args=(seed, bounds[k + 1] - bounds[k]),
            kwargs=dict(options, start=bounds[k], summary=parts[k]),
            daemon=True,
        )
        for k in range(jobs)
    ]
    began = time.monotonic()
    for thread in threads:
        thread.start()
    while any(thread.is_alive() for thread in threads):
        next(thread for thread in threads if thread.is_alive()).join(30)
        if progress:
            total = merge(seed, parts)
            write_reports(total)  # a long run's partial results, readable meanwhile
            rate = total.count / (time.monotonic() - began)
            print(
                f"[fuzz] {total.count}/{count} programs, {len(total.violations)} violations, {rate:.1f} programs/s",
                flush=True,
            )
    return merge(seed, parts)


def merge(seed: int, parts: list[Summary]) -> Summary:
    """One summary of several workers' (a snapshot: they may still be running)."""
    total = Summary(seed)
    for part in parts:
        total.count += part.count
        total.outcomes.update(part.outcomes)
        total.violations += list(part.violations)
        total.syntax_mismatches += list(part.syntax_mismatches)
        for limit, stats in list(part.limit_stats.items()):
            total.limit_stats.setdefault(limit, []).extend(list(stats))
        total.max_stdout_bytes = max(total.max_stdout_bytes, part.max_stdout_bytes)
        total.worker_rss += list(part.worker_rss)
    return total


def _account(summary: Summary, seed: int, record: dict) -> None:
    label = record["label"]
    summary.count += 1
    summary.outcomes[label] += 1
    stats = record.get("stats") or {}
    summary.max_stdout_bytes = max(summary.max_stdout_bytes, stats.get("stdout_bytes", 0))
    if label.startswith("limit:"):
        stats = dict(stats, index=record["index"])
        summary.limit_stats.setdefault(label[6:], []).append(stats)
    if record["problems"]:
        summary.violations.append(Violation(seed, record["index"], label, record["problems"]))
    if "syntax_mismatch" in record:
        summary.syntax_mismatches.append((record["index"], record["syntax_mismatch"]))


def write_reports(summary: Summary, directory: Path = REPORTS) -> None:
    """Failing programs, the parse disagreements and the limit stats, under ``directory``."""
    directory.mkdir(parents=True, exist_ok=True)
    for violation in summary.violations:
        path = directory / f"violation-{violation.seed}-{violation.index}.py.txt"
        path.write_text(violation.describe())
    with open(directory / "syntax-mismatches.txt", "w") as f:
        for index, what in summary.syntax_mismatches:
            f.write(f"# seed {summary.seed}, program {index}: {what}\n")
            f.write(generate.program(summary.seed, index) + "\n")
    with open(directory / f"summary-{summary.seed}.json", "w") as f:
        json.dump(
            {
                "seed": summary.seed,
                "count": summary.count,
                "outcomes": dict(summary.outcomes.most_common()),
                "violations": [(v.index, v.label, v.problems) for v in summary.violations],
                "syntax_mismatches": len(summary.syntax_mismatches),
                "max_stdout_bytes": summary.max_stdout_bytes,
                "worker_rss": summary.worker_rss,
                "limit_stats": summary.limit_stats,
            },
            f,
            indent=1,
            default=repr,
        )


def fresh_seed() -> int:
    """A new seed for each run, unless FUZZ_SEED replays one."""
    given = os.environ.get("FUZZ_SEED", "").strip()
    return int(given) if given else int.from_bytes(os.urandom(4), "big")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=int(os.environ.get("FUZZ_COUNT") or 100_000))
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--stop", type=int, default=None)
    parser.add_argument("--jobs", type=int, default=int(os.environ.get("FUZZ_JOBS") or 1))
    parser.add_argument("--only", type=int, default=None, help="print and run one program")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--syntax-check", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--stall-at", type=int, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--no-syntax-check", action="store_true", help="skip the CPython parse comparison")
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else fresh_seed()
    if args.worker:
        worker(seed, args.start, args.stop, args.syntax_check, args.stall_at)
        return 0
    if args.only is not None:
        from fuzz import oracle

        # The programs of its group before it ran in the same sandbox: run them first.
        group_start = args.only - args.only % GROUP
        sandbox = oracle.new_sandbox(deterministic=(args.only // GROUP) % 5 != 0)
        earlier = ""
        for index in range(group_start, args.only):
            earlier += generate.program(seed, index) + "\n"
            oracle.run_one(generate.program(seed, index), sandbox)
        source = generate.program(seed, args.only)
        print(source)
        label, problems, stats = oracle.run_one(source, sandbox, earlier)
        print(f"# outcome: {label}\n# stats: {stats}")
        for problem in problems:
            print(f"# VIOLATION: {problem}")
        return 1 if problems else 0
    print(f"[fuzz] seed {seed} (replay: FUZZ_SEED={seed}), {args.count} programs", flush=True)
    began = time.monotonic()
    summary = fuzz_parallel(seed, args.count, args.jobs, syntax_check=not args.no_syntax_check, progress=True)
    elapsed = time.monotonic() - began
    write_reports(summary)
    print(summary.table())
    print(f"[fuzz] {elapsed:.0f} s; reports in {REPORTS.relative_to(ROOT)}/")
    for violation in summary.violations:
        print(
            f"[fuzz] VIOLATION program {violation.index} ({violation.label}): {violation.problems[0][:300]}"
        )
    return 1 if summary.violations else 0


if __name__ == "__main__":
    sys.exit(main())
