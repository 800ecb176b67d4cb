"""Hot function bodies and loops compiled to one host function each (the second tier).

The closures of :mod:`.statements` and :mod:`.expressions` cost one host call per node:
``while self.pos < n: i += 1`` is a dozen calls per pass, each about as dear as the
work it does.  Once a function's body has done :data:`THRESHOLD` steps of work (calls
and loop passes, see :func:`warm_up`), and once a loop has (see :class:`LoopTier`,
which also takes a loop over in the middle of a long run), the body or the loop is
compiled again, here, into a single host function, built as a tree of CPython's
``ast`` module (never as source text: no string of the program's is ever parsed as
host code, and its names and constants are only values handed to the factory) and
compiled with ``compile``.  Control flow (``try``, ``raise`` and ``with`` too), locals
and globals, arithmetic and comparisons, subscripts, unpacking, attribute reads and
stores, and calls of builtins, builtin types, sandbox functions and methods become host
code in place; every other node runs the closure the first tier compiles for it, called
from the host function.  So the second
tier supports any body the first does, and is faster where code is hot.

The rules of the first tier hold unchanged (they are the guard, and the tests run
both tiers): operands are evaluated left to right, every intermediate value goes
through a local of the host function in that order and dies with its statement, an
operation whose cost the program controls goes through the capped operator of
:mod:`~interp.runtime.operators` (only ints and floats take the host's own, as
:mod:`.specialize` does), loops count down the meter and give time slices at
back-edges, calls take the steps of :data:`~interp.runtime.calls.RUN_STEPS`, and an
exception leaving the code has its statement's line noted for the traceback.  The
caret of a traceback needs the failing node: each node's host code has a line number
of its own in the compiled function, and
:data:`~interp.runtime.tracebacks.HOST_POSITIONS` maps those numbers to the nodes'
positions.

A body that cannot pause, save through calls of global names that are (when it runs)
builtins that cannot (``len(s)``), compiles to a plain host function: each of its
top-level statements first checks those names, and when one is not such a builtin
the function hands the rest of the body to the first tier's generator, as
:func:`.specialize.resumable_block` does.  A body whose first statement can pause
compiles to a generator.  Any other body is plain up to the first statement that can
pause, on each path through its ``if`` statements, and there hands the rest of the
body to a host generator of its own (:meth:`_Builder.handoff`): a method whose common
path only reads (``return self.tokens[self.pos]``) costs no generator.

The generated code depends only on the tree and on what the global names it calls
were (builtins, sandbox functions, other) when it was compiled, and every path checks
again at run time; it is cached on the scope (shared by every sandbox that runs the
same tree) under those facts, and every sandbox binds its own globals, closures and
caches to it as arguments of the factory.
"""

from __future__ import annotations

import os
import textwrap
from itertools import repeat
from operator import attrgetter
from typing import Any

from ..runtime import environment, operators
from ..runtime import meter as meter_module
from ..runtime.attributes import (
    EPOCH,
    USER_CLASSES,
    AttributeSite,
    StoreSite,
    load_attr,
)
from ..runtime.bigint import units
from ..runtime.calls import RUN_STEPS, RUNNING_CODES, bind, call, invoke
from ..runtime.classes import init_returned
from ..runtime.control import BREAK, CONTINUE, RETURN, UNBOUND, LimitExceeded
from ..runtime.core_types import make_traceback
from ..runtime.functions import TAIL_ARGS, BoundMethod, Function, in_own_step
from ..runtime.generators import END, Closing, Paused, Rebody
from ..runtime.iteration import HOST_ITERATORS, get_iter, resume, stepper
from ..runtime.native import Builtin
from ..runtime.nested import run_nested
from ..runtime.operators import setitem
from ..runtime.protocols import (
    convert_for_format,
    enter_context,
    exception_matches,
    format_value,
    make_exception,
)
from ..runtime.sites import BUILTIN as BUILTIN_METHOD
from ..runtime.sites import FUNCTION, GENERAL, InitSite, ItemSite, MethodSite
from ..runtime.tracebacks import HOST_POSITIONS, add_frame, caught, note_line, raised_again
from ..runtime.typetable import CONSTRUCTORS
from ..syntax import nodes as n
from . import hostast as ast
from . import lazy, scopes, specialize
from .expressions import (
    _SPECIAL_CALLS,
    DICT_DISPLAY_BATCH,
    MISSING,
    call_star,
    string_keyed_copy,
    unbound_local,
)

_object_new = object.__new__
#: The item of the host ``for`` that runs a sandbox iterator: the body takes the next
#: item itself (see :meth:`_Builder.stmt_For`).  The program never sees it.
STEP: Any = object()

#: Whether function bodies go to this tier at all (``INTERP_HOSTCODE=0`` keeps every
#: body in closures: the tests of the first tier alone).
ENABLED = os.environ.get("INTERP_HOSTCODE", "1") != "0"
#: The work (meter steps: calls, loop passes) done in a function's body before it is
#: compiled to host code: compiling costs about 100 us a node, which a body repays in
#: about a thousand runs of each node (``INTERP_HOSTCODE_THRESHOLD=1``: every body on
#: its first call, which the tests use to run the whole corpus through this tier).
THRESHOLD = int(os.environ.get("INTERP_HOSTCODE_THRESHOLD", "1000"))
#: Passes of one run of a loop after which the rest of the run goes on in the second
#: tier (see :meth:`LoopTier.spun`).
SPINS = max(THRESHOLD, 1)
#: Passes a run of a loop must have done before a time slice inside it compiles the
#: loop (see :meth:`LoopTier.hot`): a loop whose few passes are long spends its time in
#: what it calls, which its compile does not speed up (``loops``' module loop of five
#: passes over a hot function was a 623-node compile, the peak of that program's memory).
HOT_PASSES = min(100, SPINS)
#: A body waits for THRESHOLD work per this many of its nodes (at least THRESHOLD, so
#: from twice this size on it waits longer): its work counts calls and loop passes,
#: not the nodes each runs, while its compile costs in proportion to its size.  The work also counts the steps of the calls the body
#: makes: enum's ``EnumType.__new__`` (534 nodes), run once per class, reached
#: 1,000 through its callees in every sandbox's ``import re``, and its build was a
#: fifth of a later sandbox's ``import json``.  (Not at the tests' threshold 1.)
NODES_PER_THRESHOLD = 100
#: Most sandbox nodes in a body compiled to host code (bigger bodies stay closures:
#: ``compile`` takes time in proportion).
MAX_NODES = 2000
#: Host seconds that compiling one node takes, charged to the meter (50-180 us
#: measured on CPython 3.11 here, building the tree and ``compile`` together).
SECONDS_PER_NODE = 2e-4

#: ``INTERP_HOSTCODE_STRICT=1``: a defect of this tier raises (the tests set it).
STRICT = os.environ.get("INTERP_HOSTCODE_STRICT", "") == "1"
#: Bodies compiled to host code in this process (for the tests and the benchmarks).
COMPILED = [0]
#: Bodies whose compilation failed in a way the tests must hear of (not a body this
#: tier declines): ``(qualname, error)``.
FAILURES: list = []


class _Decline(Exception):
    """The body is not one this tier compiles (it keeps its closures)."""


class _NeedsGenerator(Exception):
    """A plain body met a node that can pause: compile it again as a generator."""


def missing_global(g: dict, b: dict, name: str) -> Any:
    """CPython's NameError for a name that is neither a global nor a builtin.  The
    traceback printer finds the names this frame could see in ``g`` and ``b``."""
    raise specialize.name_error(name)


def builtin_or_missing(g: dict, b: dict, name: str) -> Any:
    """The builtin ``name`` for a global read that found no global: the path of a name
    the module binds, which its code reads where it is bound nearly always (see
    :meth:`_Builder.load_global`)."""
    value = b.get(name, MISSING)
    if value is MISSING:
        missing_global(g, b, name)
    return value


def _binary_fast(op: str) -> str | None:
    return {
        "Add": "num",
        "Sub": "any",
        "Mult": "float",
        "Div": "any",
        "FloorDiv": "floordiv",
        "Mod": "mod",
    }.get(op)


_HOST_COMPARE = {
    "Lt": ast.Lt(),
    "LtE": ast.LtE(),
    "Gt": ast.Gt(),
    "GtE": ast.GtE(),
    "Eq": ast.Eq(),
    "NotEq": ast.NotEq(),
    "Is": ast.Is(),
    "IsNot": ast.IsNot(),
}
_HOST_BINARY = {
    "Add": ast.Add(),
    "Sub": ast.Sub(),
    "Mult": ast.Mult(),
    "Div": ast.Div(),
    "FloorDiv": ast.FloorDiv(),
    "Mod": ast.Mod(),
}
#: Statements whose closures return nothing but None (no control-flow signal).
_NO_SIGNAL = (n.Expr, n.Assign, n.AugAssign, n.AnnAssign, n.Raise, n.Delete, n.Assert, n.Import, n.ImportFrom)
#: Statements that leave a block (see stmt_Try).
_JUMPS = (n.Return, n.Break, n.Continue)
#: ``in`` on these containers is the host's (the cost is bounded by their size).
_IN_TYPES = ("str", "set", "frozenset", "dict", "list", "tuple")


#: The contexts and the common operators of the trees built here (those of the tables
#: above too): one instance each, shared by every node that uses them (CPython's own
#: parser shares them too); four nodes in ten of a tree are these.
_LOAD, _STORE = ast.LOAD, ast.STORE
_IS, _IS_NOT, _EQ = _HOST_COMPARE["Is"], _HOST_COMPARE["IsNot"], _HOST_COMPARE["Eq"]
_OR, _AND, _NOT = ast.Or(), ast.And(), ast.Not()


def _name(ident: str, ctx: Any = None) -> ast.Name:
    return ast.Name(id=ident, ctx=ctx or _LOAD)


def _store(ident: str) -> ast.Name:
    return ast.Name(id=ident, ctx=_STORE)


def _assign(ident: str, value: ast.expr) -> ast.stmt:
    return ast.Assign(targets=[_store(ident)], value=value)


def _call(fn: ast.expr, *args: ast.expr) -> ast.Call:
    return ast.Call(func=fn, args=list(args), keywords=[])


def _is(a: ast.expr, b: ast.expr, negate: bool = False) -> ast.Compare:
    return ast.Compare(left=a, ops=[_IS_NOT if negate else _IS], comparators=[b])


def _type_is(value: ast.expr, type_name: str) -> ast.Compare:
    return _is(_call(_name("type"), value), _name(type_name))


def _plain_kind(code: ast.expr) -> ast.Compare:
    """``code.kind == "function"``: the Code of a function that is not a generator's
    or a coroutine's (its call runs the body, not makes a generator)."""
    return ast.Compare(
        left=ast.Attribute(value=code, attr="kind", ctx=_LOAD),
        ops=[_EQ],
        comparators=[ast.Constant("function")],
    )


# Tests known when the body is built (a constant's type) are Python bools here, and
# these fold them away.
def _fold(tests: tuple, absorbing: bool, op: Any) -> Any:
    if any(t is absorbing for t in tests):
        return absorbing
    rest = [t for t in tests if t is not (not absorbing)]
    if not rest:
        return not absorbing
    return rest[0] if len(rest) == 1 else ast.BoolOp(op=op, values=rest)


def _or(*tests: Any) -> Any:
    return _fold(tests, True, _OR)


def _and(*tests: Any) -> Any:
    return _fold(tests, False, _AND)


def _not(test: Any) -> Any:
    if type(test) is bool:
        return not test
    return ast.UnaryOp(op=_NOT, operand=test)


def _select(test: Any, fast: ast.expr, general: ast.expr) -> ast.expr:
    if test is True:
        return fast
    if test is False:
        return general
    return ast.IfExp(test=test, body=fast, orelse=general)


def _fill(tree: ast.AST, line: int) -> None:
    """Give each node of ``tree`` that has no line the line of its nearest ancestor
    that has one (``line`` above ``tree``).  Run once over a factory's whole module,
    when it is compiled: a statement gets its line when it is emitted
    (:meth:`_Builder.emit`), and the nodes below it only here, so a later sandbox
    whose factory is cached never walks its tree for lines (that walk was half of
    the second tier's builds in a later sandbox's ``import json``)."""
    stack = [(tree, line)]
    # Only a statement has a line before this walk (see _mark); any other node has one
    # once the walk gave it one, when two parents share it.  So only these are read:
    # reading an unset slot raises (see hostast), where a dict's miss did not.
    filled: set = set()
    while stack:
        node, inherited = stack.pop()
        if "lineno" in node._attributes:
            known = isinstance(node, ast.stmt) or id(node) in filled
            own = getattr(node, "lineno", None) if known else None
            if own is None:
                node.lineno = node.end_lineno = inherited
                node.col_offset = node.end_col_offset = 0
                filled.add(id(node))
            else:
                inherited = own
                if getattr(node, "end_lineno", None) is None:
                    node.end_lineno = own
                    node.col_offset = node.end_col_offset = 0
        for field in node._fields:
            value = getattr(node, field, None)
            if type(value) is list:
                stack.extend((item, inherited) for item in value if isinstance(item, ast.AST))
            elif isinstance(value, ast.AST):
                stack.append((value, inherited))


def _mark(stmt: ast.stmt, line: int) -> None:
    """Give ``stmt`` its line, unless it has one: the nodes below it get theirs
    from it when the module is compiled (:func:`_fill`)."""
    if getattr(stmt, "lineno", None) is None:
        # All four: :func:`_fill` reads ``end_lineno`` of a node with a line, and an
        # unset slot raises there (see hostast).
        stmt.lineno = stmt.end_lineno = line
        stmt.col_offset = stmt.end_col_offset = 0


