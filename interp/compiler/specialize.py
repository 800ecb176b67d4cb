"""Closures specialized by the kind of their operands, and unrolled blocks and calls.

Most arithmetic, comparisons and subscripts in hot code read local variables, globals
and constants (``i < n``, ``i % 7``, ``p[0]``, ``total += x``).  Compiled the general
way, each operand is a closure call of its own (``load_local``, ``constant``), which
costs about as much as the operation.  Here an operand that is a local variable is
read from its frame slot in place, a global from the globals dict, and a constant is a
closure variable, so ``i % 7`` is one Python call instead of three.  In the same way a
block of statements is one closure without a loop, and the common call of a sandbox
function runs the callee's body from the call site (see "Calls" below).

The closure bodies come from the fixed templates below, compiled once per
combination of operation and operand kinds when first needed.  No text from the
program ever enters them: slots, constants, names and helper functions are closure
variables of the factory, so the generated code is the same for every program.

Semantics are those of the general closures: operands are evaluated left to right,
an unbound local raises ``UnboundLocalError``, and every operation that can grow a
value without bound (``+`` and ``*`` on sequences or big ints, ``%`` formatting)
still goes through the capped operator of :mod:`~interp.runtime.operators`; only
int and float operands, which cannot, take the host operator directly.
"""

from __future__ import annotations

import re
import textwrap
from typing import Any, NamedTuple

from ..runtime import meter, operators
from ..runtime.attributes import EPOCH, MISSING, USER_CLASSES, builtin_method, load_attr, plain_method
from ..runtime.calls import RUN_STEPS, RUNNING_CODES, invoke
from ..runtime.calls import call as call_any
from ..runtime.classes import plain_init
from ..runtime.control import RETURN, UNBOUND
from ..runtime.functions import Function
from ..runtime.native import Builtin
from ..runtime.tracebacks import add_frame, note_line
from ..runtime.typetable import TABLES


def unbound_local(name: str) -> UnboundLocalError:
    return UnboundLocalError(f"cannot access local variable '{name}' where it is not associated with a value")


def name_error(name: str) -> NameError:
    error = NameError(f"name '{name}' is not defined")
    error.name = name
    return error


class Operand(NamedTuple):
    """How to get an operand: ``kind`` "L" (local ``slot``), "G" (global ``name`` in
    ``globals``, then ``builtins``), "C" (constant ``value``) or "X" (any other plain
    closure ``fn``)."""

    kind: str
    slot: int = 0
    value: Any = None
    name: str = ""
    fn: Any = None
    globals: Any = None
    builtins: Any = None


_LOAD = {
    "L": "    {v} = f[s{i}]\n    if {v} is UNBOUND:\n        raise unbound_local(n{i})\n",
    "G": (
        "    {v} = g{i}.get(n{i}, MISSING)\n    if {v} is MISSING:\n"
        "        {v} = b{i}.get(n{i}, MISSING)\n        if {v} is MISSING:\n"
        "            raise name_error(n{i})\n"
    ),
    "C": "    {v} = c{i}\n",
    "X": "    {v} = x{i}(f)\n",
}

#: Binary operations: the body computes ``r`` from ``a`` and ``b``.  Ints and floats
#: take the host operator; anything else the capped one (``op``).
_BINARY = {
    "Add": "    if type(a) is int or type(a) is float:\n        r = a + b\n    else:\n        r = op(a, b)\n",
    "Sub": "    r = a - b\n",
    # Two ints of up to 4096 bits multiply without the operator's cap on the size.
    "Mult": (
        "    if type(a) is float or type(a) is int and type(b) is int and NSMALL < a < SMALL and NSMALL < b < SMALL:\n"
        "        r = a * b\n    else:\n        r = op(a, b)\n"
    ),
    "Div": "    r = a / b\n",
    # A dividend of more than 4096 bits goes to the operator, which splits long
    # divisions into pieces the meter can interrupt.
    "FloorDiv": "    if type(a) is int and not NBIG < a < BIG:\n        r = op(a, b)\n    else:\n        r = a // b\n",
    "Mod": (
        "    if (type(a) is int and NBIG < a < BIG or type(a) is float) and (type(b) is int or type(b) is float):\n"
        "        r = a % b\n    else:\n        r = op(a, b)\n"
    ),
    "Lt": "    r = a < b\n",
    "LtE": "    r = a <= b\n",
    "Gt": "    r = a > b\n",
    "GtE": "    r = a >= b\n",
    "Eq": "    r = a == b\n",
    "NotEq": "    r = a != b\n",
    "Is": "    r = a is b\n",
    "IsNot": "    r = a is not b\n",
    "Subscript": (
        "    if type(a) is list or type(a) is dict or type(a) is tuple:\n"
        "        r = a[b]\n    else:\n        r = op(a, b)\n"
    ),
}

