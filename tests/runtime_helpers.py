"""Helpers shared by the runtime table tests: run a method through the sandbox's own
look-up and compare with host CPython doing the same thing directly."""

from __future__ import annotations

import copy
import math
from typing import Any

from interp.runtime import classes, links
from interp.runtime import containers as _containers  # noqa: F401  (registers the tables)
from interp.runtime import numbers as _numbers  # noqa: F401
from interp.runtime.attributes import load_attr, load_class_attr
from interp.runtime.calls import call
from interp.runtime.exceptions import SandboxStopIteration
from interp.runtime.functions import run_nested

try:
    from interp import bootstrap

    bootstrap.load()
except Exception:  # noqa: BLE001  (the compiler may be mid-change; the tables need only the runtime)
    from interp.runtime import core_types  # noqa: F401

if links.call_type is None:
    links.fill("call_type", classes.call_type)


def sandbox_method(receiver: Any, name: str, args: tuple = (), kwargs: dict | None = None) -> Any:
    """``receiver.name(*args, **kwargs)`` through load_attr and call."""
    return run_nested(call(load_attr(receiver, name), args, kwargs))


def sandbox_class_method(cls: type, name: str, args: tuple = (), kwargs: dict | None = None) -> Any:
    return run_nested(call(load_class_attr(cls, name), args, kwargs))


def sandbox_call(f: Any, args: tuple = (), kwargs: dict | None = None) -> Any:
    return run_nested(call(f, args, kwargs))


def outcome(fn: Any) -> tuple[str, Any]:
    try:
        return ("ok", fn())
    except SandboxStopIteration:
        return ("err", StopIteration)
    except Exception as error:  # noqa: BLE001
        return ("err", type(error))


def same(a: Any, b: Any) -> bool:
    """Equal values of the same type (NaN equals NaN; NotImplemented by identity)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    if isinstance(a, complex) and (math.isnan(a.real) or math.isnan(a.imag)):
        return repr(a) == repr(b)
    if isinstance(a, tuple) and type(a) is tuple:
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    try:
        return bool(a == b)
    except Exception:  # noqa: BLE001
        return repr(a) == repr(b)


def compare_method(receiver: Any, name: str, args: tuple = (), kwargs: dict | None = None) -> None:
    """Run the method in the sandbox and on the host on copies; results, exception
    types and the mutated receivers must match."""
    mine = copy.deepcopy(receiver)
    theirs = copy.deepcopy(receiver)
    my_args = copy.deepcopy(args)
    their_args = copy.deepcopy(args)
    got = outcome(lambda: sandbox_method(mine, name, my_args, kwargs))
    want = outcome(lambda: getattr(theirs, name)(*their_args, **(kwargs or {})))
    assert got[0] == want[0], (receiver, name, args, kwargs, got, want)
    if got[0] == "err":
        assert got[1] is want[1], (receiver, name, args, kwargs, got, want)
    else:
        assert same(got[1], want[1]), (receiver, name, args, kwargs, got, want)
    assert same(mine, theirs), (receiver, name, args, kwargs, mine, theirs)