class _Builder:
    """Builds the host function of one body (see the module docstring)."""

    def __init__(self, compiler: Any, scope: scopes.Scope, generator: bool, unbindable: frozenset) -> None:
        self.compiler = compiler
        self.scope = scope
        self.generator = generator
        self.unbindable = unbindable
        module = scope
        while module.parent is not None:
            module = module.parent
        #: The names the module's own body binds (see load_global).
        self.module_names = module.bound
        #: Slots of the locals known to hold a value at the point being built (the
        #: parameters at the start; see _unbindable).
        self.assigned: set = {
            scope.slots[p] for p in scope.params if scope.symbols.get(p) == scopes.LOCAL
        } - unbindable
        #: Values the factory receives, in order (``k0``, ``k1``...).
        self.values: list = []
        self._ids: dict[int, str] = {}
        #: Line of the host code -> position of the node it runs (None: no node).
        self.positions: list = [None]
        #: Which global calls are compiled as builtins: part of the cache key.
        self.decisions: list = []
        #: Global names a plain body's current top-level statement calls.
        self.guards: list | None = None
        #: The call of that statement that runs before any other code of it (see
        #: :func:`_first_call`), and the locals of the guards whose value a call reuses.
        self.first_call: Any = None
        self.guarded: dict[str, ast.Name] = {}
        self.temps = 0
        #: ``temps`` when the statement being built began (its temps come after).
        self.statement_temps = 0
        #: Factory arguments that hold constants of the program: name -> value.
        self.constants: dict = {}
        self.loops = 0
        #: For each loop around the statement being built: the line of a host ``for``
        #: loop, 0 for the others.
        self.loop_lines: list = []
        self.nodes = 0
        self.out: list = []
        #: Whether the code runs sandbox functions in place (its frames are then
        #: among RUNNING_CODES).
        self.inline_calls = False
        #: In a plain body: the statements that follow the one being built, to the end
        #: of the body (None where a statement may not hand the rest over: inside a
        #: ``try``).  See :meth:`handoff`.
        self.after: list | None = None
        #: The statements each ``return hand<k>`` of a plain body hands over.
        self.handoffs: list = []

    # -- helpers ---------------------------------------------------------------------
    def value(self, v: Any) -> ast.Name:
        """The factory argument holding ``v`` (one per distinct object)."""
        key = id(v)
        name = self._ids.get(key)
        if name is None:
            name = self._ids[key] = f"k{len(self.values)}"
            self.values.append(v)
        return _name(name)

    def temp(self) -> str:
        self.temps += 1
        return f"t{self.temps}"

    def line_of(self, node: Any) -> int:
        """A new host line standing for ``node``'s position."""
        try:
            position = (node.lineno, node.end_lineno, node.col_offset, node.end_col_offset)
        except AttributeError:
            position = None
        self.positions.append(position)
        return len(self.positions) - 1

    def emit(self, stmt: ast.stmt, line: int) -> None:
        _mark(stmt, line)
        self.out.append(stmt)

    def count(self) -> None:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise _Decline

    def nested(self, stmts: list, line: int) -> list:
        """Run ``stmts`` (a builder of statements) into a list of their own."""
        saved = self.out
        self.out = []
        try:
            stmts()
            body = self.out
        finally:
            self.out = saved
        if not body:
            body = [ast.Pass(lineno=line, end_lineno=line, col_offset=0, end_col_offset=0)]
        return body

    def run_closure(self, fn: Any, suspends: bool) -> ast.expr:
        call_ = _call(self.value(fn), _name("f"))
        if suspends:
            if not self.generator:
                raise _NeedsGenerator
            return ast.YieldFrom(value=call_)
        return call_

    # -- statements ------------------------------------------------------------------
    def block(self, body: list) -> None:
        for stmt in body:
            self.stmt(stmt)

    def stmt(self, node: Any) -> None:
        self.count()
        line = node.lineno
        first = self.statement_temps = self.temps
        self.emit(_assign("ln", ast.Constant(line)), 0)
        method = getattr(self, "stmt_" + type(node).__name__, None)
        if method is None or not method(node):
            self.fallback_stmt(node)
        if self.temps > first:
            # The statement's intermediate values die with it, as on CPython's stack:
            # a value the program drops (``del x``) is freed then, not at the next pass.
            names = [_store(f"t{i}") for i in range(first + 1, self.temps + 1)]
            self.emit(ast.Assign(targets=names, value=ast.Constant(None)), 0)

    def fallback_stmt(self, node: Any) -> None:
        fn, suspends = self.compiler.compile_stmt(node)
        if fn is None:
            return
        run = self.run_closure(fn, suspends)
        if isinstance(node, _NO_SIGNAL):
            self.emit(ast.Expr(value=run), 0)
            return
        r = self.temp()
        self.emit(_assign(r, run), 0)
        handle: list = []
        if self.loops:
            handle.append(
                ast.If(
                    test=ast.Compare(left=_name(r), ops=[_EQ], comparators=[ast.Constant(BREAK)]),
                    body=[ast.Break()],
                    orelse=[],
                )
            )
            again: list = [ast.Continue()]
            if self.loop_lines and self.loop_lines[-1]:
                again.insert(0, _assign("ln", ast.Constant(self.loop_lines[-1])))
            handle.append(
                ast.If(
                    test=ast.Compare(left=_name(r), ops=[_EQ], comparators=[ast.Constant(CONTINUE)]),
                    body=again,
                    orelse=[],
                )
            )
        handle.append(ast.Return(value=_name(r)))
        self.emit(ast.If(test=_is(_name(r), ast.Constant(None), negate=True), body=handle, orelse=[]), 0)

    def stmt_Pass(self, node: Any) -> bool:
        return True

    def stmt_Break(self, node: Any) -> bool:
        if not self.loops:
            return False
        self.emit(ast.Break(), 0)
        return True

    def stmt_Continue(self, node: Any) -> bool:
        if not self.loops:
            return False
        self.restore_loop_line()
        self.emit(ast.Continue(), 0)
        return True

    def restore_loop_line(self) -> None:
        """Before the next pass of a host ``for`` loop: what fails in its ``next`` fails
        on the loop's line."""
        if self.loop_lines and self.loop_lines[-1]:
            self.emit(_assign("ln", ast.Constant(self.loop_lines[-1])), 0)

    def stmt_Expr(self, node: Any) -> bool:
        if (
            type(node.value) is n.Yield
            and self.generator
            and self.scope.is_generator
            and not self.scope.is_coroutine
        ):
            return self.yield_statement(node.value)
        if type(node.value) in (n.Yield, n.YieldFrom, n.Await):
            return False
        self.expr(node.value)
        return True

    def yield_statement(self, node: Any) -> bool:
        """``yield x`` as a statement of a generator's body: the host's own ``yield``,
        as the first tier's closure does it (statements.stmt_Expr): a Closing thrown in
        at the yield raises the program's GeneratorExit there, with no context."""
        first = self.statement_temps
        value: ast.expr = ast.Constant(None)
        if node.value is not None:
            item = self.expr(node.value)
            held = self.temp()
            self.emit(_assign(held, item), 0)
            # Nothing of the statement's stays referenced by the suspended frame (as on
            # CPython's stack, where the consumer holds the only reference to the item):
            # the other intermediate values go now, and the item's own local as it is
            # yielded: ``yield (t, t := None)[0]``.
            others = [_store(f"t{i}") for i in range(first + 1, self.temps + 1) if f"t{i}" != held]
            if others:
                self.emit(ast.Assign(targets=others, value=ast.Constant(None)), 0)
            value = ast.Subscript(
                value=ast.Tuple(
                    elts=[_name(held), ast.NamedExpr(target=_store(held), value=ast.Constant(None))],
                    ctx=_LOAD,
                ),
                slice=ast.Constant(0),
                ctx=_LOAD,
            )
        exit_, closing = self.temp(), self.temp()
        self.emit(_assign(exit_, ast.Constant(None)), 0)
        handler = ast.ExceptHandler(
            type=self.value(Closing),
            name=closing,
            body=[_assign(exit_, ast.Attribute(value=_name(closing), attr="exit", ctx=_LOAD))],
        )
        self.emit(
            ast.Try(
                body=[ast.Expr(value=ast.Yield(value=value))], handlers=[handler], orelse=[], finalbody=[]
            ),
            0,
        )
        self.emit(
            ast.If(
                test=_is(_name(exit_), ast.Constant(None), negate=True),
                body=[ast.Raise(exc=_name(exit_), cause=None)],
                orelse=[],
            ),
            0,
        )
        return True

    def stmt_Return(self, node: Any) -> bool:
        if node.value is None:
            value: ast.expr = ast.Constant(None)
        else:
            value = self.expr(node.value)
        self.emit(
            ast.Assign(
                targets=[ast.Subscript(value=_name("f"), slice=ast.Constant(0), ctx=_STORE)], value=value
            ),
            0,
        )
        self.emit(ast.Return(value=self.value(RETURN)), 0)
        return True

    def local_slot(self, target: Any) -> int | None:
        if type(target) is not n.Name:
            return None
        if self.scope.symbols.get(target.id) != scopes.LOCAL:
            return None
        return self.scope.slots[target.id]

    def store_local(self, slot: int, value: ast.expr, line: int) -> None:
        target = ast.Subscript(value=_name("f"), slice=ast.Constant(slot), ctx=_STORE)
        self.emit(ast.Assign(targets=[target], value=value), line)
        if slot not in self.unbindable:
            self.assigned.add(slot)

    def branch(self, build: Any, line: int) -> tuple[list, set]:
        """Statements built by ``build`` on a path of their own: their list, and the
        locals assigned at its end (the assignments do not hold after it)."""
        saved = set(self.assigned)
        body = self.nested(build, line)
        after, self.assigned = self.assigned, saved
        return body, after

    def stmt_Assign(self, node: Any) -> bool:
        if len(node.targets) != 1:
            return False
        target = node.targets[0]
        if not self.storable(target):
            if type(target) not in (n.Tuple, n.List):
                return False
            # ``first, *rest = words``: the first tier's store (a plain function),
            # called from here, with its errors at the target as its own.
            value = self.stable(self.expr(node.value))
            store = self.value(self.compiler.compile_store(target))
            self.emit(ast.Expr(value=_call(store, _name("f"), value)), self.line_of(target))
            self.assigned |= {self.local_slot(e) for e in _walk(target)} - {None} - self.unbindable
            return True
        value = self.stable(self.expr(node.value))
        # As the first tier's: unpacking and stores fail at the target.
        stored = self.store(node.targets[0], value, self.line_of(node.targets[0]))
        assert stored
        return True

    def storable(self, target: Any) -> bool:
        """Whether :meth:`store` takes ``target`` (checked before the value is built)."""
        if self.local_slot(target) is not None or type(target) in (n.Subscript, n.Attribute):
            return True
        if self.cell_slot(target) is not None:
            return True
        if type(target) is n.Name:
            return self.global_name(target)
        return type(target) in (n.Tuple, n.List) and not any(type(e) is n.Starred for e in target.elts)

    def stmt_AugAssign(self, node: Any) -> bool:
        """``x <op>= v`` for a local, a cell, a global, an item (``counts[k] += 1``) or
        an attribute (``self.pos += 1``).  The order is CPython's: the target's parts,
        its value, ``v``, the operation, the store."""
        target = node.target
        # As the first tier's, what fails in it has the statement's line only.
        line = 0
        slot = self.local_slot(target)
        cell = self.cell_slot(target)
        if slot is not None:
            current = self.load_local(target)
        elif cell is not None:
            current = self.load_cell(target)
        elif type(target) is n.Name and self.global_name(target):
            current = self.load_global(target)
        elif type(target) is n.Subscript:
            obj = self.stable(self.expr(target.value))
            index = self.stable(self.expr(target.slice))
            current = _name(self.temp())
            self.emit(_assign(current.id, ast.Subscript(value=obj, slice=index, ctx=_LOAD)), line)
        elif type(target) is n.Attribute:
            obj = self.stable(self.expr(target.value))
            current = self.read_attribute(obj, target.attr, line)
        else:
            return False
        result = self.inplace(node.op, current, self.expr(node.value), line)
        if slot is not None:
            self.store_local(slot, result, line)
        elif cell is not None:
            self.store_cell(cell, result, line)
        elif type(target) is n.Name:
            self.store_global(target.id, result, line)
        elif type(target) is n.Attribute:
            self.store_attribute(obj, target.attr, result, line)
        else:
            self.store_item(obj, index, result, line)
        return True

    def inplace(self, op: str, a: ast.expr, b: ast.expr, line: int) -> ast.Name:
        """``a <op>= b`` computed into a local of the host code: ints and floats (which
        are immutable) by the host's operator, anything else by the in-place one."""
        fn = self.value(operators.INPLACE[op])
        result = self.temp()
        if op in ("Add", "Sub", "Mult"):
            a, b = self.stable(a), self.stable(b)
        general = _call(fn, a, b)
        if op in ("Add", "Sub"):
            # Both numbers: ``1 += "a"`` must fail with the message of ``+=``.
            fast = ast.BinOp(left=a, op=_HOST_BINARY[op], right=b)
            value: ast.expr = _select(_and(self.numeric(a), self.numeric(b)), fast, general)
        elif op == "Mult":
            fast = ast.BinOp(left=a, op=ast.Mult(), right=b)
            value = _select(_and(self.type_is(a, "float"), self.numeric(b)), fast, general)
        else:
            value = general
        self.emit(_assign(result, value), line)
        return _name(result)

    def store_global(self, name: str, value: ast.expr, line: int) -> None:
        target = ast.Subscript(value=self.value(self.compiler.globals), slice=self.value(name), ctx=_STORE)
        self.emit(ast.Assign(targets=[target], value=value), line)

    def store_attribute(self, obj: ast.Name, attr: str, value: ast.expr, line: int) -> None:
        """``obj.attr = value``: the host's own store when the site's first entry says
        it is exact for the object's class (``attributes.StoreSite.host_epoch``), by the
        site's ``store`` otherwise."""
        site = self.value(StoreSite(attr))
        fast = self.site_entry(site, obj, epoch="host_epoch")
        store = _call(ast.Attribute(value=site, attr="store", ctx=_LOAD), obj, value)
        host = _call(self.value(setattr), obj, self.value(attr), value)
        self.emit(ast.If(test=fast, body=[ast.Expr(value=host)], orelse=[ast.Expr(value=store)]), line)

    def store_item(self, obj: ast.expr, index: ast.expr, value: ast.expr, line: int) -> None:
        """``obj[index] = value``; a slice assignment from an iterable is capped
        (operators.setitem), as the first tier's."""
        index = self.stable(index)
        direct = ast.Assign(targets=[ast.Subscript(value=obj, slice=index, ctx=_STORE)], value=value)
        capped = ast.Expr(value=_call(self.value(setitem), obj, index, value))
        is_slice = self.type_is(index, "slice")  # known when the index is a constant
        if type(is_slice) is bool:
            stores = capped if is_slice else direct
        else:
            stores = ast.If(test=is_slice, body=[capped], orelse=[direct])
        builtin = _or(*(self.type_is(obj, t) for t in ("list", "dict")))
        if builtin is not True:
            # Anything else (a user __setitem__ runs in place) as the first tier's.
            store = ast.Attribute(value=self.value(ItemSite()), attr="set", ctx=_LOAD)
            other = ast.Expr(value=_call(store, obj, index, value))
            stores = other if builtin is False else ast.If(test=builtin, body=[stores], orelse=[other])
        self.emit(stores, line)

    def store(self, target: Any, value: ast.Name, line: int) -> bool:
        """Store ``value`` into ``target`` (a local, a global, an item, or a tuple or
        list of them, unpacked); False when the first tier's store must do it."""
        slot = self.local_slot(target)
        if slot is not None:
            self.store_local(slot, value, line)
            return True
        cell = self.cell_slot(target)
        if cell is not None:
            self.store_cell(cell, value, line)
            return True
        if type(target) is n.Name and self.global_name(target):
            self.store_global(target.id, value, line)
            return True
        if type(target) is n.Subscript:
            obj = self.stable(self.expr(target.value))
            index = self.expr(target.slice)
            self.store_item(obj, index, value, line)
            return True
        if type(target) is n.Attribute:
            self.store_attribute(self.stable(self.expr(target.value)), target.attr, value, line)
            return True
        if type(target) in (n.Tuple, n.List) and not any(type(e) is n.Starred for e in target.elts):
            self.unpack(target, value, line)
            return True
        return False

    def unpack(self, target: Any, value: ast.Name, line: int) -> None:
        """``a, b = value``: a tuple or list of the right length unpacked by the host,
        anything else by the first tier's store (iterators, errors)."""
        names = [self.temp() for _ in target.elts]
        general = self.compiler.compile_store(target)
        locals_ = {self.local_slot(e) for e in _walk(target)} - {None}

        def fast() -> None:
            unpacked = ast.Tuple(elts=[_store(t) for t in names], ctx=_STORE)
            self.emit(ast.Assign(targets=[unpacked], value=value), line)
            for element, t in zip(target.elts, names):
                if not self.store(element, _name(t), line):
                    store = self.value(self.compiler.compile_store(element))
                    self.emit(ast.Expr(value=_call(store, _name("f"), _name(t))), line)

        body, _ = self.branch(fast, line)
        test = _and(
            _or(_type_is(value, "tuple"), _type_is(value, "list")),
            ast.Compare(
                left=_call(_name("len"), value),
                ops=[_EQ],
                comparators=[ast.Constant(len(names))],
            ),
        )
        slow = ast.Expr(value=_call(self.value(general), _name("f"), value))
        self.emit(ast.If(test=test, body=body, orelse=[slow]), line)
        # Both ways store every name of the target (or raise).
        self.assigned |= locals_ - self.unbindable

    def handoff(self, stmts: list) -> None:
        """End a plain body here: ``stmts`` (the statement that needs a generator and
        all that follows it) run as a host generator of their own (see compile_body),
        which the call's steps run with the same frame, as they run a guard's rest
        (:data:`~interp.runtime.calls.RUN_STEPS`).  So a body whose common path cannot
        pause (``if self.pos < n: return self.tokens[self.pos]``) stays a plain host
        function, one generator less per call, and its other path (``return
        Token("eof", "")``, ``raise ValueError(x)``) costs one host call more."""
        # ``hand.run or hand``: the compiled rest itself once there is one, so that a
        # body whose common path is the handoff (a wrapper calling the function it
        # wraps) does not add a host call of the _Handoff's to every call.
        hand = _name(f"hand{len(self.handoffs)}")
        run = ast.Attribute(value=hand, attr="run", ctx=_LOAD)
        self.emit(ast.Return(value=ast.BoolOp(op=ast.Or(), values=[run, _name(hand.id)])), 0)
        self.handoffs.append(stmts)

    def handoff_block(self, stmts: list) -> None:
        """The statements of a branch of an ``if`` of a plain body, the first of them
        that needs a generator handing the rest over (see :meth:`handoff`)."""
        after = self.after
        if self.generator or after is None:
            self.block(stmts)
            return
        for j, stmt in enumerate(stmts):
            start, assigned = len(self.out), set(self.assigned)
            guards = len(self.guards) if self.guards is not None else 0
            self.after = stmts[j + 1 :] + after
            try:
                self.stmt(stmt)
            except _NeedsGenerator:
                del self.out[start:]
                if self.guards is not None:
                    del self.guards[guards:]
                self.assigned = assigned
                self.handoff(stmts[j:] + after)
                return
            finally:
                self.after = after

    def stmt_If(self, node: Any) -> bool:
        test = self.truth(node.test)
        body, after_body = self.branch(lambda: self.handoff_block(node.body), node.lineno)
        if node.orelse:
            orelse, after_else = self.branch(lambda: self.handoff_block(node.orelse), node.lineno)
        else:
            orelse, after_else = [], self.assigned
        self.emit(ast.If(test=test, body=body, orelse=orelse), 0)
        self.assigned = after_body & after_else
        return True

    def truth(self, node: Any) -> ast.expr:
        return self.expr(node)

    def tick(self) -> list:
        """The meter's count at a loop's back-edge (a generator body only)."""
        countdown = ast.Attribute(value=_name("m"), attr="countdown", ctx=_LOAD)
        return [
            ast.AugAssign(
                target=ast.Attribute(value=_name("m"), attr="countdown", ctx=_STORE),
                op=ast.Sub(),
                value=ast.Constant(1),
            ),
            ast.If(
                test=ast.Compare(left=countdown, ops=[ast.LtE()], comparators=[ast.Constant(0)]),
                body=[
                    ast.Expr(
                        value=ast.YieldFrom(
                            value=_call(ast.Attribute(value=_name("m"), attr="tick", ctx=_LOAD))
                        )
                    )
                ],
                orelse=[],
            ),
        ]

    def stmt_While(self, node: Any) -> bool:
        if node.orelse:
            return False
        if not self.generator:
            raise _NeedsGenerator
        self.emit(_assign("m", ast.Attribute(value=self.value(meter_module), attr="current", ctx=_LOAD)), 0)

        def loop() -> None:
            self.emit(_assign("ln", ast.Constant(node.lineno)), 0)
            test = self.truth(node.test)
            self.emit(ast.If(test=ast.UnaryOp(op=_NOT, operand=test), body=[ast.Break()], orelse=[]), 0)
            for stmt in self.tick():
                self.emit(stmt, 0)
            self.enter_loop(node.body)

        body, _ = self.branch(loop, node.lineno)
        self.emit(ast.While(test=ast.Constant(True), body=body, orelse=[]), 0)
        return True

    def enter_loop(self, body: list, host_for: int = 0) -> None:
        """The body of a loop; ``host_for``: the line of a host ``for`` loop."""
        # The first tier's compiler checks ``break`` and ``continue`` against its own
        # count of the loops around a statement it compiles.
        self.loops += 1
        self.compiler.loop_depth += 1
        self.loop_lines.append(host_for)
        try:
            self.block(body)
            self.restore_loop_line()
        finally:
            self.loops -= 1
            self.compiler.loop_depth -= 1
            self.loop_lines.pop()

    def stmt_For(self, node: Any, resumed: bool = False, own: bool = False) -> bool:
        """``for``; ``resumed``: the loop goes on with the iterator the first tier was
        running (the host function's argument ``it0``), see :class:`LoopTier`; with
        ``own`` too, it makes the iterator itself when ``it0`` is None."""
        if node.orelse or type(node) is not n.For or isinstance(node.iter, n.Set):
            return False
        if not self.generator:
            raise _NeedsGenerator
        obj = None if resumed else self.expr(node.iter)
        inline = self.storable(node.target)
        store_fn = None if inline else self.compiler.compile_store(node.target)
        line = node.lineno
        it = "it0" if resumed else self.temp()
        item = self.temp()
        self.emit(_assign("m", ast.Attribute(value=self.value(meter_module), attr="current", ctx=_LOAD)), 0)
        if obj is not None:
            # As the first tier's, the statement's position (no node's) if it fails.
            self.emit(_assign(it, _call(self.value(get_iter), obj)), 0)
        elif own:

            def make_iterator() -> None:
                self.emit(_assign(it, _call(self.value(get_iter), self.expr(node.iter))), 0)

            made, _ = self.branch(make_iterator, line)
            self.emit(ast.If(test=_is(_name(it), ast.Constant(None)), body=made, orelse=[]), 0)

        start = self.temp()
        # One host ``for`` for every iterator, so that the body is compiled once (a
        # loop per kind of iterator compiled it twice per enclosing ``for``).  It runs
        # over the host's own iterators directly; over any other it runs over
        # ``repeat(STEP)``, and the body steps the iterator, where it may pause: by a
        # plain call of its stepper (a sandbox generator's start(), a zip's plain step)
        # unless that gives a Paused, then by the generator that resume() gives.
        next_item = [
            _assign(item, _call(_name(start))),
            ast.If(
                test=_is(_call(_name("type"), _name(item)), self.value(Paused)),
                body=[_assign(item, ast.YieldFrom(value=_call(self.value(resume), _name(it), _name(item))))],
                orelse=[],
            ),
        ]

        def each() -> None:
            step = [*next_item, ast.If(test=_is(_name(item), self.value(END)), body=[ast.Break()], orelse=[])]
            self.emit(
                ast.If(test=_is(_name(item), self.value(STEP)), body=step, orelse=[]), self.line_of(node)
            )
            if inline:
                self.store(node.target, _name(item), 0)
            else:
                self.emit(ast.Expr(value=_call(self.value(store_fn), _name("f"), _name(item))), 0)
            self.emit(_assign(item, ast.Constant(None)), 0)  # the target holds it now
            for stmt in self.tick():
                self.emit(stmt, 0)
            self.enter_loop(node.body, line)

        steps = self.temp()
        host_iterator = ast.Compare(
            left=_call(_name("type"), _name(it)), ops=[ast.In()], comparators=[self.value(HOST_ITERATORS)]
        )
        self.emit(
            ast.If(
                test=host_iterator,
                body=[_assign(steps, _name(it))],  # ``start`` is read on the other path only
                orelse=[
                    _assign(start, _call(self.value(stepper), _name(it))),
                    _assign(steps, _call(self.value(repeat), self.value(STEP))),
                ],
            ),
            0,
        )
        body = self.branch(each, line)[0]
        self.emit(ast.For(target=_store(item), iter=_name(steps), body=body, orelse=[]), 0)
        return True

    # -- try, raise, with: the host's own statements, under the first tier's rules ---
    # The first tier runs these as generators (statements.stmt_Try, stmt_Raise,
    # stmt_With), and a body holding one ran all of its statements as closures.  Here
    # they are host statements, and what the first tier adds to the host's semantics
    # is added in the handlers: a LimitExceeded passes every handler, ``finally`` block
    # and ``__exit__`` untouched; a GeneratorExit the host's collector throws into a
    # dropped generator (not in its own sandbox's step) runs none of them either
    # (DESIGN.md, invariant 6); an exception caught in this frame gets the frame's
    # traceback entry at once (tracebacks.caught).  No program code runs in a host
    # ``finally`` block except the program's own ``finally`` and ``__exit__``, and
    # only when no such exception is passing.

    def passing(self, error: str, owner: ast.expr) -> ast.expr:
        """Whether ``error`` is the host collector's GeneratorExit (see above)."""
        return _and(
            _is(_call(_name("type"), _name(error)), self.value(GeneratorExit)),
            _not(_call(self.value(in_own_step), owner)),
        )

    def limit_handler(self, flag: str) -> ast.ExceptHandler:
        """``except LimitExceeded``: ``flag`` set (no ``finally`` block or ``__exit__``
        of the program's runs), the limit raised on."""
        return ast.ExceptHandler(
            type=self.value(LimitExceeded),
            name=None,
            body=[_assign(flag, ast.Constant(True)), ast.Raise(exc=None, cause=None)],
        )

    def record(self, error: str, frame: ast.expr) -> list:
        """The statements giving ``error`` its line and this frame's traceback entry,
        before code of the program's (a ``finally`` block, ``__exit__``) runs."""
        return [
            ast.Expr(value=_call(self.value(note_line), _name(error), _name("ln"))),
            ast.Expr(value=_call(self.value(caught), _name(error), frame)),
        ]

    def stmt_Try(self, node: Any) -> bool:
        if type(node) is not n.Try:
            return False  # ``except*``: the first tier's run_star_handlers
        if any(type(inner) in _JUMPS for stmt in node.finalbody for inner in _walk(stmt)):
            # A jump out of the block would be in the host's ``finally``, which
            # CPython 3.14 warns of (PEP 765): the first tier's closure runs it.
            return False
        outer, self.after = self.after, None  # the rest of the body is not in the try
        try:
            return self.try_statement(node)
        finally:
            self.after = outer

    def try_statement(self, node: Any) -> bool:
        line = node.lineno
        owner = self.value(meter_module.current)
        frame = self.value(self.compiler.frame_info())
        before = set(self.assigned)
        body, after = self.branch(lambda: self.block(node.body), line)
        ends: list = []
        handlers: list = []
        if node.handlers:
            error = self.temp()
            self.assigned = set(before)
            chain = self.nested(lambda: self.handler_chain(node.handlers, error, frame, ends), line)
            self.assigned = set(before)
            prologue = [
                ast.If(test=self.passing(error, owner), body=[ast.Raise(exc=None, cause=None)], orelse=[]),
                # This frame's entry before a clause's test runs, as the first tier's.
                *self.record(error, frame),
            ]
            handlers = [
                ast.ExceptHandler(
                    type=self.value(LimitExceeded), name=None, body=[ast.Raise(exc=None, cause=None)]
                ),
                ast.ExceptHandler(type=_name("BaseException"), name=error, body=prologue + chain),
            ]
        orelse: list = []
        if node.orelse:
            self.assigned = after
            orelse, after = self.branch(lambda: self.block(node.orelse), line)
        for end in ends:
            after = after & end
        inner = [ast.Try(body=body, handlers=handlers, orelse=orelse, finalbody=[])] if handlers else body
        if not node.finalbody:
            for stmt in inner:
                self.emit(stmt, 0)
            self.assigned = after
            return True
        # ``finally``: run by the host's ``finally`` unless ``skip`` says an exception
        # that must pass untouched is passing; an exception that may run it is
        # recorded in this frame first (the block may raise another, of which it
        # becomes the context).
        skip, passing = self.temp(), self.temp()
        self.emit(_assign(skip, ast.Constant(None)), 0)
        self.assigned = set(before)
        final, final_end = self.branch(lambda: self.block(node.finalbody), line)
        if self.scope.kind == "function" and any(
            type(inner_node) is n.Return
            for part in (node.body, node.orelse, *(h.body for h in node.handlers))
            for stmt in part
            for inner_node in _walk(stmt)
        ):
            # A return the block cuts short (by raising) leaves no value behind: the
            # first tier clears it too (the return slot holds nothing else here).
            clear = ast.Assign(
                targets=[ast.Subscript(value=_name("f"), slice=ast.Constant(0), ctx=_STORE)],
                value=ast.Constant(None),
            )
            final = [
                ast.Try(
                    body=final,
                    handlers=[
                        ast.ExceptHandler(
                            type=_name("BaseException"),
                            name=None,
                            body=[clear, ast.Raise(exc=None, cause=None)],
                        )
                    ],
                    orelse=[],
                    finalbody=[],
                )
            ]
        guards = [
            self.limit_handler(skip),
            ast.ExceptHandler(
                type=_name("BaseException"),
                name=passing,
                body=[
                    ast.If(
                        test=self.passing(passing, owner),
                        body=[_assign(skip, ast.Constant(True))],
                        orelse=self.record(passing, frame),
                    ),
                    ast.Raise(exc=None, cause=None),
                ],
            ),
        ]
        run_final = ast.If(test=_is(_name(skip), ast.Constant(None)), body=final, orelse=[])
        self.emit(ast.Try(body=inner, handlers=guards, orelse=[], finalbody=[run_final]), 0)
        self.assigned = after | final_end
        return True

    def handler_chain(self, handlers: list, error: str, frame: ast.expr, ends: list) -> None:
        """The ``except`` clauses from ``handlers[0]`` on, inside the host's handler
        that holds the exception in ``error``: each clause's test, then its body, the
        next clause when the test fails, and the exception raised again after the last."""
        h = handlers[0]
        start = set(self.assigned)

        def run() -> None:
            if h.name is None:
                self.block(h.body)
                return
            kind = self.scope.symbols.get(h.name)
            if kind == scopes.LOCAL:
                slot = ast.Subscript(
                    value=_name("f"), slice=ast.Constant(self.scope.slots[h.name]), ctx=_STORE
                )
                self.emit(ast.Assign(targets=[slot], value=_name(error)), 0)
                delete: ast.stmt = ast.Assign(targets=[_clone(slot)], value=self.value(UNBOUND))
            else:
                store = self.value(self.compiler.store_name(h.name))
                self.emit(ast.Expr(value=_call(store, _name("f"), _name(error))), 0)
                remove = self.value(self.compiler.delete_name(h.name))
                delete = ast.Expr(value=_call(remove, _name("f"), ast.Constant(True)))
            # CPython deletes the name however the clause ends.
            body = self.nested(lambda: self.block(h.body), h.lineno)
            self.emit(ast.Try(body=body, handlers=[], orelse=[], finalbody=[delete]), 0)

        if h.type is None:  # a bare ``except:``, the last clause
            body, end = self.branch(run, h.lineno)
            ends.append(end)
            self.out.extend(body)
            return
        self.emit(_assign("ln", ast.Constant(h.lineno)), 0)
        expected = self.expr(h.type)
        test = _call(self.value(exception_matches), _name(error), expected)
        body, end = self.branch(run, h.lineno)
        ends.append(end)
        self.assigned = start
        if len(handlers) > 1:
            rest = self.nested(lambda: self.handler_chain(handlers[1:], error, frame, ends), h.lineno)
        else:
            rest = [ast.Raise(exc=None, cause=None)]
        # The test fails (not an exception class) at the clause, as in CPython: its
        # span runs from the ``except`` to the end of the clause's body.
        self.emit(ast.If(test=test, body=body, orelse=rest), self.line_of(h))

    def stmt_Raise(self, node: Any) -> bool:
        line = self.line_of(node)
        if node.exc is None:
            # What the program is handling, in this frame or a caller's: the host's
            # handlers are the program's (see above).
            self.emit(ast.Raise(exc=None, cause=None), line)
            return True
        if not self.generator:
            raise _NeedsGenerator  # an exception class is called
        make = self.value(make_exception)
        # ``raise E(...)`` calls E by its first-tier closure: the call in place (a
        # class's ``__init__`` run inline) would give every raise site some sixty host
        # lines, and every statement around it as many temporaries to clear at each
        # pass, for a statement that runs once per exception.
        value = self.fallback_expr(node.exc) if type(node.exc) is n.Call else self.expr(node.exc)
        error = self.temp()
        self.emit(_assign(error, ast.YieldFrom(value=_call(make, value))), line)
        self.emit(ast.Expr(value=_call(self.value(raised_again), _name(error))), line)
        if node.cause is None:
            self.emit(ast.Raise(exc=_name(error), cause=None), line)
            return True
        cause = self.stable(self.expr(node.cause))
        made = ast.YieldFrom(
            value=ast.Call(
                func=make, args=[cause], keywords=[ast.keyword(arg="cause", value=ast.Constant(True))]
            )
        )
        self.emit(
            ast.If(
                test=_is(cause, ast.Constant(None)),
                body=[ast.Raise(exc=_name(error), cause=ast.Constant(None))],
                orelse=[ast.Raise(exc=_name(error), cause=made)],
            ),
            line,
        )
        return True

    def stmt_With(self, node: Any) -> bool:
        if type(node) is not n.With:
            return False
        if not self.generator:
            raise _NeedsGenerator  # ``__enter__`` and ``__exit__`` are called
        self.with_items(node, node.items)
        return True

    def with_items(self, node: Any, items: list) -> None:
        """``with items[0]: ...`` around the rest of the items and the body, as the
        first tier's ``with_`` does it."""
        item = items[0]
        line = node.lineno
        owner = self.value(meter_module.current)
        frame = self.value(self.compiler.frame_info())
        manager = self.expr(item.context_expr)
        exit_, value = self.temp(), self.temp()
        enter = _call(self.value(enter_context), manager, ast.Constant(False))
        unpacked = ast.Tuple(elts=[_store(exit_), _store(value)], ctx=_STORE)
        self.emit(
            ast.Assign(targets=[unpacked], value=ast.YieldFrom(value=enter)), self.line_of(item.context_expr)
        )
        if item.optional_vars is not None and not self.store(item.optional_vars, _name(value), line):
            store = self.value(self.compiler.compile_store(item.optional_vars))
            self.emit(ast.Expr(value=_call(store, _name("f"), _name(value))), line)
        self.emit(_assign(value, ast.Constant(None)), 0)  # the target holds it now
        done, error = self.temp(), self.temp()
        self.emit(_assign(done, ast.Constant(None)), 0)
        if len(items) > 1:
            body, _ = self.branch(lambda: self.with_items(node, items[1:]), line)
        else:
            body, _ = self.branch(lambda: self.block(node.body), line)
        # An exception the body raises goes to __exit__, which may suppress it; any
        # other way out (the end, return, break, continue) calls __exit__ with Nones.
        exit_error = ast.YieldFrom(
            value=_call(
                _name(exit_),
                _call(_name("type"), _name(error)),
                _name(error),
                _call(self.value(make_traceback), _name(error)),
            )
        )
        handlers = [
            self.limit_handler(done),
            ast.ExceptHandler(
                type=_name("BaseException"),
                name=error,
                body=[
                    _assign(done, ast.Constant(True)),
                    ast.If(
                        test=self.passing(error, owner), body=[ast.Raise(exc=None, cause=None)], orelse=[]
                    ),
                    *self.record(error, frame),
                    _assign("ln", ast.Constant(line)),
                    ast.If(
                        test=ast.UnaryOp(op=_NOT, operand=exit_error),
                        body=[ast.Raise(exc=None, cause=None)],
                        orelse=[],
                    ),
                ],
            ),
        ]
        exit_clean = ast.Expr(
            value=ast.YieldFrom(
                value=_call(_name(exit_), ast.Constant(None), ast.Constant(None), ast.Constant(None))
            )
        )
        finally_ = ast.If(
            test=_is(_name(done), ast.Constant(None)),
            body=[_assign(done, ast.Constant(True)), _assign("ln", ast.Constant(line)), exit_clean],
            orelse=[],
        )
        self.emit(ast.Try(body=body, handlers=handlers, orelse=[], finalbody=[finally_]), 0)

    # -- expressions: each returns a value that later code cannot change ---------------
    def expr(self, node: Any) -> ast.expr:
        self.count()
        method = getattr(self, "expr_" + type(node).__name__, None)
        if method is not None:
            result = method(node)
            if result is not None:
                return result
        return self.fallback_expr(node)

    def fallback_expr(self, node: Any) -> ast.expr:
        fn, suspends = self.compiler.compile_expr(node)
        t = self.temp()
        self.emit(_assign(t, self.run_closure(fn, suspends)), self.line_of(node))
        return _name(t)

    def expr_Constant(self, node: Any) -> ast.expr:
        name = self.value(node.value)
        self.constants[name.id] = node.value
        return name

    def type_is(self, value: ast.expr, type_name: str) -> Any:
        """``type(value) is <type_name>``, or its answer when ``value`` is a constant."""
        if type(value) is ast.Name and value.id in self.constants:
            return type(self.constants[value.id]).__name__ == type_name
        return _type_is(value, type_name)

    def numeric(self, value: ast.expr) -> Any:
        return _or(self.type_is(value, "int"), self.type_is(value, "float"))

    def stable(self, value: ast.expr) -> ast.Name:
        """``value`` (a local's slot read in place, say) in a local of the host code,
        for an operation that reads it more than once."""
        if type(value) is ast.Name:
            return value
        t = self.temp()
        self.emit(_assign(t, value), 0)
        return _name(t)

    def load_local(self, node: Any) -> ast.expr:
        slot = self.scope.slots[node.id]
        read = ast.Subscript(value=_name("f"), slice=ast.Constant(slot), ctx=_LOAD)
        if slot in self.assigned:
            return read
        t = self.temp()
        line = self.line_of(node)
        self.emit(_assign(t, read), line)
        error = ast.Raise(exc=_call(self.value(unbound_local), self.value(node.id)), cause=None)
        self.emit(ast.If(test=_is(_name(t), self.value(UNBOUND)), body=[error], orelse=[]), line)
        return _name(t)

    def cell_slot(self, node: Any) -> int | None:
        """The slot of the cell behind ``node``, a variable shared with inner scopes
        (or taken from an outer one), in a function's body; else None."""
        if type(node) is not n.Name or self.scope.kind != "function":
            return None
        if self.scope.symbols.get(node.id) not in (scopes.CELL, scopes.FREE):
            return None
        return self.scope.slots[node.id]

    def load_cell(self, node: Any) -> ast.expr:
        """The value in the cell; an empty one raises through the first tier's closure
        (its NameError names the variable as CPython's does for its kind)."""
        slot = self.cell_slot(node)
        t = self.temp()
        line = self.line_of(node)
        cell = ast.Subscript(value=_name("f"), slice=ast.Constant(slot), ctx=_LOAD)
        self.emit(_assign(t, ast.Attribute(value=cell, attr="value", ctx=_LOAD)), line)
        empty, _ = self.compiler.compile_expr(node)
        raise_ = _assign(t, _call(self.value(empty), _name("f")))
        self.emit(ast.If(test=_is(_name(t), self.value(UNBOUND)), body=[raise_], orelse=[]), line)
        return _name(t)

    def store_cell(self, slot: int, value: ast.expr, line: int) -> None:
        cell = ast.Subscript(value=_name("f"), slice=ast.Constant(slot), ctx=_LOAD)
        target = ast.Attribute(value=cell, attr="value", ctx=_STORE)
        self.emit(ast.Assign(targets=[target], value=value), line)

    def global_name(self, node: Any) -> bool:
        """Whether ``node`` names a global (a module body's own names are)."""
        scope = self.scope
        kind = scope.symbols.get(node.id, scopes.GLOBAL_IMPLICIT)
        if kind == scopes.NAMESPACE:
            return scope.kind == "module"
        return kind in (scopes.GLOBAL_IMPLICIT, scopes.GLOBAL_EXPLICIT)

    def load_global(self, node: Any) -> ast.expr:
        """A global's value, else a builtin's: both looked up here for a name the module
        never binds (``len``); for one it binds, the global nearly always is there, and
        the builtin is looked up by a call, one ``if`` less (each costs ``compile``
        about 1.6 KB: strings' loop reads a dozen module names a pass)."""
        t = self.temp()
        line = self.line_of(node)
        g = self.value(self.compiler.globals)
        name = self.value(node.id)
        b = self.value(self.compiler.builtins)
        self.emit(
            _assign(t, _call(ast.Attribute(value=g, attr="get", ctx=_LOAD), name, self.value(MISSING))),
            line,
        )
        if node.id in self.module_names:
            slow = _assign(t, _call(self.value(builtin_or_missing), g, b, name))
            self.emit(ast.If(test=_is(_name(t), self.value(MISSING)), body=[slow], orelse=[]), line)
            return _name(t)
        missing = _assign(t, _call(self.value(missing_global), g, b, name))
        builtin = [
            _assign(t, _call(ast.Attribute(value=b, attr="get", ctx=_LOAD), name, self.value(MISSING))),
            ast.If(test=_is(_name(t), self.value(MISSING)), body=[missing], orelse=[]),
        ]
        self.emit(ast.If(test=_is(_name(t), self.value(MISSING)), body=builtin, orelse=[]), line)
        return _name(t)

    def expr_Name(self, node: Any) -> ast.expr | None:
        kind = self.scope.symbols.get(node.id, scopes.GLOBAL_IMPLICIT)
        if kind == scopes.LOCAL:
            return self.load_local(node)
        if self.cell_slot(node) is not None:
            return self.load_cell(node)
        if self.global_name(node):
            return self.load_global(node)
        return None

    def operation(self, node: Any, value: ast.expr) -> ast.expr:
        t = self.temp()
        self.emit(_assign(t, value), self.line_of(node))
        return _name(t)

    def expr_BinOp(self, node: Any) -> ast.expr:
        a = self.expr(node.left)
        b = self.expr(node.right)
        op = node.op
        kind = _binary_fast(op)
        if kind is None:
            return self.operation(node, _call(self.value(operators.BINARY[op]), a, b))
        if kind == "any":
            return self.operation(node, ast.BinOp(left=a, op=_HOST_BINARY[op], right=b))
        a, b = self.stable(a), self.stable(b)
        general = _call(self.value(operators.BINARY[op]), a, b)
        fast = ast.BinOp(left=a, op=_HOST_BINARY[op], right=b)
        if kind == "num":
            test: Any = self.numeric(a)
        elif kind == "float":
            # Not ints: the test of their size would make every product's code a third
            # bigger (nbody's trees 20,126 -> 26,249 nodes, its peak 4.3 -> 5.5 MB).
            test = self.type_is(a, "float")
        else:
            # A dividend of more than 4096 bits goes to the operator, which splits
            # long divisions into pieces the meter can interrupt (as specialize does).
            small = ast.Compare(
                left=self.value(-operators.BIG_DIVIDEND),
                ops=[ast.Lt(), ast.Lt()],
                comparators=[a, self.value(operators.BIG_DIVIDEND)],
            )
            if kind == "floordiv":
                test = _not(_and(self.type_is(a, "int"), _not(small)))
            else:  # mod
                int_a = self.type_is(a, "int")
                test = _and(
                    _or(_and(int_a, small) if int_a is not False else False, self.type_is(a, "float")),
                    self.numeric(b),
                )
        return self.operation(node, _select(test, fast, general))

    def expr_UnaryOp(self, node: Any) -> ast.expr:
        a = self.expr(node.operand)
        if node.op == "Not":
            return self.operation(node, ast.UnaryOp(op=_NOT, operand=a))
        general = _call(self.value(operators.UNARY[node.op]), a)
        if node.op == "USub":
            a = self.stable(a)
            general = _call(self.value(operators.UNARY[node.op]), a)
            fast = ast.UnaryOp(op=ast.USub(), operand=a)
            return self.operation(node, _select(self.numeric(a), fast, general))
        return self.operation(node, general)

    def compare(self, node: Any, op: str, a: ast.expr, b: ast.expr) -> ast.expr:
        host = _HOST_COMPARE.get(op)
        if host is not None:
            return ast.Compare(left=a, ops=[host], comparators=[b])
        general = _call(self.value(operators.COMPARE[op]), a, b)
        if op in ("In", "NotIn"):
            b = self.stable(b)
            general = _call(self.value(operators.COMPARE[op]), a, b)
            fast = ast.Compare(left=a, ops=[ast.In() if op == "In" else ast.NotIn()], comparators=[b])
            return _select(_or(*(self.type_is(b, t) for t in _IN_TYPES)), fast, general)
        return general

    def expr_Compare(self, node: Any) -> ast.expr:
        a = self.expr(node.left)
        result = self.temp()
        self.compare_chain(node, 0, a, result, self.line_of(node))
        return _name(result)

    # A method, not a closure calling itself: such a closure is a reference cycle
    # (function, cell, function) through which the builder and its whole tree outlive
    # the build until the host's collector runs, which made them the larger part of a
    # small program's peak (asyncio_tasks: about 370 KB of dead trees at a compile).
    def compare_chain(self, node: Any, i: int, left: ast.expr, result: str, line: int) -> None:
        right = self.expr(node.comparators[i])
        self.emit(_assign(result, self.compare(node, node.ops[i], left, right)), line)
        if i + 1 < len(node.ops):
            rest = self.nested(lambda: self.compare_chain(node, i + 1, right, result, line), line)
            self.emit(ast.If(test=_name(result), body=rest, orelse=[]), line)

    def expr_BoolOp(self, node: Any) -> ast.expr:
        result = self.temp()
        self.bool_part(node, 0, result, self.line_of(node))
        return _name(result)

    def bool_part(self, node: Any, i: int, result: str, line: int) -> None:
        """The operands of ``node`` from ``i`` on (a method for compare_chain's reason)."""
        self.emit(_assign(result, self.expr(node.values[i])), line)
        if i + 1 < len(node.values):
            rest = self.nested(lambda: self.bool_part(node, i + 1, result, line), line)
            test: ast.expr = _name(result)
            if node.op == "Or":
                test = ast.UnaryOp(op=_NOT, operand=test)
            self.emit(ast.If(test=test, body=rest, orelse=[]), line)

    def expr_IfExp(self, node: Any) -> ast.expr:
        result = self.temp()
        line = self.line_of(node)
        test = self.expr(node.test)
        body = self.nested(lambda: self.emit(_assign(result, self.expr(node.body)), line), line)
        orelse = self.nested(lambda: self.emit(_assign(result, self.expr(node.orelse)), line), line)
        self.emit(ast.If(test=test, body=body, orelse=orelse), line)
        return _name(result)

    def expr_Subscript(self, node: Any) -> ast.expr:
        a = self.stable(self.expr(node.value))
        b = self.expr(node.slice)
        fast = ast.Subscript(value=a, slice=b, ctx=_LOAD)
        general = _call(ast.Attribute(value=self.value(ItemSite()), attr="get", ctx=_LOAD), a, b)
        test = _or(*(self.type_is(a, t) for t in ("list", "dict", "tuple", "str")))
        return self.operation(node, _select(test, fast, general))

    def expr_Tuple(self, node: Any) -> ast.expr | None:
        if any(type(e) is n.Starred for e in node.elts):
            return None
        return self.operation(node, ast.Tuple(elts=[self.expr(e) for e in node.elts], ctx=_LOAD))

    def expr_List(self, node: Any) -> ast.expr | None:
        if any(type(e) is n.Starred for e in node.elts):
            return None
        return self.operation(node, ast.List(elts=[self.expr(e) for e in node.elts], ctx=_LOAD))

    def expr_Dict(self, node: Any) -> ast.expr | None:
        """``{k: v, ...}``: every key and value first, then the dict, as CPython's
        BUILD_MAP; past 15 pairs CPython adds each pair as it goes (and ``**m``
        merges), which the first tier's closure does."""
        if any(k is None for k in node.keys) or len(node.keys) > DICT_DISPLAY_BATCH:
            return None
        keys, values = [], []
        for k, v in zip(node.keys, node.values):
            keys.append(self.expr(k))
            values.append(self.expr(v))
        return self.operation(node, ast.Dict(keys=keys, values=values))

    def expr_JoinedStr(self, node: Any) -> ast.expr:
        """An f-string: each field's value, converted (``!r``) and formatted with its
        spec, in order, then the pieces joined, as the first tier's closures do."""
        pieces = []
        for part in node.values:
            if type(part) is not n.FormattedValue:
                pieces.append(self.expr(part))
                continue
            # A field's errors point at the whole string, as the first tier's (and
            # CPython 3.11's) do.
            value = self.expr(part.value)
            if part.conversion != -1:
                value = self.operation(
                    node, _call(self.value(convert_for_format), value, self.value(part.conversion))
                )
            spec = self.expr(part.format_spec) if part.format_spec is not None else self.value("")
            pieces.append(self.operation(node, _call(self.value(format_value), value, spec)))
        join = ast.Attribute(value=self.value(""), attr="join", ctx=_LOAD)
        return self.operation(node, _call(join, ast.List(elts=pieces, ctx=_LOAD)))

    def expr_Slice(self, node: Any) -> ast.expr:
        parts = [
            self.expr(p) if p is not None else ast.Constant(None) for p in (node.lower, node.upper, node.step)
        ]
        return self.operation(node, _call(_name("slice"), *parts))

    def expr_Call(self, node: Any) -> ast.expr | None:
        func = node.func
        if type(func) is n.Name and func.id in _SPECIAL_CALLS:
            return None
        if any(type(a) is n.Starred for a in node.args) or any(k.arg is None for k in node.keywords):
            return self.star_call(node) if self.generator else None
        if node.keywords:
            return self.keyword_call(node) if self.generator else None
        if type(func) is n.Attribute:
            return self.method_call(node) if self.generator else None
        if type(func) is not n.Name or not self.global_name(func):
            # A local function, a cell's, ``handlers[kind](event)``: run in place
            # when it is a sandbox function or one bound to an object (a callback, a
            # dispatch table of methods), else called.
            if not self.generator:
                return None
            return self.function_call(node, self.stable(self.expr(func)), methods=True)
        # What the name is now decides the code: a builtin that cannot pause (``len``)
        # is called in place, a sandbox function run in place; each call checks again.
        now = self.compiler.globals.get(func.id, MISSING)
        if now is MISSING:
            now = self.compiler.builtins.get(func.id, MISSING)
        if type(now) is Builtin and not now.suspends:
            self.decisions.append("B")
            return self.builtin_call(node)
        if type(now) is Function and self.generator:
            self.decisions.append("F")
            return self.function_call(node, self.load_global(node.func))
        # A class is called through the site of its ``__init__`` (``Point(x, y)``).
        user_class = type(now) is type and id(now) in USER_CLASSES
        # A builtin type (``int(s)``, ``KeyError(k)``) is called through its constructor.
        ctor = CONSTRUCTORS.get(now) if type(now) is type else None
        constructs = type(ctor) is Builtin and not ctor.suspends
        self.decisions.append("C" if user_class else "T" if constructs else "X")
        if not self.generator:
            return None
        return self.function_call(
            node, self.load_global(node.func), classes=user_class, constructs=constructs
        )

    def call_general(self, callee: ast.expr, args: list, kwargs: ast.expr | None = None) -> ast.expr:
        """``calls.call(callee, args, kwargs)``: what a call of anything else does."""
        general = _call(
            self.value(call),
            callee,
            ast.Tuple(elts=list(args), ctx=_LOAD),
            kwargs if kwargs is not None else ast.Constant(None),
        )
        if self.generator:
            return ast.YieldFrom(value=general)
        # Code run nested while the statement ran rebound the name: as a guarded
        # closure does, the call runs to completion (see expressions._guarded_call).
        return _call(self.value(run_nested), general)

    def builtin_call(self, node: Any) -> ast.expr:
        line = self.line_of(node)
        if self.guards is not None:
            self.guards.append(node.func.id)
            if node is self.first_call and node.func.id not in self.guarded:
                # Nothing ran since the statement's guard read the name and found a
                # builtin that cannot pause: its value is the one to call.
                fn = self.guarded[node.func.id] = _name(self.temp())
                args = [self.expr(a) for a in node.args]
                t = self.temp()
                self.emit(_assign(t, _call(ast.Attribute(value=fn, attr="fn", ctx=_LOAD), *args)), line)
                return _name(t)
        fn = self.load_global(node.func)
        args = [self.expr(a) for a in node.args]
        t = self.temp()
        direct = _call(ast.Attribute(value=fn, attr="fn", ctx=_LOAD), *args)
        test = _and(_type_is(fn, "BUILTIN"), _not(ast.Attribute(value=fn, attr="suspends", ctx=_LOAD)))
        self.emit(
            ast.If(test=test, body=[_assign(t, direct)], orelse=[_assign(t, self.call_general(fn, args))]),
            line,
        )
        return _name(t)

    def function_call(
        self,
        node: Any,
        callee: ast.Name,
        classes: bool = False,
        constructs: bool = False,
        methods: bool = False,
    ) -> ast.expr:
        """``callee(args)``, run in place when ``callee`` (the callable, evaluated) is
        a sandbox function, else called; ``classes``: a user class's ``__init__`` runs
        in place too (the name held one when the body was compiled); ``constructs``: a
        builtin type's constructor is called in place when it cannot pause (the name
        held such a type); ``methods``: a sandbox function bound to an object runs in
        place too, given the object first."""
        args = [self.stable(self.expr(a)) for a in node.args]
        line = self.line_of(node)
        t = self.temp()
        run = [_assign("fn", callee)] + self.run_function(None, args, t)
        test = _type_is(callee, "FUNCTION")
        general = [_assign(t, self.call_general(callee, args))]
        if methods:
            func = ast.Attribute(value=callee, attr="__func__", ctx=_LOAD)
            bound = ast.Attribute(value=callee, attr="__self__", ctx=_LOAD)
            general = [
                ast.If(
                    test=_and(_type_is(callee, "BOUND_METHOD"), _type_is(func, "FUNCTION")),
                    body=[_assign("fn", _clone(func)), *self.run_function(bound, args, t)],
                    orelse=general,
                )
            ]
        if classes:
            general = [self.instantiate(callee, args, t, general)]
        if constructs:
            # What calls.call does for an exact ``type`` (no metaclass ``__call__``)
            # that is no user class: its entry in CONSTRUCTORS, here run in place.
            ctor = self.temp()
            find = _call(ast.Attribute(value=self.value(CONSTRUCTORS), attr="get", ctx=_LOAD), callee)
            direct = _call(ast.Attribute(value=_name(ctor), attr="fn", ctx=_LOAD), *args)
            general = [
                _assign(ctor, _select(_type_is(callee, "type"), find, ast.Constant(None))),
                ast.If(
                    test=_and(
                        _type_is(_name(ctor), "BUILTIN"),
                        _not(ast.Attribute(value=_name(ctor), attr="suspends", ctx=_LOAD)),
                    ),
                    body=[_assign(t, direct)],
                    orelse=general,
                ),
            ]
        self.emit(ast.If(test=test, body=run, orelse=general), line)
        self.inline_calls = True
        return _name(t)

    def instantiate(self, cls: ast.Name, args: list, result: str, general: list) -> ast.stmt:
        """``cls(args)`` for a user class whose call is the common case (``object.__new__``
        and a sandbox ``__init__``, see ``sites.InitSite``): the new object, its
        ``__init__`` run in place, its result checked; anything else by ``general``."""
        site = self.value(InitSite())
        # Locals of their own, not temporaries: a call that is not of a class pays
        # nothing for them (every temporary is cleared at the end of its statement).
        init, obj, returned = "init", "new", "returned"

        def field(name: str) -> ast.Attribute:
            return ast.Attribute(value=site, attr=name, ctx=_LOAD)

        cached = self.site_entry(site, cls, of_class=True)
        check = ast.If(
            test=_is(_name(returned), ast.Constant(None), negate=True),
            body=[ast.Expr(value=_call(self.value(init_returned), _name(returned)))],
            orelse=[],
        )
        # The new object dies with the statement, as a temporary does, also when its
        # ``__init__`` raises.
        run = [
            ast.Try(
                body=[
                    _assign(obj, _call(self.value(_object_new), cls)),
                    _assign("fn", _name(init)),
                    *self.run_function(_name(obj), args, returned),
                    check,
                    _assign(result, _name(obj)),
                ],
                handlers=[],
                orelse=[],
                finalbody=[
                    ast.Assign(
                        targets=[_store(init), _store(obj), _store(returned)], value=ast.Constant(None)
                    )
                ],
            )
        ]
        body = [
            ast.If(
                test=cached,
                body=[_assign(init, field("init"))],
                orelse=[_assign(init, _call(field("plan"), cls))],
            ),
            ast.If(
                test=_is(_name(init), ast.Constant(None), negate=True),
                body=run,
                orelse=[_clone(stmt) for stmt in general],
            ),
        ]
        user_class = _and(
            _type_is(cls, "type"),
            ast.Compare(left=_call(_name("id"), cls), ops=[ast.In()], comparators=[self.value(USER_CLASSES)]),
        )
        return ast.If(test=user_class, body=body, orelse=general)

    def callee(self, node: Any, line: int) -> ast.Name:
        """The callable of call ``node``: a method is loaded as an attribute (before
        the arguments, as CPython's LOAD_ATTR)."""
        func = node.func
        if type(func) is not n.Attribute:
            return self.stable(self.expr(func))
        obj = self.stable(self.expr(func.value))
        t = self.temp()
        self.emit(_assign(t, _call(self.value(load_attr), obj, self.value(func.attr))), line)
        return _name(t)

    def star_call(self, node: Any) -> ast.expr | None:
        """``f(*args)``, ``f(*args, **kwargs)`` (the wrappers' call) and ``f(a, **kwargs)``;
        any other call with ``*`` or ``**`` stays the first tier's."""
        starred = [type(a) is n.Starred for a in node.args]
        if any(starred) and starred != [True]:
            return None
        if len(node.keywords) > 1 or (node.keywords and node.keywords[0].arg is not None):
            return None
        line = self.line_of(node)
        fn = self.callee(node, line)
        if any(starred):
            args: ast.Name = self.stable(self.expr(node.args[0].value))
        else:
            args = self.operation(node, ast.Tuple(elts=[self.expr(a) for a in node.args], ctx=_LOAD))
        parts = [fn, args]
        # The common case, a sandbox function given a tuple (and a dict), runs in
        # place; call_star does the rest as the first tier's call does.
        fits = [_type_is(args, "tuple")]
        kwargs: ast.expr | None = None
        if node.keywords:
            mapping = self.stable(self.expr(node.keywords[0].value))
            parts.append(mapping)
            fits.append(_type_is(mapping, "dict"))
            kwargs = _call(self.value(string_keyed_copy), mapping)
        t = self.temp()
        general = [_assign(t, ast.YieldFrom(value=_call(self.value(call_star), *parts)))]
        self.emit(self.bound_call(fn, args, kwargs, t, general, fits), self.line_of(node))
        return _name(t)

    def bound_call(
        self,
        callee: ast.Name,
        args: ast.expr,
        kwargs: ast.expr | None,
        result: str,
        general: list,
        fits: list,
    ) -> ast.stmt:
        """``callee`` called with the tuple ``args`` and the dict ``kwargs`` (or None),
        its value into ``result``: a sandbox function (not a generator's) when
        ``fits`` (tests of the operands) hold gets its frame from its frame tail for
        that many arguments when there are no keywords (as :meth:`run_function`
        does), else by :func:`~interp.runtime.calls.bind`, and runs in place, as
        :func:`~interp.runtime.calls.invoke` would, a generator less; anything else
        runs ``general``.  ``fn`` and ``frame`` as in
        :meth:`run_function`."""
        fn = _name("fn")
        test = _and(
            _type_is(callee, "FUNCTION"),
            _plain_kind(ast.Attribute(value=callee, attr="code", ctx=_LOAD)),
            *fits,
        )
        if kwargs is None:
            # ``func(*args)``: the frame built in place from the function's frame tail
            # for this many arguments (functions.frame_tails), as a plain call's is.
            count = _call(_name("len"), args)
            tail = ast.IfExp(
                test=ast.Compare(left=count, ops=[ast.Lt()], comparators=[ast.Constant(TAIL_ARGS)]),
                body=ast.Subscript(
                    value=ast.Attribute(value=fn, attr="tails", ctx=_LOAD), slice=_clone(count), ctx=_LOAD
                ),
                orelse=ast.Constant(None),
            )
            frame = [
                _assign("tail", tail),
                self.build_frame(
                    _is(_name("tail"), ast.Constant(None), negate=True),
                    [ast.Starred(value=args, ctx=_LOAD)],
                    _name("tail"),
                    args,
                ),
            ]
        else:
            frame = [_assign("frame", _call(self.value(bind), fn, args, kwargs))]
        run = [
            _assign("fn", callee),
            _assign("code", ast.Attribute(value=fn, attr="code", ctx=_LOAD)),
            *frame,
            *_run_steps(result),
            ast.Assign(targets=[_store("fn"), _store("frame")], value=ast.Constant(None)),
        ]
        self.inline_calls = True
        return ast.If(test=test, body=run, orelse=general)

    def keyword_call(self, node: Any) -> ast.expr:
        """``f(a, k=v)``, ``obj.name(a, k=v)``: the callable (a method is loaded as
        an attribute first, as CPython's LOAD_ATTR), the arguments in order, the
        keywords' values, then the call."""
        fn = self.callee(node, self.line_of(node))
        args = [self.expr(a) for a in node.args]
        if not self.generator:
            keys = [self.value(k.arg) for k in node.keywords]
            kwargs = ast.Dict(keys=keys, values=[self.expr(k.value) for k in node.keywords])
            return self.operation(node, self.call_general(fn, args, kwargs))
        packed = self.stable(ast.Tuple(elts=args, ctx=_LOAD))
        keys = [self.value(k.arg) for k in node.keywords]
        named = self.stable(ast.Dict(keys=keys, values=[self.expr(k.value) for k in node.keywords]))
        t = self.temp()
        general = [_assign(t, ast.YieldFrom(value=_call(self.value(call), fn, packed, named)))]
        self.emit(self.bound_call(fn, packed, named, t, general, []), self.line_of(node))
        return _name(t)

    def method_call(self, node: Any) -> ast.expr:
        """``obj.name(args)``, as the method-call sites of :mod:`.specialize`: the method
        is found before the arguments are evaluated (CPython's LOAD_METHOD), then a
        sandbox function runs in place, a builtin method is called directly, anything
        else is loaded as an attribute and called (in place too, at a ``super()`` call,
        when the attribute is a sandbox function bound to the object).

        A sandbox function runs in place only where the sandbox has called a method of
        that name on a class of its own before (``Environment.sandbox_methods``): the
        in-place run is about half a site's code, which ``compile`` costs memory by the
        instruction, and a site that only ever calls ``str.upper`` or ``list.append``
        has no use for it (strings: its peak 837 to 531 KB).  Anything else there
        takes the general path.  At threshold 1 (the tests'), which compiles a body
        before its sites ran, every site keeps it."""
        func = node.func
        obj = self.stable(self.expr(func.value))
        line = self.line_of(node)
        site = self.value(MethodSite(func.attr))
        name = self.value(func.attr)
        kind, callee = self.temp(), self.temp()
        super_call = _is_super_call(func.value)
        in_place = THRESHOLD <= 1 or func.attr in environment.current.sandbox_methods or super_call
        self.decisions.append("M" if in_place else "m")

        def field(attr: str) -> ast.Attribute:
            return ast.Attribute(value=site, attr=attr, ctx=_LOAD)

        cached = self.site_entry(site, obj)
        load = _call(self.value(load_attr), obj, name)
        # A builtin method, or the attribute loaded (a sandbox function too, at a site
        # without the in-place run).
        choose = ast.If(
            test=self.kind_is(kind, BUILTIN_METHOD),
            body=[_assign(callee, field("builtin"))],
            orelse=[_assign(callee, load)],
        )
        if in_place:
            shadowed = _and(
                field("dict_first"),
                ast.Compare(
                    left=name,
                    ops=[ast.In()],
                    comparators=[_call(self.value(_INSTANCE_DICT), obj)],
                ),
            )
            choose = ast.If(
                test=self.kind_is(kind, FUNCTION),
                body=[
                    _assign(callee, field("function")),
                    ast.If(
                        test=shadowed,
                        body=[_assign(kind, ast.Constant(GENERAL)), _assign(callee, load)],
                        orelse=[],
                    ),
                ],
                orelse=[choose],
            )
        plan = [
            ast.If(
                test=cached,
                body=[_assign(kind, field("kind"))],
                orelse=[_assign(kind, _call(field("plan"), obj))],
            ),
            choose,
        ]
        first: ast.expr = obj
        if super_call:
            # ``super().f(...)``: the function the look-up past the method's class
            # finds runs in place with the instance first, without a bound method
            # (only here: the test would add to every method call's code, and so to
            # its compile); anything else takes the general path.
            first = _name(self.temp())
            found = _call(field("super_function"), obj)
            plan = [
                _assign(callee, found),
                ast.If(
                    test=ast.Compare(left=_name(callee), ops=[ast.IsNot()], comparators=[ast.Constant(None)]),
                    body=[
                        _assign(kind, ast.Constant(FUNCTION)),
                        _assign(first.id, _call(self.value(_SUPER_INSTANCE), obj)),
                    ],
                    orelse=[*plan, _assign(first.id, obj)],
                ),
            ]
        for stmt in plan:
            self.emit(stmt, line)
        args = [self.stable(self.expr(a)) for a in node.args]
        t = self.temp()
        method = _name(callee)
        direct = _call(ast.Attribute(value=method, attr="fn", ctx=_LOAD), obj, *args)
        builtin = ast.If(
            test=ast.Attribute(value=method, attr="suspends", ctx=_LOAD),
            body=[_assign(t, ast.YieldFrom(value=direct))],
            orelse=[_assign(t, _call(ast.Attribute(value=method, attr="fn", ctx=_LOAD), obj, *args))],
        )
        dispatch = ast.If(
            test=self.kind_is(kind, BUILTIN_METHOD),
            body=[builtin],
            orelse=[_assign(t, self.call_general(method, args))],
        )
        if in_place:
            run = [_assign("fn", method)] + self.run_function(first, args, t)
            dispatch = ast.If(test=self.kind_is(kind, FUNCTION), body=run, orelse=[dispatch])
        self.emit(dispatch, line)
        self.inline_calls = True
        return _name(t)

    @staticmethod
    def kind_is(kind: str, value: int) -> ast.Compare:
        """``kind == value``: the local ``kind`` holds a method site's plan."""
        return ast.Compare(left=_name(kind), ops=[_EQ], comparators=[ast.Constant(value)])

    def site_entry(
        self, site: ast.expr, obj: ast.expr, of_class: bool = False, epoch: str = "epoch"
    ) -> ast.expr:
        """Whether ``site``'s entry is for ``obj``'s class (``of_class``: for ``obj``, a
        class) in this epoch (see runtime/sites.py and ``attributes.AttributeSite``),
        the epoch being the site's field ``epoch``."""
        return _and(
            _is(
                obj if of_class else _call(_name("type"), obj),
                ast.Attribute(value=site, attr="cls", ctx=_LOAD),
            ),
            ast.Compare(
                left=ast.Attribute(value=site, attr=epoch, ctx=_LOAD),
                ops=[_EQ],
                comparators=[ast.Subscript(value=self.value(EPOCH), slice=ast.Constant(0), ctx=_LOAD)],
            ),
        )

    def run_function(self, first: ast.expr | None, args: list, result: str) -> list:
        """Statements running sandbox function ``fn`` (a local of the host code) with
        ``first`` (a method's object) and ``args``, its value into ``result``: the
        body run in place by the steps every call takes
        (:data:`~interp.runtime.calls.RUN_STEPS`), its frame built in place when the
        call is a common one (a function without cells given its positional
        parameters, or all but some that have defaults: the function's
        :func:`~interp.runtime.functions.frame_tails`), else by
        :func:`~interp.runtime.calls.bind` (cells, any other signature, the first such
        call of a function; None for a generator function, whose call
        :func:`~interp.runtime.calls.invoke` makes).  ``fn`` and ``frame``
        are the names the readers of the host stack look for (RUNNING_CODES); both are
        None again once the call has returned."""
        given = ([first] if first is not None else []) + list(args)
        fn, code, frame = _name("fn"), _name("code"), _name("frame")

        def attr(value: ast.expr, name: str) -> ast.Attribute:
            return ast.Attribute(value=value, attr=name, ctx=_LOAD)

        prepare: list = []
        if len(given) < TAIL_ARGS:
            # The function's frame tail for this many arguments (functions.frame_tails).
            prepare = [
                _assign(
                    "tail",
                    ast.Subscript(value=attr(fn, "tails"), slice=ast.Constant(len(given)), ctx=_LOAD),
                )
            ]
            exact: Any = _is(_name("tail"), ast.Constant(None), negate=True)
            tail: ast.expr = _name("tail")
        else:
            exact = _and(
                attr(code, "direct"),
                ast.Compare(left=attr(code, "argcount"), ops=[_EQ], comparators=[ast.Constant(len(given))]),
            )
            tail = attr(code, "padding")
        build = self.build_frame(exact, given, tail, ast.Tuple(elts=list(given), ctx=_LOAD))
        invoke_ = _call(self.value(invoke), fn, ast.Tuple(elts=list(given), ctx=_LOAD), ast.Constant(None))
        return [
            _assign("code", attr(fn, "code")),
            *prepare,
            build,
            ast.If(
                test=_is(frame, ast.Constant(None), negate=True),
                body=_run_steps(result),
                orelse=[_assign(result, ast.YieldFrom(value=invoke_))],
            ),
            ast.Assign(targets=[_store("fn"), _store("frame")], value=ast.Constant(None)),
        ]

    def build_frame(self, exact: ast.expr, given: list, tail: ast.expr, packed: ast.expr) -> ast.stmt:
        """``frame`` for sandbox function ``fn``: ``[None, *given, *tail]`` in place when
        ``exact`` holds, else bound by :func:`~interp.runtime.calls.bind` from
        ``packed`` (the arguments as one tuple; None for a generator's function)."""
        in_place = ast.List(
            elts=[ast.Constant(None), *given, ast.Starred(value=tail, ctx=_LOAD)],
            ctx=_LOAD,
        )
        bound = _call(self.value(bind), _name("fn"), packed, ast.Constant(None), ast.Constant(True))
        return ast.If(test=exact, body=[_assign("frame", in_place)], orelse=[_assign("frame", bound)])

    def expr_Attribute(self, node: Any) -> ast.expr:
        return self.read_attribute(self.stable(self.expr(node.value)), node.attr, self.line_of(node))

    def read_attribute(self, obj: ast.Name, attr: str, line: int) -> ast.Name:
        """``obj.attr``: the host's own attribute read when the site's first entry says
        it is exact for the object's class (``attributes.AttributeSite.host_epoch``), the
        site's ``read`` otherwise, and also when the host's read finds nothing (the
        sandbox's error, or its ``__getattr__``).  The general path runs outside the
        ``except`` clause: an error it raises has no host exception as its context."""
        site = self.value(AttributeSite(attr))
        t = self.temp()
        fast = self.site_entry(site, obj, epoch="host_epoch")
        read = _assign(t, _call(ast.Attribute(value=site, attr="read", ctx=_LOAD), obj))
        # A getter made in C, not ``obj.attr`` in the tree: no name of the program's
        # becomes an identifier of the host code (tests/test_hostcode.py).
        getter = self.value(_host_getter(attr))
        host = ast.Try(
            body=[_assign(t, _call(getter, obj))],
            handlers=[
                ast.ExceptHandler(
                    type=self.value(AttributeError), name=None, body=[_assign(t, self.value(MISSING))]
                )
            ],
            orelse=[],
            finalbody=[],
        )
        found = [host, ast.If(test=_is(_name(t), self.value(MISSING)), body=[read], orelse=[])]
        self.emit(ast.If(test=fast, body=found, orelse=[_clone(read)]), line)
        return _name(t)


