"""CPython's ``__doc__`` texts for the builtins the sandbox gives (``len.__doc__``).

The sandbox's builtin functions, methods and iterator types are the runtime's own
objects, whose host docstrings (if any) describe the runtime, not Python.  What a
program reads as their ``__doc__`` is the text of the CPython it runs on: that of the
host's builtin of the same name, read from the host's own C objects.  Only plain
strings leave here, and only from C-level host objects (builtin functions, method
descriptors, non-heap types), never from the runtime's Python classes.
"""

from __future__ import annotations

import builtins as _host
import types
from typing import Any

from .typetable import VISIBLE_NAMES

#: ``cls.__mro__`` read from the type itself: a metaclass's ``__getattribute__`` cannot
#: answer it (nor run, when host code walks a program's class).
_mro_of = type.__dict__["__mro__"].__get__

# Host objects whose __doc__ is CPython's C-level text.
_C_LEVEL = (
    types.BuiltinFunctionType,
    types.MethodDescriptorType,
    types.WrapperDescriptorType,
    types.ClassMethodDescriptorType,
    types.GetSetDescriptorType,
    types.MemberDescriptorType,
)
_HEAP_TYPE = 1 << 9  # Py_TPFLAGS_HEAPTYPE: a class made by a class statement


def _text(value: Any) -> str | None:
    return value if type(value) is str else None


def host_type(t: type) -> type | None:
    """The host's C type that ``t`` is, or stands for (``map`` for the runtime's map)."""
    name = VISIBLE_NAMES.get(t)
    if name is None and t.__module__ == "builtins" and t.__flags__ & _HEAP_TYPE:
        name = t.__name__  # a runtime class named as the builtin it is (map, zip...)
    if name is not None:
        host = getattr(_host, name, None)
        return host if isinstance(host, type) and not host.__flags__ & _HEAP_TYPE else None
    if t.__flags__ & _HEAP_TYPE:
        return None
    return t


def doc_of_type(t: type) -> str | None:
    """``__doc__`` of a class the sandbox did not define (``int``, ``map``, ``ValueError``)."""
    host = host_type(t)
    return None if host is None else _text(host.__doc__)


def doc_of_builtin(builtin: Any) -> str | None:
    """``__doc__`` of a runtime :class:`~interp.runtime.native.Builtin`: its own, else
    that of the host builtin function or method of its name."""
    if builtin.doc is not None:
        return builtin.doc
    return _from_host_twin(builtin, "__doc__")


def text_signature_of_builtin(builtin: Any) -> str | None:
    """``__text_signature__`` of a runtime Builtin (what ``inspect.signature`` parses):
    that of the host builtin function or method of its name, a plain str or None."""
    return _from_host_twin(builtin, "__text_signature__")


def text_signature_of_type(t: type) -> str | None:
    """``__text_signature__`` of a class the sandbox did not define (``list``); None for
    the sandbox's own classes, as CPython's are None for classes made by a class statement."""
    host = host_type(t)
    return None if host is None else _text(getattr(host, "__text_signature__", None))


def _from_host_twin(builtin: Any, attr: str) -> str | None:
    """``attr`` (a string attribute) of the host's C-level builtin function or method
    that the runtime Builtin stands for, looked up by name and owner type."""
    name = builtin.__name__
    owner = builtin.__self_type__
    if owner is None:
        owner_name, dot, _ = builtin.__qualname__.rpartition(".")
        if not dot:
            host = getattr(_host, name, None)
            return _text(getattr(host, attr, None)) if isinstance(host, types.BuiltinFunctionType) else None
        # A static or class method (str.maketrans, dict.fromkeys): its class by name.
        owner = getattr(_host, owner_name, None)
    host_owner = host_type(owner) if isinstance(owner, type) else None
    if host_owner is None:
        return None
    what = attr
    for klass in _mro_of(host_owner):
        attr = klass.__dict__.get(name)
        if attr is not None:
            if isinstance(attr, (staticmethod, classmethod)):
                attr = attr.__func__
            return _text(getattr(attr, what, None)) if isinstance(attr, _C_LEVEL) else None
    return None
