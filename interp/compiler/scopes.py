"""Scope resolution: which names are local, cell, free or global in each scope.

Like CPython's symtable, in two passes over the AST:

1. :class:`_Collector` walks each scope (module, function, lambda, comprehension,
   class body) and records the names it binds, the names it uses and its
   ``global``/``nonlocal`` declarations, building a tree of :class:`Scope`.
2. :func:`_resolve` walks the tree top-down: a name used but not bound in a function
   scope is *free* if an enclosing function binds it (which makes it a *cell* there)
   and *global* otherwise.  Class bodies do not make their names visible to the
   functions inside them, exactly as in CPython.

The compiler then gives every local, cell and free name of a function a slot in
its frame list (slot 0 is the return value).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from ..syntax import budget
from ..syntax import nodes as n
from .mangle import binding_name

LOCAL = "local"  # a slot holding the value
CELL = "cell"  # a slot holding a Cell shared with inner scopes
FREE = "free"  # a slot holding a Cell from an enclosing scope
GLOBAL_EXPLICIT = "global"  # declared ``global``
GLOBAL_IMPLICIT = "global_implicit"  # not bound in any enclosing function: globals, then builtins
NAMESPACE = "namespace"  # module or class body: the namespace dict

#: The hidden variable through which annotation scopes in a class body see the class
#: namespace (CPython's ``__classdict__`` cell).  Not a valid identifier, so sandboxed
#: code cannot name it.
CLASSDICT = ".classdict"


def type_params_key(node: Any) -> tuple[str, int]:
    """Key in ``by_node`` of the annotation scope holding ``node``'s type parameters."""
    return ("type_params", id(node))


def lazy_key(node: Any, what: str) -> tuple[str, int]:
    """Key in ``by_node`` of a lazily evaluated annotation scope: a TypeVar's
    ``"bound"`` or ``"default"``, a type alias's ``"value"``."""
    return (what, id(node))


class Scope:
    """One scope and what the resolver learned about its names."""

    #: Loops, ``with`` items and ``try`` statements open around the node being
    #: visited (see _Collector._block).
    blocks = 0

    def __init__(self, kind: str, name: str, node: Any, parent: Scope | None) -> None:
        #: "module", "function", "lambda", "comprehension", "class", or "annotation":
        #: CPython's annotation scopes (PEP 695), the hidden functions that hold the
        #: type parameters of a generic def/class/alias and evaluate TypeVar bounds,
        #: defaults and alias values lazily.
        self.kind = kind
        self.name = name
        self.node = node
        self.parent = parent
        self.children: list[Scope] = []
        self.bound: dict[str, None] = {}  # ordered set
        self.used: dict[str, None] = {}
        self.globals: set[str] = set()
        self.nonlocals: set[str] = set()
        self.nonlocal_nodes: dict[str, Any] = {}  # name -> its ``nonlocal`` statement
        #: name -> its first ``global`` or ``nonlocal`` statement, where CPython reports
        #: the errors it finds about the name after the walk.
        self.directives: dict[str, Any] = {}
        self.params: list[str] = []
        self.value_returns: list[Any] = []  # ``return value`` statements (function scope)
        self.is_generator = False
        self.is_coroutine = False
        self.uses_class_cell = False  # super() or __class__ inside a method
        self.needs_class_cell = False  # class scope: some method uses __class__
        self.needs_classdict_cell = False  # class scope: an annotation scope reads its namespace
        #: Annotation scope directly in a class body: names it does not bind are looked
        #: up in the class namespace first (CPython's ``__classdict__``).
        self.can_see_class_scope = False
        #: Annotation scope: what it is for, in CPython's SyntaxError messages ("the
        #: definition of a generic", "a TypeVar bound", "a TypeVar default", "a type alias").
        self.annotation_block = ""
        self.type_param_names: set[str] = set()  # annotation scope: the type parameters it binds
        self.class_free: set[str] = set()  # class scope: cells passed through to methods
        #: What every Code of this scope takes from it (definitions.py ``make_code``),
        #: worked out on the first compile: the same in every sandbox that runs the tree.
        self.code_fields: tuple | None = None
        #: What the compiler works out from the tree alone (see :meth:`fact`).
        self.tree_facts: dict = {}
        #: name -> LOCAL / CELL / FREE / GLOBAL_EXPLICIT / GLOBAL_IMPLICIT / NAMESPACE
        self.symbols: dict[str, str] = {}
        self.slots: dict[str, int] = {}
        self.nslots = 1
        self.qualname = name

    def fact(self, key: tuple, compute: Callable[[], Any]) -> Any:
        """``compute()``, a fact about this scope's part of the tree (a body's size,
        the locals some statement unbinds, where a closure's cells come from), worked
        out once and kept under ``key``, as ``code_fields`` is: every sandbox that
        imports a module compiles its tree again.  ``key`` names nodes by ``id``; the
        scope lives no longer than its tree."""
        found = self.tree_facts.get(key)
        if found is None:
            found = self.tree_facts[key] = compute()
        return found

    @property
    def is_function(self) -> bool:
        return self.kind in ("function", "lambda", "comprehension", "annotation")

    def __repr__(self) -> str:
        return f"<Scope {self.kind} {self.name} {self.symbols}>"


