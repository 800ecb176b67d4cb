"""Compilation of statements into closures.

A statement closure returns ``None`` to fall through, or one of the signals
``BREAK``, ``CONTINUE``, ``RETURN`` (the return value is in frame slot 0), so no
host exception is raised for control flow.  Like expressions, a statement is a
plain function unless something in it may pause the program; loops always are
generators, because their back-edges are where the meter may hand control to the
driver.

As an exception leaves a statement, the block runner notes the statement's line on
it (:func:`~interp.runtime.tracebacks.note_line`) for the traceback.  Try blocks
cost nothing on CPython 3.11+ until something is raised.
"""

from __future__ import annotations

import sys
from typing import Any

from ..runtime import meter as meter_module
from ..runtime import operators
from ..runtime.attributes import (
    DICT_PLAN,
    EPOCH,
    USER_CLASSES,
    attribute_loader,
    attribute_storer,
    delete_attr,
    dict_site,
    setter_plan,
)
from ..runtime.control import BREAK, CONTINUE, RETURN, UNBOUND, LimitExceeded
from ..runtime.core_types import make_traceback
from ..runtime.deferred_annotations import module_annotations_dict
from ..runtime.exception_groups import run_star_handlers
from ..runtime.functions import in_own_step
from ..runtime.generators import END, Closing, Paused, async_iter, async_next
from ..runtime.imports import import_from, import_module, import_star
from ..runtime.iteration import HOST_ITERATORS, get_iter, iterate_host, resume, stepper, to_list
from ..runtime.operators import setitem
from ..runtime.protocols import enter_context, exception_matches, make_exception
from ..runtime.sites import store_subscript
from ..runtime.tracebacks import caught, mark, note_line, raised_again
from ..syntax import budget
from ..syntax import nodes as n
from . import hostcode, scopes, specialize
from .expressions import MISSING, NEEDS_GENERATOR, name_error, unbound_local

_meter_module = meter_module
_object_getattribute = object.__getattribute__


def _clause_test(handler: Any) -> Any:
    """The test of ``except`` clause ``handler`` (``test(error, expected)``).  A test
    that is not an exception class raises its TypeError at the clause in CPython (from
    the ``except`` to the end of the clause's body), not at the ``try``: the ``try``
    notes the clause's line, and the traceback's reader finds this closure below the
    ``try``'s frame and takes its mark for the span."""

    def clause_test(error: BaseException, expected: Any) -> bool:
        return exception_matches(error, expected)

    mark(clause_test, handler)
    return clause_test


#: Node type -> the compiler's ``stmt_`` method for it (see expressions._EXPR_METHODS).
_STMT_METHODS: dict[type, Any] = {}


