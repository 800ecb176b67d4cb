"""The compiler's entry point: an AST module in, a runnable :class:`Program` out.

``compile_module`` resolves scopes, then compiles every node into closures (see
:mod:`.expressions`, :mod:`.statements`, :mod:`.definitions`, :mod:`.patterns`).
Globals and builtins dicts are bound at compile time, so a global name load is two
dict look-ups with no indirection.
"""

from __future__ import annotations

import ast as _host_ast
import copy
import sys
from typing import Any

from ..runtime.calls import call
from ..runtime.control import UNBOUND
from ..runtime.descriptors import Super
from ..runtime.functions import Cell
from ..runtime.native import Builtin
from ..runtime.tracebacks import note_line
from ..syntax import errors as syntax_errors
from ..syntax import nodes as n
from . import lazy, mangle, scopes
from .definitions import DefinitionCompiler
from .expressions import ExpressionCompiler
from .patterns import PatternCompiler
from .statements import StatementCompiler
from .templates import TemplateCompiler


class Program:
    """A compiled module or expression, ready to run in its globals."""

    def __init__(
        self,
        body: Any,
        body_g: bool,
        globals: dict,
        namespace: dict | None,
        filename: str,
        last_value: list,
        mode: str,
    ) -> None:
        self.body = body
        self.body_g = body_g
        self.globals = globals
        self.namespace = namespace
        self.filename = filename
        self.last_value = last_value
        self.mode = mode
        #: The module awaits at top level: run it as a coroutine (see compile_module).
        self.is_coroutine = False
        #: The module's docstring, stored as ``__doc__`` when it runs (as CPython does).
        self.docstring: str | None = None

    def run(self) -> Any:
        """Run the program (generator); returns the value for ``eval`` mode, else None."""
        frame = [self.namespace if self.namespace is not None else None]
        if self.docstring is not None:
            (self.globals if self.namespace is None else self.namespace)["__doc__"] = self.docstring
        if self.body_g:
            r = yield from self.body(frame)
        else:
            r = self.body(frame)
        if self.mode == "eval":
            return r
        return None