#: The host's own ``obj.__dict__``, which a method-call site reads only for a class whose
#: instances it gives the instance ``__dict__`` (``attributes.plain_method``).
_INSTANCE_DICT = attrgetter("__dict__")


#: The instance of a super object (``descriptors.Super``).
_SUPER_INSTANCE = attrgetter("obj")


def _host_getter(name: str) -> Any:
    """The host's own ``obj.name`` as a C callable, for a site that has proved it exact
    (``attributes.AttributeSite.host_epoch``).  ``attrgetter`` would follow dots: a name of
    the program's has none."""
    if not name.isidentifier():
        raise ValueError(f"not an attribute name: {name!r}")
    return attrgetter(name)


_STEPS = ast.parse(textwrap.dedent(RUN_STEPS)).body
# Checked once here, not at every call site expanded: the last step gives the value.
assert type(_STEPS[-1]) is ast.Return and ast.unparse(_STEPS[-1]) == "return frame[0]"


#: A copy of a tree without its positions.
_clone = ast.convert


class _Steps(ast.Pass):
    """Where the statements of :data:`~interp.runtime.calls.RUN_STEPS` go, their value
    into ``result``: put in place by :func:`_expand_steps` only when the factory is
    compiled.  A later sandbox that promotes the same body finds the factory cached
    and builds the tree only for its values and decisions; copying the 130 nodes of
    the steps at every call site was half of that build (``import json`` in a later
    sandbox promotes enum's class machinery)."""

    __slots__ = ("result",)
    _fields = ("result",)


