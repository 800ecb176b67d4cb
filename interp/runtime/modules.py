"""Module objects of the sandbox.

A module is a namespace dict with a name.  Sandbox-side standard modules
(:mod:`interp.stdlib`) and modules the host provides are built as :class:`Module`
objects whose attributes are sandbox values only.
"""

from __future__ import annotations

from typing import Any

from .attributes import MISSING, NAMESPACE_TYPES, no_attribute
from .calls import call
from .native import Builtin
from .nested import run_nested
from .signatures import Signature
from .typenames import visible_type_name
from .typetable import data, register_type


class Module:
    """A sandbox module: ``__dict__`` is its namespace (its globals if it ran code)."""

    __slots__ = ("__dict__", "__weakref__")

    def __init__(self, name: str, namespace: dict | None = None, doc: str | None = None) -> None:
        if namespace is None:
            namespace = {}
        namespace.setdefault("__name__", name)
        namespace.setdefault("__doc__", doc)
        object.__setattr__(self, "__dict__", namespace)

    def __repr__(self) -> str:
        name = self.__dict__.get("__name__", "?")
        return f"<module '{name}'>"


Module.__name__ = "module"
Module.__qualname__ = "module"
NAMESPACE_TYPES.add(Module)


def _module_getattr(module: Module, name: str) -> Any:
    value = module.__dict__.get(name, MISSING)
    if value is MISSING and name != "__getattr__":
        getattr_hook = module.__dict__.get("__getattr__", MISSING)
        if getattr_hook is not MISSING:
            return run_nested(call(getattr_hook, (name,), None))
        if name.startswith("__") and name.endswith("__"):
            return MISSING
        mod_name = module.__dict__.get("__name__", "?")
        error = AttributeError(f"module '{mod_name}' has no attribute '{name}'", name=name)
        error._interp_obj = module  # for the traceback's "Did you mean" (see no_attribute)
        raise error
    return value


def _module_setattr(module: Module, name: str, value: Any) -> None:
    if value is MISSING:
        if name not in module.__dict__:
            raise no_attribute(module, name)
        del module.__dict__[name]
    else:
        module.__dict__[name] = value


_NEW = Signature("module", "name, doc=None")


def _new_module(*args: Any, **kwargs: Any) -> Module:
    """``types.ModuleType(name, doc=None)``: an empty module, as CPython's has the five
    names.  The name is kept as an exact ``str`` (the host writes it in the repr)."""
    name, doc = _NEW.unpack(args, kwargs)
    if not isinstance(name, str):
        raise TypeError(f"module.__init__() argument 'name' must be str, not {visible_type_name(name)}")
    name = str.__str__(name)
    namespace = {"__name__": name, "__doc__": doc, "__package__": None, "__loader__": None, "__spec__": None}
    return Module(name, namespace)


register_type(
    Module, constructor=Builtin(_new_module, "module"), fallback=_module_getattr, setter=_module_setattr
)
data(Module, "__dict__")(lambda m: m.__dict__)


def make_module(name: str, attributes: dict[str, Any], doc: str | None = None) -> Module:
    """A module holding ``attributes`` (sandbox values: Builtins, constants, classes)."""
    namespace = {"__name__": name, "__doc__": doc}
    namespace.update(attributes)
    return Module(name, namespace)