class Compiler(ExpressionCompiler, StatementCompiler, DefinitionCompiler, PatternCompiler, TemplateCompiler):
    def __init__(
        self,
        filename: str,
        source: str,
        globals: dict,
        builtins: dict,
        record_result: bool,
        scopes_by_node: dict,
        top: scopes.Scope,
    ) -> None:
        self.filename = filename
        self.source = source
        self.globals = globals
        self.builtins = builtins
        self.record_result = record_result
        self.scopes_by_node = scopes_by_node
        self.scope = top
        self.loop_depth = 0
        self.last_value: list = [None]
        self.last_statement: Any = None

    #: id(def node) -> node count, for the bodies compiled on first call (:mod:`.lazy`).
    lazy_plan: dict[int, int] = {}  # noqa: RUF012 - replaced per instance, never mutated

    def is_last_statement(self, node: Any) -> bool:
        return node is self.last_statement

    #: ``from __future__ import annotations`` (PEP 563) is in force: annotations are
    #: stored as their source text instead of being evaluated.
    future_annotations = False

    def compile_annotation(self, node: Any) -> tuple[Any, bool]:
        """An annotation's closure: its value, or its text under PEP 563.

        From 3.14 CPython evaluates annotations only when they are read (PEP 649), so a
        name that exists only for type checkers (``if TYPE_CHECKING: import x``) is no
        error where it is defined. The sandbox still evaluates them at definition; on
        those hosts an annotation that meets an undefined name keeps its source text
        instead, as under PEP 563 (docs/DEVIATIONS.md)."""
        if self.future_annotations:
            text = _annotation_text(self.source, node)
            return (lambda f: text), False
        value, vg = self.compile_expr(node)
        if not _LAZY_ANNOTATIONS:
            return value, vg
        source = self.source

        def as_text() -> str:
            return _annotation_text(source, node)

        if vg:

            def annotation_gen(f: list) -> Any:
                try:
                    return (yield from value(f))
                except NameError:
                    return as_text()

            return annotation_gen, True

        def annotation(f: list) -> Any:
            try:
                return value(f)
            except NameError:
                return as_text()

        return annotation, False

    def syntax_error(self, message: str, node: Any) -> SyntaxError:
        return syntax_errors.make(
            message,
            self.source,
            self.filename,
            node.lineno,
            node.col_offset,
            node.end_lineno,
            node.end_col_offset,
        )

    # -- calls that need the caller's frame ----------------------------------------------
    def special_call(self, node: n.Call) -> Any:
        func = node.func
        if not isinstance(func, n.Name) or node.keywords:
            return None
        name = func.id
        nargs = len(node.args)
        if any(isinstance(a, n.Starred) for a in node.args):
            return None
        if name == "super" and nargs == 0 and self.scope.is_function:
            return self._super_call(node)
        if name in ("locals", "globals", "vars", "dir") and nargs == 0:
            return self._frame_call(node, name)
        if name in ("eval", "exec") and 1 <= nargs <= 3:
            return self._frame_call(node, name)
        return None

    def _frame_call(self, node: n.Call, name: str) -> Any:
        load = self.load_name(name)
        args, args_g = self._elements(node.args)
        snapshot = self.locals_snapshot()
        g = self.globals

        def frame_call(f: list) -> Any:
            fn = load(f)
            arguments = (yield from args(f)) if args_g else args(f)
            if type(fn) is Builtin and fn.__name__ == name:
                local_ns = snapshot(f)
                if name == "locals":
                    return local_ns
                if name == "globals":
                    return g
                if name == "vars":
                    return local_ns
                if name == "dir":
                    return sorted(local_ns)
                return (yield from call(fn, _namespaces(arguments, g, local_ns), None))
            return (yield from call(fn, arguments, None))

        return frame_call

    def locals_snapshot(self) -> Any:
        scope = self.scope
        if scope.kind == "module":
            g = self.globals
            return lambda f: g if f[0] is None else f[0]
        if scope.kind == "class":
            return lambda f: f[0]
        slots = [
            (name, slot, scope.symbols.get(name) in (scopes.CELL, scopes.FREE))
            for name, slot in scope.slots.items()
            if not name.startswith((".", "\0")) and (name != "__class__" or scope.kind == "class")
        ]

        def snapshot(f: list) -> dict:
            out = {}
            for name, slot, is_cell in slots:
                value = f[slot]
                if is_cell and type(value) is Cell:
                    value = value.value
                if value is not UNBOUND:
                    out[name] = value
            return out

        return snapshot

    def _super_call(self, node: n.Call) -> Any:
        scope = self.scope
        load = self.load_name("super")
        class_slot = scope.slots.get("__class__")
        first = scope.slots.get(scope.params[0]) if scope.params else None
        first_is_cell = scope.params and scope.symbols.get(scope.params[0]) == scopes.CELL

        def super_call(f: list) -> Any:
            fn = load(f)
            if fn is Super or (type(fn) is Builtin and fn.__name__ == "super"):
                if class_slot is None:
                    raise RuntimeError("super(): __class__ cell not found")
                cls = f[class_slot].value
                if first is None:
                    raise RuntimeError("super(): no arguments")
                obj = f[first]
                if first_is_cell:
                    obj = obj.value
                return Super(cls, obj)
            return (yield from call(fn, (), None))
            yield  # pragma: no cover

        return super_call


def _namespaces(arguments: list, caller_globals: dict, caller_locals: dict) -> tuple:
    """The arguments of ``eval``/``exec`` with the caller's namespaces filled in where
    the call leaves them out or passes None, as CPython does: no globals means the
    caller's globals and locals; globals without locals means the globals for both."""
    source = arguments[0]
    given_globals = arguments[1] if len(arguments) > 1 else None
    given_locals = arguments[2] if len(arguments) > 2 else None
    if given_globals is None:
        if given_locals is None:
            given_locals = caller_locals
        given_globals = caller_globals
    if given_locals is given_globals:
        given_locals = None
    return (source, given_globals, given_locals)