#: In-place operations on ints and floats, which are immutable, are the binary ones;
#: anything else goes through the in-place operator (``op``): ``s -= t`` on a set
#: must mutate it.
#: Both operands are checked: ``1 += "a"`` must fail with the message of ``+=``.
_INPLACE = {
    "Add": (
        "    if (type(a) is int or type(a) is float) and (type(b) is int or type(b) is float):\n"
        "        r = a + b\n    else:\n        r = op(a, b)\n"
    ),
    "Sub": (
        "    if (type(a) is int or type(a) is float) and (type(b) is int or type(b) is float):\n"
        "        r = a - b\n    else:\n        r = op(a, b)\n"
    ),
    "Mult": (
        "    if (type(a) is float and (type(b) is float or type(b) is int)\n"
        "            or type(a) is int and type(b) is int and NSMALL < a < SMALL and NSMALL < b < SMALL):\n"
        "        r = a * b\n    else:\n        r = op(a, b)\n"
    ),
}

_SINKS = {
    # The value of an expression.
    "return": "    return r\n",
    # An assignment to local slot ``t``.
    "store": "    f[t] = r\n",
}

_factories: dict[tuple, Any] = {}


def _factory(table: dict, opname: str, kinds: str, sink: str) -> Any:
    key = (id(table), opname, kinds, sink)
    factory = _factories.get(key)
    if factory is not None:
        return factory
    loads = "".join(_LOAD[kind].format(v="ab"[i], i=i) for i, kind in enumerate(kinds))
    fn_source = "def fn(f):\n" + loads + table[opname] + _SINKS[sink]
    source = (
        "def factory(op, t, s0, c0, n0, x0, g0, b0, s1, c1, n1, x1, g1, b1):\n"
        + textwrap.indent(fn_source, "  ")
        + "  return fn\n"
    )
    namespace = {
        "UNBOUND": UNBOUND,
        "BIG": operators.BIG_DIVIDEND,
        "NBIG": -operators.BIG_DIVIDEND,
        "SMALL": operators.SMALL_FACTOR,
        "NSMALL": -operators.SMALL_FACTOR,
        "MISSING": MISSING,
        "unbound_local": unbound_local,
        "name_error": name_error,
    }
    exec(compile(source, f"<specialized {opname} {kinds} {sink}>", "exec"), namespace)
    factory = namespace["factory"]
    _factories[key] = factory
    return factory


def _args(operands: tuple[Operand, ...]) -> list:
    out: list = []
    for o in operands:
        out.extend((o.slot, o.value, o.name, o.fn, o.globals, o.builtins))
    while len(out) < 12:
        out.extend((0, None, "", None, None, None))
    return out


def binary(opname: str, left: Operand, right: Operand, op: Any) -> Any:
    """A closure ``fn(frame)`` computing ``left <op> right``; None when ``opname`` has
    no template or neither operand is a local, a global or a constant (nothing to gain)."""
    if opname not in _BINARY or (left.kind == "X" and right.kind == "X"):
        return None
    factory = _factory(_BINARY, opname, left.kind + right.kind, "return")
    return factory(op, 0, *_args((left, right)))


def store_binary(opname: str, left: Operand, right: Operand, op: Any, slot: int) -> Any:
    """A statement closure ``local = left <op> right`` (or None, as :func:`binary`)."""
    if opname not in _BINARY or (left.kind == "X" and right.kind == "X"):
        return None
    factory = _factory(_BINARY, opname, left.kind + right.kind, "store")
    return factory(op, slot, *_args((left, right)))


