"""``__annotations__`` and ``__annotate__`` of classes, functions and modules as Python
3.14 reads them (PEP 649, PEP 749), for the sandbox when the host is 3.14 (Pyodide).

The sandbox evaluates annotations eagerly, as 3.11-3.13 do, so a class statement leaves
its ``__annotations__`` dict in the class namespace.  But 3.14's own library builds
classes whose annotations exist only as an ``__annotate__`` function: ``typing``'s
NamedTuple and TypedDict assign ``cls.__annotate__ = annotate`` and expect
``cls.__annotations__`` (and ``annotationlib.get_annotations``) to call it.  The host's
``type`` keeps the right entries in the class dict when these are assigned
(``__annotate_func__`` and ``__annotations_cache__``), but its getters would call a
sandbox function from host code, which cannot run there; the getters here read the
same entries and call the function as sandbox code.  A function's annotations are
always evaluated already; 3.14's ``functools.singledispatch.register`` still asks for
its ``__annotate__``, which here answers with them.

On 3.11-3.13 hosts nothing here is registered: ``__annotations__`` stays what it was.
"""

from __future__ import annotations

from typing import Any

from .attributes import MISSING, USER_CLASSES, bind_descriptor, invalidate
from .descriptors import StaticMethod
from .functions import Function, call_nested
from .native import BoundBuiltin, Builtin
from .typenames import visible_type_name

_dict_of = type.__dict__["__dict__"].__get__
_mro_of = type.__dict__["__mro__"].__get__
_type_setattr = type.__setattr__

#: The format ``cls.__annotations__`` asks an ``__annotate__`` function for
#: (``annotationlib.Format.VALUE``).
_VALUE = 1
#: The formats whose answer is the evaluated annotations: VALUE and FORWARDREF (every
#: name resolved already).  For STRING and VALUE_WITH_FAKE_GLOBALS a function's
#: ``__annotate__`` raises NotImplementedError, so annotationlib falls back to VALUE
#: and formats the values itself, as for any hand-written ``__annotate__``.
_EVALUATED_FORMATS = (1, 3)


def _evaluated(format: Any) -> bool:
    """Whether ``format`` asks for evaluated annotations.  It may be an IntEnum member
    (``annotationlib.Format``): its int value is read without running any method of
    its class."""
    return int in _mro_of(type(format)) and int.__index__(format) in _EVALUATED_FORMATS


def _no_attribute(cls: Any, name: str) -> AttributeError:
    # Builtin types have neither: only heap types (classes of the program) do.
    return AttributeError(f"type object '{cls.__name__}' has no attribute '{name}'")


def _bound(value: Any, cls: Any) -> Any:
    """``value`` read from the class dict as ``type``'s getters read it: through its
    ``__get__`` with no instance, as for any class attribute."""
    return bind_descriptor(value, None, cls)


def annotate_of(cls: Any) -> Any:
    """``cls.__annotate__``: the function assigned (or None, remembered as 3.14 does)."""
    if id(cls) not in USER_CLASSES:
        raise _no_attribute(cls, "__annotate__")
    namespace = _dict_of(cls)
    for key in ("__annotate__", "__annotate_func__"):
        if key in namespace:
            return _bound(namespace[key], cls)
    # The host's setter stores None under __annotate_func__ without touching the cache.
    _type_setattr(cls, "__annotate__", None)
    invalidate()  # a class namespace changed
    return None


def annotations_of(cls: Any) -> Any:
    """``cls.__annotations__``: the class's own dict, else the one its
    ``__annotate__`` returned (called once with VALUE, then cached), else ``{}``."""
    if id(cls) not in USER_CLASSES:
        raise _no_attribute(cls, "__annotations__")
    namespace = _dict_of(cls)
    for key in ("__annotations__", "__annotations_cache__"):
        if key in namespace:
            return _bound(namespace[key], cls)
    annotate = annotate_of(cls)
    if type(annotate) is StaticMethod or callable(annotate):
        result = call_nested(annotate, (_VALUE,))
    else:
        result = {}
    if not isinstance(result, dict):
        raise TypeError(f"__annotate__ returned non-dict of type '{visible_type_name(result)}'")
    # Straight into the dict: assigning ``__annotations__`` would drop __annotate__.
    _type_setattr(cls, "__annotations_cache__", result)
    invalidate()
    return result


def _function_annotate(fn: Function, format: Any, /) -> Any:
    if _evaluated(format):
        return fn.annotations if fn.annotations is not None else {}
    raise NotImplementedError


