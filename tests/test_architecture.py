"""The layers hold: no import goes up, imports inside functions are the few listed
here, and the runtime's modules import one another without cycles.

Read from the source with ``ast`` (nothing is imported), every import statement of
every module of ``interp/``, at any depth: module level, inside functions and
methods, inside ``if``/``try``.  Imports under ``if TYPE_CHECKING:`` never run and are
skipped.  ``interp/stdlib/lib/`` holds sandbox-side Python, whose imports are the
sandbox's own, and is skipped too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "interp"

#: The layers in order: each imports only itself and those before it.
LAYERS = ("syntax", "runtime", "compiler", "stdlib", "host")

#: Modules at the top of the package and the layer they count as.
ROOT_MODULES = {
    "bootstrap": "host",  # start-up wiring, run by the host layer
    "__init__": None,  # the public package: above every layer
    "__main__": None,
}

#: Folders of sandbox-side Python (run inside the sandbox, not by the host).
SANDBOX_SOURCE = ("stdlib/lib",)

#: Imports inside functions: (importing module, imported module) -> why it cannot be at
#: module level.  Everything else is imported at module level.
ALLOWED_IN_FUNCTIONS = {
    (
        "interp",
        "interp.host.sandbox",
    ): "the public API is loaded on first use: `import interp.syntax` stays light",
    ("interp", "interp.host.grants"): "as above",
    ("interp", "interp.runtime.limits"): "as above",
    (
        "interp.syntax.builder",
        "interp.syntax.errors",
    ): "errors.py doubles the parser's start-up: loaded on a failure",
    ("interp.syntax.parser", "interp.syntax.errors"): "as above",
    (
        "interp.syntax.tables",
        "lark",
    ): "lark builds the tables at build time only; it is not a run-time dependency",
    ("interp.syntax.tables", "lark.lexer"): "as above",
    (
        "interp.syntax.fstring_errors",
        "interp.syntax.parser",
    ): "a cycle: it parses a failing replacement field again, and the parser imports it",
    ("interp.syntax.legacy_fstrings", "interp.syntax.parser"): "as above",
    ("interp.runtime.meter", "pyodide_js"): "exists only in Pyodide",
    ("interp.host.pyodide", "pyodide"): "exists only in Pyodide",
    ("interp.runtime.generators", "interp.runtime.iteration"): "the cycle named in ALLOWED_CYCLES",
    (
        "interp.host.session",
        "interp.host.driver",
    ): "the driver brings asyncio, a tenth of the CLI's start-up: loaded on a first run",
    ("interp.host.cli", "interp.host.driver"): "as above: only for a program that waits",
    ("interp.host.cli", "asyncio"): "as above",
    ("interp.syntax.tables", "subprocess"): "a build step only; the parser's start-up skips it",
    (
        "interp.host.session",
        "interp.stdlib",
    ): "the sandbox's stdlib, a third of the CLI's start-up: loaded at a program's first import",
    ("interp.host.session", "interp.stdlib.catalog"): "as above",
    ("interp.host.session", "interp.stdlib._source"): "as above",
}

#: Import cycles among the runtime's modules -> why.
ALLOWED_CYCLES = {
    frozenset({"generators", "iteration"}): (
        "iteration runs a Generator in place in its loops; generators' `yield from` uses "
        "iteration's protocol.  Moving yield_from/await_ and the async-for steps to a module "
        "of their own removes it."
    ),
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imports_of(path: Path, root: Path) -> list[tuple[str, bool, int]]:
    """(imported module, inside a function, line) for every import that runs in ``path``."""
    package = root.name
    name_parts = list(path.relative_to(root.parent).with_suffix("").parts)
    is_package = name_parts[-1] == "__init__"
    if is_package:
        name_parts.pop()
    found: list[tuple[str, bool, int]] = []

    def exists(dotted: str) -> bool:
        rel = Path(*dotted.split(".")[1:]) if "." in dotted else Path()
        return (root / rel).with_suffix(".py").is_file() or (root / rel / "__init__.py").is_file()

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child):
                for other in child.orelse:
                    visit(other, in_function)
                continue
            if isinstance(child, ast.Import):
                found.extend((alias.name, in_function, child.lineno) for alias in child.names)
            elif isinstance(child, ast.ImportFrom):
                if child.level:
                    base = name_parts if is_package else name_parts[:-1]
                    base = base[: len(base) - (child.level - 1)]
                    target = ".".join(base + ([child.module] if child.module else []))
                else:
                    target = child.module or ""
                if target == "__future__":
                    continue
                for alias in child.names:
                    sub = f"{target}.{alias.name}"
                    # `from . import meter` imports the module interp.runtime.meter.
                    if target.split(".")[0] == package and exists(sub):
                        found.append((sub, in_function, child.lineno))
                    else:
                        found.append((target, in_function, child.lineno))
            inner = in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
            visit(child, inner)

    visit(ast.parse(path.read_text(encoding="utf-8")), False)
    return found


def host_modules(root: Path) -> list[Path]:
    skipped = [root / folder for folder in SANDBOX_SOURCE]
    return [p for p in sorted(root.rglob("*.py")) if not any(p.is_relative_to(s) for s in skipped)]


def layer_of(dotted: str, package: str = "interp") -> int | None:
    """Rank of a module of the package (higher imports lower); None: not ours."""
    parts = dotted.split(".")
    if parts[0] != package:
        return None
    if len(parts) == 1:
        return len(LAYERS)
    if parts[1] in LAYERS:
        return LAYERS.index(parts[1])
    layer = ROOT_MODULES.get(parts[1])
    return len(LAYERS) if layer is None else LAYERS.index(layer)


def upward_imports(root: Path) -> list[str]:
    """Imports from a layer into a later one."""
    bad = []
    for path in host_modules(root):
        source = layer_of(module_name_in(path, root), root.name)
        for target, _, line in imports_of(path, root):
            rank = layer_of(target, root.name)
            if rank is not None and source is not None and rank > source:
                bad.append(f"{path.relative_to(root.parent)}:{line} imports {target}")
    return bad


def module_name_in(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_in_functions(root: Path) -> dict[tuple[str, str], str]:
    """(importing module, imported module) -> where, for imports inside functions."""
    found = {}
    for path in host_modules(root):
        for target, in_function, line in imports_of(path, root):
            if in_function:
                found[(module_name_in(path, root), target)] = f"{path.relative_to(root.parent)}:{line}"
    return found


def runtime_cycles(root: Path) -> list[frozenset[str]]:
    """The strongly connected components of more than one runtime module (imports at any
    depth), and modules that import themselves."""
    runtime = root / "runtime"
    prefix = f"{root.name}.runtime."
    graph: dict[str, set[str]] = {}
    for path in sorted(runtime.glob("*.py")):
        name = path.stem
        graph[name] = {
            target[len(prefix) :].split(".")[0]
            for target, _, _ in imports_of(path, root)
            if target.startswith(prefix)
        }
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[frozenset[str]] = []

    def connect(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                connect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = set()
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.add(w)
                if w == v:
                    break
            if len(component) > 1 or v in graph.get(v, ()):
                found.append(frozenset(component))

    for v in graph:
        if v not in index:
            connect(v)
    return found


# ---------------------------------------------------------------------------
# The checks on interp/


def test_no_import_goes_up_a_layer() -> None:
    assert upward_imports(PACKAGE) == []


def test_imports_inside_functions_are_allow_listed() -> None:
    found = imports_in_functions(PACKAGE)
    unlisted = {key: where for key, where in found.items() if key not in ALLOWED_IN_FUNCTIONS}
    assert unlisted == {}, "import at module level, or add it with its reason to ALLOWED_IN_FUNCTIONS"
    stale = set(ALLOWED_IN_FUNCTIONS) - set(found)
    assert stale == set(), "these allow-list entries no longer happen: remove them"


def test_runtime_has_no_import_cycles_but_the_listed_ones() -> None:
    cycles = runtime_cycles(PACKAGE)
    assert set(cycles) <= set(ALLOWED_CYCLES), [sorted(c) for c in cycles if c not in ALLOWED_CYCLES]
    assert set(ALLOWED_CYCLES) <= set(cycles), "a listed cycle is gone: remove it from ALLOWED_CYCLES"


# ---------------------------------------------------------------------------
# The checks themselves catch what they are for (on a package made up here).


@pytest.fixture
def fake_package(tmp_path: Path) -> Path:
    root = tmp_path / "interp"
    files = {
        "__init__.py": "",
        "syntax/__init__.py": "",
        "syntax/nodes.py": "from ..runtime import meter\n",  # goes up
        "runtime/__init__.py": "",
        "runtime/meter.py": "from . import calls\n",
        "runtime/calls.py": "def f():\n    from .meter import x\n",  # a cycle, inside a function
        "runtime/plain.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ..host import api\n",
        "host/__init__.py": "",
        "host/api.py": "from ..runtime import meter\n",
        "stdlib/lib/sandboxed.py": "def g():\n    import json\n",  # sandbox code: skipped
    }
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def test_checks_find_planted_faults(fake_package: Path) -> None:
    assert upward_imports(fake_package) == ["interp/syntax/nodes.py:1 imports interp.runtime.meter"]
    assert imports_in_functions(fake_package) == {
        ("interp.runtime.calls", "interp.runtime.meter"): "interp/runtime/calls.py:2"
    }
    assert runtime_cycles(fake_package) == [frozenset({"meter", "calls"})]