def augment_local(opname: str, target: Operand, value: Operand) -> Any:
    """A statement closure ``local <op>= value`` for a local ``target``."""
    op = operators.INPLACE[opname]
    if opname not in _INPLACE:
        # ``|=`` on a set, ``**=`` with its caps...: the in-place operator as it is.
        opname, table = "any", _GENERIC_INPLACE
    else:
        table = _INPLACE
    factory = _factory(table, opname, "L" + value.kind, "store")
    return factory(op, target.slot, *_args((target, value)))


_GENERIC_INPLACE = {"any": "    r = op(a, b)\n"}


def block(items: list[tuple[Any, bool, int]]) -> Any:
    """A block of statements ``[(fn, suspends, line)]`` unrolled into one closure (a
    generator if any statement suspends): each result that is not None (a
    control-flow signal) ends the block, and an exception leaving a statement has that
    statement's line noted for its traceback."""
    shape = tuple(g for _, g, _ in items)
    factory = _block_factories.get(shape)
    if factory is None:
        count = len(shape)
        params = ", ".join(f"s{i}" for i in range(count))
        lines = [f"def factory(lines, {params}):\n", "  def block(f):\n", "    i = 0\n", "    try:\n"]
        for i, suspends in enumerate(shape):
            if i:
                lines.append(f"      i = {i}\n")
            lines.append(f"      r = (yield from s{i}(f))\n" if suspends else f"      r = s{i}(f)\n")
            if i < count - 1:
                lines.append("      if r is not None:\n        return r\n")
            else:
                lines.append("      return r\n")
        lines.append("    except BaseException as error:\n")
        lines.append("      note_line(error, lines[i])\n      raise\n")
        lines.append("  return block\n")
        namespace = {"note_line": note_line}
        name = "".join("g" if g else "p" for g in shape)
        exec(compile("".join(lines), f"<block {name}>", "exec"), namespace)
        factory = _block_factories[shape] = namespace["factory"]
    return factory(tuple(line for _, _, line in items), *(fn for fn, _, _ in items))


_block_factories: dict[tuple, Any] = {}


def resumable_block(items: list[tuple[Any, bool, Any, int]], needs: Any) -> Any:
    """The body of a function as a plain closure that may hand the rest of its work
    to a generator.  ``items``: ``(fn, suspends, quick, line)`` for each statement;
    ``quick``, for a statement that suspends, is its guarded plain form (None if it
    has none), which returns ``needs`` having done nothing when the statement must
    run as the generator ``fn`` (see ``ExpressionCompiler.guarded``).

    The statements run plainly one after the other; at a statement that must run as a
    generator (one without a plain form, or whose guard declined) the closure returns
    the generator function that runs the body from that statement on, for the caller
    to run with ``yield from`` (:data:`~interp.runtime.calls.RUN_STEPS`).  So a small
    method that returns before its first call (``if self.pos < len(self.tokens):
    return self.tokens[self.pos]``) costs its caller no generator, and one that does
    not costs what a generator body costs."""
    shape = tuple("m" if quick is not None else "g" if suspends else "p" for _, suspends, quick, _ in items)
    factory = _resumable_factories.get(shape)
    if factory is None:
        count = len(shape)
        params = ", ".join(f"s{i}, q{i}, rest{i}" for i in range(count))
        lines = [f"def factory(lines, needs, {params}):\n", "  def body(f):\n", "    i = 0\n", "    try:\n"]
        for i, kind in enumerate(shape):
            if i:
                lines.append(f"      i = {i}\n")
            if kind == "g":
                lines.append(f"      return rest{i}\n")
                break
            if kind == "m":
                lines.append(f"      r = q{i}(f)\n")
                lines.append(f"      if r is needs:\n        return rest{i}\n")
            else:
                lines.append(f"      r = s{i}(f)\n")
            if i < count - 1:
                lines.append("      if r is not None:\n        return r\n")
            else:
                lines.append("      return r\n")
        lines.append("    except BaseException as error:\n")
        lines.append("      note_line(error, lines[i])\n      raise\n")
        lines.append("  return body\n")
        namespace = {"note_line": note_line}
        exec(compile("".join(lines), f"<resumable body {''.join(shape)}>", "exec"), namespace)
        factory = _resumable_factories[shape] = namespace["factory"]
    arguments: list = []
    for i, (fn, suspends, quick, line) in enumerate(items):
        rest = None
        if suspends:
            rest = block([(fn, True, line)] + [(f, g, at) for f, g, _, at in items[i + 1 :]])
        arguments.extend((fn, quick, rest))
    return factory(tuple(line for _, _, _, line in items), needs, *arguments)


