"""Builder callbacks: from grammar reductions to ``nodes`` with CPython's positions.

parser.py calls one method of ``Builder`` per reduction of a grammar rule that has an
alias (grammar.lark), with the list of the rule's children: tokens (indenter.Token)
and whatever earlier callbacks returned.  The methods build nodes directly, so no
parse tree is ever made.

Positions follow CPython's rule: a node spans from its first token to its last
token.  The one subtlety is parentheses: ``(a)`` is the node ``a`` with its own
position, but a node that *contains* it starts or ends at the parenthesis
(``(a) + b`` starts at ``(``).  So while parsing, a parenthesized node carries the
outer position (parentheses included), which is what every enclosing node needs; its
own position is remembered in ``parens`` and put back by ``finish()``.

Assignment targets are parsed as expressions (the grammar is LALR) and turned into
Store/Del contexts here, with CPython's error messages for invalid targets.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from interp.syntax import literals, nodes

_new = object.__new__


def _constructors(classes: dict[str, type]) -> dict[str, Callable[..., Any]]:
    """Fast positional constructors: fields, then the position attributes.

    The generic ``AST.__init__`` loops over fields and keyword arguments; building
    every node through it costs about a third of the parse.  All constructors are
    compiled from one generated source (one ``exec``) to keep import time low.
    """
    lines = []
    for name, cls in classes.items():
        names = cls._fields + cls._attributes
        if not names:
            continue
        # The class is bound as a default so that a call does no look-up.
        lines.append(f"def {name}({', '.join(names)}, _cls_=_classes_[{name!r}]):")
        lines.append("    n = _new_(_cls_)")
        lines += [f"    n.{field} = {field}" for field in names]
        lines.append("    return n")
    namespace: dict[str, Any] = {"_new_": _new, "_classes_": classes}
    exec("\n".join(lines), namespace)
    return {name: namespace[name] for name in classes if name in namespace}


_MAKE = _constructors(nodes.NODE_CLASSES)
Module = _MAKE["Module"]
Expression = _MAKE["Expression"]
FunctionDef = _MAKE["FunctionDef"]
ClassDef = _MAKE["ClassDef"]
Return = _MAKE["Return"]
Delete = _MAKE["Delete"]
Assign = _MAKE["Assign"]
TypeAlias = _MAKE["TypeAlias"]
AugAssign = _MAKE["AugAssign"]
AnnAssign = _MAKE["AnnAssign"]
For = _MAKE["For"]
While = _MAKE["While"]
If = _MAKE["If"]
With = _MAKE["With"]
Match = _MAKE["Match"]
Raise = _MAKE["Raise"]
Try = _MAKE["Try"]
TryStar = _MAKE["TryStar"]
Assert = _MAKE["Assert"]
Import = _MAKE["Import"]
ImportFrom = _MAKE["ImportFrom"]
Global = _MAKE["Global"]
Nonlocal = _MAKE["Nonlocal"]
Expr = _MAKE["Expr"]
Pass = _MAKE["Pass"]
Break = _MAKE["Break"]
Continue = _MAKE["Continue"]
BoolOp = _MAKE["BoolOp"]
NamedExpr = _MAKE["NamedExpr"]
BinOp = _MAKE["BinOp"]
UnaryOp = _MAKE["UnaryOp"]
Lambda = _MAKE["Lambda"]
IfExp = _MAKE["IfExp"]
Dict = _MAKE["Dict"]
Set = _MAKE["Set"]
ListComp = _MAKE["ListComp"]
SetComp = _MAKE["SetComp"]
DictComp = _MAKE["DictComp"]
GeneratorExp = _MAKE["GeneratorExp"]
Await = _MAKE["Await"]
Yield = _MAKE["Yield"]
YieldFrom = _MAKE["YieldFrom"]
Compare = _MAKE["Compare"]
Call = _MAKE["Call"]
Constant = _MAKE["Constant"]
Attribute = _MAKE["Attribute"]
Subscript = _MAKE["Subscript"]
Starred = _MAKE["Starred"]
Name = _MAKE["Name"]
List = _MAKE["List"]
Tuple = _MAKE["Tuple"]
Slice = _MAKE["Slice"]
MatchValue = _MAKE["MatchValue"]
MatchSingleton = _MAKE["MatchSingleton"]
MatchSequence = _MAKE["MatchSequence"]
MatchMapping = _MAKE["MatchMapping"]
MatchClass = _MAKE["MatchClass"]
MatchStar = _MAKE["MatchStar"]
MatchAs = _MAKE["MatchAs"]
MatchOr = _MAKE["MatchOr"]
TypeVar = _MAKE["TypeVar"]
ParamSpec = _MAKE["ParamSpec"]
TypeVarTuple = _MAKE["TypeVarTuple"]
ExceptHandler = _MAKE["ExceptHandler"]
comprehension = _MAKE["comprehension"]
arguments = _MAKE["arguments"]
arg = _MAKE["arg"]
keyword = _MAKE["keyword"]
alias = _MAKE["alias"]
withitem = _MAKE["withitem"]
match_case = _MAKE["match_case"]

_BINARY = nodes.BINARY_OPERATORS
_UNARY = nodes.UNARY_OPERATORS
_COMPARE = nodes.COMPARISON_OPERATORS
_AUGMENTED = {op + "=": name for op, name in _BINARY.items()}

_Comprehension = nodes.comprehension
_Tuple = nodes.Tuple
_List = nodes.List
_Name = nodes.Name
_Starred = nodes.Starred
_Attribute = nodes.Attribute
_Subscript = nodes.Subscript
_Constant = nodes.Constant
_GeneratorExp = nodes.GeneratorExp
_MatchStar = nodes.MatchStar
_keyword = nodes.keyword


class _ParenAs:
    """``expr as target`` inside parentheses: only a ``with`` item may hold it."""

    __slots__ = ("expr", "target", "lineno", "col_offset", "end_lineno", "end_col_offset")

    def __init__(self, expr: Any, target: Any) -> None:
        self.expr = expr
        self.target = target
        self.lineno = expr.lineno
        self.col_offset = expr.col_offset
        self.end_lineno = target.end_lineno
        self.end_col_offset = target.end_col_offset


class _ParenGroup(_ParenAs):
    """``(a as b, c)``: the parenthesized item list of a ``with`` statement."""

    __slots__ = ("items",)

    def __init__(self, items: list[Any], start: Any, end: Any) -> None:
        self.items = items
        self.expr = None
        self.target = None
        self.lineno = start.line
        self.col_offset = start.col
        self.end_lineno = end.end_line
        self.end_col_offset = end.end_col


def expression_name(node: Any) -> str:
    """CPython's word for an expression in error messages (``_PyPegen_get_expr_name``)."""
    kind = type(node).__name__
    if kind == "Constant":
        value = node.value
        if value is None:
            return "None"
        if value is True:
            return "True"
        if value is False:
            return "False"
        if value is Ellipsis:
            return "ellipsis"
        return "literal"
    return _EXPR_NAMES.get(kind, "expression")


