"""Which function and class bodies may be compiled when they first run instead of at once.

Most functions of a module are never called by a given program (``json`` defines dozens,
a program calls two), yet turning a body into closures is the bulk of an import once
the tree is parsed.  A body compiled later must not hide an error that compiling it now
would report: CPython refuses the whole module before any of it runs.  Scope analysis
(:mod:`.scopes`) already raises its errors for the whole tree up front; the compiler
itself raises a few more ('break' outside loop, 'return' in a class body, a target it
cannot assign).  :func:`plan` walks the tree once and picks the bodies that provably
raise none of them; any doubt keeps a body eager, so the errors a program sees, and
their order, stay those of compiling everything at once.

It also measures each picked body: its node count (what compiling it costs, charged to
the meter of the sandbox whose call triggers it) and how deep it nests (a deep body is
compiled eagerly, at the shallow host stack of the module's compile, not at the stack
of a call that may be deep in the program's recursion).
"""

from __future__ import annotations

import sys
from typing import Any

from ..syntax import nodes as n

#: Host seconds that compiling one node of a function body takes (measured about
#: 2.5 us on CPython 3.11 here; Pyodide is 2-3x slower), with some margin: what a body
#: compiled on its first call charges to the meter (and a rest of a second-tier body,
#: compiled by the first tier when it is first needed).
COMPILE_SECONDS_PER_NODE = 8e-6 if sys.platform == "emscripten" else 4e-6

#: Bodies nesting deeper than this (in nodes, relative to the ``def``) stay eager: the
#: compiler recurses a few host frames per level, and a first call may come from deep
#: in the program's own recursion, where the host stack has only its margin left.
MAX_LAZY_DEPTH = 100

_FUNCTIONS = (n.FunctionDef, n.AsyncFunctionDef)
_LOOPS = (n.For, n.AsyncFor, n.While)
_SIMPLE_TARGETS = (n.Name, n.Attribute, n.Subscript)
_SEQUENCES = (n.List, n.Tuple)
#: Nodes under which the compiler handles a ``*x`` (anywhere else it raises).
_STAR_PARENTS = (n.List, n.Tuple, n.Set, n.Call, n.ClassDef)


def plan(tree: n.AST) -> dict[int, int]:
    """``id(node) -> node count of its body`` for each ``def`` and ``class`` whose body
    may be compiled lazily.  The tree must have passed scope analysis (so it nests at most
    :data:`.scopes.MAX_NESTING` deep)."""
    walker = _Planner()
    if isinstance(tree, n.Expression):
        walker.visit(tree.body, 0)
    else:
        walker.visit_list(tree.body, 0)
    return walker.lazy


