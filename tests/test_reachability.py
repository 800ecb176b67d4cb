"""Everything sandboxed code can reach by attribute access is a sandbox value.

Security invariant 1 (DESIGN.md) says sandbox values are host primitives, host
containers and the runtime's own objects; invariant 2 says attribute access goes
through the runtime's allow-lists.  The escape corpus probes the known paths one by
one; this test walks *all* of them: starting from a session's builtins and every
sandbox standard module, it follows every name ``dir()`` shows through the runtime's
own ``load_attr`` (the look-up sandboxed code uses), the ``type()`` of every value,
and the items of every container, breadth first, and fails with the path of the
first value that is a host object outside the allowed set.

:func:`classify` is the one definition of "allowed"; the escape suite
(tests/test_escape_suite.py) applies it to what an attack leaves behind.
"""

from __future__ import annotations

import reprlib
import types
from collections import deque
from collections.abc import Iterator
from typing import Any

from interp.host.session import Session
from interp.runtime import builtins as sandbox_builtins
from interp.runtime.attributes import USER_CLASSES, load_attr
from interp.runtime.imports import import_module
from interp.runtime.introspection import dir_of
from interp.runtime.nested import run_nested
from interp.runtime.typetable import TABLES
from interp.stdlib import MODULES

PRIMITIVES = (type(None), bool, int, float, complex, str, bytes)
CONTAINERS = (list, tuple, dict, set, frozenset)
_MAPPINGPROXY = types.MappingProxyType


def _registered(t: type) -> bool:
    # A type is the runtime's own when the allow-list tables declare it, or when it is a
    # class the runtime created for a ``class`` statement.
    return t in TABLES or id(t) in USER_CLASSES


def classify(value: Any) -> str | None:
    """None when ``value`` is a value sandboxed code may hold, else why it is not.

    Exact types only for primitives and containers: a host subclass of ``int`` that
    nobody registered is as foreign as any other host class.
    """
    # type() and issubclass() only: isinstance() would read a user object's __class__,
    # running sandbox code on the host's behalf.
    t = type(value)
    if t in PRIMITIVES or t in CONTAINERS:
        return None
    if issubclass(t, type):
        if _registered(value):
            return None
        return f"the host type {value.__module__}.{value.__qualname__}"
    if issubclass(t, types.ModuleType | types.FrameType | types.CodeType | types.TracebackType):
        return f"a host {t.__name__} object"
    if issubclass(t, types.FunctionType | types.BuiltinFunctionType | types.MethodType):
        return f"a host callable {value!r}"
    # An instance is the runtime's own if its class (or a class above it) is: user
    # classes derive from registered builtin types and from each other.
    if any(_registered(k) for k in t.__mro__[:-1]) or t is object:
        return None
    return f"an instance of the host class {t.__module__}.{t.__qualname__}"


def items_of(value: Any) -> Iterator[tuple[str, Any]]:
    """The (label, item) pairs inside a host container, for the walks."""
    t = type(value)
    if t is dict or t is _MAPPINGPROXY:
        for key, item in list(value.items()):
            # reprlib: a key can be nested thousands deep, and its repr would recurse.
            shown = reprlib.repr(key)
            yield f"[key {shown}]", key
            yield f"[{shown}]", item
    elif t in CONTAINERS:
        for i, item in enumerate(list(value)):
            yield f"[{i}]", item


def find_host_objects(value: Any, path: str, limit: int = 100_000) -> list[str]:
    """Every host object inside ``value``'s containers, as ``path: why`` lines.

    Runtime objects are not opened (their insides are reached only through the
    attribute tables, which :func:`walk` covers); containers are, to any depth.
    """
    found: list[str] = []
    seen: set[int] = set()
    keep: list[Any] = []
    todo: deque[tuple[Any, str]] = deque([(value, path)])
    while todo and len(seen) < limit:
        item, where = todo.popleft()
        if id(item) in seen:
            continue
        seen.add(id(item))
        keep.append(item)
        why = classify(item)
        if why is not None:
            found.append(f"{where}: {why}")
            continue
        if type(item) in CONTAINERS or type(item) is _MAPPINGPROXY:
            todo.extend((sub, where + label) for label, sub in items_of(item))
    return found


