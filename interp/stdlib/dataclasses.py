"""The sandbox's ``dataclasses`` module: our own, in sandbox Python (``lib/dataclasses.py``),
plus one native helper that builds the generated ``__init__``.

Why not CPython's file: it writes every method as source text, compiles it with
``exec`` and reads ``__code__`` (and ``annotationlib`` on 3.14).  Ours builds the
methods as closures over the field lists.

Why ``__init__`` is native: a closure written in sandbox Python has to take
``*args, **kwargs`` and bind them itself, which costs about twice the time of a real
``def`` per instance and gives a different signature (``__defaults__``,
``__kwdefaults__``).  :func:`_init_function` instead makes a sandbox function whose
parameters are the fields' names, so the runtime's own binder checks the call (with
CPython's messages) at the speed of any ``def``, and whose body is a host closure that
stores the bound values with the runtime's attribute store, as compiled
``self.x = x`` would.  No source text exists at any point, so a field name cannot be
code.

Safety: the helper is reachable by any program (``dataclasses._init_function``), so
it checks every argument's type and gives nothing that sandbox code lacks: the
function it makes does what a ``def`` with ``setattr`` calls does.  Its cost is
linear in the number of fields.  The values it holds (defaults, factories) are
sandbox values, called only through the runtime's own call path, under the meter.
"""

from __future__ import annotations

import keyword
import sys
from typing import Any

from ..runtime.attributes import load_attr, store_attr
from ..runtime.calls import call
from ..runtime.core_types import object_setattr
from ..runtime.functions import Code, Function
from ..runtime.modules import Module
from ..runtime.native import Builtin
from ..runtime.signatures import Signature
from ..runtime.tracebacks import note_line
from . import register
from ._source import source_module

_INIT = Signature(
    "_init_function",
    "qualname, self_name, positional, keyword_only, defaults, kwdefaults, steps, post_init, frozen,"
    " factory_marker, globals, /",
)

#: Kinds of a step of the generated ``__init__`` (the sandbox module uses the same numbers).
_FROM_ARG = 0  # store the parameter's value
_ARG_OR_FACTORY = 1  # the parameter's value, or the factory's result when left out
_FACTORY = 2  # not a parameter: the factory's result
_DEFAULT = 3  # not a parameter: the default value


def _name(value: Any, what: str) -> str:
    if type(value) is not str or not value.isidentifier() or keyword.iskeyword(value):
        raise TypeError(f"_init_function: {what} must be an identifier")
    return value


def _names(value: Any, what: str) -> tuple[str, ...]:
    if type(value) is not tuple:
        raise TypeError(f"_init_function: {what} must be a tuple")
    return tuple(_name(v, what) for v in value)