_EXPR_NAMES = {
    "Attribute": "attribute",
    "Subscript": "subscript",
    "Starred": "starred",
    "Name": "name",
    "List": "list",
    "Tuple": "tuple",
    "Lambda": "lambda",
    "Call": "function call",
    "BoolOp": "expression",
    "BinOp": "expression",
    "UnaryOp": "expression",
    "GeneratorExp": "generator expression",
    "Yield": "yield expression",
    "YieldFrom": "yield expression",
    "Await": "await expression",
    "ListComp": "list comprehension",
    "SetComp": "set comprehension",
    "DictComp": "dict comprehension",
    "Dict": "dict literal",
    "Set": "set display",
    "JoinedStr": "f-string expression",
    "FormattedValue": "f-string expression",
    "TemplateStr": "t-string expression",
    "Interpolation": "t-string expression",
    "Compare": "comparison",
    "IfExp": "conditional expression",
    "NamedExpr": "named expression",
}


class Builder:
    """The callbacks of one parse (they need the source for errors and f-strings)."""

    def __init__(self, source: str, filename: str, parse_expr: Callable[[str, int, int], Any]) -> None:
        self.source = source
        self.filename = filename
        self.parse_expr = parse_expr
        # id(statement) -> end of the `;` after it, for statements ending a line so.
        self.semicolons: dict[int, tuple[int, int]] = {}
        # Bound callbacks in rule order; parser.py fills it once per parse.
        self.callbacks: list[Any] = []
        # id(node) -> (node, own position) for parenthesized nodes; see module doc.
        self.parens: dict[int, tuple[Any, int, int, int, int]] = {}
        # Tuples written with parentheses (a with statement splits them into items).
        self.paren_tuples: set[int] = set()
        # `as` groups not yet taken by a with statement: any left at the end is an error.
        self.groups: list[Any] = []

    # ------------------------------------------------------------------ helpers
    def error(self, msg: str, start: Any, end: Any = None, kind: str = "SyntaxError") -> SyntaxError:
        """A SyntaxError spanning node or token ``start`` .. ``end``."""
        if end is None:
            end = start
        # A parenthesized node is reported at its own span, without the parentheses.
        own = self.parens.get(id(start))
        line, col = (own[1], own[2]) if own else _start(start)
        own = self.parens.get(id(end))
        end_line, end_col = (own[3], own[4]) if own else _end(end)
        from interp.syntax import errors  # only on the error path: errors.py is big

        # CPython's message and span depend on the statement around the node (``...
        # here. Maybe you meant '=='...``): errors.py works them out from its tokens.
        return errors.statement_error(self.source, self.filename, line, col, msg, end_line, end_col, kind)

    def finish(self) -> None:
        """Give parenthesized nodes their own positions back; reject stray `as` groups."""
        if self.groups:
            group = self.groups[0]
            raise self.error("invalid syntax", group)
        for node, line, col, end_line, end_col in self.parens.values():
            node.lineno = line
            node.col_offset = col
            node.end_lineno = end_line
            node.end_col_offset = end_col

    def _paren(self, node: Any, lpar: Any, rpar: Any) -> Any:
        key = id(node)
        if key not in self.parens:
            self.parens[key] = (node, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)
        node.lineno = lpar.line
        node.col_offset = lpar.col
        node.end_lineno = rpar.end_line
        node.end_col_offset = rpar.end_col
        return node

    def is_parenthesized(self, node: Any) -> bool:
        return id(node) in self.parens

    def _store(self, node: Any, ctx: str, top: bool) -> None:
        """Make ``node`` an assignment (ctx "Store") or deletion ("Del") target."""
        cls = type(node)
        if cls is _Name or cls is _Attribute or cls is _Subscript:
            node.ctx = ctx
        elif cls is _Tuple or cls is _List:
            node.ctx = ctx
            for element in node.elts:
                self._store(element, ctx, False)
        elif cls is _Starred and ctx == "Store":
            node.ctx = ctx
            self._store(node.value, ctx, False)
        else:
            raise self._invalid_target(node, ctx, top)

    def _invalid_target(self, node: Any, ctx: str, top: bool) -> SyntaxError:
        if isinstance(node, _ParenAs):
            return self.error("invalid syntax", node)
        what = expression_name(node)
        if ctx == "Del":
            return self.error(f"cannot delete {what}", node)
        return self.error(f"cannot assign to {what}", node)

    def _no_bare_star(self, value: Any) -> Any:
        if type(value) is _Starred:
            raise self.error("can't use starred expression here", value)
        return value

    def _generators(self, tail: list[Any]) -> list[Any]:
        generators = []
        for item in tail:
            if type(item) is _Comprehension:
                generators.append(item)
            else:
                generators[-1].ifs.append(item)
        return generators

    # ------------------------------------------------------------------ generic shapes
    def single_list(self, s: list[Any]) -> list[Any]:
        return [s[0]]

    def append_sep(self, s: list[Any]) -> list[Any]:
        items = s[0]
        items.append(s[2])
        return items

    def append(self, s: list[Any]) -> list[Any]:
        items = s[0]
        items.append(s[1])
        return items

    def extend(self, s: list[Any]) -> list[Any]:
        items = s[0]
        items.extend(s[1])
        return items

    def pair(self, s: list[Any]) -> list[Any]:
        return [s[0], s[2]]

    def first(self, s: list[Any]) -> Any:
        return s[0]

    def second(self, s: list[Any]) -> Any:
        return s[1]

    def middle(self, s: list[Any]) -> Any:
        return s[1]

    # ------------------------------------------------------------------ start symbols
    def file_input(self, s: list[Any]) -> Any:
        return Module(s[0])

    def file_empty(self, s: list[Any]) -> Any:
        return Module([])

    def eval_input(self, s: list[Any]) -> Any:
        return Expression(s[0])

    eval_input_nonl = eval_input

    def fstring_input(self, s: list[Any]) -> Any:
        return s[0]

    # ------------------------------------------------------------------ simple statements
    def expr_stmt(self, s: list[Any]) -> Any:
        value = s[0]
        if type(value) is _Starred:
            raise self.error("can't use starred expression here", value)
        return Expr(value, value.lineno, value.col_offset, value.end_lineno, value.end_col_offset)

    def chain_first(self, s: list[Any]) -> list[Any]:
        return [s[0]]

    def chain_more(self, s: list[Any]) -> list[Any]:
        targets = s[0]
        targets.append(s[1])
        return targets

    def assign(self, s: list[Any]) -> Any:
        targets, value = s
        self._check_first_target(targets, value)
        for target in targets:
            if type(target) is _Starred:
                raise self.error("starred assignment target must be in a list or tuple", target)
            self._store(target, "Store", False)
        self._no_bare_star(value)
        first = targets[0]
        return Assign(targets, value, first.lineno, first.col_offset, value.end_lineno, value.end_col_offset)

    def _check_first_target(self, targets: list[Any], value: Any) -> None:
        """CPython's "cannot assign to X here. Maybe you meant '==' ...?" case.

        CPython tries the elements of the first target as expressions: the one right
        before ``=`` (the last), if it is an operand-level expression other than a
        list, tuple, generator, True, None or False, and the next thing is not itself
        followed by ``=``, gets that message.  Other invalid targets get the plain
        "cannot assign to X" (from ``_store``).
        """
        first = targets[0]
        bare_tuple = type(first) is _Tuple and id(first) not in self.paren_tuples
        last = first.elts[-1] if bare_tuple and first.elts else first
        following = targets[1] if len(targets) > 1 else value
        if len(targets) > 1 and not (type(following) is _Tuple and id(following) not in self.paren_tuples):
            return
        cls = type(last)
        if cls in _TARGET_KINDS or (cls in _NOT_OPERANDS and id(last) not in self.parens):
            return
        if cls is _Constant and (last.value is None or last.value is True or last.value is False):
            return
        if cls is nodes.UnaryOp and last.op == "Not" and id(last) not in self.parens:
            return
        if cls is _Tuple or cls is _List or cls is _GeneratorExp:
            return
        what = expression_name(last)
        raise self.error(f"cannot assign to {what} here. Maybe you meant '==' instead of '='?", last)

    def _annotated(self, target: Any) -> int:
        cls = type(target)
        if cls is _Name:
            target.ctx = "Store"
            return 0 if id(target) in self.parens else 1
        if cls is _Attribute or cls is _Subscript:
            target.ctx = "Store"
            return 0
        if cls is _Tuple:
            if id(target) not in self.paren_tuples and target.elts:
                # CPython reports `a, b: int` at the first element.
                raise self.error("only single target (not tuple) can be annotated", target.elts[0])
            raise self.error("only single target (not tuple) can be annotated", target)
        if cls is _List:
            raise self.error("only single target (not list) can be annotated", target)
        raise self.error("illegal target for annotation", target)

    def annassign(self, s: list[Any]) -> Any:
        target, _, annotation = s
        simple = self._annotated(target)
        return AnnAssign(
            target,
            annotation,
            None,
            simple,
            target.lineno,
            target.col_offset,
            annotation.end_lineno,
            annotation.end_col_offset,
        )

    def annassign_value(self, s: list[Any]) -> Any:
        target, _, annotation, _, value = s
        simple = self._annotated(target)
        self._no_bare_star(value)
        return AnnAssign(
            target,
            annotation,
            value,
            simple,
            target.lineno,
            target.col_offset,
            value.end_lineno,
            value.end_col_offset,
        )

    def augassign(self, s: list[Any]) -> Any:
        target, op, value = s
        cls = type(target)
        if cls is _Name or cls is _Attribute or cls is _Subscript:
            target.ctx = "Store"
        else:
            raise self.error(
                f"'{expression_name(target)}' is an illegal expression for augmented assignment", target
            )
        self._no_bare_star(value)
        return AugAssign(
            target,
            _AUGMENTED[op.value],
            value,
            target.lineno,
            target.col_offset,
            value.end_lineno,
            value.end_col_offset,
        )

    def pass_stmt(self, s: list[Any]) -> Any:
        t = s[0]
        return Pass(t.line, t.col, t.end_line, t.end_col)

    def break_stmt(self, s: list[Any]) -> Any:
        t = s[0]
        return Break(t.line, t.col, t.end_line, t.end_col)

    def continue_stmt(self, s: list[Any]) -> Any:
        t = s[0]
        return Continue(t.line, t.col, t.end_line, t.end_col)

    def return_none(self, s: list[Any]) -> Any:
        t = s[0]
        return Return(None, t.line, t.col, t.end_line, t.end_col)

    def return_value(self, s: list[Any]) -> Any:
        t, value = s
        self._no_bare_star(value)
        return Return(value, t.line, t.col, value.end_lineno, value.end_col_offset)

    def raise0(self, s: list[Any]) -> Any:
        t = s[0]
        return Raise(None, None, t.line, t.col, t.end_line, t.end_col)

    def raise1(self, s: list[Any]) -> Any:
        t, exc = s
        return Raise(exc, None, t.line, t.col, exc.end_lineno, exc.end_col_offset)

    def raise2(self, s: list[Any]) -> Any:
        t, exc, _, cause = s
        return Raise(exc, cause, t.line, t.col, cause.end_lineno, cause.end_col_offset)

    def global_stmt(self, s: list[Any]) -> Any:
        t, names = s
        last = names[-1]
        return Global([n.value for n in names], t.line, t.col, last.end_line, last.end_col)

    def nonlocal_stmt(self, s: list[Any]) -> Any:
        t, names = s
        last = names[-1]
        return Nonlocal([n.value for n in names], t.line, t.col, last.end_line, last.end_col)

    def del_stmt(self, s: list[Any]) -> Any:
        t, targets = s[0], s[1]
        end = s[2] if len(s) == 3 else targets[-1]
        for target in targets:
            self._store(target, "Del", False)
        end_line, end_col = _end(end)
        return Delete(targets, t.line, t.col, end_line, end_col)

    def assert1(self, s: list[Any]) -> Any:
        t, test = s
        return Assert(test, None, t.line, t.col, test.end_lineno, test.end_col_offset)

    def assert2(self, s: list[Any]) -> Any:
        t, test, _, msg = s
        return Assert(test, msg, t.line, t.col, msg.end_lineno, msg.end_col_offset)

    # imports
    def dotted_first(self, s: list[Any]) -> tuple[str, Any, Any]:
        t = s[0]
        return (t.value, t, t)

    def dotted_more(self, s: list[Any]) -> tuple[str, Any, Any]:
        text, first, _ = s[0]
        last = s[2]
        return (text + "." + last.value, first, last)

    def alias_dotted(self, s: list[Any]) -> Any:
        text, first, last = s[0]
        return alias(text, None, first.line, first.col, last.end_line, last.end_col)

    def alias_dotted_as(self, s: list[Any]) -> Any:
        (text, first, _), _, name = s
        return alias(text, name.value, first.line, first.col, name.end_line, name.end_col)

    def alias_name(self, s: list[Any]) -> Any:
        t = s[0]
        return alias(t.value, None, t.line, t.col, t.end_line, t.end_col)

    def alias_name_as(self, s: list[Any]) -> Any:
        t, _, name = s
        return alias(t.value, name.value, t.line, t.col, name.end_line, name.end_col)

    def import_stmt(self, s: list[Any]) -> Any:
        t, names = s
        last = names[-1]
        return Import(names, t.line, t.col, last.end_lineno, last.end_col_offset)

    def import_star(self, s: list[Any]) -> tuple[list[Any], Any]:
        t = s[0]
        return ([alias("*", None, t.line, t.col, t.end_line, t.end_col)], t)

    def import_plain(self, s: list[Any]) -> tuple[list[Any], Any]:
        return (s[0], s[0][-1])

    def import_paren(self, s: list[Any]) -> tuple[list[Any], Any]:
        return (s[1], s[-1])

    def dots_first(self, s: list[Any]) -> int:
        return len(s[0].value)

    def dots_more(self, s: list[Any]) -> int:
        return s[0] + len(s[1].value)

    def _import_from(self, t: Any, module: str | None, targets: Any, level: int) -> Any:
        names, last = targets
        end_line, end_col = _end(last)
        return ImportFrom(module, names, level, t.line, t.col, end_line, end_col)

    def import_from(self, s: list[Any]) -> Any:
        return self._import_from(s[0], s[1][0], s[3], 0)

    def import_from_rel(self, s: list[Any]) -> Any:
        return self._import_from(s[0], s[2][0], s[4], s[1])

    def import_from_dots(self, s: list[Any]) -> Any:
        return self._import_from(s[0], None, s[3], s[1])

    def type_alias(self, s: list[Any]) -> Any:
        t, name, _, value = s
        target = Name(name.value, "Store", name.line, name.col, name.end_line, name.end_col)
        return TypeAlias(target, [], value, t.line, t.col, value.end_lineno, value.end_col_offset)

    def type_alias_params(self, s: list[Any]) -> Any:
        t, name, params, _, value = s
        target = Name(name.value, "Store", name.line, name.col, name.end_line, name.end_col)
        return TypeAlias(target, params, value, t.line, t.col, value.end_lineno, value.end_col_offset)

    # ------------------------------------------------------------------ compound statements
    def simple_stmts_semi(self, s: list[Any]) -> list[Any]:
        # CPython ends a compound statement after a trailing `;` of its last line.
        stmts = s[0]
        semicolon = s[1]
        self.semicolons[id(stmts[-1])] = (semicolon.end_line, semicolon.end_col)
        return stmts

    def _tail(self, stmt: Any) -> tuple[int, int]:
        """Where a block ending with ``stmt`` ends (after a trailing `;`, if any)."""
        end = self.semicolons.get(id(stmt)) if self.semicolons else None
        return end or (stmt.end_lineno, stmt.end_col_offset)

    def indented_block(self, s: list[Any]) -> list[Any]:
        return s[2]

    def if_stmt(self, s: list[Any]) -> Any:
        t, test, _, body, orelse = s
        orelse = orelse or []
        last = (orelse or body)[-1]
        return If(test, body, orelse, t.line, t.col, *self._tail(last))

    def elif_stmt(self, s: list[Any]) -> list[Any]:
        return [self.if_stmt(s)]

    def else_block(self, s: list[Any]) -> list[Any]:
        return s[2]

    def while_stmt(self, s: list[Any]) -> Any:
        t, test, _, body, orelse = s
        orelse = orelse or []
        last = (orelse or body)[-1]
        return While(test, body, orelse, t.line, t.col, *self._tail(last))

    def for_stmt(self, s: list[Any]) -> Any:
        t, target, _, iterable, _, body, orelse = s
        self._store(target, "Store", False)
        self._no_bare_star(iterable)
        orelse = orelse or []
        last = (orelse or body)[-1]
        return For(target, iterable, body, orelse, t.line, t.col, *self._tail(last))

    def try_stmt(self, s: list[Any]) -> Any:
        t, _, body, handlers, orelse, finalbody = s
        star = handlers[0][0]
        for other, handler in handlers:
            if other != star:
                keyword = _Span(handler.lineno, handler.col_offset, handler.lineno, handler.col_offset + 6)
                raise self.error("cannot have both 'except' and 'except*' on the same 'try'", keyword)
        make = TryStar if star else Try
        handlers = [h for _, h in handlers]
        orelse = orelse or []
        finalbody = finalbody or []
        last = (finalbody or orelse or handlers)[-1]
        return make(body, handlers, orelse, finalbody, t.line, t.col, *self._tail(last))

    def try_finally(self, s: list[Any]) -> Any:
        t, _, body, _, _, finalbody = s
        last = finalbody[-1]
        return Try(body, [], [], finalbody, t.line, t.col, *self._tail(last))

    def _handler(self, t: Any, star: bool, type_: Any, name: Any, body: list[Any]) -> tuple[bool, Any]:
        last = body[-1]
        handler = ExceptHandler(
            type_,
            None if name is None else name.value,
            body,
            t.line,
            t.col,
            *self._tail(last),
        )
        return (star, handler)

    def except_bare(self, s: list[Any]) -> tuple[bool, Any]:
        return self._handler(s[0], False, None, None, s[2])

    def except_type(self, s: list[Any]) -> tuple[bool, Any]:
        return self._handler(s[0], False, s[1], None, s[3])

    def except_as(self, s: list[Any]) -> tuple[bool, Any]:
        return self._handler(s[0], False, s[1], s[3], s[5])

    def except_star(self, s: list[Any]) -> tuple[bool, Any]:
        return self._handler(s[0], True, s[2], None, s[4])

    def except_star_as(self, s: list[Any]) -> tuple[bool, Any]:
        return self._handler(s[0], True, s[2], s[4], s[6])

    def with_item(self, s: list[Any]) -> Any:
        return withitem(s[0], None)

    def with_item_as(self, s: list[Any]) -> Any:
        target = s[2]
        self._store(target, "Store", False)
        return withitem(s[0], target)

    def with_stmt(self, s: list[Any]) -> Any:
        t, items, _, body = s
        if len(items) == 1 and items[0].optional_vars is None:
            # `with (a, b):` and `with (a as b, c):` are item lists, as in CPython's
            # first with_stmt alternative, unless doubly parenthesized.
            expr = items[0].context_expr
            if type(expr) is _ParenGroup and id(expr) not in self.parens:
                self.groups.remove(expr)
                items = []
                for item in expr.items:
                    if type(item) is _ParenAs:
                        self._store(item.target, "Store", False)
                        items.append(withitem(item.expr, item.target))
                    else:
                        items.append(withitem(item, None))
            elif type(expr) is _Tuple and id(expr) in self.paren_tuples and id(expr) not in self.parens:
                items = [withitem(e, None) for e in expr.elts]
        last = body[-1]
        return With(items, body, t.line, t.col, *self._tail(last))

    def _arguments(self, params: list[Any], closer: Any = None) -> Any:
        """The ``arguments`` node of a parameter list; ``closer`` is a lambda's ``:``."""
        posonly: list[Any] = []
        args: list[Any] = []
        defaults: list[Any] = []
        kwonly: list[Any] = []
        kw_defaults: list[Any] = []
        vararg = kwarg = None
        star_seen = slash_seen = False
        bare_star = None
        for kind, node, default, token in params:
            if kwarg is not None:
                raise self.error("arguments cannot follow var-keyword argument", token)
            if kind == "plain":
                if star_seen:
                    kwonly.append(node)
                    kw_defaults.append(default)
                    bare_star = None
                else:
                    if default is not None:
                        defaults.append(default)
                    elif defaults:
                        raise self.error(_NON_DEFAULT_MESSAGE, token)
                    args.append(node)
            elif kind == "slash":
                if star_seen:
                    raise self.error("/ must be ahead of *", token)
                if slash_seen:
                    raise self.error("/ may appear only once", token)
                if not args:
                    raise self.error("at least one argument must precede /", token)
                slash_seen = True
                posonly = args
                args = []
            elif kind == "star" or kind == "bare_star":
                if star_seen:
                    raise self.error("* argument may appear only once", token)
                star_seen = True
                vararg = node
                if kind == "bare_star":
                    bare_star = token
            else:
                if bare_star is not None:
                    raise self.error("named arguments must follow bare *", token if closer else bare_star)
                kwarg = node
        if bare_star is not None:
            # CPython: at the `*` of a def, at the token after it in a lambda.
            raise self.error("named arguments must follow bare *", closer or bare_star)
        return arguments(posonly, args, vararg, kwonly, kw_defaults, kwarg, defaults)

    def no_params(self, s: list[Any]) -> Any:
        return arguments([], [], None, [], [], None, [])

    def params(self, s: list[Any]) -> Any:
        return self._arguments(s[1])

    def _arg(self, name: Any, annotation: Any) -> Any:
        if annotation is None:
            return arg(name.value, None, name.line, name.col, name.end_line, name.end_col)
        return arg(
            name.value, annotation, name.line, name.col, annotation.end_lineno, annotation.end_col_offset
        )

    def p_plain(self, s: list[Any]) -> tuple[str, Any, Any, Any]:
        return ("plain", self._arg(s[0], None), None, s[0])

    def p_ann(self, s: list[Any]) -> tuple[str, Any, Any, Any]:
        return ("plain", self._arg(s[0], s[2]), None, s[0])

    def p_default(self, s: list[Any]) -> tuple[str, Any, Any, Any]:
        return ("plain", self._arg(s[0], None), s[2], s[0])

    def p_ann_default(self, s: list[Any]) -> tuple[str, Any, Any, Any]:
        return ("plain", self._arg(s[0], s[2]), s[4], s[0])

    def p_bare_star(self, s: list[Any]) -> tuple[str, Any, Any, Any]:
        return ("bare_star", None, None, s[0])

    def p_star(self, s: list[Any]) -> tuple[str, Any, Any, Any]:
        return ("star", self._arg(s[1], None), None, s[0])

    def p_star_ann(self, s: list[Any]) -> tuple[str, Any, Any, Any]:
        return ("star", self._arg(s[1], s[3]), None, s[0])

    def p_dstar(self, s: list[Any]) -> tuple[str, Any, Any, Any]:
        return ("dstar", self._arg(s[1], None), None, s[0])

    def p_dstar_ann(self, s: list[Any]) -> tuple[str, Any, Any, Any]:
        return ("dstar", self._arg(s[1], s[3]), None, s[0])

    def p_slash(self, s: list[Any]) -> tuple[str, Any, Any, Any]:
        return ("slash", None, None, s[0])

    def funcdef(self, s: list[Any]) -> Any:
        t, name, type_params, args, returns, _, body = s
        last = body[-1]
        return FunctionDef(
            name.value,
            args,
            body,
            [],
            returns,
            type_params or [],
            t.line,
            t.col,
            *self._tail(last),
        )

    def _classdef(
        self, t: Any, name: Any, type_params: Any, args: list[Any], body: list[Any], closer: Any = None
    ) -> Any:
        bases, keywords = self._call_args(args, closer)
        last = body[-1]
        return ClassDef(
            name.value,
            bases,
            keywords,
            body,
            [],
            type_params or [],
            t.line,
            t.col,
            *self._tail(last),
        )

    def classdef(self, s: list[Any]) -> Any:
        return self._classdef(s[0], s[1], s[2], [], s[4])

    def classdef_parens(self, s: list[Any]) -> Any:
        return self._classdef(s[0], s[1], s[2], [], s[6])

    def classdef_args(self, s: list[Any]) -> Any:
        t, name, type_params, lpar, args, rpar, _, body = s
        for item in args:
            if type(item) is _GeneratorExp and item.lineno is None:
                raise self.error("invalid syntax", item.elt)
        return self._classdef(t, name, type_params, args, body, rpar)

    def decorator(self, s: list[Any]) -> Any:
        return s[1]

    def decorated(self, s: list[Any]) -> Any:
        node = s[1]
        node.decorator_list = s[0]
        return node

    def async_stmt(self, s: list[Any]) -> Any:
        t, node = s
        kind = type(node).__name__
        async_cls = nodes.NODE_CLASSES["Async" + kind]
        new = _new(async_cls)
        for name in node._fields:
            setattr(new, name, getattr(node, name))
        new.lineno = t.line
        new.col_offset = t.col
        new.end_lineno = node.end_lineno
        new.end_col_offset = node.end_col_offset
        return new

    # type parameters
    def tp_var(self, s: list[Any]) -> Any:
        n = s[0]
        return TypeVar(n.value, None, None, n.line, n.col, n.end_line, n.end_col)

    def tp_var_bound(self, s: list[Any]) -> Any:
        n, _, bound = s
        return TypeVar(n.value, bound, None, n.line, n.col, bound.end_lineno, bound.end_col_offset)

    def tp_var_default(self, s: list[Any]) -> Any:
        n, _, default = s
        return TypeVar(n.value, None, default, n.line, n.col, default.end_lineno, default.end_col_offset)

    def tp_var_bound_default(self, s: list[Any]) -> Any:
        n, _, bound, _, default = s
        return TypeVar(n.value, bound, default, n.line, n.col, default.end_lineno, default.end_col_offset)

    def tp_tuple(self, s: list[Any]) -> Any:
        t, n = s
        return TypeVarTuple(n.value, None, t.line, t.col, n.end_line, n.end_col)

    def tp_tuple_default(self, s: list[Any]) -> Any:
        t, n, _, default = s
        return TypeVarTuple(n.value, default, t.line, t.col, default.end_lineno, default.end_col_offset)

    def tp_spec(self, s: list[Any]) -> Any:
        t, n = s
        return ParamSpec(n.value, None, t.line, t.col, n.end_line, n.end_col)

    def tp_spec_default(self, s: list[Any]) -> Any:
        t, n, _, default = s
        return ParamSpec(n.value, default, t.line, t.col, default.end_lineno, default.end_col_offset)

    # ------------------------------------------------------------------ match
    def match_stmt(self, s: list[Any]) -> Any:
        t, subject, cases = s[0], s[1], s[5]
        last = cases[-1].body[-1]
        return Match(subject, cases, t.line, t.col, *self._tail(last))

    def case_block(self, s: list[Any]) -> Any:
        return match_case(s[1], None, s[3])

    def case_guard(self, s: list[Any]) -> Any:
        return match_case(s[1], s[3], s[5])

    def open_seq(self, s: list[Any]) -> Any:
        items = s[0]
        first = items[0]
        end_line, end_col = _end(s[-1] if len(s) == 2 else items[-1])
        return MatchSequence(items, first.lineno, first.col_offset, end_line, end_col)

    def open_seq_single(self, s: list[Any]) -> Any:
        item, comma = s
        return MatchSequence([item], item.lineno, item.col_offset, comma.end_line, comma.end_col)

    def open_seq_star(self, s: list[Any]) -> Any:
        raise self.error("invalid syntax", s[0])

    def star_pattern(self, s: list[Any]) -> Any:
        t, n = s
        return MatchStar(None if n.value == "_" else n.value, t.line, t.col, n.end_line, n.end_col)

    def as_pattern(self, s: list[Any]) -> Any:
        pattern, _, n = s
        if n.value == "_":
            raise self.error("cannot use '_' as a target", n)
        return MatchAs(pattern, n.value, pattern.lineno, pattern.col_offset, n.end_line, n.end_col)

    def or_pattern(self, s: list[Any]) -> Any:
        items = s[0]
        first, last = items[0], items[-1]
        return MatchOr(items, first.lineno, first.col_offset, last.end_lineno, last.end_col_offset)

    def literal_pattern(self, s: list[Any]) -> Any:
        value = s[0]
        if type(value) in _FORMATTED:
            raise self.error("patterns may only match literals and attribute lookups", value)
        if type(value) is _Constant:
            v = value.value
            if v is None or v is True or v is False:
                return MatchSingleton(
                    v, value.lineno, value.col_offset, value.end_lineno, value.end_col_offset
                )
        return MatchValue(value, value.lineno, value.col_offset, value.end_lineno, value.end_col_offset)

    def capture_pattern(self, s: list[Any]) -> Any:
        n = s[0]
        name = None if n.value == "_" else n.value
        return MatchAs(None, name, n.line, n.col, n.end_line, n.end_col)

    def value_pattern(self, s: list[Any]) -> Any:
        value = s[0]
        return MatchValue(value, value.lineno, value.col_offset, value.end_lineno, value.end_col_offset)

    def seq_pattern_empty(self, s: list[Any]) -> Any:
        a, b = s
        return MatchSequence([], a.line, a.col, b.end_line, b.end_col)

    def group_or_seq_pattern(self, s: list[Any]) -> Any:
        lpar, items, rpar = s
        if len(items) == 1:
            if type(items[0]) is _MatchStar:  # `(*a)` is neither a group nor a sequence
                raise self.error("invalid syntax", items[0])
            return self._paren(items[0], lpar, rpar)
        return MatchSequence(items, lpar.line, lpar.col, rpar.end_line, rpar.end_col)

    def seq_pattern(self, s: list[Any]) -> Any:
        a, items, b = s[0], s[1], s[-1]
        return MatchSequence(items, a.line, a.col, b.end_line, b.end_col)

    def mapping_pattern_empty(self, s: list[Any]) -> Any:
        a, b = s
        return MatchMapping([], [], None, a.line, a.col, b.end_line, b.end_col)

    def mapping_pattern(self, s: list[Any]) -> Any:
        a, items, b = s[0], s[1], s[-1]
        keys, patterns = [], []
        rest = None
        for key, value in items:
            if rest is not None:
                raise self.error("invalid syntax", value if key is None else key)
            if key is None:
                rest = value.value
            else:
                keys.append(key)
                patterns.append(value)
        mapping = MatchMapping(keys, patterns, rest, a.line, a.col, b.end_line, b.end_col)
        if any(type(key) in _FORMATTED for key in keys):
            raise self.error("mapping pattern keys may only match literals and attribute lookups", mapping)
        return mapping

    def mapping_item(self, s: list[Any]) -> tuple[Any, Any]:
        return (s[0], s[2])

    def mapping_rest(self, s: list[Any]) -> tuple[Any, Any]:
        return (None, s[1])

    def class_pattern_empty(self, s: list[Any]) -> Any:
        cls, _, b = s
        return MatchClass(cls, [], [], [], cls.lineno, cls.col_offset, b.end_line, b.end_col)

    def class_pattern(self, s: list[Any]) -> Any:
        cls, args, b = s[0], s[2], s[-1]
        patterns, kwd_attrs, kwd_patterns = [], [], []
        for item in args:
            if type(item) is tuple:
                kwd_attrs.append(item[0].value)
                kwd_patterns.append(item[1])
            elif kwd_attrs:
                raise self.error("positional patterns follow keyword patterns", item)
            else:
                patterns.append(item)
        return MatchClass(
            cls, patterns, kwd_attrs, kwd_patterns, cls.lineno, cls.col_offset, b.end_line, b.end_col
        )

    def keyword_pattern(self, s: list[Any]) -> tuple[Any, Any]:
        return (s[0], s[2])

    def negative_number(self, s: list[Any]) -> Any:
        t, n = s
        operand = self.number([n])
        return UnaryOp("USub", operand, t.line, t.col, n.end_line, n.end_col)

    def complex_literal(self, s: list[Any]) -> Any:
        left, op, n = s
        right = self.number([n])
        real = left.operand if type(left) is nodes.UnaryOp else left
        if type(real.value) is complex:
            raise self.error("real number required in complex literal", left)
        if type(right.value) is not complex:
            raise self.error("imaginary number required in complex literal", right)
        return BinOp(left, _BINARY[op.value], right, left.lineno, left.col_offset, n.end_line, n.end_col)

    def name_load(self, s: list[Any]) -> Any:
        n = s[0]
        return Name(n.value, "Load", n.line, n.col, n.end_line, n.end_col)

    def attribute_load(self, s: list[Any]) -> Any:
        value, _, n = s
        return Attribute(value, n.value, "Load", value.lineno, value.col_offset, n.end_line, n.end_col)

    # ------------------------------------------------------------------ expressions
    def name(self, s: list[Any]) -> Any:
        n = s[0]
        return Name(n.value, "Load", n.line, n.col, n.end_line, n.end_col)

    def number(self, s: list[Any]) -> Any:
        n = s[0]
        try:
            value = literals.parse_number(n.value)
        except ValueError as exc:
            raise self.error(str(exc), n) from None
        return Constant(value, None, n.line, n.col, n.end_line, n.end_col)

    def strings(self, s: list[Any]) -> Any:
        pieces = [(t.value, t.line, t.col, t.end_line, t.end_col) for t in s[0]]
        return literals.build_strings(pieces, self.parse_expr, self.source, self.filename)

    def const_none(self, s: list[Any]) -> Any:
        t = s[0]
        return Constant(None, None, t.line, t.col, t.end_line, t.end_col)

    def const_true(self, s: list[Any]) -> Any:
        t = s[0]
        return Constant(True, None, t.line, t.col, t.end_line, t.end_col)

    def const_false(self, s: list[Any]) -> Any:
        t = s[0]
        return Constant(False, None, t.line, t.col, t.end_line, t.end_col)

    def ellipsis(self, s: list[Any]) -> Any:
        t = s[0]
        return Constant(Ellipsis, None, t.line, t.col, t.end_line, t.end_col)

    def empty_tuple(self, s: list[Any]) -> Any:
        a, b = s
        return Tuple([], "Load", a.line, a.col, b.end_line, b.end_col)

    def paren_yield(self, s: list[Any]) -> Any:
        return self._paren(s[1], s[0], s[2])

    def paren(self, s: list[Any]) -> Any:
        lpar, items, rpar = s
        if len(items) == 1:
            item = items[0]
            if type(item) is _Starred:
                raise self.error("cannot use starred expression here", item)
            if type(item) is _ParenAs:
                return self._group(items, lpar, rpar)
            return self._paren(item, lpar, rpar)
        return self._tuple(items, lpar, rpar)

    def paren_tuple(self, s: list[Any]) -> Any:
        return self._tuple(s[1], s[0], s[3])

    def _tuple(self, items: list[Any], lpar: Any, rpar: Any) -> Any:
        for item in items:
            if type(item) is _ParenAs:
                return self._group(items, lpar, rpar)
        node = Tuple(items, "Load", lpar.line, lpar.col, rpar.end_line, rpar.end_col)
        self.paren_tuples.add(id(node))
        return node

    def _group(self, items: list[Any], lpar: Any, rpar: Any) -> Any:
        group = _ParenGroup(items, lpar, rpar)
        self.groups.append(group)
        return group

    def paren_as(self, s: list[Any]) -> Any:
        return _ParenAs(s[0], s[2])

    def genexp(self, s: list[Any]) -> Any:
        a, elt, tail, b = s
        self._no_bare_star(elt)
        return GeneratorExp(elt, self._generators(tail), a.line, a.col, b.end_line, b.end_col)

    def empty_list(self, s: list[Any]) -> Any:
        a, b = s
        return List([], "Load", a.line, a.col, b.end_line, b.end_col)

    def list_display(self, s: list[Any]) -> Any:
        a, items, b = s[0], s[1], s[-1]
        return List(items, "Load", a.line, a.col, b.end_line, b.end_col)

    def listcomp(self, s: list[Any]) -> Any:
        a, elt, tail, b = s
        self._no_bare_star(elt)
        return ListComp(elt, self._generators(tail), a.line, a.col, b.end_line, b.end_col)

    def empty_dict(self, s: list[Any]) -> Any:
        a, b = s
        return Dict([], [], a.line, a.col, b.end_line, b.end_col)

    def dict_display(self, s: list[Any]) -> Any:
        a, items, b = s[0], s[1], s[-1]
        return Dict([k for k, _ in items], [v for _, v in items], a.line, a.col, b.end_line, b.end_col)

    def pair_colon(self, s: list[Any]) -> tuple[Any, Any]:
        return (s[0], s[2])

    def dict_unpack(self, s: list[Any]) -> tuple[Any, Any]:
        return (None, s[1])

    def dictcomp(self, s: list[Any]) -> Any:
        a, key, _, value, tail, b = s
        return DictComp(key, value, self._generators(tail), a.line, a.col, b.end_line, b.end_col)

    def set_display(self, s: list[Any]) -> Any:
        a, items, b = s[0], s[1], s[-1]
        return Set(items, a.line, a.col, b.end_line, b.end_col)

    def setcomp(self, s: list[Any]) -> Any:
        a, elt, tail, b = s
        self._no_bare_star(elt)
        return SetComp(elt, self._generators(tail), a.line, a.col, b.end_line, b.end_col)

    def comp_for(self, s: list[Any]) -> Any:
        target, iterable = s[1], s[3]
        self._store(target, "Store", False)
        return comprehension(target, iterable, [], 0)

    def comp_async_for(self, s: list[Any]) -> Any:
        target, iterable = s[2], s[4]
        self._store(target, "Store", False)
        return comprehension(target, iterable, [], 1)

    def comp_if(self, s: list[Any]) -> Any:
        return s[1]

    def attribute(self, s: list[Any]) -> Any:
        value, _, n = s
        return Attribute(value, n.value, "Load", value.lineno, value.col_offset, n.end_line, n.end_col)

    def call_noargs(self, s: list[Any]) -> Any:
        func, _, b = s
        return Call(func, [], [], func.lineno, func.col_offset, b.end_line, b.end_col)

    def call(self, s: list[Any]) -> Any:
        func, lpar, items, rpar = s
        self._place_genexp(items, lpar, rpar)
        args, keywords = self._call_args(items, rpar)
        return Call(func, args, keywords, func.lineno, func.col_offset, rpar.end_line, rpar.end_col)

    def _place_genexp(self, items: list[Any], lpar: Any, rpar: Any) -> None:
        """An unparenthesized generator argument takes the call's parentheses."""
        for item in items:
            if type(item) is _GeneratorExp and item.lineno is None:
                if len(items) != 1:
                    raise self.error(
                        "Generator expression must be parenthesized", item.elt, _genexp_end(item)
                    )
                item.lineno = lpar.line
                item.col_offset = lpar.col
                item.end_lineno = rpar.end_line
                item.end_col_offset = rpar.end_col

    def _call_args(self, items: list[Any], closer: Any = None) -> tuple[list[Any], list[Any]]:
        """Split call arguments; ``closer`` (the ``)``) is where CPython reports order errors."""
        args: list[Any] = []
        keywords: list[Any] = []
        for item in items:
            if type(item) is _keyword:
                keywords.append(item)
            elif keywords:
                where = closer or item
                if type(item) is _Starred:
                    if any(k.arg is None for k in keywords):
                        star = _Span(item.lineno, item.col_offset, item.lineno, item.col_offset + 1)
                        raise self.error(
                            "iterable argument unpacking follows keyword argument unpacking", star
                        )
                    args.append(item)
                elif any(k.arg is None for k in keywords):
                    raise self.error("positional argument follows keyword argument unpacking", where)
                else:
                    raise self.error("positional argument follows keyword argument", where)
            else:
                args.append(item)
        return args, keywords

    def args_comma(self, s: list[Any]) -> list[Any]:
        items = s[0]
        if len(items) == 1 and type(items[0]) is _GeneratorExp and items[0].lineno is None:
            raise self.error(
                "Generator expression must be parenthesized", items[0].elt, _genexp_end(items[0])
            )
        return items

    def arg_genexp(self, s: list[Any]) -> Any:
        elt, tail = s
        return GeneratorExp(elt, self._generators(tail), None, None, None, None)

    def arg_keyword(self, s: list[Any]) -> Any:
        n, _, value = s
        return keyword(n.value, value, n.line, n.col, value.end_lineno, value.end_col_offset)

    def arg_dstar(self, s: list[Any]) -> Any:
        t, value = s
        return keyword(None, value, t.line, t.col, value.end_lineno, value.end_col_offset)

    def starred(self, s: list[Any]) -> Any:
        t, value = s
        return Starred(value, "Load", t.line, t.col, value.end_lineno, value.end_col_offset)

    def subscript(self, s: list[Any]) -> Any:
        value, _, index, b = s
        if type(index) is _Starred:  # a[*b] indexes with the tuple (*b,)
            index = Tuple(
                [index], "Load", index.lineno, index.col_offset, index.end_lineno, index.end_col_offset
            )
        return Subscript(value, index, "Load", value.lineno, value.col_offset, b.end_line, b.end_col)

    def slice2(self, s: list[Any]) -> Any:
        lower, colon, upper = s
        start = lower or colon
        end = upper or colon
        line, col = _start(start)
        end_line, end_col = _end(end)
        return Slice(lower, upper, None, line, col, end_line, end_col)

    def slice3(self, s: list[Any]) -> Any:
        lower, colon, upper, colon2, step = s
        line, col = _start(lower or colon)
        end_line, end_col = _end(step or colon2)
        return Slice(lower, upper, step, line, col, end_line, end_col)

    def tuple_bare(self, s: list[Any]) -> Any:
        items = s[0]
        first = items[0]
        end_line, end_col = _end(s[1] if len(s) == 2 else items[-1])
        return Tuple(items, "Load", first.lineno, first.col_offset, end_line, end_col)

    def tuple_single(self, s: list[Any]) -> Any:
        item, comma = s
        return Tuple([item], "Load", item.lineno, item.col_offset, comma.end_line, comma.end_col)

    def binop(self, s: list[Any]) -> Any:
        left, op, right = s
        return BinOp(
            left,
            _BINARY[op.value],
            right,
            left.lineno,
            left.col_offset,
            right.end_lineno,
            right.end_col_offset,
        )

    def unary(self, s: list[Any]) -> Any:
        op, operand = s
        return UnaryOp(_UNARY[op.value], operand, op.line, op.col, operand.end_lineno, operand.end_col_offset)

    def await_expr(self, s: list[Any]) -> Any:
        t, value = s
        return Await(value, t.line, t.col, value.end_lineno, value.end_col_offset)

    def pair_flat(self, s: list[Any]) -> list[Any]:
        return [s[0], s[1]]

    def extend_pair(self, s: list[Any]) -> list[Any]:
        chain = s[0]
        chain.append(s[1])
        chain.append(s[2])
        return chain

    def op_not_in(self, s: list[Any]) -> str:
        return "NotIn"

    def op_is_not(self, s: list[Any]) -> str:
        return "IsNot"

    def compare(self, s: list[Any]) -> Any:
        left, chain = s
        ops = []
        for op in chain[::2]:
            ops.append(op if type(op) is str else _COMPARE[op.value])
        comparators = chain[1::2]
        last = comparators[-1]
        return Compare(
            left, ops, comparators, left.lineno, left.col_offset, last.end_lineno, last.end_col_offset
        )

    def or_test(self, s: list[Any]) -> Any:
        values = s[0]
        first, last = values[0], values[-1]
        return BoolOp("Or", values, first.lineno, first.col_offset, last.end_lineno, last.end_col_offset)

    def and_test(self, s: list[Any]) -> Any:
        values = s[0]
        first, last = values[0], values[-1]
        return BoolOp("And", values, first.lineno, first.col_offset, last.end_lineno, last.end_col_offset)

    def ifexp(self, s: list[Any]) -> Any:
        body, _, test, _, orelse = s
        return IfExp(
            test, body, orelse, body.lineno, body.col_offset, orelse.end_lineno, orelse.end_col_offset
        )

    def namedexpr(self, s: list[Any]) -> Any:
        n, _, value = s
        target = Name(n.value, "Store", n.line, n.col, n.end_line, n.end_col)
        return NamedExpr(target, value, n.line, n.col, value.end_lineno, value.end_col_offset)

    def lambda_noargs(self, s: list[Any]) -> Any:
        t, _, body = s
        args = arguments([], [], None, [], [], None, [])
        return Lambda(args, body, t.line, t.col, body.end_lineno, body.end_col_offset)

    def lambda_args(self, s: list[Any]) -> Any:
        t, params, body = s[0], s[1], s[-1]
        args = self._arguments(params, s[-2])
        return Lambda(args, body, t.line, t.col, body.end_lineno, body.end_col_offset)

    lambda_args_comma = lambda_args

    def yield_none(self, s: list[Any]) -> Any:
        t = s[0]
        return Yield(None, t.line, t.col, t.end_line, t.end_col)

    def yield_value(self, s: list[Any]) -> Any:
        t, value = s
        self._no_bare_star(value)
        return Yield(value, t.line, t.col, value.end_lineno, value.end_col_offset)

    def yield_from(self, s: list[Any]) -> Any:
        t, _, value = s
        return YieldFrom(value, t.line, t.col, value.end_lineno, value.end_col_offset)