_COMPREHENSION_NAMES = {
    "<listcomp>": "list comprehension",
    "<setcomp>": "set comprehension",
    "<dictcomp>": "dict comprehension",
    "<genexpr>": "generator expression",
}


#: How deep the tree may nest.  CPython 3.11 at its default recursion limit refuses
#: a module nested deeper (``x = 1+1+...`` with 2993 terms) with "maximum recursion
#: depth exceeded during compilation"; the same bound keeps the compiler's own
#: recursion, and the depth of the closures it makes, far from the host's limits.
#: In Pyodide the bound is lower: freeing a tree of closures nested 1500 deep recurses
#: in C deeper than the JavaScript stack allows (measured in Node with V8's 1 MB).
MAX_NESTING = 500 if sys.platform == "emscripten" else 2994


class NestingError(Exception):
    """The tree nests deeper than :data:`MAX_NESTING` (a RecursionError for the program)."""


def dismantle(tree: n.AST) -> None:
    """Unlink a rejected tree node by node, so that freeing it never recurses deeply.

    The parser is not recursive and builds trees of any depth; freeing one is (CPython
    frees a node's children inside its own deallocation), and in Pyodide a tree tens of
    thousands deep overflows the JavaScript stack as it is freed.
    """
    stack = [tree]
    while stack:
        node = stack.pop()
        for name in node._fields:
            value = getattr(node, name, None)
            if isinstance(value, n.AST):
                stack.append(value)
            elif isinstance(value, list):
                stack.extend(item for item in value if isinstance(item, n.AST))
            else:
                continue
            setattr(node, name, None)


class ScopeError(Exception):
    """A name error CPython's symtable reports as SyntaxError (with a node for the position).

    ``ranged``: the caret spans the whole node, as CPython's symtable marks its errors."""

    def __init__(self, message: str, node: Any, ranged: bool = True) -> None:
        super().__init__(message)
        self.message = message
        self.node = node
        self.ranged = ranged


def build(tree: n.AST, top_level_await: bool = False) -> tuple[Scope, dict[Any, Scope]]:
    """Resolve the scopes of a module (or expression) tree.

    ``top_level_await`` allows ``await``, ``async for``, ``async with`` and async
    comprehensions in module code (a notebook-style main program).

    Returns the module scope and a map from ``id(node)`` of every scope-making node
    (FunctionDef, Lambda, ClassDef, comprehensions) to its scope; annotation scopes
    are under :func:`type_params_key` and :func:`lazy_key`.
    """
    top = Scope("module", "<module>", tree, None)
    by_node: dict[Any, Scope] = {id(tree): top}
    collector = _Collector(by_node)
    collector.top_level_await = top_level_await
    collector.scope = top
    if isinstance(tree, n.Expression):
        collector.visit(tree.body)
    else:
        collector.visit_list(tree.body)
    _resolve(top, {})
    return top, by_node


