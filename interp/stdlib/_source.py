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
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..compiler import hooks
from ..compiler.compile import compile_module
from ..compiler.compile import prepare_shared as compile_module_ahead
from ..compiler.statements import FrameInfo
from ..runtime import meter
from ..runtime.functions import run_nested
from ..runtime.modules import Module
from ..runtime.tracebacks import add_frame
from ..syntax import nodes as n
from ..syntax.parser import parse
from . import _re_host, catalog

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
        global _parsed_since_collection
        _parsed_since_collection += len(text)
    return loaded


#: Characters of source parsed by :func:`load` since the last collection it asked for.
_parsed_since_collection = 0
#: Parsing this much new source (its trees are then about 30 000 objects) makes the end
#: of the import that parsed it run a full collection of the host's cyclic collector.
#: The trees live as long as the process, but CPython's collector counts them as new:
#: its first full collection after they appear comes when the *next* sandbox has
#: allocated a quarter of them again, and walks them and the first sandbox's heap there
#: (measured: 80-200 ms of a second sandbox's ``import re`` or ``import typing``, twice
#: their time without it).  Collected here instead, once, in the sandbox that parsed
#: them, the trees count as old, and the next full collection waits until the heap
#: has grown by a quarter of them too.
COLLECT_AFTER_PARSING = 100_000
#: Depth of :func:`cpython_module` calls in progress (an import's imports nest).
_import_depth = 0


def _collect_if_parsed() -> None:
    global _parsed_since_collection
    if _import_depth == 0 and _parsed_since_collection >= COLLECT_AFTER_PARSING:
        _parsed_since_collection = 0
        gc.collect()


def preload(names: Iterable[str]) -> list[str]:
    """Parse and analyse now the files of modules ``names`` and of every module they
    import that the sandbox reads as source (CPython's allow-listed files, our own under
    ``lib/``), as the first sandbox to import them would; returns the names loaded.

    For a host that makes many sandboxes: called at start-up, before any sandbox
    exists, it takes the parsing out of the first sandbox's imports; and a
    ``gc.freeze()`` right after it (nothing but the host's own objects is alive then)
    keeps the cyclic collector from walking the trees, which are most of the
    process's objects, in every full collection (a ``typing`` import in a second
    sandbox paid 150-200 ms for the first one).  Pyodide's memory snapshot can hold them
    the same way.  Imports are followed wherever they are written (in functions too):
    a module that is never imported costs its parse, never a wrong result."""
    done: list[str] = []
    seen: set[str] = set()
    pending = list(names)
    while pending:
        name = pending.pop()
        if name in seen:
            continue
        seen.add(name)
        try:
            source = load(name)
        except LookupError:
            continue  # native, or not on this host
        compile_module_ahead(source.tree)
        done.append(name)
        package = name if source.package else name.rpartition(".")[0]
        pending.extend(_imported_names(source.tree, package))
    return done


def _imported_names(tree: Any, package: str) -> Iterator[str]:
    """Module names ``tree`` imports (``import a.b`` gives ``a`` and ``a.b``; ``from .
    import x`` gives the package and ``package.x``, which may be a submodule)."""
    for node in _walk(tree):
        if type(node) is n.Import:
            for alias in node.names:
                parts = alias.name.split(".")
                for i in range(1, len(parts) + 1):
                    yield ".".join(parts[:i])
        elif type(node) is n.ImportFrom:
            base = node.module or ""
            if node.level:
                anchor = package.split(".") if package else []
                if node.level - 1 > len(anchor):
                    continue
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, *([base] if base else [])])
            if not base:
                continue
            yield base
            for alias in node.names:
                if alias.name != "*":
                    yield f"{base}.{alias.name}"


def _walk(tree: Any) -> Iterator[Any]:
    """The nodes of ``tree`` that run when the module is imported: not those of
    function bodies (an import there waits for a call that may never come)."""
    stack = [tree]
    while stack:
        node = stack.pop()
        yield node
        skip_body = type(node) in (n.FunctionDef, n.AsyncFunctionDef)
        for field in node._fields:
            if skip_body and field == "body":
                continue
            value = getattr(node, field, None)
            if isinstance(value, n.AST):
                stack.append(value)
            elif isinstance(value, list):
                stack.extend(v for v in value if isinstance(v, n.AST))


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


#: CPython modules that get a part of our own once their file has run: module name ->
#: ``fn(namespace)``, run on the module's globals.  ``re._compiler`` asks the host for
#: the opcode list of a plain pattern first (interp/stdlib/_re_host.py): compiling the
#: patterns of ``json`` as sandbox code was a third of a second sandbox's ``import json``.
_ADDITIONS: dict[str, Any] = {"re._compiler": _re_host.install}


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
    global _import_depth
    _import_depth += 1
    # The sandbox's own meter, even if the generator is closed later, elsewhere.
    importer = meter.current
    importer.importing += 1
    try:
        result = yield from _run_cpython_module(name, source, filename, namespace, module)
    finally:
        _import_depth -= 1
        importer.importing -= 1
    _collect_if_parsed()
    return result


def _run_cpython_module(name: str, source: ModuleSource, filename: str, namespace: dict, module: Any) -> Any:
    """Compile and run the module's tree in ``namespace`` (generator); returns ``module``."""
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
    addition = _ADDITIONS.get(name)
    if addition is not None:
        addition(namespace)
    return module
