"""The sandbox's ``_ast``: the node classes CPython's own ``ast.py`` is built on, and the
bridge that lets ``compile()`` hand out and take back trees of them.

CPython's ``ast`` is pure Python over its C module ``_ast`` (the node classes and the
``PyCF_*`` flags) and over ``compile(source, filename, mode, PyCF_ONLY_AST)``.  Here:

- the node classes are sandbox classes, made by ``lib/_ast.py`` inside the sandbox from
  a table of plain data (names, fields, attributes, docstrings: strings and tuples of
  strings) read from the *running* host's ``_ast`` at import, so that a 3.11 server has
  3.11's classes and Pyodide has 3.14's (``type_params``, ``_field_types``, the 3.13
  constructor defaults, ``__repr__``).  No host class reaches the sandbox;
- ``compile(..., PyCF_ONLY_AST)`` parses with interp's own parser (whose nodes carry
  CPython's names and fields) and converts the tree into instances of those classes,
  here on the host: operators and contexts become the classes' shared instances and
  character columns become CPython's UTF-8 byte offsets.  The conversion is a loop, not
  a recursion (trees may be thousands deep), charged to the meter per node;
- ``compile(tree, ...)`` converts a tree of the program's nodes back into interp's own,
  reading instance dicts only (no sandbox code runs), checking every field against the
  node's ASDL signature (the docstring CPython gives each class), and compiles it as
  source would be.
"""

from __future__ import annotations

import _ast as _host_ast
import re
import sys
import weakref
from typing import Any

from ..compiler import hooks
from ..compiler.interactive import make_interactive
from ..compiler.scopes import MAX_NESTING, dismantle
from ..runtime import imports, meter
from ..runtime.modules import Module
from ..syntax import budget
from ..syntax import nodes as n
from ..syntax.errors import make as make_syntax_error
from ..syntax.parser import parse
from . import register
from ._source import source_module

_VERSION = sys.version_info[:2]

#: Fields our parser's nodes lack, with the value CPython gives when nothing sets them.
_ABSENT_FROM_OURS = {"type_comment": None, "type_ignores": []}

_POSITION = ("lineno", "col_offset", "end_lineno", "end_col_offset")

#: Node families whose classes have no fields and are shared, one instance each.
_SINGLETON_FAMILIES = ("operator", "unaryop", "cmpop", "boolop", "expr_context")

#: Fields whose value in our nodes is the name of such a class (a str, or a list of them).
_NAMED_FIELDS = frozenset({"op", "ops", "ctx"})

_SIGNATURE = re.compile(r"^(\w+)\((.*)\)$", re.S)

#: How many nodes the conversions handle between two reports to the budget.
_REPORT_EVERY = 256
#: Host microseconds one node costs a conversion (measured about 2 us on CPython 3.11).
_NODE_UNITS = 4
#: Estimated bytes of one converted node (an instance with its dict).
_NODE_BYTES = 400
#: The deepest tree of the program's that compile() converts: the compiler refuses
#: trees nested deeper than MAX_NESTING anyway (and a tree holding itself is endless).
_MAX_DEPTH = 2 * MAX_NESTING + 50


def _field_kinds(doc: str | None, fields: tuple[str, ...]) -> tuple[tuple[str, str, str], ...] | None:
    """(field, ASDL type, quantifier) for each field, read from the class's docstring
    (``Name(identifier id, expr_context ctx)``); None when it cannot be read."""
    if not doc:
        return None if fields else ()
    match = _SIGNATURE.match(doc.strip())
    if match is None:
        return None if fields else ()
    kinds = []
    for part in filter(None, (p.strip() for p in match.group(2).split(","))):
        type_part, _, field = part.rpartition(" ")
        quantity = type_part[-1] if type_part[-1:] in ("*", "?") else ""
        kinds.append((field, type_part.rstrip("*?"), quantity))
    if tuple(kind[0] for kind in kinds) != fields:
        return None
    return tuple(kinds)