_resumable_factories: dict[tuple, Any] = {}

#: Longest block unrolled by :func:`block`.
MAX_UNROLLED = 8


# ---------------------------------------------------------------------------
# Calls
#
# A call of a sandbox function costs a generator for the call site, one for
# ``calls.invoke`` and one for the body.  For the common call (a plain function
# without cells, its positional arguments, some left to their defaults) the call site builds the frame and
# runs the body itself: the templates insert ``calls.RUN_STEPS``, the very text that
# ``invoke`` is built from, so the step budget, the depth limit and the traceback entry
# are the same.

_CALL = """
def factory(func, x0, x1, xs, slot):
  site_type = 0
  site_epoch = -1
  site_init = None
  def call_site(f):
    nonlocal site_type, site_epoch, site_init
    fn = func(f)
    args = {args}
    if type(fn) is Function:
      code = fn.code
      frame = None
      if code.direct:
        missing = code.argcount - len(args)
        if missing == 0:
          frame = [None, *args, *code.padding]
        elif missing > 0 and fn.defaults and missing <= len(fn.defaults):
          frame = [None, *args, *fn.defaults[-missing:], *code.padding]
      if frame is not None:
{run}
      return (yield from invoke(fn, args, None))
    if type(fn) is type and id(fn) in user_classes:
      if id(fn) != site_type or site_epoch != epoch[0]:
        now = epoch[0]
        init = plain_init(fn)
        if init is None:
          return (yield from call(fn, args, None))
        site_type, site_epoch, site_init = id(fn), now, init
      obj = object_new(fn)
      # From here ``fn`` is the __init__ run: frames in RUNNING_CODES hold the
      # sandbox function they run as ``fn`` (frame_views, classes.caller_globals).
      fn = site_init
      code = fn.code
      frame = None
      if code.direct:
        missing = code.argcount - 1 - len(args)
        if missing == 0:
          frame = [None, obj, *args, *code.padding]
        elif missing > 0 and fn.defaults and missing <= len(fn.defaults):
          frame = [None, obj, *args, *fn.defaults[-missing:], *code.padding]
      if frame is not None:
        #RUN_INIT
      else:
        result = yield from invoke(fn, (obj, *args), None)
      if result is not None:
        raise TypeError(f"__init__() should return None, not '{{type(result).__name__}}'")
      return obj
    if type(fn) is Builtin:
      if fn.suspends:
        return (yield from fn.fn(*args))
      return fn.fn(*args)
    return (yield from call(fn, args, None))
  return call_site
"""

#: ``obj.name(args)``: a method that is a sandbox function on a user class runs in
#: place, a builtin method is called directly; anything else is loaded as an attribute
#: and called.  Which of the two the method is, the site remembers for the last type it
#: saw, under the same key as :func:`~interp.runtime.attributes.attribute_loader`'s
#: cache (the type's ``id`` and the attribute epoch); only builtin types that have a
#: table of their own (and so live as long as the process) are remembered.
_METHOD = """
def factory(obj, name, x0, x1, xs, slot, oslot, ovar):
  site_type = 0
  site_epoch = -1
  site_fn = None
  site_dict = False
  site_builtin = None
  def call_site(f):
    nonlocal site_type, site_epoch, site_fn, site_dict, site_builtin
    o = obj(f)
    t = type(o)
    if id(t) != site_type or site_epoch != epoch[0]:
      now = epoch[0]
      if id(t) not in user_classes:
        method = builtin_method(t, name)
        if method is None:
          bound = load_attr(o, name)
          args = {args}
          return (yield from call_any(bound, args, None))
        if t in tables:
          site_type, site_epoch, site_builtin = id(t), now, method
      else:
        found = plain_method(t, name)
        if found is None:
          bound = load_attr(o, name)
          args = {args}
          return (yield from call_any(bound, args, None))
        site_type, site_epoch, site_builtin = id(t), now, None
        site_fn, site_dict = found
        method = None
    else:
      method = site_builtin
    if method is not None:
      args = {args}
      if method.suspends:
        return (yield from method.fn(o, *args))
      return method.fn(o, *args)
    if site_dict and name in o.__dict__:
      bound = load_attr(o, name)
      args = {args}
      return (yield from call_any(bound, args, None))
    fn = site_fn
    code = fn.code
    args = {args}
    frame = None
    if code.direct:
      missing = code.argcount - 1 - len(args)
      if missing == 0:
        frame = [None, o, *args, *code.padding]
      elif missing > 0 and fn.defaults and missing <= len(fn.defaults):
        frame = [None, o, *args, *fn.defaults[-missing:], *code.padding]
    if frame is not None:
{run}
    return (yield from invoke(fn, (o, *args), None))
  return call_site
"""