def _init_function(*args: Any, **kwargs: Any) -> Function:
    """A sandbox ``__init__(self, <positional>, *, <keyword_only>)`` whose body runs ``steps``.

    ``steps`` is a tuple of ``(attribute name, kind, payload)``: the payload is the
    factory (kinds 1 and 2) or the default (kind 3).  ``post_init`` is None, or the
    names of the parameters passed on to ``self.__post_init__``.
    """
    (
        qualname,
        self_name,
        positional,
        keyword_only,
        defaults,
        kwdefaults,
        steps,
        post_init,
        frozen,
        marker,
        module_globals,
    ) = _INIT.unpack(args, kwargs)
    if type(qualname) is not str:
        raise TypeError("_init_function: qualname must be a str")
    argnames = (_name(self_name, "self_name"), *_names(positional, "positional"))
    kwonly = _names(keyword_only, "keyword_only")
    params = argnames + kwonly
    if len(set(params)) != len(params):
        raise TypeError("_init_function: duplicate parameter names")
    if type(defaults) is not tuple or len(defaults) > len(argnames) - 1:
        raise TypeError("_init_function: defaults must be a tuple, at most one per positional")
    if type(kwdefaults) is not dict or not all(type(k) is str and k in kwonly for k in kwdefaults):
        raise TypeError("_init_function: kwdefaults must be a dict of keyword-only names")
    if type(module_globals) is not dict:
        raise TypeError("_init_function: globals must be a dict")
    slot = {name: i + 1 for i, name in enumerate(params)}
    if type(steps) is not tuple:
        raise TypeError("_init_function: steps must be a tuple")
    plan = []
    # CPython's generated source has the def on line 2 and one statement per step
    # after it: tracebacks through a factory or __post_init__ name those lines.
    for line, step in enumerate(steps, 3):
        if type(step) is not tuple or len(step) != 3 or step[1] not in (0, 1, 2, 3):
            raise TypeError("_init_function: bad step")
        name, kind, payload = step
        # Attribute names need not be identifiers (make_dataclass checks them), only strs.
        if type(name) is not str:
            raise TypeError("_init_function: bad step")
        if kind in (_FROM_ARG, _ARG_OR_FACTORY) and name not in slot:
            raise TypeError("_init_function: a step names no parameter")
        plan.append((name, kind, slot.get(name, 0), payload, line))
    post_slots = None
    if post_init is not None:
        post_slots = tuple(slot[n] if n in slot else _missing(n) for n in _names(post_init, "post_init"))
    store = object_setattr if frozen else store_attr
    suspends = post_slots is not None or any(step[1] in (_ARG_OR_FACTORY, _FACTORY) for step in plan)
    post_line = len(plan) + 3

    if not suspends and all(step[1] == _FROM_ARG for step in plan):
        # The common class: every field a parameter.  A plain body, like a compiled
        # ``def`` of assignments only.
        pairs = tuple((name, index) for name, _, index, _, _ in plan)

        def body(frame: list) -> None:
            obj = frame[1]
            for name, index in pairs:
                store(obj, name, frame[index])

    elif not suspends:
        # Parameters and plain defaults (init=False fields): stores only as well.
        def body(frame: list) -> None:  # type: ignore[misc]
            obj = frame[1]
            for name, kind, index, payload, _ in plan:
                store(obj, name, frame[index] if kind == _FROM_ARG else payload)

    else:

        def body(frame: list) -> Any:  # type: ignore[misc]
            obj = frame[1]
            line = 0
            try:
                for name, kind, index, payload, line in plan:  # noqa: B007 - read by the handler
                    if kind == _FROM_ARG:
                        value = frame[index]
                    elif kind == _DEFAULT:
                        value = payload
                    elif kind == _FACTORY or frame[index] is marker:
                        value = yield from call(payload, (), None)
                    else:
                        value = frame[index]
                    store(obj, name, value)
                if post_slots is not None:
                    line = post_line
                    hook = load_attr(obj, "__post_init__")
                    yield from call(hook, tuple(frame[i] for i in post_slots), None)
            except Exception as error:
                note_line(error, line)
                raise

    code = Code(
        name="__init__",
        # CPython's code object is that of a function nested in its generator.
        qualname="__create_fn__.<locals>.__init__",
        filename=_FILENAME,
        firstlineno=0,
        argnames=argnames,
        posonlycount=0,
        kwonlynames=kwonly,
        has_varargs=False,
        has_varkw=False,
        nslots=len(params) + 1,
        cell_params=(),
        new_cells=(),
        free_slots=(),
        body=body,
        body_is_generator=suspends,
        kind="function",
        slot_names=params,
    )
    made = Function(code, module_globals, defaults, dict(kwdefaults) if kwdefaults else None)
    made.__qualname__ = qualname
    return made


#: CPython compiles its generated methods from a string.
_FILENAME = "<string>"


def _missing(name: str) -> int:
    raise TypeError(f"_init_function: post_init names no parameter: {name!r}")


_GETTER = Signature("_attribute_tuple", "names, /")


def _attribute_tuple(*args: Any, **kwargs: Any) -> Builtin:
    """A callable giving ``(obj.<names[0]>, obj.<names[1]>, ...)``: the generated
    ``__eq__``, ``__hash__``, ``__repr__`` and order methods compare and show these
    tuples, and one native call costs far less than a comprehension in the sandbox."""
    (names,) = _GETTER.unpack(args, kwargs)
    if type(names) is not tuple or not all(type(name) is str for name in names):
        raise TypeError("_attribute_tuple: names must be a tuple of str")

    def values(obj: Any) -> tuple:
        return tuple([load_attr(obj, name) for name in names])

    return Builtin(values, "values")


@register("dataclasses")
def create() -> Module:
    return source_module(
        "dataclasses",
        {
            "_HOST_VERSION": tuple(sys.version_info[:2]),
            "_init_function": Builtin(_init_function, "_init_function"),
            "_attribute_tuple": Builtin(_attribute_tuple, "_attribute_tuple"),
        },
    )
