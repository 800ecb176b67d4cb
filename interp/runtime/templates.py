"""Template strings (PEP 750): the values of ``t"..."`` in the sandbox.

CPython 3.14 evaluates a t-string to a ``string.templatelib.Template``: the literal
pieces as a tuple of str (one more than the fields) and one
``string.templatelib.Interpolation`` per field (the value, the expression's source,
the conversion letter and the evaluated format spec), with nothing formatted.  Its
``string/templatelib.py`` finds both types as ``type(t"{0}")`` and
``type(t.interpolations[0])``, so the sandbox runs that file as it is once these two
runtime types exist.

Both types hold sandbox values only (the interpolated value is whatever the program
put there; everything else is str or tuple) and are declared through the type tables
like every builtin type: attribute reads and calls go through the allow-lists, never
through the host objects' own attributes.  The host classes carry CPython's tp_name
(``string.templatelib.Template``) as their ``__name__``, as ``collections.deque``
does, so that messages the host writes itself read as CPython's; the sandbox sees
``Template`` as the class's ``__name__`` and ``string.templatelib`` as its module.

They exist on every host, but only a 3.14 host's parser makes t-strings, and
``string.templatelib`` is importable only where the host has the file, so a 3.11
program cannot reach them.
"""

from __future__ import annotations

import sys
from typing import Any

try:
    # The host's own type where it has one (3.14): its argument errors are CPython's
    # exact words, replayed on it with inert placeholders (see signatures).
    from string.templatelib import Interpolation as _HostInterpolation  # type: ignore[import-not-found]
except ImportError:
    _HostInterpolation = None

from . import imports, meter, trashcan
from .attributes import load_attr
from .containers import class_getitem
from .exceptions import SandboxStopIteration
from .native import Builtin
from .signatures import Signature
from .textsize import check_text
from .typenames import visible_type_name
from .typetable import Value, data, method, register_type

#: Joined strings shorter than this are not looked at by the meter.
_SMALL = 1 << 12
#: The conversion letters of an Interpolation (``None``: no conversion).
_CONVERSIONS = ("s", "r", "a")


def _joined(pieces: list[str]) -> str:
    """``"".join(pieces)``, refused first if the result would be past the caps: the
    pieces may be one big string many times over (``Template(*[s] * 1000)``)."""
    if len(pieces) == 1:
        return pieces[0]
    total = 0
    for piece in pieces:
        total += len(piece)
    if total > _SMALL:
        meter.cap(total * (1 if all(piece.isascii() for piece in pieces) else 4))
    return "".join(pieces)


def _enter_repr() -> meter.Meter:
    """Count one level of a nested repr against the host's stack, as the runtime's other
    re-entries are (``meter.MAX_NESTED``): inside Pyodide a chain of Interpolations a
    thousand deep would otherwise overflow the JavaScript stack in the host's repr."""
    m = meter.current
    if m.nested >= m.max_nested:
        raise RecursionError("maximum recursion depth exceeded while getting the repr of an object")
    m.nested += 1
    return m


class Interpolation:
    """One field of a t-string: ``Interpolation(value, expression, conversion, format_spec)``."""

    __slots__ = ("value", "expression", "conversion", "format_spec")

    def __init__(self, value: Any, expression: str, conversion: str | None, format_spec: str) -> None:
        self.value = value
        self.expression = expression
        self.conversion = conversion
        self.format_spec = format_spec

    def __repr__(self) -> str:
        # repr(value) may run the program's own __repr__ (nested, as for a list item).
        # The size check repr() makes on a container before the host writes its text.
        check_text(self.value)
        m = _enter_repr()
        try:
            return f"Interpolation({self.value!r}, {self.expression!r}, {self.conversion!r}, {self.format_spec!r})"
        finally:
            m.nested -= 1