#: Most arguments a call site evaluates one by one (in its text); more are evaluated by
#: a loop, and must then all be plain closures.
MAX_LISTED_ARGS = 4


def _args_text(shape: tuple[bool, ...]) -> str:
    """The expression evaluating the arguments of a call site, left to right, for the
    ``shape`` of its argument closures (True: a generator, run with ``yield from``):
    ``x0`` and ``x1``, then ``xs[i]``."""
    if len(shape) > MAX_LISTED_ARGS:
        return "tuple([x(f) for x in xs])"
    parts = []
    for i, suspends in enumerate(shape):
        fn = f"x{i}" if i < 2 else f"xs[{i}]"
        parts.append(f"(yield from {fn}(f))" if suspends else f"{fn}(f)")
    if len(parts) == 1:
        return f"({parts[0]},)"
    return "(" + ", ".join(parts) + ")"


#: The steps of a call of a class's plain ``__init__`` run in place by a call site:
#: :data:`~interp.runtime.calls.RUN_STEPS`, whose result is the ``__init__``'s, which
#: the site checks is None before it gives the new object.
_RUN_INIT = RUN_STEPS.replace("        return frame[0]", "        result = frame[0]")
#: Where a template runs a class's ``__init__`` in place (the line is replaced by
#: :data:`_RUN_INIT` before the template is formatted).
_INIT_MARKER = "\n        #RUN_INIT\n"
assert _RUN_INIT.count("result = frame[0]") == 1 and "return" not in _RUN_INIT
_call_factories: dict[tuple, Any] = {}

#: What a statement made of one call does with the call's result, so that the call
#: site is the statement's closure (one generator less per statement): ``return``
#: (``return f(x)``), ``discard`` (``f(x)`` as a statement) and ``store`` (``y =
#: f(x)`` into local slot ``slot``).  Each ``return VALUE`` of a call-site template
#: becomes the statement's work on VALUE.
_SINKS_OF_CALLS = {
    "return": "{i}f[0] = {value}\n{i}return RETURN",
    "discard": "{i}{value}\n{i}return None",
    "store": "{i}f[slot] = {value}\n{i}return None",
}
_RETURN_LINE = re.compile(r"^(    +)return (.+)$", re.M)


def sink_returns(source: str, sink: str | None) -> str:
    """The text of a call-site template with its results handed to ``sink``."""
    if sink is None:
        return source
    form = _SINKS_OF_CALLS[sink]
    return _RETURN_LINE.sub(lambda m: form.format(i=m.group(1), value=m.group(2)), source)


#: The object of a method call that is a local variable (``self.peek()``), read from
#: its slot in place instead of by a closure call.
_LOCAL_OBJECT = "    o = f[oslot]\n    if o is UNBOUND:\n      raise unbound_local(ovar)\n"
_CLOSURE_OBJECT = "    o = obj(f)\n"
#: The object of a method call that can pause (``self.peek().isdigit()``).
_GENERATOR_OBJECT = "    o = yield from obj(f)\n"