def _run_steps(result: str) -> list:
    """The steps of a sandbox call, their ``return frame[0]`` made an assignment to
    ``result`` (see :class:`_Steps`)."""
    return [_Steps(result=result)]


def _expand_steps(body: list) -> list:
    """``body`` with the steps of :data:`~interp.runtime.calls.RUN_STEPS` (the
    interpreter's own text, the steps of every sandbox call) in place of each
    :class:`_Steps`, with its line, in it and in the statements nested in it (an
    expression holds no statement: only statement lists are walked)."""
    expanded: list = []
    for stmt in body:
        if type(stmt) is not _Steps:
            for field in _NESTED_BODIES:
                inner = getattr(stmt, field, None)
                if inner:
                    setattr(stmt, field, _expand_steps(inner))
            expanded.append(stmt)
            continue
        # A copy without the lines of the text: the call's own line replaces them.
        steps = [_clone(step) for step in _STEPS[:-1]]
        steps.append(_assign(stmt.result, _clone(_STEPS[-1].value)))
        for step in steps:
            _fill(step, stmt.lineno)
        expanded.extend(steps)
    return expanded


#: The fields of the statements built here (and of ``ExceptHandler``) that hold statements.
_NESTED_BODIES = ("body", "orelse", "finalbody", "handlers")


