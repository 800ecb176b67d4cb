"""Compilation of scopes: ``def``, ``lambda``, ``class`` and comprehensions.

Each makes a :class:`~interp.runtime.functions.Code` (or, for a class, a body
closure) with its own frame layout from :mod:`.scopes`.  A nested scope reaches the
variables of enclosing functions through cells copied into its frame at call time.
"""

from __future__ import annotations

import contextlib
import gc
import sys
from collections.abc import Iterator
from itertools import repeat
from typing import Any

from ..runtime import meter as meter_module
from ..runtime.attributes import MISSING
from ..runtime.bigint import refuse_past_budget, units
from ..runtime.calls import call, invoke
from ..runtime.classes import build_class
from ..runtime.control import BREAK, CONTINUE, RETURN, UNBOUND
from ..runtime.functions import Cell, Code, Function
from ..runtime.generators import END, Generator, Paused, async_iter, async_next, make_generator
from ..runtime.iteration import HOST_ITERATORS, get_iter, next_or_end, resume, stepper
from ..runtime.tracebacks import add_frame, note_line
from ..runtime.tracebacks import own_frame as frame_boundary
from ..runtime.type_params import (
    ParamSpec,
    TypeAliasType,
    TypeVar,
    TypeVarTuple,
    generic_base,
    prepare_generic_namespace,
    resolve_bases,
    set_function_type_params,
)
from ..syntax import nodes as n
from . import hostcode, scopes
from . import lazy as lazy_module
from .mangle import binding_name
from .statements import FrameInfo


def _charge(seconds: float) -> Any:
    """Charge a compile that takes about ``seconds`` to the running sandbox (generator:
    the meter may tick), refused up front when the time left cannot cover it."""
    m = meter_module.current
    if m.timeout is not None and m.elapsed() + seconds > m.timeout:
        raise m.hit("timeout", f"time limit exceeded ({m.timeout:g} s)")
    m.countdown -= units(seconds)
    if m.countdown <= 0:
        yield from m.tick()


def _compile_in(compiler: Any, parent: Any, build: Any) -> Any:
    """``build()``, a compile of a body that waited, run with ``parent`` (the scope the
    body's statement is in) as the compiler's scope."""
    saved = compiler.scope, compiler.loop_depth
    compiler.scope = parent
    # As at import (stdlib._source): compiling makes no garbage cycles, and the
    # collector's passes over every object of the process would cost more than it.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return build()
    finally:
        compiler.scope, compiler.loop_depth = saved
        if collecting:
            gc.enable()


class _LazyBody:
    """What the stand-in for a ``def``'s body needs to compile the real body on its first
    call (:meth:`DefinitionCompiler._lazy_body`)."""

    __slots__ = ("compiler", "parent", "node", "body_nodes", "seconds", "code", "compiled")

    def __init__(self, compiler: Any, parent: Any, node: Any, body_nodes: list, seconds: float) -> None:
        self.compiler = compiler
        self.parent = parent
        self.node = node
        self.body_nodes = body_nodes
        self.seconds = seconds
        #: The Code whose body this stands in for (set once the Code is made).
        self.code: Code | None = None
        #: (body, body_is_generator) once compiled.
        self.compiled: tuple | None = None

    def compile_charged(self) -> None:
        """Compile the body now, charged to the running sandbox as its first call
        charges it, from a plain call: refused up front when it would overrun the time
        or step budget (the first call's tick would end the run there).  A generator
        function's first call does this before the generator is made, so that its body
        is the real one and not the stand-in: a stand-in stays in the chain of host
        generators that every item of a long-lived generator resumes (CPython 3.11:
        generators 0.256-0.311 s to 0.244-0.273 s)."""
        if self.compiled is not None:
            return
        refuse_past_budget(self.seconds)
        meter_module.current.countdown -= units(self.seconds)
        self.compile_now()

    def compile_now(self) -> tuple:
        compiler, node, body_nodes = self.compiler, self.node, self.body_nodes
        body, body_g, warm = _compile_in(
            compiler, self.parent, lambda: compiler._function_body(node, body_nodes, None)
        )
        code = self.code
        code.body = body
        code.body_is_generator = body_g or code.kind != "function"
        code.lazy = None
        if warm is not None:
            warm.code = code
        hostcode.own_body(code)
        self.compiled = compiled = (body, body_g)
        # The compiler, the tree and the Code are no longer needed: a Function that
        # outlives its module keeps only what it runs.
        self.compiler = self.parent = self.node = self.body_nodes = self.code = None
        return compiled


