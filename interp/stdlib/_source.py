"""Standard modules written in Python and run inside the sandbox.

Pure-Python logic (``dataclasses``, ``namedtuple``, ``total_ordering``, the event loop
of ``asyncio``...) is easiest to get right as Python source, and source run by the
sandbox is safe and suspendable by construction: it obeys the same attribute rules and
budgets as user code, and every call it makes can pause the program.

That source lives in real files under ``lib/`` (laid out like CPython's ``Lib/``:
``lib/asyncio/__init__.py``, ``lib/dataclasses.py``), so that
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

The same seam serves the host CPython's own pure-Python files that :mod:`.catalog`
allow-lists (``json``, ``re``, ``enum``...): :func:`_read` finds them in the running
CPython's library, :func:`load` parses them once per process, and
:func:`cpython_module` runs one per sandbox as a module with ``__file__``,
``__package__`` and ``__path__``, through the sandbox's own import system.  Their frames
show as ``File "<stdlib>/json/decoder.py"`` (docs/stdlib.md says why).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..compiler import hooks
from ..compiler.compile import compile_module
from ..compiler.statements import FrameInfo
from ..runtime.functions import run_nested
from ..runtime.modules import Module
from ..runtime.tracebacks import add_frame
from ..syntax.parser import parse
from . import catalog

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
    #: Whether the file is a package's ``__init__.py`` (CPython's files only).
    package: bool = False


#: module name -> its parsed source, for the life of the process.
_LOADED: dict[str, ModuleSource] = {}


def load(name: str) -> ModuleSource:
    """The parsed source of sandbox module ``name`` (dotted, e.g. ``"asyncio._more"``).

    Raises ``LookupError`` for a name that has no file: a bug in the stdlib layer,
    never something a sandboxed program can cause.
    """
    loaded = _LOADED.get(name)
    if loaded is None:
        path, text, package = _read(name)
        filename = catalog.display_path(name, package) if catalog.is_cpython(name) else f"<{name}>"
        tree = parse(text, filename)
        # setdefault: when two threads parse at once, both get the tree that is kept (the
        # compiler caches its analysis by the tree's identity).
        loaded = _LOADED.setdefault(name, ModuleSource(name, path, text, tree, package))
    return loaded


def _read(name: str) -> tuple[str, str, bool]:
    """(path, text, is_package) of module ``name``'s source.

    The one place that knows where sandbox source comes from: the host CPython's own
    ``Lib/`` for the modules :mod:`.catalog` allow-lists as CPython's (read at run
    time, never copied here), else our own files under ``lib/``.
    """
    if catalog.is_cpython(name):
        found = catalog.cpython_file(name)
        if found is None:
            raise LookupError(f"the host CPython has no file for module {name!r}")
        location, package = found
        return location, catalog.read_cpython(location), package
    base = LIB.joinpath(*name.split("."))
    for path in (base.with_name(base.name + ".py"), base / "__init__.py"):
        if path.is_file():
            return str(path), path.read_text(encoding="utf-8"), path.name == "__init__.py"
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


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Compiling a module allocates tens of thousands of closures, which trigger the
    host's cyclic collector again and again, and each full pass walks every object of
    the process (the shared parsed trees included): measured, 80% of a second
    sandbox's ``import json``.  Compilation makes no garbage cycles worth collecting
    meanwhile, so the collector waits until it is done."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def cpython_module(name: str, register: Any) -> Any:
    """Run the host CPython's file of allow-listed module ``name`` as sandbox code and
    return the module (generator: its imports go through the sandbox's loader and may
    pause like any other code).

    ``register(module)`` is called before the body runs, as CPython puts a module in
    ``sys.modules`` first: circular imports inside a package (``re``, ``json``) then
    find the half-made module instead of starting it again.  The tree is the one
    :func:`load` keeps for the process; the module, its globals and every class it
    defines are this sandbox's own.
    """
    source = load(name)
    filename = catalog.display_path(name, source.package)
    namespace: dict[str, Any] = {
        "__name__": name,
        "__doc__": None,
        "__file__": filename,
        "__package__": name if source.package else name.rpartition(".")[0],
        "__spec__": None,
        "__loader__": None,
    }
    if source.package:
        namespace["__path__"] = [filename.rpartition("/")[0]]
    module = Module(name, namespace)
    register(module, filename, source.text)
    with _collector_paused():
        program = compile_module(
            source.tree,
            filename=filename,
            source=source.text,
            globals=namespace,
            builtins=hooks.current_builtins,
            shared_tree=True,
        )
    try:
        yield from program.run()
    except BaseException as error:
        # The module body's own frame, as CPython shows it between the importer's and
        # the failing line's.
        add_frame(error, FrameInfo(filename, "<module>"))
        raise
    return module