#: Instances of one type opened at most this many times: every attribute read of a
#: method makes a fresh bound object (``f.__call__.__call__...``), so identity alone
#: never ends the walk; what a type's instances can reach is in its table, which the
#: first few instances already cover.
PER_TYPE = 400
#: Path length at most: past it the walk only repeats what it has seen.
MAX_DEPTH = 7


def _sandbox_modules(session: Session) -> dict[str, Any]:
    modules: dict[str, Any] = {}
    for name in sorted(MODULES):
        modules[name] = run_nested(import_module(name, {}))
    return modules


def walk(session: Session) -> tuple[int, list[str]]:
    """Walk what the session's code can reach; returns (values seen, problems)."""
    type_builtin = session.builtins["type"]
    saved = session.activate()
    try:
        roots: list[tuple[Any, str]] = [(v, f"builtins.{k}") for k, v in session.builtins.items()]
        roots += [(m, f"import {k}") for k, m in _sandbox_modules(session).items()]
        seen: set[int] = set()
        keep: list[Any] = []  # ids stay unique while the walk runs
        opened: dict[type, int] = {}
        problems: list[str] = []
        todo: deque[tuple[Any, str, int]] = deque((v, p, 0) for v, p in roots)
        while todo:
            value, path, depth = todo.popleft()
            if id(value) in seen:
                continue
            seen.add(id(value))
            keep.append(value)
            why = classify(value)
            if why is not None:
                problems.append(f"{path}: {why}")
                continue
            t = type(value)
            if t in PRIMITIVES or depth >= MAX_DEPTH:
                continue
            if not issubclass(t, type | types.ModuleType):
                count = opened.get(t, 0)
                if count >= PER_TYPE:
                    continue
                opened[t] = count + 1
            todo.extend((item, path + label, depth + 1) for label, item in items_of(value))
            try:
                todo.append((type_builtin(value), f"type({path})", depth + 1))
            except Exception:
                pass
            try:
                names = dir_of(value)
            except Exception:
                continue
            for name in names:
                try:
                    item = load_attr(value, name)
                except Exception:
                    continue  # a refusal is what the tables are for
                todo.append((item, f"{path}.{name}", depth + 1))
        return len(seen), problems
    finally:
        session.deactivate(saved)


def test_classify_tells_host_objects_from_sandbox_values() -> None:
    session = Session()
    outcome = session.run("class A: pass\na = A()\nf = lambda: 0\nimport math\nm = math\n")
    assert outcome.ok, outcome.traceback
    for name in ("A", "a", "f", "m"):
        assert classify(session.globals[name]) is None, name
    for host in (
        types,
        print,
        len,
        types.ModuleType,
        Session,
        session,
        classify,
        types.SimpleNamespace(),
        (lambda: 0).__code__,
    ):
        assert classify(host) is not None, host
    assert find_host_objects({"k": [1, (2, {3: print})]}, "v") == [
        f"v['k'][1][1][3]: a host callable {print!r}"
    ]


#: Holes the walk finds today, by the reason ``classify`` gives, each with what it is.
#: Fixed ones must be removed (the test fails on an entry the walk no longer meets), so
#: the list only shrinks; anything new fails the test with its path.
KNOWN_HOLES: dict[str, str] = {}


def test_everything_reachable_by_attribute_access_is_a_sandbox_value() -> None:
    session = Session()
    count, problems = walk(session)
    # The walk must really cover the surface: builtins, modules, types, their methods.
    assert count > 20_000, count
    unknown = [p for p in problems if p.split(": ", 1)[1] not in KNOWN_HOLES]
    assert not unknown, "\n".join(unknown[:60])
    met = {p.split(": ", 1)[1] for p in problems}
    fixed = sorted(set(KNOWN_HOLES) - met)
    assert not fixed, f"no longer pending: remove from KNOWN_HOLES: {fixed}"


def test_the_walk_reaches_the_builtins_of_every_kind() -> None:
    # A walk that silently stops early would pass the test above: check that it got
    # past the roots into types' tables and modules' namespaces.
    session = Session()
    type_builtin = session.builtins["type"]
    saved = session.activate()
    try:
        str_upper = load_attr(type_builtin("x"), "upper")
        assert classify(str_upper) is None
    finally:
        session.deactivate(saved)
    assert "print" in sandbox_builtins.make_builtins(write=lambda text: None)