def _start(item: Any) -> tuple[int, int]:
    """Start (line, col) of a node or a token."""
    line = getattr(item, "lineno", None)
    if line is not None:
        return line, item.col_offset
    return item.line, item.col


def _end(item: Any) -> tuple[int, int]:
    """End (line, col) of a node or a token."""
    line = getattr(item, "end_lineno", None)
    if line is not None:
        return line, item.end_col_offset
    return item.end_line, item.end_col


class _Span:
    """A bare span, for errors that CPython reports at part of a node."""

    __slots__ = ("line", "col", "end_line", "end_col")

    def __init__(self, line: int, col: int, end_line: int, end_col: int) -> None:
        self.line = line
        self.col = col
        self.end_line = end_line
        self.end_col = end_col


def _genexp_end(node: Any) -> Any:
    """The last part of an unparenthesized generator (where CPython's span ends)."""
    last = node.generators[-1]
    return last.ifs[-1] if last.ifs else last.iter


# 3.12 reworded this message; each host CPython is the oracle for its own runs.
_NON_DEFAULT_MESSAGE = (
    "non-default argument follows default argument"
    if sys.version_info < (3, 12)
    else "parameter without a default follows parameter with a default"
)
# f-strings and t-strings: literals that are not constants, refused as patterns.
_FORMATTED = frozenset({nodes.JoinedStr, nodes.TemplateStr})
# Valid assignment targets, and expressions that are not operands (`bitwise_or`).
_TARGET_KINDS = frozenset({nodes.Name, nodes.Attribute, nodes.Subscript, nodes.Starred})
_NOT_OPERANDS = frozenset(
    {nodes.BoolOp, nodes.Compare, nodes.IfExp, nodes.Lambda, nodes.NamedExpr, nodes.Yield, nodes.YieldFrom}
)
