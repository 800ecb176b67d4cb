"""Compilation of expressions into closures.

Every ``compile_expr`` returns ``(fn, suspends)``.  When ``suspends`` is False, ``fn``
is a plain function ``fn(frame) -> value``; when True it is a generator function
to be run with ``yield from fn(frame)``.  Only nodes that may pause the program
(calls, ``await``, ``yield``, comprehensions) suspend, and a node suspends if any
of its children does; everything else stays a plain call, which is several times
cheaper than a generator.
"""

from __future__ import annotations

from typing import Any

from ..runtime import attributes, meter, operators
from ..runtime.attributes import (
    EPOCH,
    SITE_DICT,
    AttributeSite,
    attribute_loader,
    load_attr,
)
from ..runtime.call_messages import Owner, build_class_owner, function_str, star_items
from ..runtime.calls import call, invoke
from ..runtime.control import RETURN, UNBOUND
from ..runtime.functions import Function, run_nested
from ..runtime.generators import END, AsyncYield, Closing, await_, yield_from
from ..runtime.iteration import get_iter, next_or_end, to_list
from ..runtime.native import Builtin
from ..runtime.protocols import convert_for_format, format_value
from ..runtime.sites import subscript
from ..runtime.tracebacks import mark
from ..runtime.typenames import visible_type_name
from ..syntax import nodes as n
from . import scopes, specialize
from .constants import SET_DISPLAY_MINIMUM, constant_set
from .specialize import name_error, unbound_local

_object_getattribute = object.__getattribute__

MISSING = attributes.MISSING


def _const(value: Any) -> Any:
    def constant(f: list) -> Any:
        return value

    return constant


def unbound_free(name: str) -> NameError:
    error = NameError(
        f"cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
    )
    error.name = name  # as CPython sets it: the traceback's "Did you mean" needs it
    return error


#: What a guarded closure (:meth:`ExpressionCompiler.guarded`) returns when its guard
#: fails: the caller runs the general closure instead.  Never a sandbox value.
NEEDS_GENERATOR: Any = object()

#: Expression nodes a guarded closure may hold: no nested scope (lambda,
#: comprehension), nothing that pauses by itself, nothing that binds a name, so that
#: compiling the expression a second time changes nothing else.
_GUARDABLE = (
    n.Name,
    n.Constant,
    n.Attribute,
    n.Subscript,
    n.Slice,
    n.BinOp,
    n.UnaryOp,
    n.BoolOp,
    n.Compare,
    n.IfExp,
    n.Call,
    n.Tuple,
    n.List,
)

#: Names whose calls the compiler treats apart (``Compiler.special_call``).
_SPECIAL_CALLS = frozenset({"super", "locals", "globals", "vars", "dir", "eval", "exec"})
#: The most pairs of a dict display that CPython builds at once (BUILD_MAP, after every
#: key and value); a bigger one adds each pair as it goes (its compiler's subdicts).
DICT_DISPLAY_BATCH = 15


#: Node type -> the compiler's ``expr_`` method for it (one Compiler class): a module's
#: tree is compiled again by every sandbox that imports it, a look-up for each node.
_EXPR_METHODS: dict[type, Any] = {}


def _guardable(node: Any, budget: list) -> bool:
    """Whether ``node`` is made only of :data:`_GUARDABLE` nodes, its calls of plain
    names with positional arguments (``len(s)``), and is not too big to compile twice."""
    budget[0] -= 1
    if budget[0] < 0 or type(node) not in _GUARDABLE:
        return False
    if type(node) is n.Call:
        func = node.func
        if type(func) is not n.Name or func.id in _SPECIAL_CALLS or node.keywords:
            return False
    for name in node._fields:
        value = getattr(node, name, None)
        if type(value) is list:
            for item in value:
                if isinstance(item, n.AST) and not _guardable(item, budget):
                    return False
        elif isinstance(value, n.AST) and not _guardable(value, budget):
            return False
    return True


def _guarded_call(func: Any, arg_fns: list) -> Any:
    """The plain closure of call ``name(args)`` inside a guarded expression, whose guard
    found ``name`` to be a builtin that cannot pause.  Code run nested while the
    expression ran (a property, a dunder) may have bound the name to something else:
    that is called to completion, as such code is."""
    if len(arg_fns) == 1:
        (x0,) = arg_fns

        def guarded_call1(f: list) -> Any:
            fn = func(f)
            a = x0(f)
            if type(fn) is Builtin and not fn.suspends:
                return fn.fn(a)
            return run_nested(call(fn, (a,), None))

        return guarded_call1

    def guarded_call(f: list) -> Any:
        fn = func(f)
        args = [x(f) for x in arg_fns]
        if type(fn) is Builtin and not fn.suspends:
            return fn.fn(*args)
        return run_nested(call(fn, args, None))

    return guarded_call


