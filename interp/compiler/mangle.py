"""Private name mangling: ``__x`` inside ``class C`` means ``_C__x``.

CPython rewrites such identifiers at compile time, everywhere inside a class body
(methods and nested functions included); doing it as a pass over the tree before
scope resolution keeps the rest of the compiler unaware of it.
"""

from __future__ import annotations

from typing import Any

from ..syntax import nodes as n


def mangle(name: str | None, class_name: str | None) -> str | None:
    if name is None or class_name is None:
        return name
    if not name.startswith("__") or name.endswith("__") or "." in name:
        return name
    stripped = class_name.lstrip("_")
    if not stripped:
        return name
    return f"_{stripped}{name}"


def apply(tree: n.AST) -> None:
    """Mangle private names in ``tree`` in place.

    The name of a ``def`` or ``class`` is left as written: it is the function's or the
    class's ``__name__`` (``__run``, not ``_C__run``), and the class name that mangles
    the names in a class body; only the variable it is stored in is mangled
    (:func:`binding_name`).

    The walk keeps its own stack rather than recursing: it runs before the compiler's
    depth check, on trees of any depth the parser built.
    """
    stack: list[tuple[Any, str | None]] = [(tree, None)]
    push = stack.append
    while stack:
        node, cls = stack.pop()
        if isinstance(node, list):
            for item in node:
                push((item, cls))
            continue
        if not isinstance(node, n.AST):
            continue
        if cls is not None:
            _rename(node, cls)
        if isinstance(node, n.ClassDef):
            # Decorators, bases and keywords belong to the enclosing scope.
            push((node.decorator_list, cls))
            push((node.bases, cls))
            push((node.keywords, cls))
            push((node.type_params, cls))
            push((node.body, node.name))
            continue
        for field in node._fields:
            push((getattr(node, field), cls))


def _rename(node: n.AST, cls: str) -> None:
    if isinstance(node, n.Name):
        node.id = mangle(node.id, cls)
    elif isinstance(node, n.Attribute):
        node.attr = mangle(node.attr, cls)
    elif isinstance(node, n.arg):
        node.arg = mangle(node.arg, cls)
    elif isinstance(node, n.keyword):
        node.arg = mangle(node.arg, cls)
    elif isinstance(node, (n.Global, n.Nonlocal)):
        node.names = [mangle(x, cls) for x in node.names]
    elif isinstance(node, n.alias):
        if node.asname is not None:
            node.asname = mangle(node.asname, cls)
        elif "." not in node.name:
            node.name = mangle(node.name, cls)
    elif isinstance(node, n.ExceptHandler):
        node.name = mangle(node.name, cls)
    elif isinstance(node, (n.MatchAs, n.MatchStar)):
        node.name = mangle(node.name, cls)
    elif isinstance(node, n.MatchMapping):
        node.rest = mangle(node.rest, cls)
    elif isinstance(node, n.MatchClass):
        node.kwd_attrs = [mangle(x, cls) for x in node.kwd_attrs]


def binding_name(scope: Any, name: str) -> str:
    """The variable a ``def`` or ``class`` named ``name`` binds in ``scope``: mangled by
    the innermost class around it, as every other private name is."""
    while scope is not None:
        if scope.kind == "class":
            return mangle(name, scope.name)
        scope = scope.parent
    return name
