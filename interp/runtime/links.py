"""The late-bound links: functions a runtime module calls but cannot import.

The runtime's modules import one another in one direction only (see
``tests/test_architecture.py``).  A few calls must go the other way: ``calls.call``
dispatches a call of a class to ``classes``, which is built on ``calls``; the
``exec`` builtin runs the compiler, a layer above the runtime.  Each such call goes
through a slot here, a module of its own that imports nothing, so that every link
that bends the import order is written down in one place.  ``interp.bootstrap.load()``
fills the slots, in the order of :data:`SLOTS`, and refuses to finish while one is
empty.

Per-run state is not a link: the current meter (:data:`.meter.current`), the import
loader (:data:`.imports.current_loader`), the builtins of ``exec``
(``compiler.hooks.current_builtins``) and the environment change with the sandbox
that runs (security invariant 6), so ``host.session.Session.activate`` swaps them on
every switch; a link is filled once per process and never changes.

A module reads a link as ``links.name(...)`` at the time of the call.  Hot paths
(every call of a type, every user dunder a host operator runs) bind the link to a
global of their own at their first call instead, one module look-up less per call.
"""

from __future__ import annotations

from typing import Any

#: The slots, in the order ``bootstrap.load()`` fills them, each with its signature
#: and the module that provides it.
SLOTS: dict[str, str] = {
    "call": "call(f, args, kwargs) -> generator: calls.call, for functions (host __call__)",
    "invoke": "invoke(fn, args, kwargs) -> generator: calls.invoke, for functions (host __call__)",
    "make_generator": "make_generator(fn, frame) -> Generator: generators, for calls.invoke",
    "call_type": "call_type(cls, args, kwargs) -> generator: classes.call_type, for calls.call",
    "call_other": "call_other(f, args, kwargs) -> generator: core_types.call_other, for calls.call",
    "prepare_class_value": (
        "prepare_class_value(name, value) -> value: classes, for attributes.set_class_attr"
    ),
    "union_or": "union_or(a, b) -> union: type_params, for containers' GenericAlias | x",
    "compiler_hook": (
        "compiler_hook(kind, args, kwargs) -> generator: compiler.hooks, for exec/eval/compile"
    ),
    "measure_sandbox": (
        "measure_sandbox(frame, limit, interrupt) -> int: accounting, for the memory walks of meter"
    ),
    "add_frame": "add_frame(error, code): tracebacks.add_frame, for functions.run_plain",
}

call: Any = None
invoke: Any = None
make_generator: Any = None
call_type: Any = None
call_other: Any = None
prepare_class_value: Any = None
union_or: Any = None
compiler_hook: Any = None
measure_sandbox: Any = None
add_frame: Any = None


def fill(name: str, value: Any) -> None:
    """Fill slot ``name`` (once: a link never changes after start-up)."""
    if name not in SLOTS:
        raise KeyError(f"no late-bound link named {name!r}")
    current = globals()[name]
    if current is not None and current is not value:
        raise RuntimeError(f"late-bound link {name!r} is already filled")
    globals()[name] = value


def empty() -> list[str]:
    """The slots not filled yet (``bootstrap.load()`` requires none)."""
    return [name for name in SLOTS if globals()[name] is None]