def _read_host() -> tuple[tuple, dict[str, int]]:
    """The host's node classes as plain data, bases first, and its ``PyCF_*`` flags."""
    classes = []
    for name in dir(_host_ast):
        cls = getattr(_host_ast, name)
        if isinstance(cls, type) and _host_ast.AST in cls.__mro__ and cls.__module__ == "ast":
            classes.append(cls)
    classes.sort(key=lambda c: (len(c.__mro__), c.__name__))
    spec = []
    for cls in classes:
        own = cls.__dict__
        fields = tuple(str(f) for f in own.get("_fields", ()))
        attributes = own.get("_attributes")
        doc = own.get("__doc__")
        optional = tuple(str(key) for key, value in own.items() if value is None and not key.startswith("__"))
        kinds = _field_kinds(doc, fields) if "_field_types" in own else None
        spec.append(
            (
                cls.__name__,
                cls.__bases__[0].__name__ if cls is not _host_ast.AST else "",
                fields,
                tuple(str(a) for a in attributes) if attributes is not None else None,
                tuple(str(f) for f in own.get("__match_args__", fields)),
                optional,
                str(doc) if isinstance(doc, str) else None,
                kinds,
            )
        )
    flags = {name: int(getattr(_host_ast, name)) for name in dir(_host_ast) if name.startswith("PyCF_")}
    return tuple(spec), flags


_SPEC, _FLAGS = _read_host()

#: name -> (base, fields, attributes, field kinds or None), from the host's classes.
_SHAPES: dict[str, tuple[str, tuple[str, ...], tuple[str, ...], Any]] = {}
for _name, _base, _fields, _attributes, _match, _optional, _doc, _kinds in _SPEC:
    _inherited = _SHAPES[_base][2] if _base in _SHAPES else ()
    _SHAPES[_name] = (_base, _fields, _attributes if _attributes is not None else _inherited, _kinds)
    if _kinds is None and _name in n.NODE_CLASSES and _doc:
        # 3.11 has no _field_types: the kinds still come from the docstring, for compile().
        _SHAPES[_name] = (*_SHAPES[_name][:3], _field_kinds(_doc, _fields))


def _family(name: str) -> str:
    """The ASDL sum a class belongs to (``expr`` for ``Name``), or its own name."""
    base = _SHAPES[name][0]
    return base if base not in ("AST", "") else name


class _Table:
    """One sandbox's node classes (by name) and shared operator instances."""

    __slots__ = ("classes", "names", "singletons", "instance_dict", "__weakref__")

    def __init__(self, classes: dict[str, type]) -> None:
        self.classes = classes
        # By id: hashing a class of the program's could run its metaclass's __hash__.
        self.names = {id(cls): (cls, name) for name, cls in classes.items()}
        # The instance dict of any node, read through the base class's own slot (a
        # ``__dict__`` property of the program's never runs).
        self.instance_dict = _class_dict(classes["AST"])["__dict__"].__get__
        self.singletons = {
            name: object.__new__(cls)
            for name, cls in classes.items()
            if _SHAPES[name][0] in _SINGLETON_FAMILIES
        }


#: The node classes of every sandbox's ``_ast``, found from its ``AST`` class.  Written
#: only by :func:`create`; a sandbox never sees another's classes, so the table of one
#: is never reached from another.
_TABLES: weakref.WeakKeyDictionary[type, _Table] = weakref.WeakKeyDictionary()


@register("_ast")
def create() -> Module:
    """A fresh ``_ast`` for one sandbox: its node classes, made in the sandbox."""
    module = source_module("_ast", {"_SPEC": _SPEC, "_VERSION": _VERSION, "_FLAGS": dict(_FLAGS)})
    namespace = module.__dict__
    for key in ("_SPEC", "_VERSION", "_FLAGS"):
        namespace.pop(key, None)
    classes = {name: namespace[name] for name in _SHAPES}
    _TABLES[classes["AST"]] = _Table(classes)
    return module


#: A class's own namespace and MRO as the host type holds them (a metaclass of the
#: program's cannot shadow them with code).
_class_dict = type.__dict__["__dict__"].__get__
_mro_of = type.__dict__["__mro__"].__get__


def _table_of(module: Any) -> _Table:
    candidate = module.__dict__.get("AST") if type(module) is Module else None
    table = _TABLES.get(candidate) if type(candidate) is type else None
    if table is None:
        raise RuntimeError("compile(): the _ast module's AST class was replaced")
    return table