class _Collector:
    def __init__(self, by_node: dict[Any, Scope]) -> None:
        self.by_node = by_node
        self.scope: Scope
        self.in_class_method_def = False
        self.top_level_await = False
        self.depth = 0

    # -- helpers -----------------------------------------------------------------
    def bind(self, name: str, node: Any = None) -> None:
        scope = self.scope
        if name in scope.nonlocals or name in scope.globals:
            scope.bound.setdefault(name)
            return
        scope.bound.setdefault(name)

    def use(self, name: str) -> None:
        self.scope.used.setdefault(name)

    def new_scope(self, kind: str, name: str, node: Any, key: Any = None) -> Scope:
        scope = Scope(kind, name, node, self.scope)
        parent = self.scope
        if parent.kind == "annotation" and parent.parent is not None:
            # CPython names what a generic's annotation scope holds as if the scope
            # were not there: ``C.method``, not ``C.<generic parameters of method>...``.
            parent = parent.parent
        if parent.kind == "module":
            scope.qualname = name
        elif parent.kind == "class":
            scope.qualname = f"{parent.qualname}.{name}"
        else:
            scope.qualname = f"{parent.qualname}.<locals>.{name}"
        self.scope.children.append(scope)
        self.by_node[id(node) if key is None else key] = scope
        return scope

    def visit_list(self, items: list) -> None:
        for item in items:
            self.visit(item)

    def visit(self, node: Any) -> None:
        if node is None:
            return
        if isinstance(node, list):
            self.visit_list(node)
            return
        # Every node of the tree is reached through here, so this counts its nesting
        # (no try/finally: an error abandons the whole walk), and reports the work.
        budget.report(budget.NODE_UNITS)
        self.depth += 1
        if self.depth > MAX_NESTING:
            raise NestingError(getattr(node, "lineno", None))
        method = getattr(self, "visit_" + type(node).__name__, None)
        if method is not None:
            method(node)
        else:
            self.generic(node)
        self.depth -= 1

    def generic(self, node: n.AST) -> None:
        for name in node._fields:
            value = getattr(node, name)
            if isinstance(value, n.AST):
                self.visit(value)
            elif isinstance(value, list):
                for item in value:
                    if isinstance(item, n.AST):
                        self.visit(item)

    # -- names -------------------------------------------------------------------
    def visit_Name(self, node: n.Name) -> None:
        if node.ctx == "Load":
            self.use(node.id)
            if node.id == "super" and self.scope.is_function:
                self._mark_class_cell()
            if node.id == "__class__" and self.scope.is_function:
                self._mark_class_cell()
        else:
            self.bind(node.id, node)

    def _mark_class_cell(self) -> None:
        # super() and __class__ in a method need the implicit __class__ cell of the
        # nearest enclosing class body.
        scope: Scope | None = self.scope
        while scope is not None and scope.kind != "class":
            scope = scope.parent
        if scope is not None:
            self.scope.uses_class_cell = True
            self.use("__class__")

    def visit_Global(self, node: n.Global) -> None:
        for name in node.names:
            if name in self.scope.params:
                raise ScopeError(f"name '{name}' is parameter and global", node)
            if name in self.scope.nonlocals:
                raise ScopeError(f"name '{name}' is nonlocal and global", self.scope.directives[name])
            if name in self.scope.used or name in self.scope.bound:
                # CPython's wording differs between the two cases.
                kind = "assigned to before" if name in self.scope.bound else "used prior to"
                raise ScopeError(f"name '{name}' is {kind} global declaration", node)
            self.scope.globals.add(name)
            self.scope.directives.setdefault(name, node)

    def visit_Nonlocal(self, node: n.Nonlocal) -> None:
        module = self.scope.kind == "module"
        for name in node.names:
            if name in self.scope.params:
                raise ScopeError(f"name '{name}' is parameter and nonlocal", node)
            if name in self.scope.globals:
                raise ScopeError(f"name '{name}' is nonlocal and global", self.scope.directives[name])
            if name in self.scope.used or name in self.scope.bound:
                # CPython's wording differs between the two cases.
                kind = "assigned to before" if name in self.scope.bound else "used prior to"
                raise ScopeError(f"name '{name}' is {kind} nonlocal declaration", node)
            self.scope.directives.setdefault(name, node)
            if module:
                # Reported once the whole module is walked (see _resolve), as CPython
                # does: an error the walk finds later in the file comes first.
                self.scope.nonlocal_nodes.setdefault(name, node)
                continue
            self.scope.nonlocals.add(name)
            self.scope.nonlocal_nodes[name] = node

    def visit_Import(self, node: n.Import) -> None:
        for alias in node.names:
            self.bind(alias.asname or alias.name.split(".")[0])

    def visit_ImportFrom(self, node: n.ImportFrom) -> None:
        for alias in node.names:
            if alias.name == "*":
                if self.scope.kind != "module":
                    raise ScopeError("import * only allowed at module level", alias)
                continue
            self.bind(alias.asname or alias.name)

    def visit_ExceptHandler(self, node: n.ExceptHandler) -> None:
        self.visit(node.type)
        if node.name:
            self.bind(node.name)
        self.visit_list(node.body)

    def visit_MatchAs(self, node: n.MatchAs) -> None:
        self.visit(node.pattern)
        if node.name:
            self.bind(node.name)

    def visit_MatchStar(self, node: n.MatchStar) -> None:
        if node.name:
            self.bind(node.name)

    def visit_MatchMapping(self, node: n.MatchMapping) -> None:
        self.visit_list(node.keys)
        self.visit_list(node.patterns)
        if node.rest:
            self.bind(node.rest)

    def visit_NamedExpr(self, node: n.NamedExpr) -> None:
        self._not_in_annotation_scope("named expression", node)
        self.visit(node.value)
        # The target binds in the nearest enclosing non-comprehension scope.
        scope = self.scope
        while scope.kind == "comprehension":
            if node.target.id in scope.bound:
                raise ScopeError(
                    f"assignment expression cannot rebind comprehension iteration variable '{node.target.id}'",
                    node.target,  # CPython marks the target name
                )
            scope = scope.parent  # type: ignore[assignment]
        if scope.kind == "class" and scope is not self.scope:
            raise ScopeError(
                "assignment expression within a comprehension cannot be used in a class body",
                node.target,
            )
        if scope is not self.scope:
            # Make the comprehension see it as a free variable of the outer scope.
            scope.bound.setdefault(node.target.id)
            inner = self.scope
            while inner is not scope:
                inner.nonlocals.add(node.target.id) if scope.kind != "module" else inner.globals.add(
                    node.target.id
                )
                inner.used.setdefault(node.target.id)
                inner = inner.parent  # type: ignore[assignment]
        else:
            self.bind(node.target.id)

    def visit_Yield(self, node: Any) -> None:
        self._not_in_annotation_scope("yield expression", node)
        scope = self.scope
        keyword = "yield" if isinstance(node, n.Yield) else "yield from"
        if scope.kind == "comprehension":
            raise ScopeError(f"'yield' inside {_COMPREHENSION_NAMES[scope.name]}", node)
        if scope.kind in ("module", "class"):
            raise ScopeError(f"'{keyword}' outside function", node)
        if keyword == "yield from" and scope.is_coroutine:
            raise ScopeError("'yield from' inside async function", node)
        scope.is_generator = True
        self.generic(node)

    visit_YieldFrom = visit_Yield

    def visit_Return(self, node: n.Return) -> None:
        if node.value is not None and self.scope.kind == "function":
            self.scope.value_returns.append(node)
        self.generic(node)

    def visit_Await(self, node: n.Await) -> None:
        self._not_in_annotation_scope("await expression", node)
        self._require_async(node, "'await'")
        self.generic(node)

    def visit_AsyncFor(self, node: Any) -> None:
        self._require_async(node, "'async for'")
        self._block(node, 1)

    def visit_AsyncWith(self, node: Any) -> None:
        self._require_async(node, "'async with'")
        self._block(node, len(node.items))

    def visit_For(self, node: Any) -> None:
        self._block(node, 1)

    def visit_While(self, node: Any) -> None:
        self._block(node, 1)

    def visit_With(self, node: Any) -> None:
        self._block(node, len(node.items))

    def visit_Try(self, node: Any) -> None:
        self._block(node, 1)

    def visit_TryStar(self, node: Any) -> None:
        self._block(node, 1)

    def _block(self, node: Any, count: int) -> None:
        """Visit a statement that CPython 3.11's compiler keeps a frame block for (one
        per loop, ``try`` and ``with`` item), refusing more than 20 open in one code
        object as it does (its fixed-size block stack)."""
        scope = self.scope
        scope.blocks += count
        if scope.blocks > 20:
            raise ScopeError("too many statically nested blocks", node)
        self.generic(node)
        scope.blocks -= count

    def _require_async(self, node: Any, what: str | None) -> None:
        """Raise CPython's SyntaxError when ``node`` (``what``; None for an async
        comprehension) is not inside a coroutine.  A generator expression may await
        anywhere: it becomes an async generator."""
        scope = self.scope
        in_comprehension = what is None
        while scope.kind == "comprehension":
            if scope.name == "<genexpr>":
                return
            if not in_comprehension:
                # CPython reports an await in a comprehension at the comprehension.
                node = scope.node
            in_comprehension = True
            scope = scope.parent  # type: ignore[assignment]
        if scope.kind == "annotation":
            return  # reported by _not_in_annotation_scope
        if scope.kind == "function" and scope.is_coroutine:
            return
        if scope.kind == "module" and self.top_level_await:
            return
        if in_comprehension:
            raise ScopeError("asynchronous comprehension outside of an asynchronous function", node)
        if what == "'await'" and scope.kind in ("module", "class"):
            raise ScopeError("'await' outside function", node)
        raise ScopeError(f"{what} outside async function", node)

    # -- scopes ------------------------------------------------------------------
    def _arguments(self, args: n.arguments) -> None:
        # Defaults and annotations are evaluated in the enclosing scope.
        self.visit_list(args.defaults)
        self.visit_list([d for d in args.kw_defaults if d is not None])
        self._annotations(args)

    def _annotations(self, args: n.arguments) -> None:
        for a in args.posonlyargs + args.args + args.kwonlyargs + [args.vararg, args.kwarg]:
            if a is not None and a.annotation is not None:
                self.visit(a.annotation)

    # -- annotation scopes (PEP 695) -----------------------------------------------
    def _annotation_scope(self, name: str, node: Any, key: Any, block: str) -> Scope:
        """Enter a new annotation scope; one directly in a class body sees the class
        namespace through the hidden CLASSDICT cell, as CPython's do."""
        in_class = self.scope.kind == "class" or (
            self.scope.kind == "annotation" and self.scope.can_see_class_scope
        )
        scope = self.new_scope("annotation", name, node, key)
        scope.annotation_block = block
        self.scope = scope
        if in_class:
            scope.can_see_class_scope = True
            self.use(CLASSDICT)
        return scope

    def _enter_type_params(self, node: Any, name: str) -> Scope:
        """Enter the annotation scope that binds ``node``'s type parameters (and stay in it)."""
        scope = self._annotation_scope(
            f"<generic parameters of {name}>", node, type_params_key(node), "the definition of a generic"
        )
        seen_default = False
        for param in node.type_params:
            if param.name in scope.bound:
                raise ScopeError(f"duplicate type parameter '{param.name}'", param)
            self.bind(param.name)
            scope.type_param_names.add(param.name)
            if param.default_value is not None:
                seen_default = True
            elif seen_default:
                raise ScopeError(
                    f"non-default type parameter '{param.name}' follows default type parameter", param
                )
        for param in node.type_params:
            bound = getattr(param, "bound", None)
            if bound is not None:
                self._lazy_scope(param.name, param, "bound", bound, "a TypeVar bound")
            if param.default_value is not None:
                self._lazy_scope(param.name, param, "default", param.default_value, "a TypeVar default")
        return scope

    def _lazy_scope(self, name: str, node: Any, what: str, value: Any, block: str) -> None:
        """A child annotation scope evaluating ``value`` when first needed."""
        outer = self.scope
        self._annotation_scope(name, node, lazy_key(node, what), block)
        self.visit(value)
        self.scope = outer

    def _not_in_annotation_scope(self, what: str, node: Any) -> None:
        scope: Scope | None = self.scope
        # Comprehensions are inlined in CPython: they report their annotation scope.
        while scope is not None and scope.kind == "comprehension":
            scope = scope.parent
        if scope is not None and scope.kind == "annotation":
            raise ScopeError(f"{what} cannot be used within {scope.annotation_block}", node)

    @staticmethod
    def _param_names(args: n.arguments) -> list[str]:
        """The parameter names in CPython's order, which decides which of two equal
        names its "duplicate argument" error points at."""
        params = args.posonlyargs + args.args + args.kwonlyargs
        if args.vararg is not None:
            params.append(args.vararg)
        if args.kwarg is not None:
            params.append(args.kwarg)
        names: list[str] = []
        for param in params:
            if param.arg in names:
                raise ScopeError(f"duplicate argument '{param.arg}' in function definition", param)
            names.append(param.arg)
        return names

    def visit_FunctionDef(self, node: Any) -> None:
        self.visit_list(node.decorator_list)
        outer = self.scope
        if node.type_params:
            # Defaults are evaluated outside the annotation scope, annotations in it.
            args = node.args
            self.visit_list(args.defaults)
            self.visit_list([d for d in args.kw_defaults if d is not None])
            self.bind(binding_name(self.scope, node.name))
            self._enter_type_params(node, node.name)
            self._annotations(args)
        else:
            self._arguments(node.args)
        if node.returns is not None:
            self.visit(node.returns)
        if not node.type_params:
            self.bind(binding_name(self.scope, node.name))
        scope = self.new_scope("function", node.name, node)
        scope.is_coroutine = isinstance(node, n.AsyncFunctionDef)
        scope.params = self._param_names(node.args)
        for p in scope.params:
            scope.bound.setdefault(p)
        self.scope = scope
        self.visit_list(node.body)
        self.scope = outer
        if scope.is_coroutine and scope.is_generator and scope.value_returns:
            raise ScopeError("'return' with value in async generator", scope.value_returns[0])

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Lambda(self, node: n.Lambda) -> None:
        self._arguments(node.args)
        outer = self.scope
        scope = self.new_scope("lambda", "<lambda>", node)
        scope.params = self._param_names(node.args)
        for p in scope.params:
            scope.bound.setdefault(p)
        self.scope = scope
        self.visit(node.body)
        self.scope = outer

    def visit_ClassDef(self, node: n.ClassDef) -> None:
        self.visit_list(node.decorator_list)
        outer = self.scope
        if node.type_params:
            # Bases and keywords are evaluated in the annotation scope: they may use
            # the type parameters.
            self.bind(binding_name(self.scope, node.name))
            self._enter_type_params(node, node.name)
            self.visit_list(node.bases)
            self.visit_list(node.keywords)
        else:
            self.visit_list(node.bases)
            self.visit_list(node.keywords)
            self.bind(binding_name(self.scope, node.name))
        scope = self.new_scope("class", node.name, node)
        self.scope = scope
        self.visit_list(node.body)
        self.scope = outer

    def _comprehension(self, node: Any, name: str, elements: list) -> None:
        generators = node.generators
        if name != "<genexpr>" and any(gen.is_async for gen in generators):
            self._require_async(node, None)
        # The first iterable is evaluated in the enclosing scope.
        self.visit(generators[0].iter)
        outer = self.scope
        scope = self.new_scope("comprehension", name, node)
        scope.params = [".0"]
        scope.bound.setdefault(".0")
        self.scope = scope
        for i, gen in enumerate(generators):
            if i:
                self.visit(gen.iter)
            self.visit(gen.target)
            self.visit_list(gen.ifs)
        for element in elements:
            self.visit(element)
        if name == "<genexpr>":
            scope.is_generator = True
        self.scope = outer

    def visit_ListComp(self, node: n.ListComp) -> None:
        self._comprehension(node, "<listcomp>", [node.elt])

    def visit_SetComp(self, node: n.SetComp) -> None:
        self._comprehension(node, "<setcomp>", [node.elt])

    def visit_GeneratorExp(self, node: n.GeneratorExp) -> None:
        self._comprehension(node, "<genexpr>", [node.elt])

    def visit_DictComp(self, node: n.DictComp) -> None:
        self._comprehension(node, "<dictcomp>", [node.key, node.value])

    def visit_TypeAlias(self, node: n.TypeAlias) -> None:
        self.visit(node.name)
        outer = self.scope
        name = node.name.id
        if node.type_params:
            self._enter_type_params(node, name)
        self._lazy_scope(name, node, "value", node.value, "a type alias")
        self.scope = outer


