"""Compilation of scopes: ``def``, ``lambda``, ``class`` and comprehensions.

Each makes a :class:`~interp.runtime.functions.Code` (or, for a class, a body
closure) with its own frame layout from :mod:`.scopes`.  A nested scope reaches the
variables of enclosing functions through cells copied into its frame at call time.
"""

from __future__ import annotations

from typing import Any

from ..runtime import meter as meter_module
from ..runtime.calls import call, invoke
from ..runtime.classes import build_class
from ..runtime.control import BREAK, CONTINUE, UNBOUND
from ..runtime.functions import Cell, Code, Function
from ..runtime.generators import END, Generator
from ..runtime.iteration import HOST_ITERATORS, get_iter, next_or_end
from ..syntax import nodes as n
from . import scopes


class DefinitionCompiler:
    """Mixin of :class:`~interp.compiler.compile.Compiler`: nested scopes."""

    def enter(self, node: Any) -> scopes.Scope:
        previous = self.scope
        self.scope = self.scopes_by_node[id(node)]
        return previous

    def closure_loader(self, scope: scopes.Scope) -> Any:
        """Closure building the tuple of cells a new function of ``scope`` captures."""
        parent = self.scope
        free = [name for name, kind in scope.symbols.items() if kind == scopes.FREE]
        slots = []
        for name in free:
            if parent.kind == "class" and ("\0free:" + name) in parent.slots:
                slots.append(parent.slots["\0free:" + name])
            else:
                slots.append(parent.slots[name])
        if not slots:
            return None, ()
        return (lambda f: tuple(f[i] for i in slots)), tuple(scope.slots[name] for name in free)

    def make_code(
        self, node: Any, scope: scopes.Scope, body: Any, body_g: bool, args: n.arguments | None
    ) -> Code:
        if args is not None:
            argnames = tuple(a.arg for a in args.posonlyargs + args.args)
            kwonly = tuple(a.arg for a in args.kwonlyargs)
            has_varargs = args.vararg is not None
            has_varkw = args.kwarg is not None
            posonly = len(args.posonlyargs)
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
        return Code(
            name=scope.name,
            qualname=scope.qualname,
            filename=self.filename,
            firstlineno=node.lineno,
            argnames=argnames,
            posonlycount=posonly,
            kwonlynames=kwonly,
            has_varargs=has_varargs,
            has_varkw=has_varkw,
            nslots=scope.nslots,
            cell_params=cell_params,
            new_cells=new_cells,
            free_slots=(),
            body=body,
            body_is_generator=body_g or kind != "function",
            kind=kind,
            slot_names=tuple(names),
            docstring=docstring,
        )

    def _function(self, node: Any, body_nodes: list | None, expr_body: Any = None) -> tuple[Any, bool]:
        """A closure that creates the Function for a def or lambda (defaults evaluated then)."""
        args = node.args
        defaults = [self.compile_expr(d) for d in args.defaults]
        kw_defaults = [
            (a.arg, self.compile_expr(d)) for a, d in zip(args.kwonlyargs, args.kw_defaults) if d is not None
        ]
        annotations = []
        if not isinstance(node, n.Lambda):
            for a in args.posonlyargs + args.args + [args.vararg] + args.kwonlyargs + [args.kwarg]:
                if a is not None and a.annotation is not None:
                    annotations.append((a.arg, self.compile_expr(a.annotation)))
            if node.returns is not None:
                annotations.append(("return", self.compile_expr(node.returns)))
        previous = self.enter(node)
        scope = self.scope
        saved_loops = self.loop_depth
        self.loop_depth = 0
        try:
            if body_nodes is not None:
                body, body_g = self.compile_block(body_nodes)
            else:
                value, vg = self.compile_expr(expr_body)
                if scope.is_generator:
                    body, body_g = self._lambda_generator(value, vg)
                elif vg:

                    def lambda_gen(f: list) -> Any:
                        f[0] = yield from value(f)

                    body, body_g = lambda_gen, True
                else:

                    def lambda_body(f: list) -> Any:
                        f[0] = value(f)

                    body, body_g = lambda_body, False
            if scope.is_generator or scope.is_coroutine:
                body = self.as_gen(body, body_g)
                body_g = True
        finally:
            self.scope = previous
            self.loop_depth = saved_loops
        code = self.make_code(node, scope, body, body_g, args)
        load_closure, free_slots = self.closure_loader(scope)
        code.free_slots = free_slots
        g = self.globals

        def make_function(f: list) -> Any:
            defs = []
            for fn, dg in defaults:
                defs.append((yield from fn(f)) if dg else fn(f))
            kwdefs = None
            if kw_defaults:
                kwdefs = {}
                for name, (fn, dg) in kw_defaults:
                    kwdefs[name] = (yield from fn(f)) if dg else fn(f)
            anns = None
            if annotations:
                anns = {}
                for name, (fn, ag) in annotations:
                    anns[name] = (yield from fn(f)) if ag else fn(f)
            closure = load_closure(f) if load_closure is not None else ()
            return Function(code, g, tuple(defs), kwdefs, closure, anns)

        return make_function, True

    def _lambda_generator(self, value: Any, vg: bool) -> tuple[Any, bool]:
        def lambda_generator(f: list) -> Any:
            f[0] = (yield from value(f)) if vg else value(f)

        return lambda_generator, True

    def stmt_FunctionDef(self, node: Any) -> tuple[Any, bool]:
        decorators = [self.compile_expr(d) for d in node.decorator_list]
        make, _ = self._function(node, node.body)
        store = self.store_name(node.name)

        def function_def(f: list) -> Any:
            decos = []
            for fn, dg in decorators:
                decos.append((yield from fn(f)) if dg else fn(f))
            func = yield from make(f)
            for deco in reversed(decos):
                func = yield from call(deco, (func,), None)
            store(f, func)

        return function_def, True

    stmt_AsyncFunctionDef = stmt_FunctionDef

    def expr_Lambda(self, node: n.Lambda) -> tuple[Any, bool]:
        return self._function(node, None, node.body)

    def stmt_ClassDef(self, node: n.ClassDef) -> tuple[Any, bool]:
        decorators = [self.compile_expr(d) for d in node.decorator_list]
        bases, bases_g = self._elements(node.bases)
        keywords, kw_g = self._keywords(node.keywords)
        previous = self.enter(node)
        scope = self.scope
        try:
            body, body_g = self.compile_block(node.body)
        finally:
            self.scope = previous
        body = self.as_gen(body, body_g)
        nslots = scope.nslots
        load_closure, free_slots = self.closure_loader(scope)
        class_cell_slot = scope.slots.get("__class__") if scope.needs_class_cell else None
        qualname = scope.qualname
        name = node.name
        store = self.store_name(name)
        g = self.globals
        docstring = None
        if node.body and isinstance(node.body[0], n.Expr) and isinstance(node.body[0].value, n.Constant):
            if isinstance(node.body[0].value.value, str):
                docstring = node.body[0].value.value

        def class_def(f: list) -> Any:
            decos = []
            for fn, dg in decorators:
                decos.append((yield from fn(f)) if dg else fn(f))
            base_values = tuple((yield from bases(f)) if bases_g else bases(f))
            kw = (yield from keywords(f)) if kw_g else keywords(f)
            closure = load_closure(f) if load_closure is not None else ()

            def run_body(namespace: dict) -> Any:
                frame = [namespace] + [UNBOUND] * (nslots - 1)
                for slot, cell in zip(free_slots, closure):
                    frame[slot] = cell
                cell = None
                if class_cell_slot is not None:
                    cell = frame[class_cell_slot] = Cell()
                if docstring is not None:
                    namespace["__doc__"] = docstring
                yield from body(frame)
                return cell

            cls = yield from build_class(run_body, name, base_values, kw, qualname, g.get("__name__"))
            for deco in reversed(decos):
                cls = yield from call(deco, (cls,), None)
            store(f, cls)

        return class_def, True

    # -- comprehensions -----------------------------------------------------------------
    def _comprehension(self, node: Any, kind: str) -> tuple[Any, bool]:
        generators = node.generators
        first_iter, first_g = self.compile_expr(generators[0].iter)
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
                it = self.compile_expr(gen.iter) if i else None
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
                from ..runtime.generators import async_next

                def advance() -> Any:
                    return async_next(it)
            else:
                it = get_iter(it) if level else it
            host = not is_async and type(it) in HOST_ITERATORS
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
                    item = yield from next_or_end(it)
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
                        from ..runtime.generators import async_iter

                        sub = async_iter(sub)
                    yield from run_level(frame, level + 1, emit, sub)
                else:
                    yield from emit(frame)

        first_async = loops[0][3]

        def start_iter(obj: Any) -> Any:
            if first_async:
                from ..runtime.generators import async_iter

                return async_iter(obj)
            return get_iter(obj)

        if kind == "generator":

            def genexpr_body(frame: list) -> Any:
                def emit(fr: list) -> Any:
                    v = (yield from element(fr)) if eg else element(fr)
                    yield v

                yield from run_level(frame, 0, emit, frame[1])

            code = self.make_code(node, scope, genexpr_body, True, None)
            code.kind = (
                "async_generator" if (scope.is_coroutine or any(lp[3] for lp in loops)) else "generator"
            )

            class _Owner:
                __slots__ = ()

            def genexpr(f: list) -> Any:
                obj = (yield from first_iter(f)) if first_g else first_iter(f)
                frame = new_frame(f, start_iter(obj))
                fn = Function(code, self.globals)
                from ..runtime.generators import make_generator

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

                yield from run_level(frame, 0, emit, frame[1])
                return out

            return comprehension, True

        def comprehension_seq(f: list) -> Any:
            obj = (yield from first_iter(f)) if first_g else first_iter(f)
            frame = new_frame(f, start_iter(obj))
            out: list = []
            append = out.append

            def emit(fr: list) -> Any:
                append((yield from element(fr)) if eg else element(fr))

            yield from run_level(frame, 0, emit, frame[1])
            return set(out) if kind == "set" else out

        return comprehension_seq, True

    def expr_ListComp(self, node: n.ListComp) -> tuple[Any, bool]:
        return self._comprehension(node, "list")

    def expr_SetComp(self, node: n.SetComp) -> tuple[Any, bool]:
        return self._comprehension(node, "set")

    def expr_DictComp(self, node: n.DictComp) -> tuple[Any, bool]:
        return self._comprehension(node, "dict")

    def expr_GeneratorExp(self, node: n.GeneratorExp) -> tuple[Any, bool]:
        return self._comprehension(node, "generator")


__all__ = ["DefinitionCompiler", "BREAK", "CONTINUE", "invoke", "Generator"]