def _unbindable(scope: scopes.Scope, body: list) -> frozenset:
    return scope.fact(("unbindable", *_body_key(body)), lambda: _find_unbindable(scope, body))


def _find_unbindable(scope: scopes.Scope, body: list) -> frozenset:
    """Slots of the locals that some statement unbinds (``del``, ``except ... as``) or
    some expression assigns (``:=``): the second tier reads them with a check every
    time.  Any other local is known to hold a value where an assignment the tier
    compiled, or the call (a parameter), bound it, and is then read without a check
    and where its value is used (nothing else can change it meanwhile)."""
    names: set = set()
    for stmt in body:
        for node in _walk(stmt):
            if type(node) is n.Delete:
                for target in node.targets:
                    for inner in _walk(target):
                        if type(inner) is n.Name:
                            names.add(inner.id)
            elif type(node) is n.ExceptHandler and node.name:
                names.add(node.name)
            elif type(node) is n.NamedExpr and type(node.target) is n.Name:
                names.add(node.target.id)
    return frozenset(scope.slots[name] for name in names if scope.symbols.get(name) == scopes.LOCAL)


def _walk(node: Any) -> Any:
    stack = [node]
    while stack:
        item = stack.pop()
        yield item
        for field in getattr(item, "_fields", ()):
            value = getattr(item, field, None)
            if type(value) is list:
                stack.extend(v for v in value if isinstance(v, n.AST))
            elif isinstance(value, n.AST):
                stack.append(value)