class ExpressionCompiler:
    """Mixin of :class:`~interp.compiler.compile.Compiler`: expressions."""

    scope: scopes.Scope
    globals: dict
    builtins: dict

    #: While :meth:`guarded` compiles the plain form of an expression: the global
    #: names its calls call.
    guarded_names: list | None = None

    def guarded(self, node: Any) -> Any:
        """For an expression that can pause only through calls of global names
        (``i < len(s)``, ``s[i] if i < len(s) else ""``): a plain closure that, when
        each of those names is a builtin that cannot pause, computes the value without
        a generator, and otherwise returns :data:`NEEDS_GENERATOR` having evaluated
        nothing (the caller then runs the general closure).  None when ``node`` has
        no such form.  The names are checked before anything runs, so the general
        closure, if it runs, starts from the same state."""
        if self.guarded_names is not None or not _guardable(node, [64]):
            return None
        self.guarded_names = []
        try:
            fn, g = self.compile_expr(node)
            names = tuple(dict.fromkeys(self.guarded_names))
        finally:
            self.guarded_names = None
        if g or not names:
            return None
        gl = self.globals
        bl = self.builtins
        if len(names) == 1:
            (name,) = names

            def guarded1(f: list) -> Any:
                v = gl.get(name, MISSING)
                if v is MISSING:
                    v = bl.get(name, MISSING)
                if type(v) is not Builtin or v.suspends:
                    return NEEDS_GENERATOR
                return fn(f)

            return guarded1

        def guarded(f: list) -> Any:
            for name in names:
                v = gl.get(name, MISSING)
                if v is MISSING:
                    v = bl.get(name, MISSING)
                if type(v) is not Builtin or v.suspends:
                    return NEEDS_GENERATOR
            return fn(f)

        return guarded

    def compile_expr(self, node: Any) -> tuple[Any, bool]:
        try:
            method = _EXPR_METHODS[type(node)]
        except KeyError:
            method = _EXPR_METHODS[type(node)] = getattr(type(self), "expr_" + type(node).__name__)
        compiled = method(self, node)
        mark(compiled[0], node)  # for the traceback's carets
        return compiled

    def compile_iterable(self, node: Any) -> tuple[Any, bool]:
        """Compile the iterable of a ``for``: a constant set display is iterated as the
        frozenset CPython folds it into (see :mod:`.constants`)."""
        if isinstance(node, n.Set):
            folded = constant_set(node.elts)
            if folded is not None:
                return _const(folded), False
        return self.compile_expr(node)

    def plain(self, node: Any) -> Any:
        """Compile an expression into a plain closure, running a suspending one nested."""
        fn, suspends = self.compile_expr(node)
        if not suspends:
            return fn

        def nested(f: list) -> Any:
            return run_nested(fn(f))

        return nested

    def gen(self, node: Any) -> Any:
        """Compile an expression into a generator closure (wrapping a plain one)."""
        fn, suspends = self.compile_expr(node)
        if suspends:
            return fn

        def wrapped(f: list) -> Any:
            return fn(f)
            yield  # pragma: no cover - makes this a generator

        return wrapped

    # -- constants and names ---------------------------------------------------------
    def expr_Constant(self, node: n.Constant) -> tuple[Any, bool]:
        return _const(node.value), False

    def load_name(self, name: str) -> Any:
        load = self._load_name(name)
        scope = self.scope
        if (
            scope.can_see_class_scope
            and name != scopes.CLASSDICT
            and scope.symbols.get(name, scopes.GLOBAL_IMPLICIT) != scopes.LOCAL
        ):
            # An annotation scope in a class body (PEP 695) sees the class namespace
            # first, for every name but its plain locals (CPython's LOAD_FROM_DICT_OR_*
            # for cells, free and global names).
            return self.through_classdict(name, load)
        return load

    def _load_name(self, name: str) -> Any:
        scope = self.scope
        kind = scope.symbols.get(name, scopes.GLOBAL_IMPLICIT)
        g = self.globals
        b = self.builtins
        if scope.kind == "class" and kind in (scopes.NAMESPACE, scopes.FREE):
            if kind == scopes.FREE:
                slot = scope.slots[name]

                def load_class_free(f: list) -> Any:
                    value = f[0].get(name, MISSING)
                    if value is MISSING:
                        value = f[slot].value
                        if value is UNBOUND:
                            raise unbound_free(name)
                    return value

                return load_class_free

            def load_class_name(f: list) -> Any:
                value = f[0].get(name, MISSING)
                if value is MISSING:
                    value = g.get(name, MISSING)
                    if value is MISSING:
                        value = b.get(name, MISSING)
                        if value is MISSING:
                            raise name_error(name)
                return value

            return load_class_name
        if kind == scopes.LOCAL:
            slot = scope.slots[name]

            def load_local(f: list) -> Any:
                value = f[slot]
                if value is UNBOUND:
                    raise unbound_local(name)
                return value

            return load_local
        if kind == scopes.CELL:
            slot = scope.slots[name]

            def load_cell(f: list) -> Any:
                value = f[slot].value
                if value is UNBOUND:
                    raise unbound_local(name)
                return value

            return load_cell
        if kind == scopes.FREE:
            slot = scope.slots[name]

            def load_free(f: list) -> Any:
                value = f[slot].value
                if value is UNBOUND:
                    # The traceback printer's "Did you mean" reads the globals and
                    # builtins this frame could see from this closure's ``g`` and ``b``.
                    seen = g, b  # noqa: F841
                    raise unbound_free(name)
                return value

            return load_free

        def load_global(f: list) -> Any:
            value = g.get(name, MISSING)
            if value is MISSING:
                value = b.get(name, MISSING)
                if value is MISSING:
                    raise name_error(name)
            return value

        return load_global

    def expr_Name(self, node: n.Name) -> tuple[Any, bool]:
        return self.load_name(node.id), False

    def operand(self, node: Any, fn: Any) -> specialize.Operand:
        """``node``, compiled to the plain closure ``fn``, as an operand of a specialized
        closure: a local variable, a constant or ``fn`` itself."""
        if type(node) is n.Constant:
            return specialize.Operand("C", value=node.value)
        if type(node) is n.Name:
            scope = self.scope
            if scope.kind != "class" and not scope.can_see_class_scope:
                kind = scope.symbols.get(node.id, scopes.GLOBAL_IMPLICIT)
                if kind == scopes.LOCAL:
                    return specialize.Operand("L", slot=scope.slots[node.id], name=node.id)
                if kind not in (scopes.CELL, scopes.FREE):
                    return specialize.Operand("G", name=node.id, globals=self.globals, builtins=self.builtins)
        return specialize.Operand("X", fn=fn)

    def specialized(self, opname: str, left: Any, lfn: Any, right: Any, rfn: Any, op: Any) -> Any:
        """A specialized closure for ``left <opname> right`` from their plain closures
        (see :mod:`.specialize`), or None."""
        return specialize.binary(opname, self.operand(left, lfn), self.operand(right, rfn), op)

    # -- operators ---------------------------------------------------------------
    def expr_BinOp(self, node: n.BinOp, returning: bool = False) -> tuple[Any, bool]:
        """``returning``: the operation is the value of a ``return`` statement; if it
        suspends, the closure is that whole statement (one generator less a call, as
        in ``return fib(n - 1) + fib(n - 2)``)."""
        op = operators.BINARY[node.op]
        left, lg = self.compile_expr(node.left)
        right, rg = self.compile_expr(node.right)
        if not (lg or rg):
            fast = self.specialized(node.op, node.left, left, node.right, right, op)
            if fast is not None:
                return fast, False
            if node.op == "Add":
                checked_add = operators.add

                def add(f: list) -> Any:
                    a = left(f)
                    if type(a) is int:
                        return a + right(f)
                    # Sequences: the size of the result is checked against the budget.
                    return checked_add(a, right(f))

                return add, False
            if node.op == "Sub":

                def sub(f: list) -> Any:
                    return left(f) - right(f)

                return sub, False

            def binop(f: list) -> Any:
                return op(left(f), right(f))

            return binop, False

        if returning:

            def return_binop_gen(f: list) -> Any:
                a = (yield from left(f)) if lg else left(f)
                b = (yield from right(f)) if rg else right(f)
                f[0] = op(a, b)
                return RETURN

            return return_binop_gen, True

        def binop_gen(f: list) -> Any:
            a = (yield from left(f)) if lg else left(f)
            b = (yield from right(f)) if rg else right(f)
            return op(a, b)

        return binop_gen, True

    def expr_UnaryOp(self, node: n.UnaryOp) -> tuple[Any, bool]:
        op = operators.UNARY[node.op]
        operand, og = self.compile_expr(node.operand)
        if node.op == "Not":
            if og:

                def not_gen(f: list) -> Any:
                    return not (yield from operand(f))

                return not_gen, True

            def not_(f: list) -> Any:
                return not operand(f)

            return not_, False
        if og:

            def unary_gen(f: list) -> Any:
                return op((yield from operand(f)))

            return unary_gen, True

        def unary(f: list) -> Any:
            return op(operand(f))

        return unary, False

    def expr_BoolOp(self, node: n.BoolOp) -> tuple[Any, bool]:
        parts = [self.compile_expr(v) for v in node.values]
        is_and = node.op == "And"
        if not any(g for _, g in parts):
            fns = [fn for fn, _ in parts]
            if len(fns) == 2:
                a, b = fns
                if is_and:

                    def and2(f: list) -> Any:
                        return a(f) and b(f)

                    return and2, False

                def or2(f: list) -> Any:
                    return a(f) or b(f)

                return or2, False

            def boolop(f: list) -> Any:
                value = None
                for fn in fns:
                    value = fn(f)
                    if (not value) if is_and else value:
                        return value
                return value

            return boolop, False

        if len(parts) == 2:
            (a, ag), (b, bg) = parts
            if is_and:

                def and2_gen(f: list) -> Any:
                    value = (yield from a(f)) if ag else a(f)
                    if not value:
                        return value
                    return (yield from b(f)) if bg else b(f)

                return and2_gen, True

            def or2_gen(f: list) -> Any:
                value = (yield from a(f)) if ag else a(f)
                if value:
                    return value
                return (yield from b(f)) if bg else b(f)

            return or2_gen, True

        def boolop_gen(f: list) -> Any:
            value = None
            for fn, g in parts:
                value = (yield from fn(f)) if g else fn(f)
                if (not value) if is_and else value:
                    return value
            return value

        return boolop_gen, True

    def expr_Compare(self, node: n.Compare) -> tuple[Any, bool]:
        left, lg = self.compile_expr(node.left)
        rest = [(operators.COMPARE[op], *self.compile_expr(c)) for op, c in zip(node.ops, node.comparators)]
        if len(rest) == 1 and not lg and not rest[0][2]:
            op, right, _ = rest[0]
            name = node.ops[0]
            fast = self.specialized(name, node.left, left, node.comparators[0], right, op)
            if fast is not None:
                return fast, False
            if name == "Lt":

                def lt(f: list) -> Any:
                    return left(f) < right(f)

                return lt, False
            if name == "Eq":

                def eq(f: list) -> Any:
                    return left(f) == right(f)

                return eq, False

            def compare1(f: list) -> Any:
                return op(left(f), right(f))

            return compare1, False
        if not lg and not any(g for _, _, g in rest):

            def compare(f: list) -> Any:
                a = left(f)
                result = True
                for op, fn, _ in rest:
                    b = fn(f)
                    result = op(a, b)
                    if not result:
                        return result
                    a = b
                return result

            return compare, False

        if len(rest) == 1:
            # ``self.peek() == "*"``, ``i < len(s)``: one comparison, no loop.
            op, right, rg = rest[0]

            def compare1_gen(f: list) -> Any:
                a = (yield from left(f)) if lg else left(f)
                return op(a, (yield from right(f)) if rg else right(f))

            return compare1_gen, True

        def compare_gen(f: list) -> Any:
            a = (yield from left(f)) if lg else left(f)
            result = True
            for op, fn, g in rest:
                b = (yield from fn(f)) if g else fn(f)
                result = op(a, b)
                if not result:
                    return result
                a = b
            return result

        return compare_gen, True

    def expr_IfExp(self, node: n.IfExp) -> tuple[Any, bool]:
        test, tg = self.compile_expr(node.test)
        body, bg = self.compile_expr(node.body)
        orelse, eg = self.compile_expr(node.orelse)
        if not (tg or bg or eg):

            def ifexp(f: list) -> Any:
                return body(f) if test(f) else orelse(f)

            return ifexp, False

        def ifexp_gen(f: list) -> Any:
            t = (yield from test(f)) if tg else test(f)
            if t:
                return (yield from body(f)) if bg else body(f)
            return (yield from orelse(f)) if eg else orelse(f)

        return ifexp_gen, True

    def expr_NamedExpr(self, node: n.NamedExpr) -> tuple[Any, bool]:
        value, vg = self.compile_expr(node.value)
        store = self.store_name(node.target.id)
        if vg:

            def walrus_gen(f: list) -> Any:
                v = yield from value(f)
                store(f, v)
                return v

            return walrus_gen, True

        def walrus(f: list) -> Any:
            v = value(f)
            store(f, v)
            return v

        return walrus, False

    # -- attributes and subscripts -------------------------------------------------------
    def expr_Attribute(self, node: n.Attribute) -> tuple[Any, bool]:
        value, vg = self.compile_expr(node.value)
        local = self.operand(node.value, value)
        if local.kind == "L":
            return self._local_attribute(local.slot, local.name, node.attr), False
        load = attribute_loader(node.attr)
        if vg:

            def attribute_gen(f: list) -> Any:
                return load((yield from value(f)))

            return attribute_gen, True

        def attribute(f: list) -> Any:
            return load(value(f))

        return attribute, False

    @staticmethod
    def _local_attribute(slot: int, var: str, name: str) -> Any:
        """``var.name`` where ``var`` is a local variable (``self.pos``, the commonest
        expression of object-oriented code): the variable is read and the site's first
        entry checked in place, so that an instance attribute costs one closure call;
        the site (:class:`~interp.runtime.attributes.AttributeSite`, shared with the
        second tier's code) does everything else."""
        site = AttributeSite(name)
        read = site.read
        epoch = EPOCH

        def local_attribute(f: list) -> Any:
            o = f[slot]
            if type(o) is site.cls and site.epoch == epoch[0] and site.kind == SITE_DICT:
                found = _object_getattribute(o, "__dict__").get(name, MISSING)
                if found is not MISSING:
                    return found
            elif o is UNBOUND:
                raise unbound_local(var)
            return read(o)

        return local_attribute

    def expr_Subscript(self, node: n.Subscript) -> tuple[Any, bool]:
        value, vg = self.compile_expr(node.value)
        index, ig = self.compile_expr(node.slice)
        getitem = subscript
        if not (vg or ig):
            fast = self.specialized("Subscript", node.value, value, node.slice, index, getitem)
            if fast is not None:
                return fast, False

            def subscript_(f: list) -> Any:
                return getitem(value(f), index(f))

            return subscript_, False

        def subscript_gen(f: list) -> Any:
            v = (yield from value(f)) if vg else value(f)
            i = (yield from index(f)) if ig else index(f)
            return getitem(v, i)

        return subscript_gen, True

    def expr_Slice(self, node: n.Slice) -> tuple[Any, bool]:
        parts = [
            self.compile_expr(p) if p is not None else (_const(None), False)
            for p in (node.lower, node.upper, node.step)
        ]
        if not any(g for _, g in parts):
            lo, hi, st = (fn for fn, _ in parts)

            def slice_(f: list) -> Any:
                return slice(lo(f), hi(f), st(f))

            return slice_, False

        def slice_gen(f: list) -> Any:
            values = []
            for fn, g in parts:
                values.append((yield from fn(f)) if g else fn(f))
            return slice(*values)

        return slice_gen, True

    # -- displays --------------------------------------------------------------------
    def _elements(self, elts: list, star_error: bool = True) -> tuple[Any, bool]:
        """A closure building the list of values of ``elts`` (with ``*`` unpacking).
        ``star_error``: a ``*`` of something not iterable gets CPython's "Value after *"
        message (lists, tuples, calls), not the plain one (a set display's)."""
        return self._elements_of(self._element_parts(elts), star_error)

    def _element_parts(self, elts: list) -> list[tuple[Any, bool, bool]]:
        """``(closure, suspends, starred)`` for each of ``elts``."""
        parts = []
        for e in elts:
            if isinstance(e, n.Starred):
                fn, g = self.compile_expr(e.value)
                parts.append((fn, g, True))
            else:
                fn, g = self.compile_expr(e)
                parts.append((fn, g, False))
        return parts

    def _elements_of(self, parts: list[tuple[Any, bool, bool]], star_error: bool = True) -> tuple[Any, bool]:
        """The closure of :meth:`_elements` from compiled ``parts``."""
        any_gen = any(g for _, g, _ in parts)
        any_star = any(s for _, _, s in parts)
        if not any_gen and not any_star:
            fns = [fn for fn, _, _ in parts]

            def elements(f: list) -> list:
                return [fn(f) for fn in fns]

            return elements, False

        unpack = star_items if star_error else to_list

        def elements_gen(f: list) -> Any:
            out: list = []
            for fn, g, star in parts:
                value = (yield from fn(f)) if g else fn(f)
                if star:
                    out.extend((yield from unpack(value)))
                else:
                    out.append(value)
            return out

        return elements_gen, True

    def expr_List(self, node: n.List) -> tuple[Any, bool]:
        return self._elements(node.elts)

    def expr_Tuple(self, node: n.Tuple) -> tuple[Any, bool]:
        if len(node.elts) == 2 and not any(isinstance(e, n.Starred) for e in node.elts):
            # ``(i, j)``, ``return a, b``, ``m[i, k]``: the commonest tuple, built in place.
            (first, fg), (second, sg) = (self.compile_expr(e) for e in node.elts)
            if not (fg or sg):

                def pair(f: list) -> tuple:
                    return (first(f), second(f))

                return pair, False

            def pair_gen(f: list) -> Any:
                a = (yield from first(f)) if fg else first(f)
                return (a, (yield from second(f)) if sg else second(f))

            return pair_gen, True
        elements, g = self._elements(node.elts)
        if g:

            def tuple_gen(f: list) -> Any:
                return tuple((yield from elements(f)))

            return tuple_gen, True

        def tuple_(f: list) -> Any:
            return tuple(elements(f))

        return tuple_, False

    def expr_Set(self, node: n.Set) -> tuple[Any, bool]:
        folded = constant_set(node.elts, SET_DISPLAY_MINIMUM)
        if folded is not None:

            def constant_set_(f: list) -> set:
                return set(folded)

            return constant_set_, False
        elements, g = self._elements(node.elts, star_error=False)
        if g:

            def set_gen(f: list) -> Any:
                return set((yield from elements(f)))

            return set_gen, True

        def set_(f: list) -> Any:
            return set(elements(f))

        return set_, False

    def expr_Dict(self, node: n.Dict) -> tuple[Any, bool]:
        parts = []
        for k, v in zip(node.keys, node.values):
            kf = self.compile_expr(k) if k is not None else None
            parts.append((kf, self.compile_expr(v)))
        any_gen = any((k is not None and k[1]) or v[1] for k, v in parts)
        if all(k is not None for k, _ in parts) and len(parts) <= DICT_DISPLAY_BATCH:
            # CPython's BUILD_MAP: every key and value first, then the dict (a key's
            # ``__hash__`` runs after the last value).
            flat = [part for k, v in parts for part in (k, v)]
            if not any_gen:
                fns = [fn for fn, _ in flat]

                def dict_(f: list) -> dict:
                    items = [fn(f) for fn in fns]
                    return dict(zip(items[::2], items[1::2]))

                return dict_, False

            def dict_batch_gen(f: list) -> Any:
                items = []
                for fn, g in flat:
                    items.append((yield from fn(f)) if g else fn(f))
                return dict(zip(items[::2], items[1::2]))

            return dict_batch_gen, True

        def dict_gen(f: list) -> Any:
            out: dict = {}
            for kf, (vf, vg) in parts:
                if kf is None:
                    mapping = (yield from vf(f)) if vg else vf(f)
                    yield from merge_mapping(out, mapping)
                    continue
                key = (yield from kf[0](f)) if kf[1] else kf[0](f)
                out[key] = (yield from vf(f)) if vg else vf(f)
            return out

        return dict_gen, True

    def expr_JoinedStr(self, node: n.JoinedStr) -> tuple[Any, bool]:
        parts = [self.compile_expr(v) for v in node.values]
        if not any(g for _, g in parts):
            fns = [fn for fn, _ in parts]

            def joined(f: list) -> str:
                return "".join([fn(f) for fn in fns])

            return joined, False

        def joined_gen(f: list) -> Any:
            out = []
            for fn, g in parts:
                out.append((yield from fn(f)) if g else fn(f))
            return "".join(out)

        return joined_gen, True

    def expr_FormattedValue(self, node: n.FormattedValue) -> tuple[Any, bool]:
        value, vg = self.compile_expr(node.value)
        conversion = node.conversion
        spec, sg = (
            self.compile_expr(node.format_spec) if node.format_spec is not None else (_const(""), False)
        )

        def formatted_gen(f: list) -> Any:
            v = (yield from value(f)) if vg else value(f)
            if conversion != -1:
                v = convert_for_format(v, conversion)
            s = (yield from spec(f)) if sg else spec(f)
            return format_value(v, s)

        if vg or sg:
            return formatted_gen, True

        def formatted(f: list) -> str:
            v = value(f)
            if conversion != -1:
                v = convert_for_format(v, conversion)
            return format_value(v, spec(f))

        return formatted, False

    def expr_Starred(self, node: n.Starred) -> tuple[Any, bool]:
        raise self.syntax_error("can't use starred expression here", node)

    # -- calls -----------------------------------------------------------------------
    def expr_Call(self, node: n.Call) -> tuple[Any, bool]:
        fn, g, _ = self.call_into(node, None)
        return fn, g

    def call_into(self, node: n.Call, sink: tuple[str, int] | None) -> tuple[Any, bool, bool]:
        """``(fn, suspends, sunk)``: the closure of call ``node``; with a ``sink``
        (see :func:`.specialize.sink_returns`), a statement closure that also does the
        statement's work with the result, if the call site can (``sunk``)."""
        special = self.special_call(node)
        if special is not None:
            return special, True, False
        simple_args = not any(isinstance(a, n.Starred) for a in node.args)
        simple_kw = not node.keywords
        func_node = node.func
        arg_parts = self._element_parts(node.args)
        args_fn, args_g = self._elements_of(arg_parts)
        # ``f(*value)``: CPython hands ``value`` to the call as it is, and unpacks it
        # after the keyword arguments, with an error that names the callable (see
        # call_messages); a ``*`` among other arguments extends a list at once.
        lone_star = len(arg_parts) == 1 and arg_parts[0][2]
        if lone_star:
            args_fn, args_g, _ = arg_parts[0]
        arg_fns = [fn for fn, _, _ in arg_parts]
        if (
            self.guarded_names is not None
            and type(func_node) is n.Name
            and simple_args
            and simple_kw
            and not args_g
            and self.operand(func_node, None).kind == "G"
        ):
            self.guarded_names.append(func_node.id)
            return _guarded_call(self.load_name(func_node.id), arg_fns), False, False
        kwargs_fn, kwargs_g = self._keywords(node.keywords)
        arg_gs = [g for _, g, _ in arg_parts]
        if isinstance(func_node, n.Attribute):
            obj, og = self.compile_expr(func_node.value)
            attr = func_node.attr
            if simple_args and simple_kw and specialize.listable(arg_gs):
                local = self.operand(func_node.value, obj)
                where = (local.slot, local.name) if local.kind == "L" else None
                return (
                    specialize.method_call(obj, attr, arg_fns, sink, where, arg_gs, og),
                    True,
                    sink is not None,
                )

            def call_method(f: list) -> Any:
                o = (yield from obj(f)) if og else obj(f)
                # The method first, then the arguments, as CPython's LOAD_METHOD.
                fn = load_attr(o, attr)

                def owner() -> str:
                    return function_str(fn)

                args = (yield from args_fn(f)) if args_g else args_fn(f)
                kwargs = (
                    ((yield from kwargs_fn(f, owner)) if kwargs_g else kwargs_fn(f))
                    if not simple_kw
                    else None
                )
                if lone_star and type(args) is not tuple:  # a tuple goes as it is
                    args = yield from star_items(args, owner)
                if type(fn) is Function:  # as call() would, one generator less
                    return (yield from invoke(fn, args, kwargs))
                return (yield from call(fn, args, kwargs))

            return call_method, True, False
        func, fg = self.compile_expr(func_node)
        if simple_args and simple_kw and not fg and specialize.listable(arg_gs):
            return specialize.call(func, arg_fns, sink, arg_gs), True, sink is not None

        def call_general(f: list) -> Any:
            fn = (yield from func(f)) if fg else func(f)

            def owner() -> str:
                return function_str(fn)

            args = (yield from args_fn(f)) if args_g else args_fn(f)
            kwargs = (
                ((yield from kwargs_fn(f, owner)) if kwargs_g else kwargs_fn(f)) if not simple_kw else None
            )
            if lone_star and type(args) is not tuple:  # a tuple goes as it is
                args = yield from star_items(args, owner)
            if type(fn) is Function:  # as call() would, one generator less
                return (yield from invoke(fn, args, kwargs))
            return (yield from call(fn, args, kwargs))

        return call_general, True, False

    def _keywords(self, keywords: list) -> tuple[Any, bool]:
        """The keyword arguments closure of a call: a plain one, or a generator taking
        the call's owner (named by the errors of ``**``; a class definition's is
        ``__build_class__``)."""
        parts = []
        for kw in keywords:
            fn, g = self.compile_expr(kw.value)
            parts.append((kw.arg, fn, g))
        if not any(g for _, _, g in parts) and all(k is not None for k, _, _ in parts):
            pairs = [(k, fn) for k, fn, _ in parts]

            def kwargs(f: list) -> dict:
                return {k: fn(f) for k, fn in pairs}

            return kwargs, False

        if len(parts) == 1 and parts[0][0] is None:
            # ``f(**mapping)`` alone (the wrapper's ``func(*args, **kwargs)``): a dict's
            # copy, once its keys are known to be strings.
            _, mapping_fn, mapping_g = parts[0]

            def kwargs_mapping(f: list, owner: Owner = build_class_owner) -> Any:
                value = (yield from mapping_fn(f)) if mapping_g else mapping_fn(f)
                return (yield from mapping_kwargs(value, owner))

            return kwargs_mapping, True

        def kwargs_gen(f: list, owner: Owner = build_class_owner) -> Any:
            out: dict = {}
            for key, fn, g in parts:
                value = (yield from fn(f)) if g else fn(f)
                if key is None:
                    yield from merge_kwargs(out, value, owner)
                else:
                    if key in out:
                        raise TypeError(f"{owner()} got multiple values for keyword argument '{key}'")
                    out[key] = value
            return out

        return kwargs_gen, True

    # -- comprehension-free generators -------------------------------------------------
    def expr_Yield(self, node: n.Yield) -> tuple[Any, bool]:
        value, vg = self.compile_expr(node.value) if node.value is not None else (_const(None), False)
        if self.scope.is_coroutine:

            def async_yield(f: list) -> Any:
                v = (yield from value(f)) if vg else value(f)
                return (yield AsyncYield(v))

            return async_yield, True

        def yield_(f: list) -> Any:
            v = (yield from value(f)) if vg else value(f)
            try:
                return (yield v)
            except Closing as closing:  # close(): the GeneratorExit raised here (see Closing)
                exit_ = closing.exit
            raise exit_

        return yield_, True

    def expr_YieldFrom(self, node: n.YieldFrom) -> tuple[Any, bool]:
        value, vg = self.compile_expr(node.value)

        def yield_from_(f: list) -> Any:
            v = (yield from value(f)) if vg else value(f)
            return (yield from yield_from(v))

        return yield_from_, True

    def expr_Await(self, node: n.Await) -> tuple[Any, bool]:
        value, vg = self.compile_expr(node.value)

        def await_node(f: list) -> Any:
            v = (yield from value(f)) if vg else value(f)
            return (yield from await_(v))

        return await_node, True