class _LazyClassBody:
    """A class body compiled when its class statement runs (:mod:`.lazy` says which may
    wait).  Most of a module's compiled closures are its class bodies (``_collections_abc``,
    ``collections``), and an import compiled them all before running any, with those of
    the modules importing it still held: compiled as each class is made, only one is
    alive at a time.  A statement that runs once (the module's own, outside loops) does
    not keep it; any other keeps it for its next run."""

    __slots__ = ("compiler", "parent", "node", "seconds", "once", "body")

    def __init__(self, compiler: Any, parent: Any, node: Any, seconds: float, once: bool) -> None:
        self.compiler = compiler
        self.parent = parent
        self.node = node
        self.seconds = seconds
        self.once = once
        self.body: Any = None

    def compile(self) -> Any:
        """The compiled body (generator: the compile is charged to the running sandbox
        and ticks the meter, as a lazy def body's first call does)."""
        body = self.body
        if body is not None:
            return body
        yield from _charge(self.seconds)
        compiler, node = self.compiler, self.node
        body = _compile_in(compiler, self.parent, lambda: compiler._class_body(node))
        if not self.once:
            self.body = body
            # As _LazyBody.compile_now: what the body's next runs need is the body.
            self.compiler = self.parent = self.node = None
        return body


class DefinitionCompiler:
    """Mixin of :class:`~interp.compiler.compile.Compiler`: nested scopes."""

    def enter(self, node: Any) -> scopes.Scope:
        previous = self.scope
        self.scope = self.scopes_by_node[id(node)]
        return previous

    def closure_loader(self, scope: scopes.Scope) -> Any:
        """Closure building the tuple of cells a new function of ``scope`` captures."""
        parent = self.scope
        slots, free_slots = scope.fact(
            ("closure", id(parent), parent.kind), lambda: self._closure_slots(scope, parent)
        )
        if not slots:
            return None, ()
        return (lambda f: tuple(f[i] for i in slots)), free_slots

    @staticmethod
    def _closure_slots(scope: scopes.Scope, parent: scopes.Scope) -> tuple[list, tuple]:
        """(slots of ``parent``'s frame holding the cells, their slots in ``scope``'s)."""
        free = [name for name, kind in scope.symbols.items() if kind == scopes.FREE]
        slots = []
        for name in free:
            if parent.kind == "class" and ("\0free:" + name) in parent.slots:
                slots.append(parent.slots["\0free:" + name])
            else:
                slots.append(parent.slots[name])
        return slots, tuple(scope.slots[name] for name in free)

    def make_code(
        self,
        node: Any,
        scope: scopes.Scope,
        body: Any,
        body_g: bool,
        args: n.arguments | None,
        no_params: bool = False,
    ) -> Code:
        """The Code of ``scope``: ``args`` gives its parameters, else it is a
        comprehension (one parameter, ``.0``) or, with ``no_params``, an annotation scope."""
        # What the Code takes from the tree and its analysis is the same in every
        # sandbox that runs the tree (CPython's modules are parsed once per process):
        # worked out once and kept on the scope, as a def runs in each one.
        key = (args is not None, no_params)
        fields = scope.code_fields
        if fields is None or fields[0] != key:
            fields = scope.code_fields = (key, self._code_fields(node, scope, args, no_params))
        return Code(
            filename=self.filename,
            body=body,
            body_is_generator=body_g or fields[1]["kind"] != "function",
            free_slots=(),
            **fields[1],
        )

    @staticmethod
    def _code_fields(node: Any, scope: scopes.Scope, args: n.arguments | None, no_params: bool) -> dict:
        if args is not None:
            argnames = tuple(a.arg for a in args.posonlyargs + args.args)
            kwonly = tuple(a.arg for a in args.kwonlyargs)
            has_varargs = args.vararg is not None
            has_varkw = args.kwarg is not None
            posonly = len(args.posonlyargs)
        elif no_params:
            argnames, kwonly, has_varargs, has_varkw, posonly = (), (), False, False, 0
        else:
            argnames, kwonly, has_varargs, has_varkw, posonly = (".0",), (), False, False, 0
        cell_params = tuple(
            scope.slots[name] for name in scope.params if scope.symbols.get(name) == scopes.CELL
        )
        param_set = set(scope.params)
        new_cells = tuple(
            scope.slots[name]
            for name, kind in scope.symbols.items()
            if kind == scopes.CELL and name not in param_set
        )
        if scope.is_coroutine and scope.is_generator:
            kind = "async_generator"
        elif scope.is_coroutine:
            kind = "coroutine"
        elif scope.is_generator:
            kind = "generator"
        else:
            kind = "function"
        docstring = None
        if isinstance(node, (n.FunctionDef, n.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if (
                isinstance(first, n.Expr)
                and isinstance(first.value, n.Constant)
                and isinstance(first.value.value, str)
            ):
                docstring = first.value.value
        names = [""] * scope.nslots
        for name, slot in scope.slots.items():
            names[slot] = name
        return {
            "name": scope.name,
            "qualname": scope.qualname,
            "firstlineno": node.lineno,
            "argnames": argnames,
            "posonlycount": posonly,
            "kwonlynames": kwonly,
            "has_varargs": has_varargs,
            "has_varkw": has_varkw,
            "nslots": scope.nslots,
            "cell_params": cell_params,
            "new_cells": new_cells,
            "kind": kind,
            "slot_names": tuple(names),
            "docstring": docstring,
        }

    def _function(self, node: Any, body_nodes: list | None, expr_body: Any = None) -> tuple[Any, bool]:
        """A closure that creates the Function for a def or lambda (defaults evaluated then).

        A generic def (PEP 695) evaluates its defaults here, then its type parameters,
        annotations and the function itself in its annotation scope.
        """
        args = node.args
        defaults = [self.compile_expr(d) for d in args.defaults]
        kw_defaults = [
            (a.arg, self.compile_expr(d)) for a, d in zip(args.kwonlyargs, args.kw_defaults) if d is not None
        ]
        generic = bool(getattr(node, "type_params", None))
        if generic:
            with self.in_annotation_scope(node) as new_frame:
                make_params = self.type_param_maker(node)
                build, annotations = self._function_object(node, body_nodes, expr_body)
        else:
            build, annotations = self._function_object(node, body_nodes, expr_body)
            if not (
                any(dg for _, dg in defaults)
                or any(dg for _, (_, dg) in kw_defaults)
                or any(ag for _, (_, ag) in annotations)
            ):
                # Nothing to evaluate can pause: a plain closure, called in place by the
                # ``def`` statement or the lambda, not a generator (a module's and a
                # class body's defs run once per sandbox that imports them).
                return self._plain_function(build, defaults, kw_defaults, annotations), False

        def make_function(f: list) -> Any:
            defs = []
            for fn, dg in defaults:
                defs.append((yield from fn(f)) if dg else fn(f))
            kwdefs = None
            if kw_defaults:
                kwdefs = {}
                for name, (fn, dg) in kw_defaults:
                    kwdefs[name] = (yield from fn(f)) if dg else fn(f)
            if generic:
                f = new_frame(f)
                params = make_params(f)
            anns = None
            if annotations:
                anns = {}
                for name, (fn, ag) in annotations:
                    anns[name] = (yield from fn(f)) if ag else fn(f)
            func = build(f, tuple(defs), kwdefs, anns)
            if generic:
                set_function_type_params(func, params)
            return func

        return make_function, True

    @staticmethod
    def _plain_function(build: Any, defaults: list, kw_defaults: list, annotations: list) -> Any:
        """``_function``'s closure when no default, keyword default or annotation can
        pause (evaluated in the same order)."""
        if not (defaults or kw_defaults or annotations):

            def make_bare_function(f: list) -> Any:
                return build(f, (), None, None)

            return make_bare_function

        def make_plain_function(f: list) -> Any:
            defs = tuple([fn(f) for fn, _ in defaults])
            kwdefs = {name: fn(f) for name, (fn, _) in kw_defaults} if kw_defaults else None
            anns = {name: fn(f) for name, (fn, _) in annotations} if annotations else None
            return build(f, defs, kwdefs, anns)

        return make_plain_function

    def _function_object(self, node: Any, body_nodes: list | None, expr_body: Any) -> tuple[Any, list]:
        """Compile a def or lambda's annotations and body in the current scope.

        Returns ``build(f, defaults, kwdefaults, annotations)``, which makes the
        Function closing over frame ``f``, and the compiled annotations.
        """
        args = node.args
        annotations = []
        if not isinstance(node, n.Lambda):
            for a in args.posonlyargs + args.args + [args.vararg] + args.kwonlyargs + [args.kwarg]:
                if a is not None and a.annotation is not None:
                    if isinstance(a.annotation, n.Starred) and not self.future_annotations:
                        # ``*args: *Ts`` is the one item of ``[*Ts]``.
                        annotations.append((a.arg, self.unpack_one(a.annotation.value)))
                    else:
                        annotations.append((a.arg, self.compile_annotation(a.annotation)))
            if node.returns is not None:
                annotations.append(("return", self.compile_annotation(node.returns)))
        scope = self.scopes_by_node[id(node)]
        size = self.lazy_plan.get(id(node)) if body_nodes is not None else None
        lazy = None
        warm = None
        if size is None:
            body, body_g, warm = self._function_body(node, body_nodes, expr_body)
        else:
            body, body_g, lazy = self._lazy_body(node, body_nodes, size)
        code = self.make_code(node, scope, body, body_g, args)
        if lazy is not None:
            lazy.code = code
            code.lazy = lazy
        if warm is not None:
            warm.code = code
        elif lazy is None:
            hostcode.own_body(code)
        load_closure, free_slots = self.closure_loader(scope)
        code.free_slots = free_slots
        code.direct = code.direct and not free_slots
        g = self.globals

        def build(f: list, defaults: tuple, kwdefaults: dict | None, annotations: dict | None) -> Function:
            closure = load_closure(f) if load_closure is not None else ()
            return Function(code, g, defaults, kwdefaults, closure, annotations)

        return build, annotations

    def _function_body(self, node: Any, body_nodes: list | None, expr_body: Any) -> tuple[Any, bool, Any]:
        """Compile the body of def or lambda ``node`` (in its own scope): the Code's body,
        and, for a body that may go to the second tier (:mod:`.hostcode`), the state
        whose ``code`` the caller sets to the Code."""
        previous = self.enter(node)
        scope = self.scope
        saved_loops = self.loop_depth
        self.loop_depth = 0
        warm = None
        try:
            if body_nodes is not None:
                body, body_g = self.compile_block(
                    body_nodes, resumable=not (scope.is_generator or scope.is_coroutine)
                )
                if hostcode.ENABLED and hostcode.eligible(scope):
                    body, warm = hostcode.warm_up(self, scope, body_nodes, body, body_g)
            else:
                value, vg = self.compile_expr(expr_body)
                line = expr_body.lineno  # the lambda's frame shows its body's line
                if scope.is_generator:
                    body, body_g = self._lambda_generator(value, vg)
                elif vg:

                    def lambda_gen(f: list) -> Any:
                        try:
                            f[0] = yield from value(f)
                        except BaseException as error:
                            note_line(error, line)
                            raise

                    body, body_g = lambda_gen, True
                else:

                    def lambda_body(f: list) -> Any:
                        try:
                            f[0] = value(f)
                        except BaseException as error:
                            note_line(error, line)
                            raise

                    body, body_g = lambda_body, False
            if scope.is_generator or scope.is_coroutine:
                body = self.as_gen(body, body_g)
                body_g = True
        finally:
            self.scope = previous
            self.loop_depth = saved_loops
        return body, body_g, warm

    def _lazy_body(self, node: Any, body_nodes: list, size: int) -> tuple[Any, bool, _LazyBody]:
        """A stand-in for the body of ``def`` ``node`` that compiles the real body on the
        first call, then puts it in the Code for every later call (:mod:`.lazy` says
        which bodies may wait: compiling them raises nothing); and its state, whose
        ``code`` the caller sets to the Code once it is made.

        The work is the calling sandbox's: its ``size`` nodes are charged to the meter
        before they are compiled (refused up front if the time left cannot cover it), as
        ``exec`` charges its source.  A Code is shared by every Function made from its
        ``def``, so a def run in a loop compiles its body once.
        """
        # One object holds the stub's state, and the stub closes over it alone: a
        # closure over each of these would make a dozen cells per ``def`` (a sixth of
        # the objects a second sandbox's ``import typing`` leaves to the host's cyclic
        # collector).
        lazy = _LazyBody(self, self.scope, node, body_nodes, size * lazy_module.COMPILE_SECONDS_PER_NODE)

        def first_call(f: list) -> Any:
            compiled = lazy.compiled
            if compiled is None:
                yield from _charge(lazy.seconds)
                compiled = lazy.compiled
                if compiled is None:
                    compiled = lazy.compile_now()
            body, body_g = compiled
            if body_g:
                return (yield from body(f))
            r = body(f)
            if r is not None and r is not RETURN:
                # A resumable body's rest (see specialize.resumable_block).
                return (yield from r(f))
            return r

        return first_call, True, lazy

    def unpack_one(self, node: Any) -> tuple[Any, bool]:
        """``[x] = [*node]``: the single item of iterable ``node`` (CPython's UNPACK_SEQUENCE 1)."""
        value, vg = self.compile_expr(node)

        def unpack_one(f: list) -> Any:
            it = get_iter((yield from value(f)) if vg else value(f))
            item = yield from next_or_end(it)
            if item is END:
                raise ValueError("not enough values to unpack (expected 1, got 0)")
            if (yield from next_or_end(it)) is not END:
                raise ValueError("too many values to unpack (expected 1)")
            return item

        return unpack_one, True

    # -- annotation scopes (PEP 695) -----------------------------------------------------
    def annotation_frame(self, scope: scopes.Scope) -> Any:
        """Closure making the frame of annotation scope ``scope`` from its parent's frame.

        CPython runs the annotation scope of a generic def, class or alias as a hidden
        function called once, on the spot.  Calling nothing is equivalent and cheaper:
        the frame is made here and the statement's closures run in it; only what
        outlives the statement (the def's Function, the class's methods, lazily
        evaluated bounds and values) keeps cells of it.  Must be called with the
        parent scope current.
        """
        load_closure, free_slots = self.closure_loader(scope)
        new_cells = tuple(scope.slots[name] for name, kind in scope.symbols.items() if kind == scopes.CELL)
        nslots = scope.nslots

        def new_frame(f: list) -> list:
            frame = [None] + [UNBOUND] * (nslots - 1)
            if load_closure is not None:
                for slot, cell in zip(free_slots, load_closure(f)):
                    frame[slot] = cell
            for slot in new_cells:
                frame[slot] = Cell()
            return frame

        return new_frame

    def type_param_maker(self, node: Any) -> Any:
        """Closure creating ``node``'s type parameters in its annotation scope's frame
        (the current scope) and returning them as a tuple."""
        makers = []
        for param in node.type_params:
            bound = getattr(param, "bound", None)
            makers.append(
                (
                    type(param).__name__,
                    param.name,
                    self.store_name(param.name),
                    self.lazy_function(param, "bound", bound) if bound is not None else None,
                    isinstance(bound, n.Tuple),
                    (
                        self.lazy_function(param, "default", param.default_value)
                        if param.default_value is not None
                        else None
                    ),
                )
            )

        def make_params(f: list) -> tuple:
            params = []
            for kind, name, store, make_bound, constraints, make_default in makers:
                default = make_default(f) if make_default is not None else None
                if kind == "TypeVar":
                    lazy = make_bound(f) if make_bound is not None else None
                    if constraints:
                        param = TypeVar(name, constraints_fn=lazy, infer_variance=True, default_fn=default)
                    else:
                        param = TypeVar(name, bound_fn=lazy, infer_variance=True, default_fn=default)
                elif kind == "ParamSpec":
                    param = ParamSpec(name, infer_variance=True, default_fn=default)
                else:
                    param = TypeVarTuple(name, default_fn=default)
                store(f, param)
                params.append(param)
            return tuple(params)

        return make_params

    def lazy_function(self, node: Any, what: str, expr: Any) -> Any:
        """Closure making the Function that evaluates ``expr`` when first needed (a
        TypeVar's bound or default, a type alias's value), in its own annotation scope."""
        scope = self.scopes_by_node[scopes.lazy_key(node, what)]
        previous = self.scope
        saved_loops = self.loop_depth
        self.scope = scope
        self.loop_depth = 0
        try:
            if isinstance(expr, n.Starred):  # ``*Ts = *tuple[int, ...]``
                value, vg = self.unpack_one(expr.value)
            else:
                value, vg = self.compile_expr(expr)
        finally:
            self.scope = previous
            self.loop_depth = saved_loops
        line = expr.lineno
        if vg:

            def body(f: list) -> Any:
                try:
                    f[0] = yield from value(f)
                except BaseException as error:
                    note_line(error, line)
                    raise

        else:

            def body(f: list) -> Any:
                try:
                    f[0] = value(f)
                except BaseException as error:
                    note_line(error, line)
                    raise

        code = self.make_code(node, scope, body, vg, None, no_params=True)
        load_closure, free_slots = self.closure_loader(scope)
        code.free_slots = free_slots
        code.direct = code.direct and not free_slots
        g = self.globals

        def make(f: list) -> Function:
            return Function(code, g, (), None, load_closure(f) if load_closure is not None else ())

        return make

    def through_classdict(self, name: str, load: Any) -> Any:
        """Load ``name`` in an annotation scope of a class body: the class namespace
        first, then ``load`` (CPython's LOAD_FROM_DICT_OR_GLOBALS / _OR_DEREF)."""
        slot = self.scope.slots[scopes.CLASSDICT]

        def load_class_visible(f: list) -> Any:
            namespace = f[slot].value
            if type(namespace) is dict:
                value = namespace.get(name, MISSING)
            else:
                try:
                    value = namespace[name]
                except KeyError:
                    value = MISSING
            return load(f) if value is MISSING else value

        return load_class_visible

    @contextlib.contextmanager
    def in_annotation_scope(self, node: Any) -> Iterator[Any]:
        """Compile inside the PEP 695 annotation scope of generic ``node`` (its type
        parameters, and what sees them); yields the maker of that scope's frames."""
        annotation_scope = self.scopes_by_node[scopes.type_params_key(node)]
        new_frame = self.annotation_frame(annotation_scope)
        previous = self.scope
        self.scope = annotation_scope
        try:
            yield new_frame
        finally:
            self.scope = previous

    def type_alias(self, node: n.TypeAlias) -> tuple[Any, bool]:
        """``type X[T] = value``: a TypeAliasType whose value is evaluated on first use."""
        name = node.name.id
        store = self.store_name(name)
        generic = bool(node.type_params)
        if generic:
            with self.in_annotation_scope(node) as new_frame:
                make_params = self.type_param_maker(node)
                make_value = self.lazy_function(node, "value", node.value)
        else:
            make_value = self.lazy_function(node, "value", node.value)
        g = self.globals

        def type_alias(f: list) -> None:
            if generic:
                frame = new_frame(f)
                params = make_params(frame)
                compute = make_value(frame)
            else:
                params = ()
                compute = make_value(f)
            store(f, TypeAliasType(name, params, compute, g.get("__name__")))

        return type_alias, False

    def _lambda_generator(self, value: Any, vg: bool) -> tuple[Any, bool]:
        def lambda_generator(f: list) -> Any:
            f[0] = (yield from value(f)) if vg else value(f)

        return lambda_generator, True

    def stmt_FunctionDef(self, node: Any) -> tuple[Any, bool]:
        decorators = [self.compile_expr(d) for d in node.decorator_list]
        make, make_g = self._function(node, node.body)
        store = self.store_name(binding_name(self.scope, node.name))
        if not (decorators or make_g):

            def plain_function_def(f: list) -> Any:
                store(f, make(f))

            return plain_function_def, False

        def function_def(f: list) -> Any:
            decos = []
            for fn, dg in decorators:
                decos.append((yield from fn(f)) if dg else fn(f))
            func = (yield from make(f)) if make_g else make(f)
            for deco in reversed(decos):
                func = yield from call(deco, (func,), None)
            store(f, func)

        return function_def, True

    stmt_AsyncFunctionDef = stmt_FunctionDef

    def expr_Lambda(self, node: n.Lambda) -> tuple[Any, bool]:
        return self._function(node, None, node.body)

    def stmt_ClassDef(self, node: n.ClassDef) -> tuple[Any, bool]:
        decorators = [self.compile_expr(d) for d in node.decorator_list]
        store = self.store_name(binding_name(self.scope, node.name))
        generic = bool(node.type_params)
        if generic:
            # ``class C[T](Base[T])``: the type parameters, the bases and the class
            # itself are made in the annotation scope; decorators apply outside it.
            with self.in_annotation_scope(node) as new_frame:
                make_params = self.type_param_maker(node)
                make_class = self._class_maker(node)
        else:
            make_class = self._class_maker(node)

        def class_def(f: list) -> Any:
            decos = []
            for fn, dg in decorators:
                decos.append((yield from fn(f)) if dg else fn(f))
            if generic:
                frame = new_frame(f)
                cls = yield from make_class(frame, make_params(frame))
            else:
                cls = yield from make_class(f, None)
            for deco in reversed(decos):
                cls = yield from call(deco, (cls,), None)
            store(f, cls)

        return class_def, True

    def _class_maker(self, node: n.ClassDef) -> Any:
        """Compile the bases, keywords and body of ``class`` ``node`` in the current scope.

        Returns ``make_class(f, type_params)`` (generator) making the class: it
        resolves ``__mro_entries__`` of the bases and records ``__orig_bases__`` as
        CPython's ``__build_class__`` does; a generic class (``type_params`` not None)
        gets ``Generic[*type_params]`` as a last base and ``__type_params__``.
        """
        bases, bases_g = self._elements(node.bases)
        keywords, kw_g = self._keywords(node.keywords)
        scope = self.scopes_by_node[id(node)]
        size = self.lazy_plan.get(id(node))
        later: _LazyClassBody | None = None
        body: Any = None
        if size is None:
            body = self._class_body(node)
        else:
            # A statement of the module's own block, outside any loop, runs once: its
            # body is compiled then and not kept.
            once = self.scope.kind == "module" and self.loop_depth == 0
            later = _LazyClassBody(self, self.scope, node, size * lazy_module.COMPILE_SECONDS_PER_NODE, once)
        body_frame = FrameInfo(self.filename, node.name)
        nslots = scope.nslots
        load_closure, free_slots = self.closure_loader(scope)
        class_cell_slot = scope.slots.get("__class__") if scope.needs_class_cell else None
        classdict_slot = scope.slots.get(scopes.CLASSDICT) if scope.needs_classdict_cell else None
        qualname = scope.qualname
        name = node.name
        g = self.globals
        docstring = None
        if node.body and isinstance(node.body[0], n.Expr) and isinstance(node.body[0].value, n.Constant):
            if isinstance(node.body[0].value.value, str):
                docstring = node.body[0].value.value

        def make_class(f: list, type_params: tuple | None) -> Any:
            base_values = tuple((yield from bases(f)) if bases_g else bases(f))
            if type_params is not None:
                base_values += (generic_base(type_params),)
            kw = (yield from keywords(f)) if kw_g else keywords(f)
            closure = load_closure(f) if load_closure is not None else ()
            resolved = yield from resolve_bases(base_values)
            run = body
            if run is None:
                run = yield from later.compile()

            def run_body(namespace: dict) -> Any:
                frame = [namespace] + [UNBOUND] * (nslots - 1)
                for slot, cell in zip(free_slots, closure):
                    frame[slot] = cell
                cell = None
                if class_cell_slot is not None:
                    cell = frame[class_cell_slot] = Cell()
                if classdict_slot is not None:
                    frame[classdict_slot] = Cell(namespace)
                if type_params is not None:
                    namespace["__type_params__"] = type_params
                if docstring is not None:
                    namespace["__doc__"] = docstring
                try:
                    yield from run(frame)
                except BaseException as error:
                    add_frame(error, body_frame)  # the class body's frame, named for the class
                    raise
                if resolved is not base_values:
                    namespace["__orig_bases__"] = base_values
                prepare_generic_namespace(namespace, base_values, resolved)
                return cell

            return (yield from build_class(run_body, name, resolved, kw, qualname, g.get("__name__")))

        return make_class

    def _class_body(self, node: n.ClassDef) -> Any:
        """The body of class ``node`` compiled (a generator closure), in the current scope."""
        previous = self.enter(node)
        # A class body is a block of its own: a loop around the class is not its loop.
        saved_loops = self.loop_depth
        self.loop_depth = 0
        try:
            body, body_g = self.compile_block(node.body)
        finally:
            self.scope = previous
            self.loop_depth = saved_loops
        return self.as_gen(body, body_g)

    # -- comprehensions -----------------------------------------------------------------
    def _comprehension(self, node: Any, kind: str) -> tuple[Any, bool]:
        generators = node.generators
        first_iter, first_g = self.compile_iterable(generators[0].iter)
        previous = self.enter(node)
        scope = self.scope
        try:
            if kind == "dict":
                key, kg = self.compile_expr(node.key)
                value, vg = self.compile_expr(node.value)
            else:
                element, eg = self.compile_expr(node.elt)
            loops = []
            for i, gen in enumerate(generators):
                it = self.compile_iterable(gen.iter) if i else None
                store = self.compile_store(gen.target)
                ifs = [self.compile_expr(c) for c in gen.ifs]
                loops.append((it, store, ifs, gen.is_async))
        finally:
            self.scope = previous
        nslots = scope.nslots
        load_closure, free_slots = self.closure_loader(scope)
        new_cells = [scope.slots[nm] for nm, k in scope.symbols.items() if k == scopes.CELL]
        meter = meter_module
        depth = len(loops)

        def new_frame(f: list, iterable: Any) -> list:
            frame = [None] * nslots
            frame[1] = iterable
            if load_closure is not None:
                for slot, cell in zip(free_slots, load_closure(f)):
                    frame[slot] = cell
            for slot in new_cells:
                frame[slot] = Cell()
            return frame

        def run_level(frame: list, level: int, emit: Any, it: Any) -> Any:
            _, store, ifs, is_async = loops[level]
            m = meter.current
            if is_async:

                def advance() -> Any:
                    return async_next(it)
            else:
                it = get_iter(it) if level else it
            host = not is_async and type(it) in HOST_ITERATORS
            # A sandbox generator (a zip of lists...) is stepped by a plain call while
            # it does not pause.
            step = None if host or is_async else stepper(it)
            while True:
                if host:
                    for item in it:  # noqa: B007 - the item is used after the loop
                        break
                    else:
                        return
                elif is_async:
                    item = yield from advance()
                    if item is END:
                        return
                else:
                    item = step()
                    if type(item) is Paused:
                        item = yield from resume(it, item)
                    if item is END:
                        return
                store(frame, item)
                m.countdown -= 1
                if m.countdown <= 0:
                    yield from m.tick()
                ok = True
                for cond, cg in ifs:
                    if not ((yield from cond(frame)) if cg else cond(frame)):
                        ok = False
                        break
                if not ok:
                    continue
                if level + 1 < depth:
                    nxt, ng = loops[level + 1][0]
                    sub = (yield from nxt(frame)) if ng else nxt(frame)
                    if loops[level + 1][3]:
                        sub = async_iter(sub)
                    yield from run_level(frame, level + 1, emit, sub)
                else:
                    yield from emit(frame)

        # The common comprehension, whose loops are all synchronous and whose conditions
        # and element cannot pause, runs each item without a generator of its own:
        # run_level's general path builds one (``emit``) per item, a third of the time
        # of ``[f(x) for x in xs]``.
        if kind == "dict":
            fast = not kg and not vg
            item_fn, value_fn = key, value
        else:
            fast = not eg
            item_fn, value_fn = element, None
        fast = fast and not any(lp[3] or any(cg for _, cg in lp[2]) for lp in loops)
        tests = [_all_of([c for c, _ in lp[2]]) for lp in loops]
        STEP = hostcode.STEP  # noqa: N806 - the constant, read once an item

        def run_fast(frame: list, level: int, add: Any, it: Any) -> Any:
            """Level ``level`` of a comprehension on the fast path: each item that
            passes the level's conditions goes to the next level, or, at the last, to
            ``add`` (the list's ``append``, the dict's ``__setitem__``), or is yielded
            (a generator expression: None ``add``)."""
            store = loops[level][1]
            test = tests[level]
            last = level + 1 == depth
            m = meter.current
            if level:
                it = get_iter(it)
            # The host's own iterators run in the host ``for``; any other is stepped
            # by a plain call while it does not pause (a sandbox generator, a zip of
            # lists), the ``for`` running over ``repeat(STEP)`` (as the second tier's).
            if type(it) in HOST_ITERATORS:
                items = it
            else:
                items = repeat(STEP)
                step = stepper(it)
            for item in items:
                if item is STEP:
                    item = step()
                    if type(item) is Paused:
                        item = yield from resume(it, item)
                    if item is END:
                        return
                store(frame, item)
                m.countdown -= 1
                if m.countdown <= 0:
                    yield from m.tick()
                if test is not None and not test(frame):
                    continue
                if not last:
                    nxt, ng = loops[level + 1][0]
                    sub = (yield from nxt(frame)) if ng else nxt(frame)
                    yield from run_fast(frame, level + 1, add, sub)
                elif add is None:
                    yield item_fn(frame)
                elif value_fn is None:
                    add(item_fn(frame))
                else:
                    add(item_fn(frame), value_fn(frame))

        first_async = loops[0][3]
        # Comprehensions run in frames of their own up to CPython 3.11 (PEP 709 inlined
        # them in 3.12): a traceback shows ``<listcomp>`` there.
        own_frame = FrameInfo(self.filename, f"<{kind}comp>") if sys.version_info < (3, 12) else None

        def start_iter(obj: Any) -> Any:
            if first_async:
                return async_iter(obj)
            return get_iter(obj)

        line = node.lineno
        if kind == "generator":

            def genexpr_body(frame: list) -> Any:
                def emit(fr: list) -> Any:
                    v = (yield from element(fr)) if eg else element(fr)
                    yield v

                try:
                    if fast:
                        yield from run_fast(frame, 0, None, frame[1])
                    else:
                        yield from run_level(frame, 0, emit, frame[1])
                except BaseException as error:
                    note_line(error, line)
                    raise

            code = self.make_code(node, scope, genexpr_body, True, None)
            code.kind = (
                "async_generator" if (scope.is_coroutine or any(lp[3] for lp in loops)) else "generator"
            )
            code.direct = False

            class _Owner:
                __slots__ = ()

            def genexpr(f: list) -> Any:
                obj = (yield from first_iter(f)) if first_g else first_iter(f)
                frame = new_frame(f, start_iter(obj))
                fn = Function(code, self.globals)
                return make_generator(fn, frame)

            return genexpr, True

        if kind == "dict":

            def comprehension(f: list) -> Any:
                obj = (yield from first_iter(f)) if first_g else first_iter(f)
                frame = new_frame(f, start_iter(obj))
                out: dict = {}

                def emit(fr: list) -> Any:
                    k = (yield from key(fr)) if kg else key(fr)
                    out[k] = (yield from value(fr)) if vg else value(fr)

                try:
                    if fast:
                        yield from run_fast(frame, 0, out.__setitem__, frame[1])
                    else:
                        yield from run_level(frame, 0, emit, frame[1])
                except BaseException as error:
                    if own_frame is not None:
                        note_line(error, line)
                        add_frame(error, own_frame)
                    raise
                return out

            return (comprehension if own_frame is None else frame_boundary(comprehension)), True

        def comprehension_seq(f: list) -> Any:
            obj = (yield from first_iter(f)) if first_g else first_iter(f)
            frame = new_frame(f, start_iter(obj))
            out: list = []
            append = out.append

            def emit(fr: list) -> Any:
                append((yield from element(fr)) if eg else element(fr))

            try:
                if fast:
                    yield from run_fast(frame, 0, append, frame[1])
                else:
                    yield from run_level(frame, 0, emit, frame[1])
            except BaseException as error:
                if own_frame is not None:
                    note_line(error, line)
                    add_frame(error, own_frame)
                raise
            return set(out) if kind == "set" else out

        return (comprehension_seq if own_frame is None else frame_boundary(comprehension_seq)), True

    def expr_ListComp(self, node: n.ListComp) -> tuple[Any, bool]:
        return self._comprehension(node, "list")

    def expr_SetComp(self, node: n.SetComp) -> tuple[Any, bool]:
        return self._comprehension(node, "set")

    def expr_DictComp(self, node: n.DictComp) -> tuple[Any, bool]:
        return self._comprehension(node, "dict")

    def expr_GeneratorExp(self, node: n.GeneratorExp) -> tuple[Any, bool]:
        return self._comprehension(node, "generator")


def _all_of(tests: list) -> Any:
    """One plain closure for a comprehension level's conditions (None for none): true
    when each is, tested in order and no further than the first false one."""
    if not tests:
        return None
    if len(tests) == 1:
        return tests[0]

    def all_of(f: list) -> bool:
        for test in tests:
            if not test(f):
                return False
        return True

    return all_of


__all__ = ["DefinitionCompiler", "BREAK", "CONTINUE", "invoke", "Generator"]