#: id(tree) -> (module scope, scopes by node, lazy plan) of trees compiled with
#: ``shared_tree``: made once, then only read (tests/test_module_cache.py checks it).
_ANALYSED: dict[int, tuple] = {}


def prepare_shared(tree: n.AST) -> None:
    """Do now what the first ``compile_module(tree, shared_tree=True)`` would do once
    for all (mangling, scope analysis, the lazy-body plan), so that a process can make
    its shared trees ready before any sandbox exists (interp/stdlib/_source.py
    ``preload``).  A tree with an error is left for the compile to report."""
    if id(tree) in _ANALYSED:
        return
    try:
        mangle.apply(tree)
        top, by_node = scopes.build(tree)
    except (scopes.NestingError, scopes.ScopeError):
        return
    _ANALYSED.setdefault(id(tree), (top, by_node, lazy.plan(tree)))


def compile_module(
    tree: n.AST,
    *,
    filename: str,
    source: str,
    globals: dict,
    builtins: dict,
    record_result: bool = False,
    namespace: dict | None = None,
    mode: str = "exec",
    top_level_await: bool = False,
    shared_tree: bool = False,
    lazy_bodies: bool = True,
) -> Program:
    """Compile a parsed module (``mode="exec"``) or expression (``"eval"``).

    ``namespace`` is the locals mapping of ``exec(src, globals, locals)`` when it
    differs from ``globals``: top-level names then live there, as in a class body.
    ``top_level_await`` lets the main program ``await`` at module level, as in a
    notebook; such a program is a coroutine (:attr:`Program.is_coroutine`) that the
    host runs on the sandbox's event loop.  ``shared_tree`` says that ``tree`` is kept
    for the life of the process and compiled again and again (the sandbox's own source
    modules, for every sandbox that imports them): its mangling and scope analysis,
    which the compiler only reads, are then done once.  ``lazy_bodies`` lets the
    bodies of the functions that compile without error wait for their first call
    (:mod:`.lazy`); off, everything is compiled now.
    """
    analysed = _ANALYSED.get(id(tree)) if shared_tree else None
    try:
        if analysed is None:
            mangle.apply(tree)
            top, by_node = scopes.build(tree, top_level_await=top_level_await and mode == "exec")
            analysed = (top, by_node, lazy.plan(tree) if lazy_bodies else {})
            if shared_tree:
                _ANALYSED[id(tree)] = analysed
        top, by_node, lazy_plan = analysed
    except scopes.NestingError as nesting:
        scopes.dismantle(tree)
        error = RecursionError("maximum recursion depth exceeded during compilation")
        if not record_result:
            raise error from None
        # The main program: the host reports only SyntaxError as a failure to compile,
        # so this program raises the error as it starts, as a sandbox exception, on
        # the line where the tree became too deep.
        line = nesting.args[0] if nesting.args and nesting.args[0] else 1
        return Program(_raiser(error, line), False, globals, namespace, filename, [None], mode)
    except scopes.ScopeError as error:
        raise _syntax_error(error, source, filename) from None
    if namespace is not None:
        if shared_tree:
            # The analysis is shared with every other compile of the tree: never change it.
            top = copy.copy(top)
        top.kind = "class"
    compiler = Compiler(filename, source, globals, builtins, record_result, by_node, top)
    compiler.lazy_plan = lazy_plan
    compiler.future_annotations = mode == "exec" and _future_annotations(tree.body)
    if mode == "eval":
        body, body_g = compiler.compile_expr(tree.body)
        if body_g:
            inner = body

            def eval_body(f: list) -> Any:
                return (yield from inner(f))

            body = eval_body
    else:
        statements = tree.body
        if record_result and statements and isinstance(statements[-1], n.Expr):
            compiler.last_statement = statements[-1]
        body, body_g = compiler.compile_block(statements)
    program = Program(body, body_g, globals, namespace, filename, compiler.last_value, mode)
    if mode == "exec" and tree.body:
        first = tree.body[0]
        if type(first) is n.Expr and type(first.value) is n.Constant and type(first.value.value) is str:
            program.docstring = first.value.value
    if mode == "exec" and top_level_await:
        program.is_coroutine = _awaits_at_top_level(tree.body)
    return program