#: Bound to the function whose annotations it answers with (``f.__annotate__.__self__``
#: is ``f``, a sandbox value): one shared builtin, no state of its own.
_FUNCTION_ANNOTATE = Builtin(_function_annotate, "__annotate__", self_type=Function)


def function_annotate(fn: Function) -> Any:
    """``fn.__annotate__``: one the program assigned, else, when ``fn`` has
    annotations, a builtin that returns them; else None."""
    assigned = fn.__dict__.get("__annotate__", MISSING)
    if assigned is not MISSING:
        return assigned
    if not fn.annotations:
        return None
    return BoundBuiltin(_FUNCTION_ANNOTATE, fn)


def set_function_annotate(fn: Function, value: Any) -> None:
    """``fn.__annotate__ = value``.  Another function's annotate (``functools.wraps``
    copies it on 3.14) gives ``fn`` a copy of that function's annotations, as calling
    it would; any other callable is kept and answers ``__annotate__``."""
    if value is MISSING:
        raise TypeError("__annotate__ cannot be deleted")
    if value is None:
        fn.__dict__.pop("__annotate__", None)
        return
    if type(value) is BoundBuiltin and value.builtin is _FUNCTION_ANNOTATE:
        source = value.__self__.annotations
        fn.annotations = dict(source) if source is not None else None
        fn.__dict__.pop("__annotate__", None)
        return
    if not (type(value) is StaticMethod or callable(value)):
        raise TypeError("__annotate__ must be callable or None")
    fn.__dict__["__annotate__"] = value
    fn.annotations = None  # computed by the next read of __annotations__


def function_annotations(fn: Function) -> Any:
    """``fn.__annotations__``: its dict, else what an assigned ``__annotate__``
    returns for VALUE (kept from then on), else ``{}``."""
    if fn.annotations is not None:
        return fn.annotations
    annotate = fn.__dict__.get("__annotate__")
    if annotate is None:
        result: Any = {}
    else:
        result = call_nested(annotate, (_VALUE,))
        if not isinstance(result, dict):
            raise TypeError(f"__annotate__ returned non-dict of type '{visible_type_name(result)}'")
    fn.annotations = result
    return result


# -- modules ------------------------------------------------------------------------------
# 3.14 keeps a module's annotations out of its globals: ``__annotations__`` is no global
# name there (PEP 749), the module has an ``__annotate__`` and ``module.__annotations__``
# calls it.  The sandbox fills the dict as the statements run, as 3.11-3.13 do, and
# keeps it as ``__self__`` of the module's ``__annotate__``: a builtin method of the
# dict, which holds no more than the dict itself.


def _module_annotate(annotations: dict, format: Any, /) -> dict:
    if _evaluated(format):
        return annotations
    raise NotImplementedError


_MODULE_ANNOTATE = Builtin(_module_annotate, "__annotate__", self_type=dict)


def module_annotations_dict(namespace: dict) -> dict:
    """The dict that the annotated assignments at the top of the module with globals
    ``namespace`` fill: the one behind its ``__annotate__``, made on first use."""
    annotate = namespace.get("__annotate__")
    if type(annotate) is BoundBuiltin and annotate.builtin is _MODULE_ANNOTATE:
        return annotate.__self__
    annotations: dict = {}
    namespace["__annotate__"] = BoundBuiltin(_MODULE_ANNOTATE, annotations)
    return annotations


def module_annotations(namespace: dict) -> Any:
    """``module.__annotations__`` on 3.14: the module's own entry, else what its
    ``__annotate__`` returns, else ``{}``."""
    found = namespace.get("__annotations__", MISSING)
    if found is not MISSING:
        return found
    annotate = namespace.get("__annotate__")
    if type(annotate) is BoundBuiltin and annotate.builtin is _MODULE_ANNOTATE:
        if namespace.get("__spec__") is not None:
            # A module being imported: 3.14 stores nothing while the module is
            # initialising; the dict is final once it has run.
            return annotate.__self__
        # ``__main__``: 3.14 keeps what it returned first, and annotations that run
        # later show only through ``__annotate__``.
        result = dict(annotate.__self__)
        namespace["__annotations__"] = result
        return result
    if not (type(annotate) is StaticMethod or callable(annotate)):
        return {}
    result = call_nested(annotate, (_VALUE,))
    if not isinstance(result, dict):
        raise TypeError(f"__annotate__ returned non-dict of type '{visible_type_name(result)}'")
    namespace["__annotations__"] = result
    return result
