"""AST node classes of interp's own.

The node names and their fields are those of CPython 3.13's ``ast`` module, so that
the parser can be checked node for node against ``ast.parse`` and so that anyone who
knows CPython's AST can read ours.  Differences, each for a reason:

- Operators and expression contexts are plain strings (``"Add"``, ``"Load"``), not
  singleton objects: the compiler dispatches on them and strings are cheaper to hold
  and compare.
- ``type_comment`` and ``type_ignores`` are absent: the sandbox never reads them.
- Positions are *character* offsets in the line (CPython's are UTF-8 byte offsets),
  because carets in error messages and tracebacks count characters.

Every node that CPython gives a position carries ``lineno``, ``col_offset``,
``end_lineno`` and ``end_col_offset`` (lines 1-based, columns 0-based).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

_POSITION = ("lineno", "col_offset", "end_lineno", "end_col_offset")


class AST:
    """Base of all nodes.  Subclasses list their ``_fields`` and ``_attributes``."""

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()
    _attributes: ClassVar[tuple[str, ...]] = ()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        names = self._fields
        if len(args) > len(names):
            raise TypeError(f"{type(self).__name__} takes at most {len(names)} positional arguments")
        for name, value in zip(names, args):
            setattr(self, name, value)
        for name in names[len(args) :]:
            setattr(self, name, kwargs.pop(name, None))
        for name in self._attributes:
            setattr(self, name, kwargs.pop(name, None))
        if kwargs:
            raise TypeError(f"{type(self).__name__} got unexpected fields {sorted(kwargs)}")

    def __repr__(self) -> str:
        inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__name__}({inner})"

    def iter_fields(self) -> Iterator[tuple[str, Any]]:
        for name in self._fields:
            yield name, getattr(self, name)

    def copy_location(self, other: AST) -> AST:
        """Give this node the position of ``other`` and return it."""
        for name in self._attributes:
            setattr(self, name, getattr(other, name, None))
        return self


def _define(base: type, name: str, fields: str, positioned: bool = True) -> type:
    names = tuple(fields.split())
    attributes = _POSITION if positioned else ()
    cls = type(
        name,
        (base,),
        {
            "__slots__": names + tuple(a for a in attributes if a not in base._attributes),
            "_fields": names,
            "_attributes": attributes,
            "__module__": __name__,
        },
    )
    globals()[name] = cls
    return cls


class mod(AST):
    __slots__ = ()


class stmt(AST):
    __slots__ = (*_POSITION, "_packed")
    _attributes = _POSITION


class expr(AST):
    __slots__ = (*_POSITION, "_packed")
    _attributes = _POSITION


class pattern(AST):
    __slots__ = _POSITION
    _attributes = _POSITION


class type_param(AST):
    __slots__ = _POSITION
    _attributes = _POSITION


class excepthandler(AST):
    __slots__ = _POSITION
    _attributes = _POSITION


# The tables below are the ASDL of CPython 3.13 (Parser/Python.asdl), minus type comments.
_MODS = {
    "Module": "body",
    "Interactive": "body",
    "Expression": "body",
}

_STMTS = {
    "FunctionDef": "name args body decorator_list returns type_params",
    "AsyncFunctionDef": "name args body decorator_list returns type_params",
    "ClassDef": "name bases keywords body decorator_list type_params",
    "Return": "value",
    "Delete": "targets",
    "Assign": "targets value",
    "TypeAlias": "name type_params value",
    "AugAssign": "target op value",
    "AnnAssign": "target annotation value simple",
    "For": "target iter body orelse",
    "AsyncFor": "target iter body orelse",
    "While": "test body orelse",
    "If": "test body orelse",
    "With": "items body",
    "AsyncWith": "items body",
    "Match": "subject cases",
    "Raise": "exc cause",
    "Try": "body handlers orelse finalbody",
    "TryStar": "body handlers orelse finalbody",
    "Assert": "test msg",
    "Import": "names",
    "ImportFrom": "module names level",
    "Global": "names",
    "Nonlocal": "names",
    "Expr": "value",
    "Pass": "",
    "Break": "",
    "Continue": "",
}

_EXPRS = {
    "BoolOp": "op values",
    "NamedExpr": "target value",
    "BinOp": "left op right",
    "UnaryOp": "op operand",
    "Lambda": "args body",
    "IfExp": "test body orelse",
    "Dict": "keys values",
    "Set": "elts",
    "ListComp": "elt generators",
    "SetComp": "elt generators",
    "DictComp": "key value generators",
    "GeneratorExp": "elt generators",
    "Await": "value",
    "Yield": "value",
    "YieldFrom": "value",
    "Compare": "left ops comparators",
    "Call": "func args keywords",
    "FormattedValue": "value conversion format_spec",
    "JoinedStr": "values",
    # CPython 3.14's t-strings (PEP 750); the parser makes them on 3.14 hosts only.
    "Interpolation": "value str conversion format_spec",
    "TemplateStr": "values",
    "Constant": "value kind",
    "Attribute": "value attr ctx",
    "Subscript": "value slice ctx",
    "Starred": "value ctx",
    "Name": "id ctx",
    "List": "elts ctx",
    "Tuple": "elts ctx",
    "Slice": "lower upper step",
}

_PATTERNS = {
    "MatchValue": "value",
    "MatchSingleton": "value",
    "MatchSequence": "patterns",
    "MatchMapping": "keys patterns rest",
    "MatchClass": "cls patterns kwd_attrs kwd_patterns",
    "MatchStar": "name",
    "MatchAs": "pattern name",
    "MatchOr": "patterns",
}

_TYPE_PARAMS = {
    "TypeVar": "name bound default_value",
    "ParamSpec": "name default_value",
    "TypeVarTuple": "name default_value",
}

# Nodes outside the four positioned families: (fields, has position).
_OTHERS = {
    "comprehension": ("target iter ifs is_async", False),
    "arguments": ("posonlyargs args vararg kwonlyargs kw_defaults kwarg defaults", False),
    "arg": ("arg annotation", True),
    "keyword": ("arg value", True),
    "alias": ("name asname", True),
    "withitem": ("context_expr optional_vars", False),
    "match_case": ("pattern guard body", False),
}

for _name, _fields in _MODS.items():
    _define(mod, _name, _fields, positioned=False)
for _base, _table in ((stmt, _STMTS), (expr, _EXPRS), (pattern, _PATTERNS), (type_param, _TYPE_PARAMS)):
    for _name, _fields in _table.items():
        _define(_base, _name, _fields)
_define(excepthandler, "ExceptHandler", "type name body")
for _name, (_fields, _positioned) in _OTHERS.items():
    _define(AST, _name, _fields, positioned=_positioned)

# Operator names as they appear in ``op`` fields, with the source text they come from.
BINARY_OPERATORS = {
    "+": "Add",
    "-": "Sub",
    "*": "Mult",
    "@": "MatMult",
    "/": "Div",
    "%": "Mod",
    "**": "Pow",
    "<<": "LShift",
    ">>": "RShift",
    "|": "BitOr",
    "^": "BitXor",
    "&": "BitAnd",
    "//": "FloorDiv",
}
UNARY_OPERATORS = {"~": "Invert", "not": "Not", "+": "UAdd", "-": "USub"}
COMPARISON_OPERATORS = {
    "==": "Eq",
    "!=": "NotEq",
    "<": "Lt",
    "<=": "LtE",
    ">": "Gt",
    ">=": "GtE",
    "is": "Is",
    "is not": "IsNot",
    "in": "In",
    "not in": "NotIn",
}

NODE_CLASSES: dict[str, type] = {
    name: cls for name, cls in globals().items() if isinstance(cls, type) and issubclass(cls, AST)
}


def iter_child_nodes(node: AST) -> Iterator[AST]:
    """Yield the direct child nodes of ``node``, in field order."""
    for name in node._fields:
        value = getattr(node, name)
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, AST):
                    yield item


def walk(node: AST) -> Iterator[AST]:
    """Yield ``node`` and every node below it, breadth first (like ``ast.walk``)."""
    todo = [node]
    while todo:
        current = todo.pop(0)
        todo.extend(iter_child_nodes(current))
        yield current


def dump(node: Any) -> str:
    """A canonical text form used by tests to compare trees (with positions)."""
    if isinstance(node, AST):
        parts = [f"{name}={dump(getattr(node, name))}" for name in node._fields]
        parts += [f"{name}={getattr(node, name)!r}" for name in node._attributes]
        return f"{type(node).__name__}({', '.join(parts)})"
    if isinstance(node, list):
        return "[" + ", ".join(dump(item) for item in node) + "]"
    return repr(node)