def merge_mapping(out: dict, mapping: Any) -> Any:
    """``{**mapping}`` (generator)."""
    if type(mapping) is dict:
        out.update(mapping)
        return
    keys_method = None
    try:
        keys_method = load_attr(mapping, "keys")
    except AttributeError:
        raise TypeError(f"'{type(mapping).__name__}' object is not a mapping") from None
    keys = yield from call(keys_method, (), None)
    for key in (yield from to_list(keys)):
        out[key] = operators.getitem(mapping, key)


def string_keyed_copy(value: dict) -> dict:
    """The keyword arguments of ``f(**value)`` for a dict ``value``: its copy, once its
    keys are known to be strings."""
    for key in value:
        if type(key) is not str:
            raise TypeError("keywords must be strings")
    return value.copy()


def mapping_kwargs(value: Any, owner: Owner) -> Any:
    """The keyword arguments of ``f(**value)`` (generator): see string_keyed_copy."""
    if type(value) is dict:
        return string_keyed_copy(value)
    out: dict = {}
    yield from merge_kwargs(out, value, owner)
    return out


def call_star(fn: Any, args: Any, mapping: Any = MISSING) -> Any:
    """``fn(*args)`` and ``fn(*args, **mapping)`` once the three are evaluated
    (generator), as the call closure of the first tier goes on: the mapping's
    keywords, then ``args`` unpacked (a tuple goes as it is), then the call."""

    def owner() -> str:
        return function_str(fn)

    kwargs = None if mapping is MISSING else (yield from mapping_kwargs(mapping, owner))
    if type(args) is not tuple:
        args = yield from star_items(args, owner)
    if type(fn) is Function:  # as call() would, one generator less
        return (yield from invoke(fn, args, kwargs))
    return (yield from call(fn, args, kwargs))


def merge_kwargs(out: dict, mapping: Any, owner: Owner = build_class_owner) -> Any:
    """``f(**mapping)`` (generator); ``owner`` names ``f`` in the errors."""
    if not isinstance(mapping, dict):
        try:
            keys_method = load_attr(mapping, "keys")
        except AttributeError:
            raise TypeError(
                f"{owner()} argument after ** must be a mapping, not {visible_type_name(mapping)}"
            ) from None
        keys = yield from call(keys_method, (), None)
        items = [(k, operators.getitem(mapping, k)) for k in (yield from to_list(keys))]
    else:
        items = list(mapping.items())
    for key, value in items:
        if type(key) is not str:
            raise TypeError("keywords must be strings")
        if key in out:
            raise TypeError(f"{owner()} got multiple values for keyword argument '{key}'")
        out[key] = value


__all__ = ["ExpressionCompiler", "END", "get_iter", "next_or_end", "meter"]