class Template:
    """The value of a t-string: ``strings`` has one more item than ``interpolations``."""

    __slots__ = ("strings", "interpolations")

    def __init__(self, strings: tuple[str, ...], interpolations: tuple[Interpolation, ...]) -> None:
        self.strings = strings
        self.interpolations = interpolations

    def __iter__(self) -> TemplateIter:
        return TemplateIter(self)

    def __add__(self, other: Any) -> Template:
        if type(other) is not Template:
            raise TypeError(
                f'can only concatenate string.templatelib.Template (not "{_type_name(other)}") '
                "to string.templatelib.Template"
            )
        # Both tuples are copied: refused first past the caps, as list + list is
        # (``t = t + t`` doubles at each step).
        items = len(self.strings) + len(other.strings) + len(self.interpolations) + len(other.interpolations)
        if items > _SMALL:
            meter.cap(items * 8)
        # The last string of one and the first of the other become one string.
        middle = _joined([self.strings[-1], other.strings[0]])
        return Template(
            (*self.strings[:-1], middle, *other.strings[1:]), self.interpolations + other.interpolations
        )

    def __repr__(self) -> str:
        m = _enter_repr()
        try:
            return f"Template(strings={self.strings!r}, interpolations={self.interpolations!r})"
        finally:
            m.nested -= 1


class TemplateIter:
    """``iter(template)``: the non-empty strings and the interpolations, in order."""

    __slots__ = ("items",)

    def __init__(self, template: Template) -> None:
        items: list[Any] = []
        strings = template.strings
        for index, interpolation in enumerate(template.interpolations):
            if strings[index]:
                items.append(strings[index])
            items.append(interpolation)
        if strings[-1]:
            items.append(strings[-1])
        items.reverse()  # popped from the end
        self.items = items

    def __iter__(self) -> TemplateIter:
        return self

    def __next__(self) -> Any:
        if not self.items:
            raise StopIteration
        return self.items.pop()


for _cls, _name in ((Template, "Template"), (Interpolation, "Interpolation"), (TemplateIter, "TemplateIter")):
    # The host name is CPython's tp_name (see the module docstring).
    _cls.__name__ = f"string.templatelib.{_name}"
    _cls.__qualname__ = _name
    _cls.__module__ = "string.templatelib"


def _free_flat(obj: Template | Interpolation) -> None:
    """The host ``__del__`` of both types where the trashcan is on (Pyodide): what the
    dying object holds is freed here, at most ``trashcan.NESTING`` deallocations deep,
    or put on the trashcan's pending list, so that freeing a chain of Interpolations
    (``i = Interpolation(i, "")`` in a loop) does not nest one host deallocation per link
    and overflow the JavaScript stack.  Shares the trashcan's depth and list with the
    instances of sandbox classes (see :mod:`.trashcan`).  Never raises."""
    try:
        if sys.getrefcount(obj) > trashcan._DYING:
            return  # a cycle being finalised by the collector: left whole, as CPython does
        state = trashcan._state
        depth = state.depth
        if type(obj) is Interpolation:
            held: Any = obj.value
            obj.value = None
        else:
            held = obj.interpolations
            obj.interpolations = ()
        if depth >= trashcan.NESTING:
            state.pending.append(held)
            return
        state.depth = depth + 1
        try:
            del held
            if depth == 0 and state.pending:
                trashcan.drain(state.pending)
        finally:
            state.depth = depth
    except BaseException:  # noqa: BLE001, S110 - a finaliser must not raise into the host
        return


if trashcan.ENABLED:
    Template.__del__ = _free_flat  # type: ignore[attr-defined]
    Interpolation.__del__ = _free_flat  # type: ignore[attr-defined]


def _type_name(obj: Any) -> str:
    """The type name CPython's messages give (its tp_name)."""
    t = type(obj)
    if t in (Template, Interpolation, TemplateIter):
        return t.__name__
    return visible_type_name(obj)


# ---------------------------------------------------------------------------
# construction


def _new_template(*args: Any, **kwargs: Any) -> Template:
    if kwargs:
        raise TypeError("Template.__new__ only accepts *args arguments")
    strings: list[str] = []
    interpolations: list[Interpolation] = []
    pending: list[str] = []  # consecutive strings, joined into one
    for arg in args:
        if isinstance(arg, str):
            pending.append(str.__str__(arg))
        elif type(arg) is Interpolation:
            strings.append(_joined(pending) if pending else "")
            pending = []
            interpolations.append(arg)
        else:
            raise TypeError(
                f"Template.__new__ *args need to be of type 'str' or 'Interpolation', got {_type_name(arg)}"
            )
    strings.append(_joined(pending) if pending else "")
    return Template(tuple(strings), tuple(interpolations))