def _charge(count: int) -> None:
    budget.report(count * _NODE_UNITS)


def _hold(count: int) -> None:
    """Refuse a conversion whose nodes, ``count`` so far, outgrow the memory budget: a
    tree of the program's that shares subtrees is converted once per reference, as
    CPython does, and can be exponentially bigger than what the program holds."""
    m = meter.current
    if m.max_memory is not None and count * _NODE_BYTES > m.max_memory:
        raise MemoryError("the tree is too big to compile")


# ---------------------------------------------------------------------------
# interp's tree -> the sandbox's nodes


class _Columns:
    """Character columns to CPython's UTF-8 byte columns, line by line."""

    def __init__(self, source: str) -> None:
        # Lines as the tokenizer counts them: only \n, \r\n and \r end one.
        self.lines = (
            None if source.isascii() else source.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        )

    def convert(self, lineno: Any, col: Any) -> Any:
        if self.lines is None or type(col) is not int or type(lineno) is not int:
            return col
        if 1 <= lineno <= len(self.lines):
            line = self.lines[lineno - 1]
            if not line.isascii():
                return len(line[:col].encode("utf-8", "surrogatepass"))
        return col


def _spread(joined: Any, outer: Any) -> None:
    """Before 3.12 the parts of an f-string (its constants, fields and format specs) had
    the span of the whole literal; our parser gives each its own, as 3.12+ does."""
    for part in joined.values:
        for attr in _POSITION:
            setattr(part, attr, getattr(outer, attr))
        spec = getattr(part, "format_spec", None)
        if spec is not None:
            for attr in _POSITION:
                setattr(spec, attr, getattr(outer, attr))
            _spread(spec, outer)


def _unsupported(node: Any, source: str, filename: str) -> SyntaxError:
    line = getattr(node, "lineno", None) or 1
    col = getattr(node, "col_offset", None) or 0
    return make_syntax_error("invalid syntax", source, filename, line, col)


