"""The fuzzing oracle: the sandbox's contract, checked on one run.

The oracle is the contract, not CPython's output: ``Sandbox.run`` returns a Result
whatever the program does; a failed run names a sandbox exception (a builtin exception
or a class the program defines) or a known limit; no host traceback, host path or host
object reaches the result; the host's own state is as it was.  Fidelity (does the
sandbox print what CPython prints?) is a separate question, left to the conformance
suite; the only fidelity signal kept here is whether CPython's own compiler agrees that
a program parses, written to a report by ``make fuzz`` and never failing a test.
"""

from __future__ import annotations

import ast
import builtins
import re
import resource
import sys
import traceback
import warnings
from typing import Any

import interp

#: The limits every fuzzed program runs under: small, so that a bomb costs a fraction
#: of a second.
#: ``max_depth`` too: a recursion ceiling of 20,000 frames (the default) lets one
#: recursion bomb run for many seconds (tests/fuzz/found/deep_recursion_overrun.py).
LIMITS = interp.Limits(
    timeout=0.5, max_steps=200_000, max_memory=32 * 2**20, max_output=16 * 1024, max_depth=3000
)

KNOWN_LIMITS = {"timeout", "max_steps", "max_memory", "max_output", "max_host_calls"}
SYNTAX_TYPES = {"SyntaxError", "IndentationError", "TabError"}
BUILTIN_EXCEPTIONS = {
    name
    for name, value in vars(builtins).items()
    if isinstance(value, type) and issubclass(value, BaseException)
}
PLAIN_TYPES = (type(None), bool, int, float, complex, str, bytes)

#: Text that only the host could have written: a host file in a traceback, a host
#: module path, the repr of an interp-internal object.
HOST_TEXT = [
    re.compile(r'File "/'),
    re.compile(r"\binterp[/\\](runtime|compiler|host|syntax|stdlib)\b"),
    re.compile(r"\binterp\.(runtime|compiler|host|syntax|stdlib)\.\w"),
    re.compile(r"<[\w.]*\b(interp|lark)\.[\w.]+ object"),
    re.compile(r"site-packages|/usr/lib/python"),
    re.compile(r"\blark\.(exceptions|lexer|parsers)\b"),
]


def _internal_class_names() -> set[str]:
    """Names of the host classes interp defines (its AST nodes, requests, compiler
    parts...): seen in an error message or as an error type, they betray a host bug."""
    import interp.host.sandbox  # noqa: F401  (loads every layer)

    names = set()
    for module_name, module in list(sys.modules.items()):
        if not module_name.startswith("interp") or module is None:
            continue
        for value in vars(module).values():
            if isinstance(value, type) and getattr(value, "__module__", "").startswith("interp"):
                names.add(value.__name__)
    # Names the sandbox shows as its own: the public result types, a few generic words
    # that messages use in prose, and runtime classes that are sandbox types under
    # CPython's name (``type(list[int]).__name__ == 'GenericAlias'``).
    shown = {"Error", "Result", "Limits", "code", "Value", "Token"}
    shown |= {"GenericAlias", "TypeVar", "ParamSpec", "TypeVarTuple", "TypeAlias", "formatteriterator"}
    # And every type registered under the name the sandbox sees (frame and code views...).
    from interp.runtime.typetable import VISIBLE_NAMES

    shown |= set(VISIBLE_NAMES.values())
    return names - BUILTIN_EXCEPTIONS - shown


INTERNAL_NAMES = _internal_class_names()


def is_plain(value: Any, depth: int = 0) -> bool:
    """Whether ``value`` is plain data (what may leave the sandbox)."""
    if depth > 200:
        return False
    if type(value) in PLAIN_TYPES:
        return True
    if type(value) in (list, tuple, set, frozenset):
        return all(is_plain(v, depth + 1) for v in value)
    if type(value) is dict:
        return all(is_plain(k, depth + 1) and is_plain(v, depth + 1) for k, v in value.items())
    return False


def classify(result: interp.Result) -> str:
    """The outcome's label for the counts: ok, exc:TYPE, limit:NAME or syntax:TYPE."""
    if result.ok:
        return "ok"
    error = result.error
    if error is None:
        return "failed-without-error"
    if error.limit is not None:
        return f"limit:{error.limit}"
    if error.type in SYNTAX_TYPES and not error.traceback.startswith("Traceback"):
        return f"syntax:{error.type}"
    return f"exc:{error.type}"


def defined_names(source: str) -> set[str]:
    """Identifiers of the program: an error type the program may have defined."""
    return set(re.findall(r"[A-Za-z_]\w*", source))