def _future_annotations(body: list) -> bool:
    """Whether the module's future statements (after its docstring) name annotations."""
    for i, stmt in enumerate(body):
        if i == 0 and isinstance(stmt, n.Expr) and isinstance(stmt.value, n.Constant):
            continue
        if not isinstance(stmt, n.ImportFrom) or stmt.module != "__future__" or stmt.level:
            return False
        if any(alias.name == "annotations" for alias in stmt.names):
            return True
    return False


#: Hosts whose CPython evaluates annotations lazily (PEP 649; see compile_annotation).
_LAZY_ANNOTATIONS = sys.version_info >= (3, 14)


def _annotation_text(source: str, node: Any) -> str:
    """The string PEP 563 stores for annotation ``node``: CPython unparses the
    expression; the host's ``ast.unparse`` of its source text gives the same (the
    text is a piece of source that already parsed, so its cost is bounded by it)."""
    lines = source.splitlines(keepends=True)[node.lineno - 1 : node.end_lineno]
    if not lines:
        return ""
    data = [line.encode("utf-8") for line in lines]
    data[-1] = data[-1][: node.end_col_offset]
    data[0] = data[0][node.col_offset :]
    text = b"".join(data).decode("utf-8", "replace")
    try:
        return _host_ast.unparse(_host_ast.parse("(" + text + "\n)", mode="eval").body)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return " ".join(text.split())


def check_module(tree: n.AST, *, filename: str, source: str) -> None:
    """Raise the errors CPython's ``compile()`` reports beyond syntax (names, depth,
    nested blocks), without compiling: ``compile()`` returns the tree, compiled later."""
    try:
        mangle.apply(tree)
        scopes.build(tree)
    except scopes.NestingError:
        scopes.dismantle(tree)
        raise RecursionError("maximum recursion depth exceeded during compilation") from None
    except scopes.ScopeError as error:
        raise _syntax_error(error, source, filename) from None


def _syntax_error(error: scopes.ScopeError, source: str, filename: str) -> SyntaxError:
    node = error.node
    end_lineno = end_col = None
    if error.ranged:
        end_lineno = getattr(node, "end_lineno", None)
        end_col = getattr(node, "end_col_offset", None)
    return syntax_errors.make(
        error.message,
        source,
        filename,
        getattr(node, "lineno", 1) or 1,
        getattr(node, "col_offset", 0) or 0,
        end_lineno,
        end_col,
    )


def _raiser(error: BaseException, line: int) -> Any:
    def body(f: list) -> Any:
        try:
            raise error
        except BaseException as raised:
            note_line(raised, line)
            raise

    return body


_FUNCTION_NODES = (n.FunctionDef, n.AsyncFunctionDef, n.Lambda)


def _awaits_at_top_level(statements: list) -> bool:
    """Whether module code (outside any function) awaits: ``await``, ``async for``,
    ``async with`` or an async comprehension."""
    stack = list(statements)
    while stack:
        node = stack.pop()
        if isinstance(node, (n.Await, n.AsyncFor, n.AsyncWith)):
            return True
        if isinstance(node, n.comprehension) and node.is_async:
            return True
        if isinstance(node, _FUNCTION_NODES):
            # Decorators and defaults run at module level; the body does not.
            stack.extend(getattr(node, "decorator_list", []))
            args = node.args
            stack.extend(args.defaults)
            stack.extend(d for d in args.kw_defaults if d is not None)
            continue
        for name in node._fields:
            value = getattr(node, name, None)
            if isinstance(value, list):
                stack.extend(v for v in value if isinstance(v, n.AST))
            elif isinstance(value, n.AST):
                stack.append(value)
    return False