def _plan(name: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(the host's fields, our fields the host lacks, the host's attributes) of ``name``."""
    plan = _PLANS.get(name)
    if plan is None:
        _, fields, attributes, _ = _SHAPES[name]
        ours = n.NODE_CLASSES[name]._fields if name in n.NODE_CLASSES else ()
        plan = _PLANS[name] = (fields, tuple(f for f in ours if f not in fields), attributes)
    return plan


_PLANS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {}


def to_sandbox(tree: n.AST, module: Any, source: str, filename: str) -> tuple[Any, int]:
    """The sandbox nodes for our ``tree`` (parsed from ``source``), as CPython's
    ``ast.parse`` gives them, made from ``module``'s classes; and the tree's depth."""
    table = _table_of(module)
    flatten = _VERSION < (3, 12)
    columns = _Columns(source)
    convert = columns.convert if columns.lines is not None else None
    classes = table.classes
    singletons = table.singletons
    new = object.__new__
    node_type = n.AST
    holder: list[Any] = [None]
    todo: list[tuple[Any, Any, Any, int]] = [(tree, holder, 0, 1)]
    count = 0
    deepest = 0
    while todo:
        node, container, key, depth = todo.pop()
        if depth > deepest:
            deepest = depth
        name = type(node).__name__
        cls = classes.get(name)
        if cls is None:
            raise _unsupported(node, source, filename)
        count += 1
        if count % _REPORT_EVERY == 0:
            _charge(_REPORT_EVERY)
            meter.current.check_allocation(_REPORT_EVERY * _NODE_BYTES)
        if flatten and name == "JoinedStr":
            _spread(node, node)
        obj = new(cls)
        container[key] = obj
        state = obj.__dict__
        fields, newer, attributes = _plan(name)
        below = depth + 1
        for field in fields:
            value = getattr(node, field, _ABSENT_FROM_OURS.get(field))
            if isinstance(value, node_type):
                state[field] = None
                todo.append((value, state, field, below))
            elif type(value) is list:
                items = list(value)
                state[field] = items
                for index, item in enumerate(items):
                    if isinstance(item, node_type):
                        todo.append((item, items, index, below))
                    elif field in _NAMED_FIELDS:
                        items[index] = singletons[item]
            elif field in _NAMED_FIELDS and type(value) is str:
                state[field] = singletons[value]
            else:
                state[field] = value
        for field in newer:
            if getattr(node, field, None) not in (None, []):
                raise _unsupported(node, source, filename)  # syntax newer than the host
        if attributes:
            line = node.lineno
            end_line = node.end_lineno
            state["lineno"] = line
            state["col_offset"] = node.col_offset if convert is None else convert(line, node.col_offset)
            state["end_lineno"] = end_line
            end_col = node.end_col_offset
            state["end_col_offset"] = end_col if convert is None else convert(end_line, end_col)
    _charge(count % _REPORT_EVERY)
    return holder[0], deepest


def parse_to_sandbox(source: Any, filename: str, mode: str) -> Any:
    """``compile(source, filename, mode, PyCF_ONLY_AST)`` (a generator: the first use
    imports the sandbox's ``_ast``)."""
    module = yield from imports.import_module("_ast", {})
    table = _table_of(module)
    if _genuine(source, table) is not None:
        if _VERSION < (3, 14):
            return source
        # 3.14 checks the tree and gives a copy of it.
        ours = from_sandbox(source, module, mode)
        return to_sandbox(ours, module, "", filename)[0]
    if isinstance(source, (bytes, bytearray)):
        source = bytes(source).decode("utf-8")
    if not isinstance(source, str):
        raise TypeError("compile() arg 1 must be a string, bytes or AST object")
    if mode not in ("exec", "eval", "single"):
        raise ValueError("compile() mode must be 'exec', 'eval' or 'single'")
    hooks._charge(source)
    tree = parse(source, filename, "eval" if mode == "eval" else "exec")
    if mode == "single":
        tree = n.Interactive(_single_statement(tree.body, source, filename))
    converted, depth = to_sandbox(tree, module, source, filename)
    if depth > 100:
        # Freeing a deep tree recurses in the host (in Pyodide, on the JavaScript stack).
        dismantle(tree)
    return converted


def _single_statement(body: list, source: str, filename: str) -> list:
    """The statements of ``"single"`` mode: one statement (simple statements joined by
    ``;`` count as one), as CPython's interactive grammar takes."""
    if not body:
        line = source.count("\n")
        raise SyntaxError("invalid syntax", (filename, line, 0, None, line, 0))
    first = body[0]
    if any(stmt.lineno != first.lineno for stmt in body[1:]):
        line, col = first.end_lineno, first.end_col_offset
        message = "multiple statements found while compiling a single statement"
        raise make_syntax_error(message, source, filename, line, col, line, col)
    return body


def tree_from_sandbox(source: Any, mode: str) -> Any:
    """Our tree for ``compile(node, filename, mode)`` (a generator); a TypeError when
    ``source`` is no node."""
    module = yield from imports.import_module("_ast", {})
    tree = from_sandbox(source, module, mode)
    if tree is None:
        raise TypeError("compile() arg 1 must be a string, bytes or AST object")
    if type(tree) is n.Interactive:
        # Statements of "single" mode show their values, as in CPython (a tree's
        # statements on several lines are compiled as a module's instead).
        tree = n.Module(tree.body)
        try:
            make_interactive(tree, "", "<ast>")
        except SyntaxError:
            pass
    return tree


# ---------------------------------------------------------------------------
# the sandbox's nodes -> interp's tree

_CONSTANT_TYPES = (type(None), type(...), bool, int, float, complex, str, bytes)


def _check_constant(value: Any) -> None:
    todo = [value]
    while todo:
        item = todo.pop()
        if type(item) in (tuple, frozenset):
            todo.extend(item)
        elif type(item) not in _CONSTANT_TYPES:
            raise TypeError(f"got an invalid type in Constant: {type(item).__name__}")


def _genuine(obj: Any, table: _Table) -> str | None:
    """The name of the node class of ours that ``obj`` is an instance of, or None."""
    names = table.names
    for cls in _mro_of(type(obj)):
        found = names.get(id(cls))
        if found is not None and found[0] is cls:
            return found[1]
    return None


def _read(obj: Any, field: str, instance_dict: Any) -> Any:
    """``obj.field`` as plain data: the instance's dict, else a class default; no
    descriptor or sandbox code runs (one that would is taken as missing)."""
    state = instance_dict(obj)
    if type(state) is dict and field in state:
        return state[field]
    for cls in _mro_of(type(obj)):
        value = _class_dict(cls).get(field, _ABSENT)
        if value is not _ABSENT:
            return value if value is None or type(value) in (int, str) else _ABSENT
    return _ABSENT


_ABSENT = object()


def _is_kind(name: str, wanted: str) -> bool:
    while name and name != wanted:
        name = _SHAPES[name][0] if name in _SHAPES else ""
    return name == wanted


def _describe(value: Any) -> str:
    return type(value).__name__


def _slots_of(cls: type) -> frozenset[str]:
    return frozenset(slot for k in _mro_of(cls) for slot in getattr(k, "__slots__", ()))


def from_sandbox(tree: Any, module: Any, mode: str) -> n.AST | None:
    """Our tree for the sandbox nodes ``tree``, checked as CPython's ``compile()`` checks
    them; None when ``tree`` is not a node (then it is not ours to compile)."""
    table = _table_of(module)
    name = _genuine(tree, table)
    if name is None:
        return None
    expected = {"exec": "Module", "eval": "Expression", "single": "Interactive"}.get(mode, "Module")
    if name != expected:
        raise TypeError(f"expected {expected} node, got {name}")
    holder: list[Any] = [None]
    # (sandbox node, where its conversion goes: a list and index or a node and field, kind)
    todo: list[tuple[Any, Any, Any, str, int]] = [(tree, holder, 0, name, 1)]
    count = 0
    while todo:
        obj, container, key, wanted, depth = todo.pop()
        if depth > _MAX_DEPTH:
            # Deeper than the compiler takes; a tree that contains itself ends here too.
            raise RecursionError("maximum recursion depth exceeded during compilation")
        name = _genuine(obj, table)
        if name is None or not _is_kind(name, wanted):
            raise TypeError(f"expected some sort of {wanted}, but got {_repr_for_error(obj, name)}")
        ours = n.NODE_CLASSES.get(name)
        kinds = _SHAPES[name][3]
        if ours is None or kinds is None:
            raise TypeError(f"compile() cannot compile a {name} node in this interpreter")
        count += 1
        if count % _REPORT_EVERY == 0:
            _charge(_REPORT_EVERY)
            _hold(count)
        node = ours.__new__(ours)
        if type(container) is list:
            container[key] = node
        else:
            setattr(container, key, node)
        slots = _slots_of(ours)
        for field in ours._fields:
            setattr(node, field, [] if field == "type_params" else None)
        for field, type_name, quantity in kinds:
            value = _read(obj, field, table.instance_dict)
            if value is _ABSENT or (value is None and quantity != "?"):
                if quantity == "?":
                    value = None
                elif quantity == "*" and value is _ABSENT and _VERSION >= (3, 13):
                    value = []
                else:
                    raise TypeError(f'required field "{field}" missing from {name}')
            if field not in slots:
                continue  # type_comment: our nodes have no place for it
            if quantity == "*":
                if type(value) is not list:
                    raise TypeError(f'{name} field "{field}" must be a list, not a {_describe(value)}')
                items: list[Any] = [None] * len(value)
                setattr(node, field, items)
                for index, item in enumerate(value):
                    items[index] = _field_value(
                        item, type_name, field, name, table, todo, items, index, depth
                    )
            elif value is not None:
                setattr(
                    node, field, _field_value(value, type_name, field, name, table, todo, node, field, depth)
                )
        if "lineno" in slots:
            _positions(obj, node, name, table.instance_dict)
    _charge(count % _REPORT_EVERY)
    _check_contexts(holder[0])
    return holder[0]


#: Fields whose expressions are assigned to or deleted; every other expression loads.
_TARGETS = {
    ("Assign", "targets"): "Store",
    ("AugAssign", "target"): "Store",
    ("AnnAssign", "target"): "Store",
    ("For", "target"): "Store",
    ("AsyncFor", "target"): "Store",
    ("withitem", "optional_vars"): "Store",
    ("comprehension", "target"): "Store",
    ("Delete", "targets"): "Del",
    ("NamedExpr", "target"): "",  # not checked by CPython
}
#: Expressions with a ``ctx`` field; List, Tuple and Starred pass theirs to their parts.
_WITH_CONTEXT = frozenset({"Name", "Attribute", "Subscript", "Starred", "List", "Tuple"})
_PASSING_CONTEXT = frozenset({("List", "elts"), ("Tuple", "elts"), ("Starred", "value")})


def _check_contexts(tree: n.AST) -> None:
    """CPython's check that every expression is loaded, stored or deleted where it
    stands (our compiler goes by the position and would not notice)."""
    todo: list[tuple[Any, str]] = [(tree, "Load")]
    expr = n.expr
    while todo:
        node, ctx = todo.pop()
        name = type(node).__name__
        if ctx and isinstance(node, expr):
            if name in _WITH_CONTEXT:
                if node.ctx != ctx:
                    raise ValueError(f"expression must have {ctx} context but has {node.ctx} instead")
            elif ctx != "Load":
                raise ValueError(f"expression which can't be assigned to in {ctx} context")
        for field in node._fields:
            value = getattr(node, field, None)
            inner = ctx if (name, field) in _PASSING_CONTEXT else _TARGETS.get((name, field), "Load")
            if isinstance(value, n.AST):
                todo.append((value, inner))
            elif type(value) is list:
                todo.extend((item, inner) for item in value if isinstance(item, n.AST))


def _positions(obj: Any, node: Any, name: str, instance_dict: Any) -> None:
    values: dict[str, Any] = {}
    for attr in _POSITION:
        value = _read(obj, attr, instance_dict)
        if value is _ABSENT or value is None:
            if attr in ("lineno", "col_offset"):
                if name in ("arguments", "comprehension", "withitem", "match_case"):
                    value = 1 if attr == "lineno" else 0
                else:
                    raise TypeError(f'required field "{attr}" missing from {_family(name)}')
            else:
                value = None
        elif type(value) is not int:
            raise ValueError(f"invalid integer value: {value!r}"[:200])
        values[attr] = value
    if values["end_lineno"] is None:
        values["end_lineno"] = values["lineno"]
    if values["end_col_offset"] is None:
        values["end_col_offset"] = values["col_offset"]
    for attr in _POSITION:
        setattr(node, attr, values[attr])


def _repr_for_error(obj: Any, name: str | None) -> str:
    if name is not None:
        return f"<ast.{name} object>"
    if type(obj) is type:
        module = _class_dict(obj).get("__module__")
        shown = f"{module}.{obj.__name__}" if type(module) is str and module != "builtins" else obj.__name__
        return f"<class '{shown}'>"
    if obj is None or type(obj) in _CONSTANT_TYPES:
        return repr(obj)[:200]
    return f"<{_describe(obj)} object>"


def _field_value(
    value: Any,
    type_name: str,
    field: str,
    owner: str,
    table: _Table,
    todo: list,
    container: Any,
    key: Any,
    depth: int,
) -> Any:
    """A field's value in our tree: plain data, checked; or None with the node queued
    for conversion into ``container[key]`` (a list) or ``container.key`` (a node)."""
    if type_name in ("identifier", "string"):
        if type(value) is not str:
            raise TypeError(f"AST {type_name} must be of type str")
        return value
    if type_name == "int":
        if type(value) is not int and type(value) is not bool:
            raise ValueError(f"invalid integer value: {value!r}"[:200])
        return int(value)
    if type_name == "constant":
        _check_constant(value)
        return value
    if type_name in _SINGLETON_FAMILIES:
        name = _genuine(value, table)
        if name is None or _SHAPES[name][0] != type_name:
            raise TypeError(f"expected some sort of {type_name}, but got {_repr_for_error(value, name)}")
        return name
    if value is None:
        if type(container) is list:
            return None  # Dict keys and kw_defaults hold None
        raise TypeError(f'required field "{field}" missing from {owner}')
    todo.append((value, container, key, type_name, depth + 1))
    return None


hooks.ast_bridge = sys.modules[__name__]