def _resolve(scope: Scope, visible: dict[str, Scope]) -> None:
    """Decide each name's kind in ``scope`` given the function scopes above it.

    ``visible`` maps names bound by enclosing *function* scopes to the scope that
    binds them (class scopes are skipped, as CPython does).
    """
    symbols = scope.symbols
    if scope.kind == "module":
        for node in scope.nonlocal_nodes.values():
            raise ScopeError("nonlocal declaration not allowed at module level", node)
        for name in list(scope.bound) + list(scope.used):
            symbols[name] = NAMESPACE
    elif scope.kind == "class":
        for name, where in scope.nonlocal_nodes.items():
            if name not in visible:
                raise ScopeError(f"no binding for nonlocal '{name}' found", where)
        for name in list(scope.bound) + list(scope.used):
            if name in scope.globals:
                symbols[name] = GLOBAL_EXPLICIT
            elif name in scope.nonlocals:
                symbols[name] = FREE
            elif name in scope.bound:
                symbols[name] = NAMESPACE
            elif name in visible:
                symbols[name] = FREE
            else:
                symbols[name] = NAMESPACE
    else:
        for name in scope.nonlocal_nodes:  # in the source's order, not a set's
            where = scope.nonlocal_nodes[name]
            if name not in visible:
                raise ScopeError(f"no binding for nonlocal '{name}' found", where)
            if name in visible[name].type_param_names:
                raise ScopeError(f"nonlocal binding not allowed for type parameter '{name}'", where)
        for name in list(scope.bound) + list(scope.used):
            if name in symbols:
                continue
            if name in scope.globals:
                symbols[name] = GLOBAL_EXPLICIT
            elif name in scope.nonlocals:
                symbols[name] = FREE
            elif name in scope.bound:
                symbols[name] = LOCAL
            elif name in visible:
                symbols[name] = FREE
            else:
                symbols[name] = GLOBAL_IMPLICIT
    if scope.kind == "class":
        # Methods that use super()/__class__ see the class's implicit cell; annotation
        # scopes in the body see its namespace.
        child_visible = dict(visible)
        child_visible["__class__"] = scope
        child_visible[CLASSDICT] = scope
    elif scope.is_function:
        child_visible = dict(visible)
        for name, kind in symbols.items():
            if kind in (LOCAL, CELL, FREE):
                child_visible[name] = scope
    else:
        child_visible = {}
    for child in scope.children:
        _resolve(child, child_visible)
        # Free names of a child (and of its children) must be cells or passed
        # through here.
        for name, kind in child.symbols.items():
            if kind != FREE:
                continue
            own = symbols.get(name)
            if scope.kind == "class":
                if name == "__class__":
                    scope.needs_class_cell = True
                elif name == CLASSDICT:
                    scope.needs_classdict_cell = True
                elif own is None:
                    symbols[name] = FREE
                elif own == NAMESPACE:
                    # The class binds the name, but its methods see the enclosing
                    # function's variable: the class passes the cell along.
                    scope.class_free.add(name)
            elif own in (LOCAL, CELL):
                symbols[name] = CELL
            elif own is None or own == GLOBAL_IMPLICIT:
                symbols[name] = FREE
    _assign_slots(scope)


def _assign_slots(scope: Scope) -> None:
    if scope.kind not in ("function", "lambda", "comprehension", "class", "annotation"):
        return
    slots = scope.slots
    index = 1
    if scope.kind != "class":
        for name in scope.params:
            if name not in slots:
                slots[name] = index
                index += 1
    for name, kind in scope.symbols.items():
        if kind in (LOCAL, CELL, FREE) and name not in slots:
            slots[name] = index
            index += 1
    for name in scope.class_free:
        key = "\0free:" + name
        slots[key] = index
        index += 1
    if scope.kind == "class" and scope.needs_class_cell:
        slots["__class__"] = index
        index += 1
    if scope.kind == "class" and scope.needs_classdict_cell:
        slots[CLASSDICT] = index
        index += 1
    scope.nslots = index