#: The names the call-site templates read that are the same for every site: globals of
#: the templates' code, not arguments of their factories, which would give each site's
#: closure a cell of its own for each (a dozen cells per call site that a sandbox
#: compiles, kept as long as its function).
_CALL_SITE_NAMES = {
    "RETURN": RETURN,
    "UNBOUND": UNBOUND,
    "unbound_local": unbound_local,
    "invoke": invoke,
    "call": call_any,
    "call_any": call_any,
    "Function": Function,
    "Builtin": Builtin,
    "meter": meter,
    "add_frame": add_frame,
    "user_classes": USER_CLASSES,
    "epoch": EPOCH,
    "plain_init": plain_init,
    "object_new": object.__new__,
    "load_attr": load_attr,
    "plain_method": plain_method,
    "builtin_method": builtin_method,
    "tables": TABLES,
}


def _call_factory(template: str, shape: tuple[bool, ...], sink: str | None = None, local: str = "") -> Any:
    """The factory of call sites of ``template`` for arguments of ``shape``, handing
    the result to ``sink``; ``local``: how a method call gets its object ("local": a
    local variable's slot, "generator": a generator closure; "": a plain closure)."""
    if len(shape) > MAX_LISTED_ARGS:
        shape = (False,) * (MAX_LISTED_ARGS + 1)  # one factory for every longer call
    key = (template, shape, sink or "", local)
    factory = _call_factories.get(key)
    if factory is None:
        args = _args_text(shape)
        count = len(shape)
        text = template.replace(_INIT_MARKER, "\n" + _RUN_INIT + "\n").format(args=args, run=RUN_STEPS)
        source = sink_returns(text, sink)
        if local:
            assert source.count(_CLOSURE_OBJECT) == 1
            source = source.replace(_CLOSURE_OBJECT, _LOCAL_OBJECT if local == "local" else _GENERATOR_OBJECT)
        namespace = dict(_CALL_SITE_NAMES)
        exec(compile(source, f"<call site of {count} arguments>", "exec"), namespace)
        factory = _call_factories[key] = namespace["factory"]
        # Its frames run sandbox functions in place, as calls.invoke's do.
        RUNNING_CODES.update(c for c in factory.__code__.co_consts if type(c) is type(factory.__code__))
    return factory


def listable(arg_gs: list[bool]) -> bool:
    """Whether a call site can take arguments of these kinds (True: a generator)."""
    return len(arg_gs) <= MAX_LISTED_ARGS or not any(arg_gs)


def call(func: Any, arg_fns: list, sink: tuple[str, int] | None = None, arg_gs: list | None = None) -> Any:
    """A call-site generator closure ``func(*args)`` for a plain closure ``func`` and
    ``arg_fns`` (positional arguments, no keywords; ``arg_gs`` says which are
    generators, see :func:`listable`); with ``sink`` (its kind and local slot), the
    closure of the statement (see :data:`_SINKS_OF_CALLS`)."""
    shape = tuple(arg_gs) if arg_gs else (False,) * len(arg_fns)
    factory = _call_factory(_CALL, shape, sink[0] if sink else None)
    x0 = arg_fns[0] if arg_fns else None
    x1 = arg_fns[1] if len(arg_fns) > 1 else None
    return factory(func, x0, x1, tuple(arg_fns), sink[1] if sink else 0)


def method_call(
    obj: Any,
    name: str,
    arg_fns: list,
    sink: tuple[str, int] | None = None,
    local: tuple[int, str] | None = None,
    arg_gs: list | None = None,
    obj_suspends: bool = False,
) -> Any:
    """A call-site generator closure ``obj.name(*args)`` for plain closures ``obj`` and
    ``arg_fns``. As CPython's LOAD_METHOD, the method is found before the arguments are
    evaluated: a missing one raises before they run, and they cannot change which
    method is called.  ``local``: ``obj`` is the local variable of this ``(slot,
    name)``, read in place; ``arg_gs`` as for :func:`call`; ``obj_suspends``: ``obj``
    is a generator closure."""
    shape = tuple(arg_gs) if arg_gs else (False,) * len(arg_fns)
    mode = "local" if local is not None else "generator" if obj_suspends else ""
    factory = _call_factory(_METHOD, shape, sink[0] if sink else None, mode)
    x0 = arg_fns[0] if arg_fns else None
    x1 = arg_fns[1] if len(arg_fns) > 1 else None
    return factory(
        obj,
        name,
        x0,
        x1,
        tuple(arg_fns),
        sink[1] if sink else 0,
        local[0] if local else 0,
        local[1] if local else "",
    )