class StatementCompiler:
    """Mixin of :class:`~interp.compiler.compile.Compiler`: statements and blocks."""

    def compile_block(self, body: list, resumable: bool = False) -> tuple[Any, bool]:
        """The closure of a block of statements.  ``resumable``: the block is the body
        of a plain function, whose caller runs the generator a plain body may return
        (see :func:`.specialize.resumable_block`)."""
        compiled = []
        for stmt in body:
            fn, g = self.compile_stmt(stmt)
            if fn is None:
                continue
            compiled.append((fn, g, stmt.lineno))
        if not compiled:
            return (lambda f: None), False
        if resumable and len(compiled) <= specialize.MAX_UNROLLED and any(g for _, g, _ in compiled):
            items = [(fn, g, getattr(fn, "quick", None) if g else None, line) for fn, g, line in compiled]
            first = items[0]
            if not first[1] or first[2] is not None:
                # Something may run before the first generator: worth a plain body.
                return specialize.resumable_block(items, NEEDS_GENERATOR), False
        if not any(g for _, g, _ in compiled):
            if len(compiled) == 1:
                fn0, _, line0 = compiled[0]

                def block1(f: list) -> Any:
                    try:
                        return fn0(f)
                    except BaseException as error:
                        note_line(error, line0)
                        raise

                return block1, False
            if len(compiled) <= specialize.MAX_UNROLLED:
                return specialize.block(compiled), False
            items = [(fn, line) for fn, _, line in compiled]

            def block(f: list) -> Any:
                for fn, line in items:
                    try:
                        r = fn(f)
                    except BaseException as error:
                        note_line(error, line)
                        raise
                    if r is not None:
                        return r
                return None

            return block, False
        if len(compiled) == 1 and getattr(compiled[0][0], "noted_line", None) == compiled[0][2]:
            # A loop that notes its own line (hostcode.tiered_loop) needs no block: a
            # generator less at every resumption of ``def g(): for x in it: yield x``.
            return compiled[0][0], True
        if len(compiled) <= specialize.MAX_UNROLLED:
            block_gen = specialize.block(compiled)
        else:

            def block_gen(f: list) -> Any:
                for fn, g, line in compiled:
                    try:
                        r = (yield from fn(f)) if g else fn(f)
                    except BaseException as error:
                        note_line(error, line)
                        raise
                    if r is not None:
                        return r
                return None

        tier = getattr(compiled[0][0], "tier", None)
        if tier is not None and tier.first:
            # The loop opening a generator's body, which it may become (hostcode.own_body).
            block_gen.tier = tier  # type: ignore[attr-defined]
        return block_gen, True

    def compile_body(self, body: list) -> tuple[Any, bool, int]:
        """The body of a compound statement: ``(fn, suspends, line)``.  A body of one
        statement is that statement's own closure, one call or generator less on every
        pass; the caller notes ``line`` on an exception leaving it (for a longer block
        the block has noted a line already, and noting again changes nothing)."""
        if len(body) == 1:
            fn, g = self.compile_stmt(body[0])
            if fn is not None:
                return fn, g, body[0].lineno
        fn, g = self.compile_block(body)
        return fn, g, body[0].lineno if body else 0

    def compile_stmt(self, node: Any) -> tuple[Any, bool]:
        budget.report(budget.STATEMENT_UNITS)
        try:
            method = _STMT_METHODS[type(node)]
        except KeyError:
            method = _STMT_METHODS[type(node)] = getattr(type(self), "stmt_" + type(node).__name__)
        compiled = method(self, node)
        mark(compiled[0], node)  # for the traceback's carets
        return compiled

    # -- simple statements -------------------------------------------------------------
    def stmt_Expr(self, node: n.Expr) -> tuple[Any, bool]:
        record = self.record_result and self.is_last_statement(node)
        if type(node.value) is n.Yield and not self.scope.is_coroutine and not record:
            # ``yield x`` as a statement: one generator, not two, for every item.
            yielded = node.value.value
            item, ig = self.compile_expr(yielded) if yielded is not None else ((lambda f: None), False)
            if ig:

                def yield_stmt_gen(f: list) -> Any:
                    v = yield from item(f)
                    try:
                        yield v
                    except Closing as closing:  # see generators.Closing
                        exit_ = closing.exit
                    else:
                        return
                    raise exit_

                return yield_stmt_gen, True

            def yield_stmt(f: list) -> Any:
                try:
                    yield item(f)
                except Closing as closing:  # close(): the GeneratorExit raised here
                    exit_ = closing.exit
                else:
                    return
                raise exit_

            return yield_stmt, True
        if type(node.value) is n.Call and not record:
            value, g, sunk = self.call_into(node.value, ("discard", 0))
            mark(value, node.value)
            if sunk:
                return value, True  # the whole statement (see specialize.sink_returns)
        else:
            value, g = self.compile_expr(node.value)
        if g:

            def expr_stmt_gen(f: list) -> Any:
                v = yield from value(f)
                if record:
                    self.last_value[0] = v
                return None

            return expr_stmt_gen, True

        def expr_stmt(f: list) -> Any:
            v = value(f)
            if record:
                self.last_value[0] = v
            return None

        return expr_stmt, False

    def stmt_Pass(self, node: n.Pass) -> tuple[Any, bool]:
        return None, False

    def stmt_Break(self, node: n.Break) -> tuple[Any, bool]:
        if not self.loop_depth:
            raise self.syntax_error("'break' outside loop", node)
        return (lambda f: BREAK), False

    def stmt_Continue(self, node: n.Continue) -> tuple[Any, bool]:
        if not self.loop_depth:
            raise self.syntax_error("'continue' not properly in loop", node)
        return (lambda f: CONTINUE), False

    def stmt_Global(self, node: n.Global) -> tuple[Any, bool]:
        return None, False

    stmt_Nonlocal = stmt_Global

    def stmt_Return(self, node: n.Return) -> tuple[Any, bool]:
        if not self.scope.is_function or self.scope.kind == "comprehension":
            raise self.syntax_error("'return' outside function", node)
        if node.value is None:

            def return_none(f: list) -> Any:
                f[0] = None
                return RETURN

            return return_none, False
        if type(node.value) is n.BinOp:
            value, g = self.expr_BinOp(node.value, returning=True)
            mark(value, node.value)
            if g:
                return value, True  # the whole statement (see expr_BinOp)
        elif type(node.value) is n.Call:
            value, g, sunk = self.call_into(node.value, ("return", 0))
            mark(value, node.value)
            if sunk:
                return value, True  # the whole statement (see specialize.sink_returns)
        else:
            value, g = self.compile_expr(node.value)
        if g:
            quick = self.guarded(node.value)
            if quick is not None:

                def return_guarded(f: list) -> Any:
                    v = quick(f)
                    if v is NEEDS_GENERATOR:
                        v = yield from value(f)
                    f[0] = v
                    return RETURN

                def return_quick(f: list) -> Any:
                    v = quick(f)
                    if v is NEEDS_GENERATOR:
                        return v
                    f[0] = v
                    return RETURN

                return_guarded.quick = return_quick  # type: ignore[attr-defined]
                return return_guarded, True

            split = self.split_operation(node.value) if type(node.value) is n.Compare else None
            if split is not None:
                left, lg, op, right, rg = split

                def return_split(f: list) -> Any:
                    a = (yield from left(f)) if lg else left(f)
                    f[0] = op(a, (yield from right(f)) if rg else right(f))
                    return RETURN

                mark(return_split, node.value)  # what fails in it is the comparison
                return return_split, True

            def return_gen(f: list) -> Any:
                f[0] = yield from value(f)
                return RETURN

            return return_gen, True

        def return_(f: list) -> Any:
            f[0] = value(f)
            return RETURN

        return return_, False

    def stmt_Assign(self, node: n.Assign) -> tuple[Any, bool]:
        slot = self._local_slot(node.targets[0]) if len(node.targets) == 1 else None
        if slot is not None and type(node.value) is n.Call:
            value, g, sunk = self.call_into(node.value, ("store", slot))
            mark(value, node.value)
            if sunk:
                return value, True
        else:
            value, g = self.compile_expr(node.value)
        quick = self.guarded(node.value) if g else None
        if slot is not None and quick is None and type(node.value) in (n.BinOp, n.Compare):
            split = self.split_operation(node.value)
            if split is not None:
                left, lg, op, right, rg = split

                def assign_split(f: list) -> Any:
                    a = (yield from left(f)) if lg else left(f)
                    f[slot] = op(a, (yield from right(f)) if rg else right(f))

                mark(assign_split, node.value)  # what fails in it is the operation
                return assign_split, True
        if len(node.targets) == 1:
            suspending = self._suspending_store(node.targets[0], value, g)
            if suspending is not None:
                return suspending, True
        if len(node.targets) == 1 and type(node.targets[0]) is n.Attribute:
            target = node.targets[0]
            owner = self._local_slot(target.value)
            if owner is not None:
                fused = self._assign_local_attribute(owner, target.value.id, target.attr, value, g)
                mark(fused, target)  # what fails in the closure itself is the store
                return fused, g
        stores = [self.compile_store(t) for t in node.targets]
        for store, target in zip(stores, node.targets):
            mark(store, target)  # unpacking and stores fail at the target
        if len(stores) == 1 and not g:
            fast = self.assign_local(node.targets[0], node.value, value)
            if fast is not None:
                mark(fast, node.value)  # what fails there is the value's operation
                return fast, False
        if len(stores) == 1:
            store = stores[0]
            if g:
                if quick is not None:

                    def assign1_guarded(f: list) -> Any:
                        v = quick(f)
                        if v is NEEDS_GENERATOR:
                            v = yield from value(f)
                        store(f, v)

                    def assign1_quick(f: list) -> Any:
                        v = quick(f)
                        if v is NEEDS_GENERATOR:
                            return v
                        store(f, v)
                        return None

                    assign1_guarded.quick = assign1_quick  # type: ignore[attr-defined]
                    return assign1_guarded, True

                def assign1_gen(f: list) -> Any:
                    store(f, (yield from value(f)))

                return assign1_gen, True

            def assign1(f: list) -> Any:
                store(f, value(f))

            return assign1, False

        def assign_gen(f: list) -> Any:
            v = (yield from value(f)) if g else value(f)
            for store in stores:
                store(f, v)

        if g:
            return assign_gen, True

        def assign(f: list) -> Any:
            v = value(f)
            for store in stores:
                store(f, v)

        return assign, False

    def _suspending_store(self, target: Any, value: Any, g: bool) -> Any:
        """``obj.attr = value`` or ``obj[index] = value`` where ``obj`` or ``index`` can
        pause (``x[input()] = 1``): a generator closure, evaluated in CPython's order
        (the value, then the object, then the index); None for other targets, which
        :meth:`compile_store` compiles as plain closures."""
        if not isinstance(target, (n.Attribute, n.Subscript)):
            return None
        obj, og = self.compile_expr(target.value)
        if isinstance(target, n.Attribute):
            if not og:
                return None
            store = attribute_storer(target.attr)

            def store_attribute_gen(f: list) -> Any:
                v = (yield from value(f)) if g else value(f)
                store((yield from obj(f)), v)

            mark(store_attribute_gen, target)
            return store_attribute_gen
        index, ig = self.compile_expr(target.slice)
        if not (og or ig):
            return None

        def store_item_gen(f: list) -> Any:
            v = (yield from value(f)) if g else value(f)
            o = (yield from obj(f)) if og else obj(f)
            i = (yield from index(f)) if ig else index(f)
            if type(i) is slice:
                setitem(o, i, v)
            else:
                o[i] = v

        mark(store_item_gen, target)
        return store_item_gen

    def assign_local(self, target: Any, value_node: Any, value: Any) -> Any:
        """``local = value`` for a plain ``value``: the slot stored in place, and a
        binary operation on locals and constants computed in the same closure."""
        if type(target) is not n.Name:
            return None
        into = self.operand(target, None)
        if into.kind != "L":
            return None
        slot = into.slot
        if type(value_node) is n.BinOp:
            left, right = value_node.left, value_node.right
            a = self.operand(left, None)
            b = self.operand(right, None)
            if a.kind != "X" and b.kind != "X":
                fast = specialize.store_binary(value_node.op, a, b, operators.BINARY[value_node.op], slot)
                if fast is not None:
                    return fast

        def assign_local(f: list) -> Any:
            f[slot] = value(f)

        return assign_local

    def stmt_AugAssign(self, node: n.AugAssign) -> tuple[Any, bool]:
        op = operators.INPLACE[node.op]
        value, vg = self.compile_expr(node.value)
        target = node.target
        if isinstance(target, n.Name) and not vg:
            into = self.operand(target, None)
            if into.kind == "L":
                return specialize.augment_local(node.op, into, self.operand(node.value, value)), False
        if isinstance(target, n.Name):
            load = self.load_name(target.id)
            store = self.store_name(target.id)

            def aug_name_gen(f: list) -> Any:
                current = load(f)
                store(f, op(current, (yield from value(f)) if vg else value(f)))

            if vg:
                return aug_name_gen, True

            def aug_name(f: list) -> Any:
                store(f, op(load(f), value(f)))

            return aug_name, False
        if isinstance(target, n.Attribute):
            owner = self._local_slot(target.value)
            if owner is not None and not vg:
                value_is_pure = type(node.value) is n.Constant or self._local_slot(node.value) is not None
                return (
                    _augment_local_attribute(
                        owner, target.value.id, target.attr, node.op, value, value_is_pure
                    ),
                    False,
                )
            obj, og = self.compile_expr(target.value)
            load = attribute_loader(target.attr)
            store = attribute_storer(target.attr)
            if not (og or vg):

                def aug_attr_plain(f: list) -> Any:
                    o = obj(f)
                    store(o, op(load(o), value(f)))

                return aug_attr_plain, False

            def aug_attr(f: list) -> Any:
                o = (yield from obj(f)) if og else obj(f)
                current = load(o)
                store(o, op(current, (yield from value(f)) if vg else value(f)))

            return aug_attr, True
        if isinstance(target, n.Subscript):
            obj, og = self.compile_expr(target.value)
            index, ig = self.compile_expr(target.slice)
            if not (og or ig or vg):

                def aug_item_plain(f: list) -> Any:
                    o = obj(f)
                    i = index(f)
                    r = op(o[i], value(f))
                    if type(i) is slice:
                        setitem(o, i, r)  # capped
                    else:
                        o[i] = r

                return aug_item_plain, False

            def aug_item(f: list) -> Any:
                o = (yield from obj(f)) if og else obj(f)
                i = (yield from index(f)) if ig else index(f)
                current = o[i]
                setitem(o, i, op(current, (yield from value(f)) if vg else value(f)))

            return aug_item, True
        raise self.syntax_error("illegal expression for augmented assignment", node)

    def stmt_AnnAssign(self, node: n.AnnAssign) -> tuple[Any, bool]:
        annotation = None
        if node.simple and self.scope.kind in ("module", "class") and isinstance(node.target, n.Name):
            annotation, ag = self.compile_annotation(node.annotation)
            name = node.target.id
        if node.value is None:
            if annotation is None:
                return None, False
            ann_store = self.annotation_store()

            def annotate_only(f: list) -> Any:
                a = (yield from annotation(f)) if ag else annotation(f)
                ann_store(f)[name] = a

            return annotate_only, True
        value, vg = self.compile_expr(node.value)
        store = self.compile_store(node.target)
        if annotation is None:

            def ann_assign(f: list) -> Any:
                store(f, (yield from value(f)) if vg else value(f))

            return ann_assign, True
        ann_store = self.annotation_store()

        def ann_assign_record(f: list) -> Any:
            store(f, (yield from value(f)) if vg else value(f))
            a = (yield from annotation(f)) if ag else annotation(f)
            ann_store(f)[name] = a

        return ann_assign_record, True

    def annotation_store(self) -> Any:
        """A closure returning the ``__annotations__`` dict of the current module or class."""
        if self.scope.kind == "class":

            def class_annotations(f: list) -> dict:
                ns = f[0]
                d = ns.get("__annotations__")
                if d is None:
                    d = ns["__annotations__"] = {}
                return d

            return class_annotations
        g = self.globals
        if sys.version_info >= (3, 14) and not self.future_annotations:
            # PEP 749: no ``__annotations__`` global; the module's __annotate__ has them
            # (``from __future__ import annotations`` keeps the global, of strings).
            return lambda f: module_annotations_dict(g)

        def module_annotations(f: list) -> dict:
            d = g.get("__annotations__")
            if d is None:
                d = g["__annotations__"] = {}
            return d

        return module_annotations

    def stmt_Delete(self, node: n.Delete) -> tuple[Any, bool]:
        deleters = [self.compile_delete(t) for t in node.targets]
        for deleter, target in zip(deleters, node.targets):
            mark(deleter, target)

        def delete(f: list) -> Any:
            for d in deleters:
                d(f)

        return delete, False

    def stmt_Assert(self, node: n.Assert) -> tuple[Any, bool]:
        test, tg = self.compile_expr(node.test)
        msg, mg = self.compile_expr(node.msg) if node.msg is not None else (None, False)

        def assert_gen(f: list) -> Any:
            if not ((yield from test(f)) if tg else test(f)):
                if msg is None:
                    raise AssertionError
                raise AssertionError((yield from msg(f)) if mg else msg(f))

        mark(assert_gen, node.test)  # CPython points at the test that failed
        return assert_gen, True

    def stmt_Raise(self, node: n.Raise) -> tuple[Any, bool]:
        if node.exc is None:

            def reraise(f: list) -> Any:
                raise  # noqa: PLE0704 - re-raises the exception the sandbox is handling

            return reraise, False
        exc, eg = self.compile_expr(node.exc)
        cause, cg = self.compile_expr(node.cause) if node.cause is not None else (None, False)

        def raise_gen(f: list) -> Any:
            e = (yield from exc(f)) if eg else exc(f)
            error = yield from make_exception(e)
            raised_again(error)
            if cause is not None:
                c = (yield from cause(f)) if cg else cause(f)
                if c is None:
                    raise error from None
                raise error from (yield from make_exception(c, cause=True))
            raise error

        return raise_gen, True

    # -- compound statements -----------------------------------------------------------------
    def split_operation(self, node: Any) -> tuple | None:
        """``(left, lg, op, right, rg)`` for a comparison of two operands (``x.peek()
        == k``) or a binary operation of which one operand can pause, so that the
        statement holding it evaluates the operands itself (one generator less each
        time); None for anything else."""
        if type(node) is n.Compare and len(node.ops) == 1:
            op = operators.COMPARE[node.ops[0]]
            right_node = node.comparators[0]
        elif type(node) is n.BinOp:
            op = operators.BINARY[node.op]
            right_node = node.right
        else:
            return None
        left, lg = self.compile_expr(node.left)
        right, rg = self.compile_expr(right_node)
        if not (lg or rg):
            return None
        return left, lg, op, right, rg

    def stmt_If(self, node: n.If) -> tuple[Any, bool]:
        test, tg = self.compile_expr(node.test)
        body, bg, bline = self.compile_body(node.body)
        # An ``elif`` is the one statement of the else block: that statement's own
        # closure runs, not a block around it (one generator less for each ``elif``
        # passed), and its line is noted here, as the block would.
        orelse, eg, eline = self.compile_body(node.orelse) if node.orelse else (None, False, 0)
        if not (tg or bg or eg):
            if orelse is None:

                def if_(f: list) -> Any:
                    if test(f):
                        try:
                            return body(f)
                        except BaseException as error:
                            note_line(error, bline)
                            raise
                    return None

                return if_, False

            def if_else(f: list) -> Any:
                if test(f):
                    try:
                        return body(f)
                    except BaseException as error:
                        note_line(error, bline)
                        raise
                try:
                    return orelse(f)
                except BaseException as error:
                    note_line(error, eline)
                    raise

            return if_else, False

        quick = self.guarded(node.test) if tg else None
        if quick is not None:
            # ``if i >= len(s):`` (see ExpressionCompiler.guarded).

            def if_guarded(f: list) -> Any:
                t = quick(f)
                if t is NEEDS_GENERATOR:
                    t = yield from test(f)
                if t:
                    try:
                        return (yield from body(f)) if bg else body(f)
                    except BaseException as error:
                        note_line(error, bline)
                        raise
                if orelse is not None:
                    try:
                        return (yield from orelse(f)) if eg else orelse(f)
                    except BaseException as error:
                        note_line(error, eline)
                        raise
                return None

            if not (bg or eg):

                def if_quick(f: list) -> Any:
                    t = quick(f)
                    if t is NEEDS_GENERATOR:
                        return t
                    if t:
                        try:
                            return body(f)
                        except BaseException as error:
                            note_line(error, bline)
                            raise
                    if orelse is not None:
                        try:
                            return orelse(f)
                        except BaseException as error:
                            note_line(error, eline)
                            raise
                    return None

                if_guarded.quick = if_quick  # type: ignore[attr-defined]
            return if_guarded, True
        split = self.split_operation(node.test) if tg else None
        if split is not None:
            left, lg, op, right, rg = split

            def if_split(f: list) -> Any:
                a = (yield from left(f)) if lg else left(f)
                if op(a, (yield from right(f)) if rg else right(f)):
                    try:
                        return (yield from body(f)) if bg else body(f)
                    except BaseException as error:
                        note_line(error, bline)
                        raise
                if orelse is not None:
                    try:
                        return (yield from orelse(f)) if eg else orelse(f)
                    except BaseException as error:
                        note_line(error, eline)
                        raise
                return None

            mark(if_split, node.test)  # what fails in it is the test
            return if_split, True

        def if_gen(f: list) -> Any:
            if (yield from test(f)) if tg else test(f):
                try:
                    return (yield from body(f)) if bg else body(f)
                except BaseException as error:
                    note_line(error, bline)
                    raise
            if orelse is not None:
                try:
                    return (yield from orelse(f)) if eg else orelse(f)
                except BaseException as error:
                    note_line(error, eline)
                    raise
            return None

        return if_gen, True

    def stmt_While(self, node: n.While) -> tuple[Any, bool]:
        """``while``: one loop for every kind of test.  A test that can pause only
        through builtins it calls (``while i < len(s):``) runs as its guarded plain
        closure, and as its generator only when the guard fails (see
        ``ExpressionCompiler.guarded``).  A loop that runs long goes on in the second
        tier (see hostcode.LoopTier), where the test's cost no longer matters."""
        test, tg = self.compile_expr(node.test)
        self.loop_depth += 1
        body, bg, bline = self.compile_body(node.body)
        self.loop_depth -= 1
        orelse, eg = self.compile_block(node.orelse) if node.orelse else (None, False)
        meter = meter_module
        quick = self.guarded(node.test) if tg else None
        osr = hostcode.loop_tier(self, node)

        def while_(f: list) -> Any:
            m = meter.current
            hot = None
            spins = hostcode.SPINS if osr is not None else -1
            while True:
                if quick is not None:
                    t = quick(f)
                    if t is NEEDS_GENERATOR:
                        t = yield from test(f)
                else:
                    t = (yield from test(f)) if tg else test(f)
                if not t:
                    break
                m.countdown -= 1
                if m.countdown <= 0:
                    yield from m.tick()
                    if osr is not None:
                        hot = osr.hot(spins)
                spins -= 1
                if not spins & 63 and osr is not None:
                    # Every 64 passes: compiled, or compiled meanwhile by another run of
                    # the loop (ten coroutines of one ``async def`` started together).
                    hot = osr.spun() if spins == 0 else osr.compiled
                try:
                    r = (yield from body(f)) if bg else body(f)
                except BaseException as error:
                    note_line(error, bline)
                    raise
                if r is not None:
                    if r == BREAK:
                        return None
                    if r == CONTINUE:
                        continue
                    return r
                if hot is not None:
                    # The second tier goes on from the test (see hostcode.LoopTier).
                    return hostcode.Handover(hot)
            if orelse is not None:
                return (yield from orelse(f)) if eg else orelse(f)
            return None

        # Marked as the statement is: an error of the loop's own (its test) finds the
        # position below tiered_loop's closure, which notes the line itself.
        mark(while_, node)
        return hostcode.tiered_loop(osr, while_, node.lineno), True

    def stmt_For(self, node: n.For) -> tuple[Any, bool]:
        iterable, ig = self.compile_iterable(node.iter)
        store = self.compile_store(node.target)
        self.loop_depth += 1
        body, bg, bline = self.compile_body(node.body)
        self.loop_depth -= 1
        orelse, eg = self.compile_block(node.orelse) if node.orelse else (None, False)
        meter = meter_module
        osr = hostcode.loop_tier(self, node)

        def for_(f: list) -> Any:
            obj = (yield from iterable(f)) if ig else iterable(f)
            m = meter.current
            hot = None
            spins = hostcode.SPINS if osr is not None else -1
            if is_async:
                it = async_iter(obj)
                while True:
                    item = yield from async_next(it)
                    if item is END:
                        break
                    store(f, item)
                    item = None  # the target holds it: a value the body drops dies there
                    m.countdown -= 1
                    if m.countdown <= 0:
                        yield from m.tick()
                    try:
                        r = (yield from body(f)) if bg else body(f)
                    except BaseException as error:
                        note_line(error, bline)
                        raise
                    if r is not None:
                        if r == BREAK:
                            return None
                        if r == CONTINUE:
                            continue
                        return r
            else:
                it = get_iter(obj)
                if type(it) in HOST_ITERATORS:
                    for item in it:
                        store(f, item)
                        item = None  # the target holds it: a value the body drops dies there
                        m.countdown -= 1
                        if m.countdown <= 0:
                            yield from m.tick()
                            if osr is not None:
                                hot = osr.hot(spins)
                        spins -= 1
                        if not spins & 63 and osr is not None:
                            # Every 64 passes: compiled, or compiled meanwhile by another run of
                            # the loop (ten coroutines of one ``async def`` started together).
                            hot = osr.spun() if spins == 0 else osr.compiled
                        try:
                            r = (yield from body(f)) if bg else body(f)
                        except BaseException as error:
                            note_line(error, bline)
                            raise
                        if r is not None:
                            if r == BREAK:
                                return None
                            if r == CONTINUE:
                                continue
                            return r
                        if hot is not None:
                            # The second tier goes on with the iterator (hostcode.LoopTier).
                            return hostcode.Handover(hot, it)
                else:
                    # A sandbox generator (a zip of lists...) is stepped by a plain call
                    # unless it pauses (no generator of the host's an item).
                    step = stepper(it)
                    while True:
                        item = step()
                        if type(item) is Paused:
                            item = yield from resume(it, item)
                        if item is END:
                            break
                        store(f, item)
                        item = None  # the target holds it: a value the body drops dies there
                        m.countdown -= 1
                        if m.countdown <= 0:
                            yield from m.tick()
                            if osr is not None:
                                hot = osr.hot(spins)
                        spins -= 1
                        if not spins & 63 and osr is not None:
                            # Every 64 passes: compiled, or compiled meanwhile by another run of
                            # the loop (ten coroutines of one ``async def`` started together).
                            hot = osr.spun() if spins == 0 else osr.compiled
                        try:
                            r = (yield from body(f)) if bg else body(f)
                        except BaseException as error:
                            note_line(error, bline)
                            raise
                        if r is not None:
                            if r == BREAK:
                                return None
                            if r == CONTINUE:
                                continue
                            return r
                        if hot is not None:
                            # The second tier goes on with the iterator (hostcode.LoopTier).
                            return hostcode.Handover(hot, it)
            if orelse is not None:
                return (yield from orelse(f)) if eg else orelse(f)
            return None

        is_async = isinstance(node, n.AsyncFor)
        mark(for_, node)  # as while_ is
        return hostcode.tiered_loop(osr, for_, node.lineno, iterable, ig), True

    stmt_AsyncFor = stmt_For

    # A GeneratorExit that reaches a ``try`` or ``with`` while its own sandbox is not
    # stepping (the *owner*, the meter current when the statement was compiled) is
    # the host's garbage collector closing a dropped generator's inner parts, in an
    # order of its own, on whatever thread and in whichever sandbox's step it runs:
    # the generator is abandoned (as Generator.__del__ abandons it) and none of the
    # program's handlers, ``finally`` blocks or ``__exit__`` methods run (DESIGN.md,
    # invariant 6).  The program's own ``close()`` and a collection inside its own step
    # run them, as CPython does.

    def stmt_Try(self, node: Any) -> tuple[Any, bool]:
        body, _ = self.compile_block(node.body)
        body = self.as_gen(body, _)
        handlers = []
        for h in node.handlers:
            match = self.compile_expr(h.type) if h.type is not None else None
            store = self.store_name(h.name) if h.name else None
            delete = self.delete_name(h.name) if h.name else None
            hbody, hg = self.compile_block(h.body)
            test = _clause_test(h) if h.type is not None else None
            handlers.append((match, test, store, delete, self.as_gen(hbody, hg), h.lineno))
        orelse = self.as_gen(*self.compile_block(node.orelse)) if node.orelse else None
        final = self.as_gen(*self.compile_block(node.finalbody)) if node.finalbody else None
        star = isinstance(node, n.TryStar)
        frame_info = self.frame_info()

        owner = meter_module.current

        def try_(f: list) -> Any:
            try:
                r = yield from body(f)
            except LimitExceeded:
                raise
            except BaseException as error:
                if type(error) is GeneratorExit and not in_own_step(owner):
                    raise  # the host closing a dropped generator (see above stmt_Try)
                # The entry of this frame, as CPython has it once the exception got
                # here: before a clause's test runs (it may raise: the exception being
                # handled, its context, shows where it happened), and the parts that
                # ``except*`` splits keep it.
                caught(error, frame_info)
                if star:
                    r = yield from run_star_handlers(f, error, handlers, final)
                    return r
                handled = False
                r = None
                for match, test, store, delete, hbody, line in handlers:
                    if match is not None:
                        fn, g = match
                        expected = (yield from fn(f)) if g else fn(f)
                        try:
                            matched = test(error, expected)
                        except BaseException as bad:
                            note_line(bad, line)
                            raise
                        if not matched:
                            continue
                    handled = True
                    if store is not None:
                        store(f, error)
                    try:
                        r = yield from hbody(f)
                    except LimitExceeded:
                        raise
                    except BaseException as inner:
                        if final is not None:
                            # Its traceback entry is this frame's, even if the
                            # finally block raises another (it becomes the context).
                            caught(inner, frame_info)
                            rf = yield from final(f)
                            if rf is not None:
                                return rf
                        raise
                    finally:
                        if delete is not None:
                            delete(f, quiet=True)
                    break
                if not handled:
                    if final is not None:
                        rf = yield from final(f)
                        if rf is not None:
                            return rf
                    raise
            else:
                if r is None and orelse is not None:
                    try:
                        r = yield from orelse(f)
                    except LimitExceeded:
                        raise
                    except BaseException:
                        if final is not None:
                            rf = yield from final(f)
                            if rf is not None:
                                return rf
                        raise
            if final is not None:
                try:
                    rf = yield from final(f)
                except BaseException:
                    if r is RETURN:
                        f[0] = None  # the exception discards the pending return value
                    raise
                if rf is not None:
                    if r is RETURN and rf is not RETURN:
                        f[0] = None  # so does a break or continue in the finally block
                    return rf
            return r

        return try_, True

    stmt_TryStar = stmt_Try

    def frame_info(self) -> Any:
        """Names the current frame in traceback entries (filename and function name)."""
        scope = self.scope
        if scope.kind == "module":
            return FrameInfo(self.filename, "<module>")
        return FrameInfo(self.filename, scope.name, scope.qualname)

    def as_gen(self, fn: Any, g: bool) -> Any:
        if g:
            return fn

        def wrapped(f: list) -> Any:
            return fn(f)
            yield  # pragma: no cover

        return wrapped

    def stmt_With(self, node: Any) -> tuple[Any, bool]:
        is_async = isinstance(node, n.AsyncWith)
        body, bg = self.compile_block(node.body)
        inner = self.as_gen(body, bg)
        for item in reversed(node.items):
            inner = self._with_item(item, inner, is_async)
        return inner, True

    stmt_AsyncWith = stmt_With

    def _with_item(self, item: n.withitem, inner: Any, is_async: bool) -> Any:
        manager, mg = self.compile_expr(item.context_expr)
        store = self.compile_store(item.optional_vars) if item.optional_vars is not None else None
        frame_info = self.frame_info()

        owner = meter_module.current

        def with_(f: list) -> Any:
            mgr = (yield from manager(f)) if mg else manager(f)
            exit_call, value = yield from enter_context(mgr, is_async)
            if store is not None:
                store(f, value)
            try:
                r = yield from inner(f)
            except LimitExceeded:
                raise
            except BaseException as error:
                if type(error) is GeneratorExit and not in_own_step(owner):
                    raise  # the host closing a dropped generator (see above stmt_Try)
                caught(error, frame_info)  # the frame's entry, before __exit__ may raise
                suppress = yield from exit_call(type(error), error, make_traceback(error))
                if not suppress:
                    raise
                return None
            yield from exit_call(None, None, None)
            return r

        return with_

    # -- imports -----------------------------------------------------------------------
    def stmt_Import(self, node: n.Import) -> tuple[Any, bool]:
        actions = []
        for alias in node.names:
            if alias.asname:
                store = self.store_name(alias.asname)
                actions.append((alias.name, store, True))
            else:
                store = self.store_name(alias.name.split(".")[0])
                actions.append((alias.name, store, False))
        g = self.globals

        def import_(f: list) -> Any:
            for name, store, exact in actions:
                module = yield from import_module(name, g)
                if exact:
                    store(f, module)
                else:
                    top = yield from import_module(name.split(".")[0], g)
                    store(f, top)

        return import_, True

    def stmt_ImportFrom(self, node: n.ImportFrom) -> tuple[Any, bool]:
        module_name = "." * (node.level or 0) + (node.module or "")
        g = self.globals
        if any(a.name == "*" for a in node.names):

            def import_all(f: list) -> Any:
                module = yield from import_module(module_name, g)
                import_star(module, g)

            return import_all, True
        names = [(a.name, self.store_name(a.asname or a.name)) for a in node.names]

        def import_from_(f: list) -> Any:
            module = yield from import_module(module_name, g)
            for name, store in names:
                store(f, (yield from import_from(module, name, g)))

        return import_from_, True

    def stmt_TypeAlias(self, node: n.TypeAlias) -> tuple[Any, bool]:
        # Compiled with the other annotation scopes (see DefinitionCompiler.type_alias).
        return self.type_alias(node)

    # -- targets ------------------------------------------------------------------------
    def store_name(self, name: str) -> Any:
        scope = self.scope
        kind = scope.symbols.get(name, scopes.GLOBAL_IMPLICIT)
        if scope.kind == "class" and kind in (scopes.NAMESPACE, scopes.FREE) and name not in scope.nonlocals:

            def store_class(f: list, value: Any) -> None:
                f[0][name] = value

            return store_class
        if kind == scopes.LOCAL:
            slot = scope.slots[name]

            def store_local(f: list, value: Any) -> None:
                f[slot] = value

            return store_local
        if kind in (scopes.CELL, scopes.FREE):
            slot = scope.slots[name]

            def store_cell(f: list, value: Any) -> None:
                f[slot].value = value

            return store_cell
        g = self.globals

        def store_global(f: list, value: Any) -> None:
            g[name] = value

        return store_global

    def _local_slot(self, target: Any) -> int | None:
        """The frame slot of ``target`` when it is a plain local variable, else None."""
        if not isinstance(target, n.Name):
            return None
        scope = self.scope
        if scope.kind == "class" or scope.can_see_class_scope or scope.symbols.get(target.id) != scopes.LOCAL:
            return None
        return scope.slots[target.id]

    @staticmethod
    def _assign_local_attribute(slot: int, var: str, name: str, value: Any, g: bool) -> Any:
        """``var.name = value`` where ``var`` is a local variable (``self.pos = 0``): the
        variable read in place and the store done by the site's
        :func:`~interp.runtime.attributes.attribute_storer`.  The value first, then the
        variable, as CPython evaluates them."""
        store = attribute_storer(name)

        if g:

            def assign_attribute_gen(f: list) -> Any:
                v = yield from value(f)
                o = f[slot]
                if o is UNBOUND:
                    raise unbound_local(var)
                store(o, v)

            return assign_attribute_gen

        def assign_attribute(f: list) -> None:
            v = value(f)
            o = f[slot]
            if o is UNBOUND:
                raise unbound_local(var)
            store(o, v)

        return assign_attribute

    def delete_name(self, name: str) -> Any:
        scope = self.scope
        kind = scope.symbols.get(name, scopes.GLOBAL_IMPLICIT)
        if scope.kind == "class" and kind == scopes.NAMESPACE:

            def delete_class(f: list, quiet: bool = False) -> None:
                if f[0].pop(name, MISSING) is MISSING and not quiet:
                    raise name_error(name)

            return delete_class
        if kind == scopes.LOCAL:
            slot = scope.slots[name]

            def delete_local(f: list, quiet: bool = False) -> None:
                if f[slot] is UNBOUND and not quiet:
                    raise unbound_local(name)
                f[slot] = UNBOUND

            return delete_local
        if kind in (scopes.CELL, scopes.FREE):
            slot = scope.slots[name]

            def delete_cell(f: list, quiet: bool = False) -> None:
                if f[slot].value is UNBOUND and not quiet:
                    raise unbound_local(name)
                f[slot].value = UNBOUND

            return delete_cell
        g = self.globals

        def delete_global(f: list, quiet: bool = False) -> None:
            if g.pop(name, MISSING) is MISSING and not quiet:
                raise name_error(name)

        return delete_global

    def compile_store(self, target: Any) -> Any:
        """A plain closure ``store(frame, value)`` for an assignment target."""
        if isinstance(target, n.Name):
            return self.store_name(target.id)
        if isinstance(target, n.Attribute):
            obj = self.plain(target.value)
            store = attribute_storer(target.attr)

            def store_attribute(f: list, value: Any) -> None:
                store(obj(f), value)

            return store_attribute
        if isinstance(target, n.Subscript):
            obj = self.plain(target.value)
            index = self.plain(target.slice)

            def store_item(f: list, value: Any) -> None:
                store_subscript(obj(f), index(f), value)

            return store_item
        if isinstance(target, (n.Tuple, n.List)):
            if sum(isinstance(e, n.Starred) for e in target.elts) > 1:
                raise self.syntax_error("multiple starred expressions in assignment", target)
            return self._store_unpack(target.elts)
        if isinstance(target, n.Starred):
            raise self.syntax_error("starred assignment target must be in a list or tuple", target)
        raise self.syntax_error("cannot assign to expression", target)

    def _store_unpack(self, elts: list) -> Any:
        star = next((i for i, e in enumerate(elts) if isinstance(e, n.Starred)), None)
        stores = [self.compile_store(e.value if isinstance(e, n.Starred) else e) for e in elts]
        count = len(elts)
        if star is None and count == 2:
            # ``i, j = key``, ``a, b = b, a + b``: the commonest unpacking.
            slots = [self._local_slot(e) for e in elts]
            if None not in slots:
                s0, s1 = slots

                def unpack_locals2(f: list, value: Any) -> None:
                    if type(value) is tuple and len(value) == 2:
                        f[s0], f[s1] = value
                    else:
                        f[s0], f[s1] = unpack_values(value, 2)

                return unpack_locals2
            store0, store1 = stores

            def unpack2(f: list, value: Any) -> None:
                if type(value) is tuple and len(value) == 2:
                    a, b = value
                else:
                    a, b = unpack_values(value, 2)
                store0(f, a)
                store1(f, b)

            return unpack2
        if star is None:

            def unpack(f: list, value: Any) -> None:
                items = unpack_values(value, count)
                for store, item in zip(stores, items):
                    store(f, item)

            return unpack
        before = star
        after = count - star - 1

        def unpack_star(f: list, value: Any) -> None:
            items = unpack_values(value, None)
            if len(items) < before + after:
                raise ValueError(
                    f"not enough values to unpack (expected at least {before + after}, got {len(items)})"
                )
            for i in range(before):
                stores[i](f, items[i])
            stores[before](f, list(items[before : len(items) - after]))
            for j in range(after):
                stores[before + 1 + j](f, items[len(items) - after + j])

        return unpack_star

    def compile_delete(self, target: Any) -> Any:
        if isinstance(target, n.Name):
            return self.delete_name(target.id)
        if isinstance(target, n.Attribute):
            obj = self.plain(target.value)
            attr = target.attr

            def delete_attribute(f: list) -> None:
                delete_attr(obj(f), attr)

            return delete_attribute
        if isinstance(target, n.Subscript):
            obj = self.plain(target.value)
            index = self.plain(target.slice)

            def delete_item(f: list) -> None:
                del obj(f)[index(f)]

            return delete_item
        if isinstance(target, (n.Tuple, n.List)):
            parts = [self.compile_delete(e) for e in target.elts]

            def delete_all(f: list) -> None:
                for p in parts:
                    p(f)

            return delete_all
        raise self.syntax_error("cannot delete expression", target)