def _factory_tree(
    builder: _Builder, body: list, guarded_heads: list, iterator: bool = False, optional: bool = False
) -> ast.Module:
    """The module of the factory: ``def factory(k0, k1...): def body(f): ...``
    (``body(f, it0)`` with ``iterator``, ``body(f, it0=None)`` with ``optional`` too)."""
    handler = ast.ExceptHandler(
        type=_name("BaseException"),
        name="error",
        body=[
            ast.Expr(value=_call(_name("note_line"), _name("error"), _name("ln"))),
            ast.Raise(exc=None, cause=None),
        ],
    )
    inner = [_assign("ln", ast.Constant(0)), ast.Try(body=body, handlers=[handler], orelse=[], finalbody=[])]
    if builder.generator:
        inner.append(ast.Return(value=ast.Constant(None)))
        inner.append(
            ast.If(test=ast.Constant(False), body=[ast.Expr(value=ast.Yield(value=None))], orelse=[])
        )
    fn = ast.FunctionDef(
        name="body",
        args=ast.arguments(
            posonlyargs=[],
            args=[ast.arg(arg="f")] + ([ast.arg(arg="it0")] if iterator else []),
            vararg=None,
            kwonlyargs=[],
            kw_defaults=[],
            kwarg=None,
            defaults=[ast.Constant(None)] if optional else [],
        ),
        body=inner,
        decorator_list=[],
        returns=None,
        type_params=[],
    )
    params = [ast.arg(arg=f"k{i}") for i in range(len(builder.values))]
    params += [ast.arg(arg=f"rest{i}") for i in range(len(guarded_heads))]
    params += [ast.arg(arg=f"hand{k}") for k in range(len(builder.handoffs))]
    factory = ast.FunctionDef(
        name="factory",
        args=ast.arguments(
            posonlyargs=[], args=params, vararg=None, kwonlyargs=[], kw_defaults=[], kwarg=None, defaults=[]
        ),
        body=[fn, ast.Return(value=_name("body"))],
        decorator_list=[],
        returns=None,
        type_params=[],
    )
    module = ast.Module(body=[factory], type_ignores=[])
    _fill(module, 0)
    module.body = _expand_steps(module.body)
    return module


