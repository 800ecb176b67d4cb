"""Shapes of expressions, read from tokens, for error messages.

CPython words many syntax errors after the *kind* of an expression ("cannot assign
to function call", "'tuple' is an illegal expression for augmented assignment") and
points at its exact span.  When our parser fails, there is no AST to look at, so
this module reads the tokens around the failure with a small recursive-descent
parser that follows the shape of CPython's expression grammar and records, for each
expression, its CPython node kind, its token span and the few children the error
rules look into (tuple/list elements, a starred value, a comparison's left side).

It accepts more than Python does (it never needs to reject valid code) and raises
``NoParse`` where it cannot go on; callers treat that as "this rule does not apply".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .scan import NAME, NUMBER, OP, STRING, Token

KEYWORDS = frozenset(
    """False None True and as assert async await break class continue def del elif else except
    finally for from global if import in is lambda nonlocal not or pass raise return try while
    with yield""".split()
)
SOFT_KEYWORDS = frozenset({"match", "case", "_", "type"})
_COMPARE = {"==", "!=", "<", "<=", ">", ">="}
_BINARY_LEVELS = (("|",), ("^",), ("&",), ("<<", ">>"), ("+", "-"), ("*", "/", "//", "%", "@"))


class NoParse(Exception):
    """The tokens do not form the expression asked for."""


@dataclass
class Shape:
    """An expression: CPython node kind, tokens ``start``..``end`` (exclusive)."""

    kind: str
    start: int
    end: int
    elts: list[Shape] = field(default_factory=list)
    value: Shape | None = None  # Starred's value; Compare's left side
    constant: str = ""  # for Constant: "None", "True", "False", "ellipsis" or "literal"
    ops: list[str] = field(default_factory=list)  # Compare operators
    parenthesized: bool = False
    # Position override: CPython gives a parenthesized expression the span of its
    # content, but a parenthesized tuple or generator the span with the brackets.
    span: tuple[int, int] | None = None

    def first(self) -> int:
        return self.span[0] if self.span else self.start

    def last(self) -> int:
        """Index of the last token (inclusive)."""
        return (self.span[1] if self.span else self.end) - 1


def expr_name(shape: Shape) -> str:
    """CPython's ``_PyPegen_get_expr_name``: how messages call an expression."""
    if shape.kind == "Constant":
        return shape.constant
    return {
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
        "TemplateStr": "t-string expression",
        "Compare": "comparison",
        "IfExp": "conditional expression",
        "NamedExpr": "named expression",
    }.get(shape.kind, "expression")


def invalid_target(shape: Shape, targets: str) -> Shape | None:
    """CPython's ``_PyPegen_get_invalid_target``; ``targets`` is star, del or for."""
    if shape.kind in ("List", "Tuple"):
        for elt in shape.elts:
            bad = invalid_target(elt, targets)
            if bad is not None:
                return bad
        return None
    if shape.kind == "Starred":
        if targets == "del":
            return shape
        return invalid_target(shape.value, targets) if shape.value else None
    if shape.kind == "Compare":
        # `for a in b` is read as the comparison `a in b`: look at its left side.
        if targets == "for":
            if shape.ops and shape.ops[0] == "in" and shape.value is not None:
                return invalid_target(shape.value, targets)
            return None
        return shape
    if shape.kind in ("Name", "Subscript", "Attribute"):
        return None
    return shape