def check(
    source: str, sandbox: interp.Sandbox, result: Any, host_state: dict, earlier: str = ""
) -> list[str]:
    """The contract violations of one run (empty when it kept the contract).

    ``earlier``: the programs that ran before in the same sandbox, whose names (of
    classes, variables) may show up in this run's errors too.
    """
    problems: list[str] = []
    if not isinstance(result, interp.Result):
        return [f"run() returned {type(result).__name__}, not a Result"]
    if not isinstance(result.stdout, str) or not isinstance(result.stderr, str):
        problems.append("stdout/stderr is not str")
    names = defined_names(source) | defined_names(earlier)
    error = result.error
    if result.ok and error is not None:
        problems.append("ok result with an error")
    if not result.ok:
        if error is None:
            problems.append("failed result without an error")
        elif error.limit is not None:
            if error.limit not in KNOWN_LIMITS:
                problems.append(f"unknown limit {error.limit!r}")
            if error.type != "LimitExceeded":
                problems.append(f"limit with error type {error.type!r}")
        elif not isinstance(error.type, str) or not error.type.isidentifier():
            problems.append(f"error type is {error.type!r}")
        elif error.type in INTERNAL_NAMES or (
            error.type not in BUILTIN_EXCEPTIONS and error.type not in names
        ):
            problems.append(
                f"error type {error.type!r} is neither a builtin exception nor defined by the program"
            )
        if error is not None and error.limit is None and not error.traceback:
            problems.append("exception without a traceback")
    texts = {
        "stdout": result.stdout,
        "stderr": result.stderr,
        "result_repr": result.result_repr or "",
    }
    if error is not None:
        texts["message"] = error.message
        texts["traceback"] = error.traceback
    for field, text in texts.items():
        if not isinstance(text, str):
            problems.append(f"{field} is {type(text).__name__}")
            continue
        for pattern in HOST_TEXT:
            found = pattern.search(text)
            if found and found.group(0) not in source:
                problems.append(f"host text {found.group(0)!r} in {field}")
                break
    if error is not None and error.limit is None and isinstance(error.message, str):
        for quoted in re.findall(r"'(\w+)'", error.message):
            if quoted in INTERNAL_NAMES and quoted not in names:
                problems.append(f"internal class name {quoted!r} in the message")
    if not is_plain(result.result) and not isinstance(result.result, str):
        problems.append(f"result is a host {type(result.result).__name__}")
    try:
        values = sandbox.globals
    except BaseException as failure:  # the contract: reading globals never raises
        problems.append(f"Sandbox.globals raised {type(failure).__name__}: {failure}")
    else:
        for name, value in values.items():
            if not is_plain(value):
                problems.append(f"global {name!r} is a host {type(value).__name__}")
                break
    grown = _max_rss() - host_state["maxrss"]
    if LIMITS.max_memory is not None and grown > MEMORY_SLACK * LIMITS.max_memory:
        problems.append(f"max_memory not enforced: the process grew by {grown >> 20} MiB in this run")
    if sys.getrecursionlimit() != host_state["recursionlimit"]:
        problems.append(f"host recursion limit changed to {sys.getrecursionlimit()}")
    return problems


def host_state() -> dict:
    """What a run must leave as it found it in the host, and its peak memory so far."""
    return {"recursionlimit": sys.getrecursionlimit(), "maxrss": _max_rss()}


def _max_rss() -> int:
    """The process's peak resident memory in bytes (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


#: How far the process's peak memory may grow during one run, as a multiple of
#: max_memory, before the memory limit counts as not enforced.  Generous: the limit is
#: an estimate and the host's own allocations (parse tables, caches) count too; the
#: overshoot within this factor is measured by tests/fuzz/overrun.py, not asserted.
MEMORY_SLACK = 16


def new_sandbox(deterministic: bool = True) -> interp.Sandbox:
    """A sandbox under the fuzzing limits."""
    return interp.Sandbox(limits=LIMITS, deterministic=deterministic)


def run_one(source: str, sandbox: interp.Sandbox, earlier: str = "") -> tuple[str, list[str], dict]:
    """Run ``source`` in ``sandbox`` (after the programs ``earlier``): (label, violations, stats)."""
    state = host_state()
    try:
        result = sandbox.run(source)
    except BaseException as failure:  # the contract says run() never raises
        text = "".join(traceback.format_exception(failure))
        return "host-raised", [f"run() raised {type(failure).__name__}: {failure}\n{text}"], {}
    problems = check(source, sandbox, result, state, earlier)
    stats = dict(result.stats or {})
    stats["stdout_bytes"] = len(result.stdout.encode("utf-8", "surrogatepass"))
    # How far the process's peak memory rose in this run (0 when it stayed under an
    # earlier peak): the host-side measure of a memory overrun.
    stats["rss_growth"] = max(0, _max_rss() - state["maxrss"])
    return classify(result), problems, stats


def cpython_parses(source: str) -> bool | None:
    """Whether CPython's compiler (the host's) accepts ``source``; None if it gave up."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            # A full compile: some SyntaxErrors come from the symbol table, not the parser.
            compile(source, "<fuzz>", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        except (SyntaxError, ValueError):
            return False
        except (RecursionError, MemoryError):
            return None
    return True