def _is_super_call(node: Any) -> bool:
    """Whether ``node`` is ``super()``."""
    return (
        isinstance(node, n.Call)
        and isinstance(node.func, n.Name)
        and node.func.id == "super"
        and not node.args
        and not node.keywords
    )


#: What :func:`_first_call` answers for an expression that calls nothing and runs no code.
_PURE = object()


def _first_call(stmt: Any) -> Any:
    """The call of a global name that statement ``stmt`` makes before it runs any other
    code (only names, constants and operators on them come first: ``i < len(s)``),
    once; else None.  Nothing can rebind the name between the statement's guard and
    that call, so the call reuses the value the guard read."""
    if isinstance(stmt, (n.Assign, n.Expr, n.Return)):
        first = _first_call_in(stmt.value)
    elif isinstance(stmt, n.If):
        first = _first_call_in(stmt.test)
    elif isinstance(stmt, n.AugAssign) and isinstance(stmt.target, n.Name):
        first = _first_call_in(stmt.value)
    else:
        return None
    return None if first is _PURE else first


def _first_call_in(node: Any) -> Any:
    """The first call in ``node``'s evaluation, when only pure operands come before it;
    _PURE when it has neither calls nor other code; None otherwise."""
    if node is None or isinstance(node, (n.Name, n.Constant)):
        return _PURE
    if isinstance(node, n.Call):
        return node if isinstance(node.func, n.Name) else None
    if isinstance(node, n.BinOp):
        parts = [node.left, node.right]
    elif isinstance(node, n.Compare):
        parts = [node.left, node.comparators[0]]  # ``a < b < c`` compares before ``c``
    elif isinstance(node, n.BoolOp):
        parts = node.values[:1]  # the truth of the first (a user ``__bool__``) comes next
    elif isinstance(node, n.UnaryOp):
        parts = [node.operand]
    elif isinstance(node, n.IfExp):
        parts = [node.test]
    elif isinstance(node, (n.Tuple, n.List)):
        parts = node.elts
    else:
        return None
    for part in parts:
        found = _first_call_in(part)
        if found is not _PURE:
            return found
    # An operator on names and constants can run code (a user ``__lt__``): what
    # follows it is not first.
    return _PURE if isinstance(node, (n.Tuple, n.List)) else None


def _build(
    compiler: Any, scope: scopes.Scope, body_nodes: list, generator: bool, whole: list | None = None
) -> tuple:
    """(builder, host statements, the rests of a plain body); ``whole``: the function's
    body, when ``body_nodes`` is the part of it that a handoff runs."""
    builder = _Builder(compiler, scope, generator, _unbindable(scope, whole or body_nodes))
    rests: list = []
    if generator:
        builder.block(body_nodes)
        return builder, builder.out, rests
    for i, stmt in enumerate(body_nodes):
        builder.guards = []
        builder.first_call, builder.guarded = _first_call(stmt), {}
        start = len(builder.out)
        builder.after = body_nodes[i + 1 :]
        try:
            builder.stmt(stmt)
        except _NeedsGenerator:
            if i == 0:
                raise  # nothing would run plain: the whole body is a generator
            del builder.out[start:]
            builder.guards = builder.first_call = None
            builder.handoff(body_nodes[i:])
            break
        names = list(dict.fromkeys(builder.guards))
        builder.guards = builder.first_call = None
        if not names:
            continue
        # The statement calls builtins by global names: checked before it runs, and
        # when one is not such a builtin, the first tier's generator runs from here.
        checks: list = []
        for name in names:
            v = builder.guarded[name].id if name in builder.guarded else builder.temp()
            g = builder.value(compiler.globals)
            checks.append(
                _assign(
                    v,
                    _call(
                        ast.Attribute(value=g, attr="get", ctx=_LOAD),
                        builder.value(name),
                        builder.value(MISSING),
                    ),
                )
            )
            checks.append(
                ast.If(
                    test=_is(_name(v), builder.value(MISSING)),
                    body=[
                        _assign(
                            v,
                            _call(
                                ast.Attribute(value=builder.value(compiler.builtins), attr="get", ctx=_LOAD),
                                builder.value(name),
                                builder.value(MISSING),
                            ),
                        )
                    ],
                    orelse=[],
                )
            )
            bad = _or(
                _is(_call(_name("type"), _name(v)), _name("BUILTIN"), negate=True),
                ast.Attribute(value=_name(v), attr="suspends", ctx=_LOAD),
            )
            checks.append(ast.If(test=bad, body=[ast.Return(value=_name(f"rest{len(rests)}"))], orelse=[]))
        for check in checks:
            _mark(check, 0)
        # After the statement's ``ln`` assignment, before its work.
        builder.out[start + 1 : start + 1] = checks
        rests.append(i)
    return builder, builder.out, rests


_CACHE_ATTRIBUTE = "hostcode"
#: The host names the generated code reads: the builtins of its own namespace, which
#: holds nothing else (no name of the program's is ever a host name there).
_HOST_NAMES = {
    t.__name__: t
    for t in (
        type,
        id,
        len,
        slice,
        BaseException,
        RecursionError,
        int,
        float,
        str,
        list,
        dict,
        tuple,
        set,
        frozenset,
    )
}


def compile_body(compiler: Any, scope: scopes.Scope, body_nodes: list) -> tuple[Any, bool] | None:
    """The second-tier body of a function of ``scope``: ``(body, is_generator)``, or
    None when this tier declines it.  Must be called with ``compiler.scope`` set to
    ``scope`` and ``compiler.loop_depth`` to 0."""
    try:
        try:
            if scope.is_generator or scope.is_coroutine:
                raise _NeedsGenerator
            builder, statements, rests = _build(compiler, scope, body_nodes, generator=False)
        except _NeedsGenerator:
            builder, statements, rests = _build(compiler, scope, body_nodes, generator=True)
    except (_Decline, RecursionError):
        return None
    key = (
        builder.generator,
        tuple(builder.decisions),
        len(builder.values),
        len(rests),
        len(builder.handoffs),
    )
    factory = _factory(scope, key, builder, lambda: _factory_tree(builder, statements, rests))
    # The first tier's generator for the rest of the body from each statement that
    # checks names (see _build), compiled when a check first fails.
    rest_fns = [_Rest(compiler, scope, body_nodes[i:]) for i in rests]
    hand_fns = [_Handoff(compiler, scope, stmts, body_nodes) for stmts in builder.handoffs]
    return factory(*builder.values, *rest_fns, *hand_fns), builder.generator


class _Handoff:
    """The rest of a plain body from a statement that needs a generator (see
    _Builder.handoff), compiled the first time a call gets there: the other path of
    most bodies (an error, the end of the input) runs rarely or never, and compiling
    every rest with its body doubled the second tier's compiles (asyncio_tasks, whose
    run is mostly asyncio's compiles: 0.058 to 0.116 s)."""

    __slots__ = ("compiler", "scope", "stmts", "whole", "run")

    def __init__(self, compiler: Any, scope: scopes.Scope, stmts: list, whole: list) -> None:
        self.compiler, self.scope, self.stmts, self.whole = compiler, scope, stmts, whole
        self.run: Any = None

    def __call__(self, f: list) -> Any:
        run = self.run
        if run is None:
            compiler, scope, stmts = self.compiler, self.scope, self.stmts
            run = _compile_in(compiler, scope, stmts, lambda: _handoff(compiler, scope, stmts, self.whole))
            if run is None:  # a defect of this tier (recorded): the first tier's
                run = _compile_in(
                    compiler, scope, stmts, lambda: compiler.as_gen(*compiler.compile_block(stmts))
                )
            self.run = run
            self.compiler = self.scope = self.stmts = self.whole = None
        return run(f)


class _Rest:
    """The first tier's generator function for the rest of a plain body, from a
    statement whose check of a builtin's name failed (see _build), compiled the first
    time a check fails: most programs never rebind the builtins they call, and the rests
    of a body (one per such statement, each to the end of the body) were a first-tier
    compile of about as many nodes as the body has, per statement checked."""

    __slots__ = ("compiler", "scope", "stmts", "run")

    def __init__(self, compiler: Any, scope: scopes.Scope, stmts: list) -> None:
        self.compiler, self.scope, self.stmts = compiler, scope, stmts
        self.run: Any = None

    def __call__(self, f: list) -> Any:
        run = self.run
        if run is None:
            # The first tier compiled these statements before (the body ran there
            # first), so this compile raises nothing of the program's: unlike the
            # second tier's, it has no other tier to fall back on.
            compiler, scope, stmts = self.compiler, self.scope, self.stmts
            meter_module.current.countdown -= units(lazy.COMPILE_SECONDS_PER_NODE * _size(stmts, scope))
            run = _in_scope(compiler, scope, lambda: compiler.as_gen(*compiler.compile_block(stmts)))
            self.run = run
            self.compiler = self.scope = self.stmts = None
        return run(f)


def _handoff(compiler: Any, scope: scopes.Scope, stmts: list, whole: list) -> Any:
    """The host generator running ``stmts``, the rest of a plain body from a statement
    that needs one (see _Builder.handoff); the first tier's if this tier declines it."""
    try:
        builder, statements, _ = _build(compiler, scope, stmts, generator=True, whole=whole)
    except (_Decline, RecursionError):
        return compiler.as_gen(*compiler.compile_block(stmts))
    # The statements are the tree's own nodes (a branch's and those after it): their
    # identities name the part within the scope's cache.
    key = ("handoff", tuple(id(stmt) for stmt in stmts), tuple(builder.decisions), len(builder.values))
    factory = _factory(scope, key, builder, lambda: _factory_tree(builder, statements, []))
    return factory(*builder.values)