_INTERPOLATION = Signature(
    "Interpolation", "value, expression='', conversion=None, format_spec=''", host=_HostInterpolation
)


def _new_interpolation(*args: Any, **kwargs: Any) -> Interpolation:
    value, expression, conversion, format_spec = _INTERPOLATION.unpack(args, kwargs)
    if not isinstance(expression, str):
        raise TypeError(f"Interpolation() argument 'expression' must be str, not {_type_name(expression)}")
    if conversion is not None:
        if not isinstance(conversion, str):
            raise TypeError(
                f"Interpolation() argument 'conversion' must be str or None, not {_type_name(conversion)}"
            )
        if conversion not in _CONVERSIONS:
            raise ValueError("Interpolation() argument 'conversion' must be one of 's', 'a' or 'r'")
        conversion = str.__str__(conversion)
    if not isinstance(format_spec, str):
        raise TypeError(f"Interpolation() argument 'format_spec' must be str, not {_type_name(format_spec)}")
    return Interpolation(value, str.__str__(expression), conversion, str.__str__(format_spec))


#: The compiler's conversion codes (``ord`` of the letter, -1 for none) as letters.
CONVERSION_LETTERS: dict[int, str | None] = {-1: None, ord("s"): "s", ord("r"): "r", ord("a"): "a"}


def make_template(strings: tuple[str, ...], fields: list[tuple[Any, str, str | None, str]]) -> Template:
    """The value of a t-string: ``strings`` (one more than ``fields``) are its literal
    pieces, ``fields`` the (value, expression, conversion, spec) of each field."""
    return Template(strings, tuple(Interpolation(*field) for field in fields))


# ---------------------------------------------------------------------------
# the type tables


def _template_values(template: Template) -> tuple:
    return tuple(interpolation.value for interpolation in template.interpolations)


register_type(
    Template,
    name="Template",
    constructor=Builtin(_new_template, "Template"),
    host_iterable=True,
    host_iterators=(TemplateIter,),
)
data(Template, "strings")(lambda template: template.strings)
data(Template, "interpolations")(lambda template: template.interpolations)
data(Template, "values")(_template_values)
method(Template, "__iter__")(Template.__iter__)
method(Template, "__add__")(Template.__add__)
method(Template, "__repr__")(Template.__repr__)
method(Template, "__class_getitem__", kind="classmethod")(class_getitem)

register_type(Interpolation, name="Interpolation", constructor=Builtin(_new_interpolation, "Interpolation"))
for _field in Interpolation.__slots__:
    data(Interpolation, _field)(lambda interpolation, _field=_field: getattr(interpolation, _field))
# Class patterns match an Interpolation's four fields by position.
register_type(Interpolation)["__match_args__"] = Value(Interpolation.__slots__)
method(Interpolation, "__repr__")(Interpolation.__repr__)
method(Interpolation, "__class_getitem__", kind="classmethod")(class_getitem)


# The copy protocol (``copy.copy``, ``copy.deepcopy``): what CPython's types reduce
# to.  A Template rebuilds through string.templatelib._template_unpickle, which the
# sandbox's own import of CPython's file provides.


def _reduce_interpolation(interpolation: Interpolation) -> tuple:
    i = interpolation
    return Interpolation, (i.value, i.expression, i.conversion, i.format_spec)


def _reduce_template(template: Template) -> Any:
    module = yield from imports.import_module("string.templatelib", {})
    return load_attr(module, "_template_unpickle"), (template.strings, template.interpolations)


method(Interpolation, "__reduce__")(_reduce_interpolation)
method(Interpolation, "__reduce_ex__")(lambda interpolation, protocol: _reduce_interpolation(interpolation))
method(Template, "__reduce__", suspends=True)(_reduce_template)
method(Template, "__reduce_ex__", suspends=True)(lambda template, protocol: _reduce_template(template))


def _next_item(iterator: TemplateIter) -> Any:
    # A sandbox call of it.__next__() ends with the sandbox's StopIteration.
    if not iterator.items:
        raise SandboxStopIteration
    return iterator.items.pop()


register_type(TemplateIter, name="TemplateIter")
method(TemplateIter, "__iter__")(TemplateIter.__iter__)
method(TemplateIter, "__next__")(_next_item)