class FrameInfo:
    """Names a frame in traceback entries; ``qualname`` as a function's code has it
    (tracebacks.HIDDEN_FUNCTIONS are hidden by it)."""

    __slots__ = ("filename", "name", "qualname")

    def __init__(self, filename: str, name: str, qualname: str | None = None) -> None:
        self.filename = filename
        self.name = name
        self.qualname = qualname


#: 3.14 adds the size to "too many values to unpack" when the value is an exact tuple,
#: list or dict (whose size is known without iterating further).
_UNPACK_SIZE = sys.version_info >= (3, 14)


def too_many_values(value: Any, count: int) -> ValueError:
    """The ValueError of an unpacking that found more than ``count`` items, as the host's
    CPython words it."""
    t = type(value)
    if _UNPACK_SIZE and (t is tuple or t is list or t is dict):
        return ValueError(f"too many values to unpack (expected {count}, got {len(value)})")
    return ValueError(f"too many values to unpack (expected {count})")


def unpack_values(value: Any, count: int | None) -> list | tuple:
    """The items of ``value`` for an unpacking assignment, checking the count."""
    t = type(value)
    if t is tuple or t is list:
        items = value
    else:
        try:
            it = iterate_host(value)
        except TypeError:
            raise TypeError(f"cannot unpack non-iterable {type(value).__name__} object") from None
        if count is None:
            items = list(it)
        else:
            items = []
            for item in it:
                items.append(item)
                if len(items) > count:
                    raise too_many_values(value, count)
    if count is not None and len(items) != count:
        if len(items) > count:
            raise too_many_values(value, count)
        raise ValueError(f"not enough values to unpack (expected {count}, got {len(items)})")
    return items