class _Planner:
    def __init__(self) -> None:
        self.lazy: dict[int, int] = {}
        #: The defs and classes enclosing the node being visited, innermost last.
        self.functions: list[Any] = []
        #: ids of defs and classes whose body holds something the compiler may refuse.
        self.doubtful: set[int] = set()
        self.count = 0
        self.in_loop = False
        #: "module", "function" or "class": the kind of block the statements are in.
        self.block = "module"

    def doubt(self) -> None:
        """Something here may be a compile error: every enclosing body stays eager."""
        self.doubtful.update(id(f) for f in self.functions)

    def visit_list(self, items: list, depth: int) -> int:
        deepest = depth
        for item in items:
            if isinstance(item, n.AST):
                d = self.visit(item, depth)
                if d > deepest:
                    deepest = d
        return deepest

    def visit(self, node: Any, depth: int) -> int:
        """Visit ``node`` at ``depth``; returns the deepest depth under it."""
        self.count += 1
        depth += 1
        t = type(node)
        if t is n.Break or t is n.Continue:
            if not self.in_loop:
                self.doubt()
            return depth
        if t is n.Return:
            if self.block != "function":
                self.doubt()
        elif t in _FUNCTIONS:
            return self._function(node, depth)
        elif t is n.ClassDef:
            return self._class(node, depth)
        elif t in _LOOPS:
            return self._loop(node, depth)
        elif t is n.Assign:
            for target in node.targets:
                self._store_target(target)
        elif t is n.AugAssign or t is n.AnnAssign:
            if type(node.target) not in _SIMPLE_TARGETS:
                self.doubt()
        elif t is n.Delete:
            for target in node.targets:
                self._delete_target(target)
        elif t is n.withitem:
            if node.optional_vars is not None:
                self._store_target(node.optional_vars)
        elif t is n.comprehension:
            self._store_target(node.target)
        elif t is n.NamedExpr:
            if type(node.target) is not n.Name:
                self.doubt()
        return self._children(node, depth)

    def _children(self, node: Any, depth: int, skip: tuple[str, ...] = ()) -> int:
        """Visit the fields of ``node`` but ``skip``; returns the deepest nesting."""
        deepest = depth
        star_ok = isinstance(node, _STAR_PARENTS)
        for name in node._fields:
            if name in skip:
                continue
            value = getattr(node, name, None)
            if isinstance(value, n.AST):
                if type(value) is n.Starred and not star_ok:
                    self.doubt()
                d = self.visit(value, depth)
            elif isinstance(value, list):
                if not star_ok and any(type(v) is n.Starred for v in value):
                    self.doubt()
                d = self.visit_list(value, depth)
            else:
                continue
            if d > deepest:
                deepest = d
        return deepest

    def _store_target(self, target: Any) -> None:
        t = type(target)
        if t in _SIMPLE_TARGETS:
            return
        if t in _SEQUENCES:
            stars = 0
            for item in target.elts:
                if type(item) is n.Starred:
                    stars += 1
                    item = item.value
                self._store_target(item)
            if stars > 1:
                self.doubt()
            return
        self.doubt()

    def _delete_target(self, target: Any) -> None:
        t = type(target)
        if t in _SIMPLE_TARGETS:
            return
        if t in _SEQUENCES:
            for item in target.elts:
                self._delete_target(item)
            return
        self.doubt()

    def _outer_parts(self, node: Any, depth: int, skip: tuple[str, ...]) -> int:
        """Visit the fields of ``node`` that run in the enclosing block (decorators,
        defaults, annotations, bases), all but ``skip``."""
        return self._children(node, depth, skip)

    def _function(self, node: Any, depth: int) -> int:
        deepest = self._outer_parts(node, depth, ("body",))
        saved = self.in_loop, self.block
        self.in_loop, self.block = False, "function"
        self.functions.append(node)
        start = self.count
        try:
            inner = self.visit_list(node.body, depth)
        finally:
            self.functions.pop()
            self.in_loop, self.block = saved
        if id(node) not in self.doubtful and inner - depth <= MAX_LAZY_DEPTH:
            size = self.lazy[id(node)] = self.count - start
            # An enclosing body compiles this one's stand-in only: not its nodes.
            self.count -= size
        return max(deepest, inner)

    def _class(self, node: Any, depth: int) -> int:
        deepest = self._outer_parts(node, depth, ("body",))
        saved = self.in_loop, self.block
        # The compiler keeps the loop depth into a class body, CPython does not: either
        # way a break there is in doubt.
        self.in_loop, self.block = False, "class"
        self.functions.append(node)
        start = self.count
        try:
            inner = self.visit_list(node.body, depth)
        finally:
            self.functions.pop()
            self.in_loop, self.block = saved
        # A class body waits for its class statement to run, as a def's body waits for
        # its first call; a generic class's body is part of its annotation scope's
        # compile, which does not wait.
        if id(node) not in self.doubtful and inner - depth <= MAX_LAZY_DEPTH and not node.type_params:
            size = self.lazy[id(node)] = self.count - start
            self.count -= size
        return max(deepest, inner)

    def _loop(self, node: Any, depth: int) -> int:
        if type(node) is not n.While:
            self._store_target(node.target)
        deepest = self._outer_parts(node, depth, ("body", "orelse"))
        saved = self.in_loop
        self.in_loop = True
        try:
            d = self.visit_list(node.body, depth)
        finally:
            self.in_loop = saved
        deepest = max(deepest, d, self.visit_list(node.orelse, depth))
        return deepest