class Reader:
    """Recursive descent over ``tokens``; every method takes and returns indexes."""

    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.match: dict[int, int] = {}
        stack: list[int] = []
        for i, tok in enumerate(tokens):
            if tok.kind == OP and tok.text in "([{":
                stack.append(i)
            elif tok.kind == OP and tok.text in ")]}" and stack:
                self.match[stack.pop()] = i

    # --- token tests ---------------------------------------------------------------

    def text(self, i: int) -> str:
        return self.tokens[i].text if i < len(self.tokens) else ""

    def kind(self, i: int) -> str:
        return self.tokens[i].kind if i < len(self.tokens) else ""

    def is_op(self, i: int, *ops: str) -> bool:
        return self.kind(i) == OP and self.text(i) in ops

    def is_kw(self, i: int, *words: str) -> bool:
        return self.kind(i) == NAME and self.text(i) in words

    def closing(self, i: int) -> int:
        if i not in self.match:
            raise NoParse
        return self.match[i]

    # --- expression grammar --------------------------------------------------------

    def star_expressions(self, i: int) -> Shape:
        """``a, *b, c`` (a Tuple when there is a comma) or one star_expression."""
        first = self.star_expression(i)
        if not self.is_op(first.end, ","):
            return first
        elts = [first]
        j = first.end
        while self.is_op(j, ","):
            j += 1
            try:
                elt = self.star_expression(j)
            except NoParse:
                break
            elts.append(elt)
            j = elt.end
        return Shape("Tuple", i, j, elts=elts)

    def star_targets(self, i: int) -> Shape:
        """Loop targets: like star_expressions, but stopping before ``in``."""
        elts = []
        j = i
        while True:
            if self.is_op(j, "*"):
                value = self.bitwise_or(j + 1)
                elt = Shape("Starred", j, value.end, value=value)
            else:
                elt = self.bitwise_or(j)
            elts.append(elt)
            j = elt.end
            if not self.is_op(j, ",") or self.is_kw(j + 1, "in"):
                break
            j += 1
        if self.is_op(j, ","):
            j += 1
        if len(elts) == 1 and j == elts[0].end:
            return elts[0]
        return Shape("Tuple", i, j, elts=elts)

    def star_expression(self, i: int) -> Shape:
        if self.is_op(i, "*"):
            value = self.bitwise_or(i + 1)
            return Shape("Starred", i, value.end, value=value)
        return self.expression(i)

    def star_named_expression(self, i: int) -> Shape:
        if self.is_op(i, "*"):
            value = self.bitwise_or(i + 1)
            return Shape("Starred", i, value.end, value=value)
        return self.named_expression(i)

    def named_expression(self, i: int) -> Shape:
        if self.kind(i) == NAME and self.is_op(i + 1, ":="):
            value = self.expression(i + 2)
            return Shape("NamedExpr", i, value.end, value=value)
        return self.expression(i)

    def expression(self, i: int) -> Shape:
        if self.is_kw(i, "lambda"):
            return self.lambdef(i)
        body = self.disjunction(i)
        if self.is_kw(body.end, "if"):
            # PEG semantics: an incomplete conditional leaves just its body parsed.
            test = self.try_parse(self.disjunction, body.end + 1)
            if test is None or not self.is_kw(test.end, "else"):
                return body
            orelse = self.try_parse(self.expression, test.end + 1)
            if orelse is None:
                return body
            return Shape("IfExp", i, orelse.end)
        return body

    def lambdef(self, i: int) -> Shape:
        j = i + 1
        while not self.is_op(j, ":"):
            if j >= len(self.tokens) or self.kind(j) not in (NAME, OP) or self.is_op(j, ")", "]", "}"):
                raise NoParse
            if self.is_op(j, "(", "[", "{"):
                j = self.closing(j)
            j += 1
        body = self.expression(j + 1)
        return Shape("Lambda", i, body.end)

    def disjunction(self, i: int) -> Shape:
        return self._boolop(i, "or", self.conjunction)

    def conjunction(self, i: int) -> Shape:
        return self._boolop(i, "and", self.inversion)

    def _boolop(self, i: int, word: str, operand) -> Shape:  # type: ignore[no-untyped-def]
        left = operand(i)
        if not self.is_kw(left.end, word):
            return left
        j = left.end
        while self.is_kw(j, word):
            # PEG semantics: a dangling operator leaves the parsed prefix.
            right = self.try_parse(operand, j + 1)
            if right is None:
                break
            j = right.end
        if j == left.end:
            return left
        return Shape("BoolOp", i, j)

    def inversion(self, i: int) -> Shape:
        if self.is_kw(i, "not"):
            operand = self.inversion(i + 1)
            return Shape("UnaryOp", i, operand.end)
        return self.comparison(i)

    def comparison(self, i: int) -> Shape:
        left = self.bitwise_or(i)
        ops: list[str] = []
        j = left.end
        while True:
            before = j
            if self.is_op(j, *_COMPARE) or self.is_kw(j, "in"):
                op, j = self.text(j), j + 1
            elif self.is_kw(j, "not") and self.is_kw(j + 1, "in"):
                op, j = "not in", j + 2
            elif self.is_kw(j, "is"):
                op, j = ("is not", j + 2) if self.is_kw(j + 1, "not") else ("is", j + 1)
            else:
                break
            right = self.try_parse(self.bitwise_or, j)
            if right is None:
                j = before
                break
            ops.append(op)
            j = right.end
        if not ops:
            return left
        return Shape("Compare", i, j, value=left, ops=ops)

    def bitwise_or(self, i: int, level: int = 0) -> Shape:
        if level == len(_BINARY_LEVELS):
            return self.factor(i)
        left = self.bitwise_or(i, level + 1)
        j = left.end
        if not self.is_op(j, *_BINARY_LEVELS[level]):
            return left
        while self.is_op(j, *_BINARY_LEVELS[level]):
            try:
                j = self.bitwise_or(j + 1, level + 1).end
            except (NoParse, IndexError):
                break
        if j == left.end:
            return left
        return Shape("BinOp", i, j)

    def factor(self, i: int) -> Shape:
        if self.is_op(i, "+", "-", "~"):
            operand = self.factor(i + 1)
            return Shape("UnaryOp", i, operand.end)
        return self.power(i)

    def power(self, i: int) -> Shape:
        base = self.await_primary(i)
        if self.is_op(base.end, "**"):
            exponent = self.factor(base.end + 1)
            return Shape("BinOp", i, exponent.end)
        return base

    def await_primary(self, i: int) -> Shape:
        if self.is_kw(i, "await"):
            operand = self.primary(i + 1)
            return Shape("Await", i, operand.end)
        return self.primary(i)

    def primary(self, i: int) -> Shape:
        node = self.atom(i)
        while True:
            j = node.end
            if self.is_op(j, ".") and self.kind(j + 1) == NAME:
                node = Shape("Attribute", i, j + 2)
            elif self.is_op(j, "("):
                node = Shape("Call", i, self.closing(j) + 1)
            elif self.is_op(j, "["):
                node = Shape("Subscript", i, self.closing(j) + 1)
            else:
                return node

    def atom(self, i: int) -> Shape:
        kind, text = self.kind(i), self.text(i)
        if kind == NAME:
            if text in ("None", "True", "False"):
                return Shape("Constant", i, i + 1, constant=text)
            if text in KEYWORDS:
                raise NoParse
            return Shape("Name", i, i + 1)
        if kind == NUMBER:
            return Shape("Constant", i, i + 1, constant="literal")
        if kind == STRING:
            j = i
            fstring = template = False
            while self.kind(j) == STRING:
                prefix = self.text(j).split("'")[0].split('"')[0].lower()
                fstring = fstring or "f" in prefix
                template = template or "t" in prefix
                j += 1
            if template:
                return Shape("TemplateStr", i, j)
            if fstring:
                return Shape("JoinedStr", i, j)
            return Shape("Constant", i, j, constant="literal")
        if kind == OP and text == "...":
            return Shape("Constant", i, i + 1, constant="ellipsis")
        if kind == OP and text in "([{":
            return self.group(i)
        raise NoParse

    def group(self, i: int) -> Shape:
        """A bracketed atom: tuple, list, set, dict, comprehension or parentheses."""
        close = self.closing(i)
        opener = self.text(i)
        if close == i + 1:
            return Shape({"(": "Tuple", "[": "List", "{": "Dict"}[opener], i, close + 1)
        j = i + 1
        if opener == "(" and self.is_kw(j, "yield"):
            return Shape("Yield", i, close + 1, span=(j, close), parenthesized=True)
        if opener == "{" and self.is_op(j, "**"):
            return Shape("Dict", i, close + 1)
        try:
            first = self.star_named_expression(j)
        except NoParse:
            raise NoParse from None  # not an expression we can read
        after = first.end
        if opener == "{" and self.is_op(after, ":"):
            if self._has_top_level_for(i + 1, close):
                return Shape("DictComp", i, close + 1)
            return Shape("Dict", i, close + 1)
        if self.is_kw(after, "for") or self.is_kw(after, "async"):
            kind = {"(": "GeneratorExp", "[": "ListComp", "{": "SetComp"}[opener]
            return Shape(kind, i, close + 1)
        if opener == "(" and after == close:
            first.parenthesized = True
            return Shape(
                first.kind,
                i,
                close + 1,
                elts=first.elts,
                value=first.value,
                constant=first.constant,
                ops=first.ops,
                parenthesized=True,
                span=(first.first(), first.last() + 1),
            )
        elts = [first]
        while self.is_op(after, ","):
            if after + 1 == close:
                after = close
                break
            elt = self.star_named_expression(after + 1)
            elts.append(elt)
            after = elt.end
        if after != close:
            raise NoParse  # not an expression we can read
        kind = {"(": "Tuple", "[": "List", "{": "Set"}[opener]
        return Shape(kind, i, close + 1, elts=elts, parenthesized=opener == "(")

    def _has_top_level_for(self, start: int, stop: int) -> bool:
        j = start
        while j < stop:
            if self.is_op(j, "(", "[", "{"):
                j = self.closing(j)
            elif self.is_kw(j, "for"):
                return True
            j += 1
        return False

    def try_parse(self, method, i: int) -> Shape | None:  # type: ignore[no-untyped-def]
        """``method(i)``, or None where the tokens do not fit."""
        try:
            return method(i)
        except (NoParse, IndexError, RecursionError):
            return None