__all__ = ["StatementCompiler", "to_list"]


def _augment_local_attribute(slot: int, var: str, name: str, opname: str, value: Any, pure: bool) -> Any:
    """``var.name <op>= value`` where ``var`` is a local variable (``self.pos += 1``,
    the commonest statement of object-oriented code): one closure, and one site cache
    for the load and the store, which go through the instance ``__dict__`` when the
    class lets both do so (:func:`~interp.runtime.attributes.dict_site` and the
    setter plan), as the site's general loader and storer would.  Order as CPython's:
    the variable, the attribute, the value, the operation, the store.

    ``pure``: ``value`` is a constant or a local variable, so nothing runs between the
    load and the store when both operands are ints; otherwise the store looks at the
    epoch and the ``__dict__`` again, as code run in between (a property, a dunder)
    may have changed the class or replaced the ``__dict__``."""
    op = operators.INPLACE[opname]
    load = attribute_loader(name)
    store = attribute_storer(name)
    add = opname == "Add"
    sub = opname == "Sub"
    site_type = 0
    site_epoch = -1

    def aug_local_attribute(f: list) -> None:
        nonlocal site_type, site_epoch
        o = f[slot]
        t = type(o)
        if id(t) == site_type and site_epoch == EPOCH[0]:
            d = _object_getattribute(o, "__dict__")
            current = d.get(name, MISSING)
            if current is not MISSING:
                v = value(f)
                if type(current) is int and type(v) is int and pure:
                    if add:
                        d[name] = current + v
                        return
                    if sub:
                        d[name] = current - v
                        return
                r = op(current, v)
                if site_epoch == EPOCH[0]:
                    _object_getattribute(o, "__dict__")[name] = r
                else:
                    store(o, r)
                return
            store(o, op(load(o), value(f)))
            return
        if o is UNBOUND:
            raise unbound_local(var)
        if id(t) in USER_CLASSES:
            epoch = EPOCH[0]
            if dict_site(t, name) is not None and setter_plan(t, name) is DICT_PLAN:
                site_type, site_epoch = id(t), epoch
        store(o, op(load(o), value(f)))

    return aug_local_attribute
