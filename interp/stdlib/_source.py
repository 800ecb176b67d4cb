"""Standard modules written in Python and run inside the sandbox.

Pure-Python logic (``dataclasses``, ``namedtuple``, ``total_ordering``...) is easiest
to get right as Python source, and source run by the sandbox is safe and suspendable
by construction: it obeys the same attribute rules and budgets as user code, and
every call it makes can pause the program.  Such a module's ``create()`` calls
:func:`source_module`, which compiles the text against fresh globals and runs it.

The parse is cached per source text (parsing is the expensive part and the tree is
the same for every sandbox); compilation is not, because globals are bound at
compile time and each sandbox must get its own module, with its own classes, so
that one program's ``collections.Counter.x = 1`` never reaches another sandbox.
"""

from __future__ import annotations

from typing import Any

from ..runtime.functions import run_nested
from ..runtime.modules import Module

#: source text -> parsed tree (trees are not modified by compilation once mangled).
_TREES: dict[str, Any] = {}


def _tree(name: str, source: str) -> Any:
    tree = _TREES.get(source)
    if tree is None:
        from ..syntax.parser import parse

        tree = _TREES[source] = parse(source, f"<{name}>")
    return tree


def source_module(name: str, source: str, extra: dict[str, Any] | None = None) -> Module:
    """Run ``source`` in the sandbox as module ``name`` and return the module.

    ``extra`` pre-populates the module globals with sandbox values (host-implemented
    Builtins the Python code builds on).  Runs to completion: module bodies here
    only define things, they never pause.
    """
    namespace: dict[str, Any] = {"__name__": name, "__doc__": None}
    if extra:
        namespace.update(extra)
    run_source(namespace, name, source)
    return Module(name, namespace)


def run_source(namespace: dict[str, Any], name: str, source: str) -> None:
    """Run ``source`` with ``namespace`` as its globals (to completion).

    Also used to add rarely needed parts to a module on first use, so that every
    ``import`` does not pay for compiling them.
    """
    from ..compiler import hooks
    from ..compiler.compile import compile_module

    program = compile_module(
        _tree(name, source),
        filename=f"<{name}>",
        source=source,
        globals=namespace,
        builtins=hooks.current_builtins,
        shared_tree=True,  # _tree keeps it for good
    )
    run_nested(program.run())
