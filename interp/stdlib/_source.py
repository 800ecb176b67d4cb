"""Standard modules written in Python and run inside the sandbox.

Pure-Python logic (``dataclasses``, ``namedtuple``, ``total_ordering``, the event loop
of ``asyncio``...) is easiest to get right as Python source, and source run by the
sandbox is safe and suspendable by construction: it obeys the same attribute rules and
budgets as user code, and every call it makes can pause the program.

That source lives in real files under ``lib/`` (laid out like CPython's ``Lib/``:
``lib/abc.py``, ``lib/collections/__init__.py``, ``lib/collections/abc.py``), so that
ruff lints them and editors highlight them.  They are package data, not host modules:
``lib/`` has no ``__init__.py``, the host never imports them and the wheel's ``.pyc``
bundle skips them.  :func:`load` is the one way in: given a module name, it returns
the parsed file, read and parsed once per process (parsing is the expensive part, and
the tree is the same for every sandbox).  A module's ``create()`` then calls
:func:`source_module`, which compiles that tree against fresh globals and runs it, once
per sandbox: globals are bound at compile time and each sandbox must get its own
module, with its own classes, so that one program's ``collections.Counter.x = 1``
never reaches another sandbox.

Frames of these modules show in tracebacks as ``File "<asyncio>", line N``: the module's
name in angle brackets, and the line in its file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..compiler import hooks
from ..compiler.compile import compile_module
from ..runtime.functions import run_nested
from ..runtime.modules import Module
from ..syntax.parser import parse

#: The folder of the sandbox-side source files.
LIB = Path(__file__).resolve().parent / "lib"


@dataclass(frozen=True)
class ModuleSource:
    """The source of one sandbox module, parsed (the tree is shared by every sandbox:
    compilation only reads it once mangled)."""

    name: str
    path: str
    text: str
    tree: Any


#: module name -> its parsed source, for the life of the process.
_LOADED: dict[str, ModuleSource] = {}


def load(name: str) -> ModuleSource:
    """The parsed source of sandbox module ``name`` (dotted, e.g. ``"collections.abc"``).

    Raises ``LookupError`` for a name that has no file: a bug in the stdlib layer,
    never something a sandboxed program can cause.
    """
    loaded = _LOADED.get(name)
    if loaded is None:
        path, text = _read(name)
        tree = parse(text, f"<{name}>")
        # setdefault: when two threads parse at once, both get the tree that is kept (the
        # compiler caches its analysis by the tree's identity).
        loaded = _LOADED.setdefault(name, ModuleSource(name, path, text, tree))
    return loaded


def _read(name: str) -> tuple[str, str]:
    """(path, text) of module ``name``'s source.

    The one place that knows where sandbox source comes from.  Today that is our own
    files under ``lib/``; the standard-library issue adds the host CPython's ``Lib/``
    (or Pyodide's ``python_stdlib.zip``) here, behind an allow-list, so that every
    caller of :func:`load` gets CPython's own files the same way.
    """
    base = LIB.joinpath(*name.split("."))
    for path in (base.with_name(base.name + ".py"), base / "__init__.py"):
        if path.is_file():
            return str(path), path.read_text(encoding="utf-8")
    raise LookupError(f"no sandbox source for module {name!r} in {LIB}")


def source_module(name: str, extra: dict[str, Any] | None = None) -> Module:
    """Run module ``name``'s source in the sandbox and return the module.

    ``extra`` pre-populates the module globals with sandbox values (host-implemented
    Builtins the Python code builds on).  Runs to completion: module bodies here
    only define things, they never pause.
    """
    namespace: dict[str, Any] = {"__name__": name, "__doc__": None}
    if extra:
        namespace.update(extra)
    run_source(namespace, name, module=name)
    return Module(name, namespace)


def run_source(namespace: dict[str, Any], name: str, *, module: str) -> None:
    """Run the source of ``name`` with ``namespace``, the globals of sandbox module
    ``module``, as its globals (to completion).

    Also used to add rarely needed parts to a module on first use (``name`` is then a
    part such as ``"asyncio._more"``), so that every ``import`` does not pay for
    compiling them; their frames show as the module's own.
    """
    source = load(name)
    program = compile_module(
        source.tree,
        filename=f"<{module}>",
        source=source.text,
        globals=namespace,
        builtins=hooks.current_builtins,
        shared_tree=True,  # load() keeps it for good
    )
    run_nested(program.run())
