"""Typical regular-expression workloads: the sandbox's engine (interp.stdlib.sre) against
the host's ``re``, both on the host.  Prints the time of each and the ratio.

usage: python bench/sre_workloads.py [--repeat N]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path
from re import _compiler, _parser

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from interp.runtime.functions import run_nested  # noqa: E402
from interp.stdlib.sre import objects  # noqa: E402


def ours(pattern: str | bytes, flags: int = 0) -> objects.Pattern:
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, parsed.state.flags)
    indexgroup = [None] * parsed.state.groups
    for name, i in parsed.state.groupdict.items():
        indexgroup[i] = name
    return objects.compile(
        pattern,
        flags | parsed.state.flags,
        code,
        parsed.state.groups - 1,
        parsed.state.groupdict,
        tuple(indexgroup),
    )


def _text(size: int) -> str:
    rng = random.Random(1)
    words = "the quick brown fox jumps over lazy dog x1 y22 3.14 foo_bar Hello, World! (a+b)*c; i+=1".split()
    out = []
    total = 0
    while total < size:
        w = rng.choice(words)
        out.append(w)
        total += len(w) + 1
    return " ".join(out)[:size]


def _emails(n: int) -> list[str]:
    rng = random.Random(2)
    good = ["john.doe@example.com", "a+b@mail.co.uk", "x_y@sub.domain.org", "me@localhost"]
    bad = ["no-at-sign.com", "two@@example.com", "@missing.user", "trailing@dot.", "sp ace@x.com"]
    return [rng.choice(good + bad) for _ in range(n)]


def workloads() -> list[tuple[str, object, object]]:
    text = _text(10_000)
    emails = _emails(1000)
    token = r"[A-Za-z_]\w*|\d+(?:\.\d+)?|[^\w\s]"
    email = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    log = (
        "\n".join(
            f"2024-01-{d:02d} 12:{d:02d}:07 INFO user{d} logged in from 10.0.0.{d}" for d in range(1, 29)
        )
        * 10
    )
    line = r"(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) (\w+) (.*)"
    cases = []

    def host_tokenize():
        return re.findall(token, text)

    p_token = ours(token)

    def our_tokenize():
        return run_nested(objects.pattern_findall(p_token, text))

    cases.append(("findall tokens over 10 KB", host_tokenize, our_tokenize))

    host_email = re.compile(email)
    p_email = ours(email)

    def host_validate():
        return [bool(host_email.fullmatch(e)) for e in emails]

    def our_validate():
        return [bool(run_nested(objects.pattern_fullmatch(p_email, e))) for e in emails]

    cases.append(("fullmatch email x1000", host_validate, our_validate))

    p_space = ours(r"\s+")

    def host_sub():
        return re.sub(r"\s+", " ", text)

    def our_sub():
        return run_nested(objects.pattern_sub(p_space, " ", text))

    cases.append(("sub whitespace over 10 KB", host_sub, our_sub))

    host_line = re.compile(line, re.M)
    p_line = ours(line, re.M)

    def host_log():
        return [m.groups() for m in host_line.finditer(log)]

    def our_log():
        return [m.groups() for m in objects.pattern_finditer(p_line, log)]

    cases.append(("finditer log lines (280 x 8 groups)", host_log, our_log))

    p_word = ours(r"lazy dog")

    def host_search():
        return [m.start() for m in re.finditer(r"lazy dog", text)]

    def our_search():
        return [m.start() for m in objects.pattern_finditer(p_word, text)]

    cases.append(("finditer literal over 10 KB", host_search, our_search))

    p_split = ours(r"[,;]\s*")
    csv = ", ".join(_text(10_000).split())

    def host_split():
        return re.split(r"[,;]\s*", csv)

    def our_split():
        return run_nested(objects.pattern_split(p_split, csv))

    cases.append(("split 10 KB on separators", host_split, our_split))
    return cases


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    print(f"{'workload':40} {'host re':>10} {'sandbox':>10} {'ratio':>8}")
    for name, host, mine in workloads():
        assert host() == mine(), name
        h = best(host, args.repeat)
        m = best(mine, args.repeat)
        print(f"{name:40} {h * 1e3:9.2f}ms {m * 1e3:9.2f}ms {m / h:7.0f}x")


if __name__ == "__main__":
    main()