def _factory(scope: scopes.Scope, key: tuple, builder: _Builder, tree: Any) -> Any:
    """The factory for ``key`` cached on ``scope``, compiled from ``tree()`` if new."""
    cache = getattr(scope, _CACHE_ATTRIBUTE, None)
    if cache is None:
        cache = {}
        setattr(scope, _CACHE_ATTRIBUTE, cache)
    factory = cache.get(key)
    if factory is None:
        namespace = {
            "note_line": note_line,
            "BUILTIN": Builtin,
            "FUNCTION": Function,
            "BOUND_METHOD": BoundMethod,
            # What the text of RUN_STEPS reads.
            "meter": meter_module,
            "add_frame": add_frame,
            "RETURN": RETURN,
            "__builtins__": _HOST_NAMES,
        }
        exec(compile(tree(), f"<host code {scope.qualname}>", "exec"), namespace)
        factory = cache[key] = namespace["factory"]
        body_code = next(c for c in factory.__code__.co_consts if type(c) is type(factory.__code__))
        HOST_POSITIONS[body_code] = tuple(builder.positions)
        if builder.inline_calls:
            RUNNING_CODES.add(body_code)
    return factory


def compile_loop(
    compiler: Any, scope: scopes.Scope, node: Any, resumed: bool, rest: list | None = None
) -> Any:
    """A ``while`` or ``for`` statement of ``scope`` as a host generator function
    ``loop(f)`` (``loop(f, it0)`` for a ``for`` resumed with its iterator) with a
    statement closure's result, or None when this tier declines it.  With ``rest``
    (the statements after the loop in a generator's body), the function runs them
    after the loop, and a resumed ``for`` is ``loop(f, it0=None)``, which makes its own
    iterator when it is not given one: the rest of the generator's body from the loop
    on (:class:`LoopTier`).  Must be called as :func:`compile_body`."""
    whole = scope.node.body if scope.kind == "function" else [node]
    builder = _Builder(compiler, scope, True, _unbindable(scope, whole))
    try:
        builder.emit(_assign("ln", ast.Constant(node.lineno)), 0)
        if resumed:
            if not builder.stmt_For(node, resumed=True, own=rest is not None):
                return None
        else:
            builder.stmt(node)
        for statement in rest or ():
            builder.stmt(statement)
    except (_Decline, RecursionError):
        return None
    statements = builder.out
    own = rest is not None and resumed
    key = ("loop", id(node), resumed, rest is not None, tuple(builder.decisions), len(builder.values))
    factory = _factory(
        scope, key, builder, lambda: _factory_tree(builder, statements, [], iterator=resumed, optional=own)
    )
    return factory(*builder.values)


class LoopTier:
    """A loop of the first tier on its way to the second.  The loop's closure (made
    by :func:`tiered_loop`) counts the steps each of its runs takes, and asks
    :meth:`hot` at each time slice it sees inside the loop; once a run has done
    :data:`SPINS` passes, or a second time slice comes after :data:`HOT_PASSES` passes
    of a run, the loop is compiled to host code.  A run that is under way hands the
    rest of the loop over at its next back-edge (a ``while`` from its test, a ``for``
    with its iterator), in the same frame; later runs start there.  So a loop that
    runs long gets there in its first run (a module's loops, a generator's), where a
    body's warm-up counts whole calls.  Runs that each end before that add up their
    steps: once they reach :data:`THRESHOLD`, the next run starts compiled.  It is
    compiled when that run starts, not when the last one ends: a module's loop run
    once, whose steps were mostly its callees', was compiled after its only run and
    never ran there (``closures``' main loop, 7,033 nodes and a megabyte of the
    program's peak memory)."""

    __slots__ = ("compiler", "scope", "node", "ticks", "work", "compiled", "rest", "first", "code")

    def __init__(self, compiler: Any, scope: scopes.Scope, node: Any) -> None:
        self.compiler = compiler
        self.scope = scope
        self.node = node
        self.ticks = 0
        self.work = 0
        #: ``loop(f)`` for a ``while``, ``loop(f, iterator)`` for a ``for``.
        self.compiled: Any = None
        #: For a loop that is a statement of a generator or coroutine function's body
        #: (not inside another): the statements after it, compiled with it, so that a
        #: run that goes to the second tier gives its generator the compiled rest as
        #: its body (:class:`~interp.runtime.generators.Rebody`); else None.
        self.rest: list | None = None
        #: Whether it is that body's first statement; then :func:`own_body` sets
        #: ``code``, the Code whose body the compiled loop becomes.
        self.first = False
        self.code: Any = None

    def hot(self, spins: int) -> Any:
        """At a time slice inside a run with ``spins`` passes to go before
        :meth:`spun`: the compiled loop to go on in, or None."""
        self.ticks += 1
        if self.ticks >= 2 and SPINS - spins >= HOT_PASSES and self.compiler is not None:
            self.compile()
        return self.compiled

    def spun(self) -> Any:
        """After :data:`SPINS` passes in one run: the compiled loop to go on in.  The
        passes count apart from the meter's countdown, which whatever drains it first
        sees run out (a loop resumed once an item, under a ``sum`` that charges steps
        for its big ints, never did)."""
        if self.compiler is not None:
            self.compile()
        return self.compiled

    def ran(self, work: int) -> None:
        """A run of the loop ended after ``work`` steps (the next run compiles the loop
        once they add up to :data:`THRESHOLD`)."""
        self.work += work

    def compile(self) -> None:
        """Compile the loop.  The loop that opens a generator's body, compiled with the
        rest of it, becomes that body (the Code's): the generators made after this run
        it with nothing between it and each resumption."""
        compiler, scope, node, code, rest = self.compiler, self.scope, self.node, self.code, self.rest
        self.compiler = self.scope = self.node = self.code = None
        resumed = type(node) is n.For
        self.compiled = compiled = _compile_in(
            compiler, scope, [node, *(rest or ())], lambda: compile_loop(compiler, scope, node, resumed, rest)
        )
        if compiled is None:
            self.rest = None
        elif code is not None:
            code.body = compiled


class Handover:
    """What a first-tier loop returns to go on in the second tier (``run``, given the
    loop's iterator ``it`` for a ``for``): :func:`tiered_loop`'s closure runs it, so the
    first tier's loop generator leaves the chain of host generators that each later
    pass of a long-lived generator's loop resumes (one level of four in ``for x in
    it: yield x`` whose loop was handed over in the middle of a run)."""

    __slots__ = ("run", "it")

    def __init__(self, run: Any, it: Any = None) -> None:
        self.run = run
        self.it = it


def tiered_loop(state: LoopTier | None, loop: Any, line: int, iterable: Any = None, ig: bool = False) -> Any:
    """The closure of a loop statement at ``line``: ``loop`` (the first tier's
    generator closure), or its host code once ``state`` has it; None ``state``:
    ``loop`` itself.  A ``for`` loop's ``iterable`` closure (a generator if ``ig``)
    gives the compiled loop its iterator.  The closure notes ``line`` on an exception
    leaving it, as a block does for its statements: a block of this one statement
    (the body of ``def g(): for x in it: yield x``) is the closure itself, one
    generator less in the chain (``noted_line``, read by ``compile_block``)."""
    if state is None:
        return loop
    meter = meter_module

    def tiered(f: list) -> Any:
        try:
            compiled = state.compiled
            if compiled is None and state.work >= THRESHOLD and state.compiler is not None:
                state.compile()
                compiled = state.compiled
            if compiled is not None:
                if state.rest is not None:
                    # The compiled loop runs the rest of the body too: the generator
                    # resumes it itself from here on (this closure's caller is the
                    # generator's body, and nothing of it runs after the loop).
                    return (yield Rebody(compiled(f)))
                if iterable is None:
                    return (yield from compiled(f))
                obj = (yield from iterable(f)) if ig else iterable(f)
                return (yield from compiled(f, get_iter(obj)))
            m = meter.current
            start = m.steps - m.countdown
            try:
                r = yield from loop(f)
            finally:
                state.ran(m.steps - m.countdown - start)
            if type(r) is Handover:
                run, it = r.run, r.it
                r = None
                rest = run(f) if it is None else run(f, it)
                if state.rest is not None:
                    # As above: the generator resumes the rest itself from now on.
                    return (yield Rebody(rest))
                return (yield from rest)
            return r
        except BaseException as error:
            note_line(error, line)
            raise

    tiered.noted_line = line  # type: ignore[attr-defined]
    tiered.tier = state  # type: ignore[attr-defined]
    return tiered


def own_body(code: Any) -> None:
    """Let the loop that opens the body of generator or coroutine ``code`` (its block's
    ``tier``, see :func:`tiered_loop`) put its host code in the Code when it compiles."""
    tier = getattr(code.body, "tier", None)
    if tier is not None and tier.first and tier.compiler is not None:
        tier.code = code


#: Statements that open a scope of their own: a loop holding one stays in the first
#: tier (see eligible).
_SCOPES = (n.FunctionDef, n.AsyncFunctionDef, n.ClassDef)


def loop_tier(compiler: Any, node: Any) -> LoopTier | None:
    """For a ``while``/``for`` statement the compiler is compiling: the state that
    takes it to the second tier when it runs long, or None if it may not go."""
    scope = compiler.scope
    if (
        not ENABLED
        or scope.kind not in ("function", "module")
        or scope.can_see_class_scope
        or node.orelse
        or type(node) not in (n.While, n.For)
        or _holds_scope(scope, node)
    ):
        return None
    tier = LoopTier(compiler, scope, node)
    body = scope.node.body if scope.kind == "function" else None
    if scope.is_generator != scope.is_coroutine and type(body) is list:
        # A statement of a generator's (or coroutine's) body, not of an async
        # generator's: AsyncGenerator resumes its body by a path of its own.
        for index, statement in enumerate(body):
            if statement is node:
                rest = body[index + 1 :]
                if not any(_holds_scope(scope, later) for later in rest):
                    tier.rest = rest
                    tier.first = index == 0
                break
    return tier


def _holds_scope(scope: scopes.Scope, node: Any) -> bool:
    return scope.fact(
        ("holds scope", id(node)), lambda: any(isinstance(inner, _SCOPES) for inner in _walk(node))
    )


def eligible(scope: scopes.Scope) -> bool:
    """Whether bodies of ``scope`` may go to the second tier: plain functions with no
    ``def`` or ``class`` inside (compiled a second time, they would make a second Code,
    whose functions a program can tell apart; a lambda or a comprehension inside runs
    its first-tier closure, with a Code of its own).  A generator's or coroutine's body
    stays in the first tier, and its loops go to the second (:class:`LoopTier`): a
    warm-up around its body would be one more host generator in the chain that the
    host's collector finalises, in an order of its own, when the generator is dropped
    (see Generator.__del__)."""
    return (
        scope.kind == "function"
        and not scope.is_generator
        and not scope.is_coroutine
        and not scope.can_see_class_scope
        and all(child.kind in ("lambda", "comprehension") for child in scope.children)
    )


def warm_up(compiler: Any, scope: scopes.Scope, body_nodes: list, body: Any, body_g: bool) -> tuple[Any, Any]:
    """A body that runs ``body`` (the first tier's) and counts the work done in it, and
    the state whose ``code`` the caller sets: once the work reaches :data:`THRESHOLD`
    the second tier compiles the body and puts it in the Code, for the calls after.
    The work is one step per call and the steps the call took (its loops' passes and
    the calls it made): the meter's own count, read before and after."""
    state = _Warm(compiler, scope, body_nodes)
    meter = meter_module

    if body_g:

        def warm_gen(f: list) -> Any:
            m = meter.current
            state.work += 1
            if state.work >= state.threshold and state.compiler is not None:
                state.promote()
            start = m.steps - m.countdown
            r = yield from body(f)
            state.work += m.steps - m.countdown - start
            return r

        return warm_gen, state

    def warm(f: list) -> Any:
        m = meter.current
        state.work += 1
        if state.work >= state.threshold and state.compiler is not None:
            state.promote()
        start = m.steps - m.countdown
        r = body(f)
        state.work += m.steps - m.countdown - start
        if r is not None and r is not RETURN:
            # A resumable body's rest (specialize.resumable_block), which the caller
            # runs: its work counts too.
            return _measured(state, r)
        return r

    return warm, state


def _measured(state: Any, rest: Any) -> Any:
    meter = meter_module

    def measured(f: list) -> Any:
        m = meter.current
        start = m.steps - m.countdown
        try:
            return (yield from rest(f))
        finally:
            state.work += m.steps - m.countdown - start

    return measured


class _Warm:
    __slots__ = ("compiler", "scope", "body_nodes", "code", "work", "threshold")

    def __init__(self, compiler: Any, scope: scopes.Scope, body_nodes: list) -> None:
        self.compiler = compiler
        self.scope = scope
        self.body_nodes = body_nodes
        self.code: Any = None
        self.work = 0
        self.threshold = THRESHOLD

    def promote(self) -> None:
        if meter_module.current.importing and THRESHOLD > 1:
            # Work done while the sandbox imports a standard-library module does not
            # make a body hot (see Meter.importing): it starts again from nothing.
            self.work = 0
            return
        if self.threshold == THRESHOLD and THRESHOLD > 1 and self.body_nodes is not None:
            # Sized once, when the work first reaches the threshold (most bodies never do).
            self.threshold = THRESHOLD * max(1, _size(self.body_nodes, self.scope) // NODES_PER_THRESHOLD)
            if self.work < self.threshold:
                return
        compiler, scope, body_nodes, code = self.compiler, self.scope, self.body_nodes, self.code
        # Whatever happens, the compiler and the tree are no longer held.
        self.compiler = self.scope = self.body_nodes = None
        if compiler is None or code is None:
            return
        compiled = _compile_in(compiler, scope, body_nodes, lambda: compile_body(compiler, scope, body_nodes))
        if compiled is not None:
            code.body, code.body_is_generator = compiled


def _compile_in(compiler: Any, scope: scopes.Scope, nodes: list, build: Any) -> Any:
    """``build()`` (a compile of this tier) run as the first tier's compiler expects,
    its cost charged to the running sandbox's meter; None when the tier declines, or
    on a defect of the tier (recorded in FAILURES, raised when STRICT): the first tier
    stays."""
    m = meter_module.current
    m.countdown -= units(SECONDS_PER_NODE * min(MAX_NODES, _size(nodes, scope)))
    try:
        compiled = _in_scope(compiler, scope, build)
    except LimitExceeded:
        raise
    except Exception as error:
        FAILURES.append((scope.qualname, repr(error)))
        if STRICT:
            raise
        return None
    if compiled is not None:
        COMPILED[0] += 1
    return compiled


def _in_scope(compiler: Any, scope: scopes.Scope, build: Any) -> Any:
    """``build()`` with the compiler in ``scope`` at loop depth 0, as a body's compile
    starts (its state restored after, whatever happens)."""
    saved = compiler.scope, compiler.loop_depth
    compiler.scope, compiler.loop_depth = scope, 0
    try:
        return build()
    finally:
        compiler.scope, compiler.loop_depth = saved


def _size(body: list, scope: scopes.Scope) -> int:
    """The number of nodes of ``body``, a list of ``scope``'s statements."""
    return scope.fact(("size", *_body_key(body)), lambda: sum(1 for stmt in body for _ in _walk(stmt)))


def _body_key(body: list) -> tuple:
    """``body``, a run of statements of one block, in a key of Scope.fact: its first
    statement and its length (a block's statements are its own)."""
    return (id(body[0]) if body else None, len(body))
