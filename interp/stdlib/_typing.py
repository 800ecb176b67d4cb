"""The sandbox's ``_typing`` (3.12+): the objects ``typing.py`` takes from CPython's C module.

From 3.12 on ``typing.py`` does not define ``TypeVar``, ``ParamSpec``, ``TypeVarTuple``,
``TypeAliasType``, ``Generic`` or (3.14) ``Union`` itself: it imports them from ``_typing``,
because PEP 695 syntax (``class C[T]``, ``def f[T]()``, ``type X = ...``) must make the
very same objects, and ``typing.py`` itself uses that syntax.  The interpreter already
has those objects (:mod:`interp.runtime.type_params`), made by its compiler; this module
only names them.  Like the C ones, they call back into the sandbox's own ``typing``
module once it is loaded (``typing._generic_class_getitem``, ``_typevar_subst``...), as
sandbox code under the sandbox's meter; they hand out no host object.

Up to 3.11 ``typing.py`` defines these classes in Python and takes only ``_idfunc``
from ``_typing``, as it does here.
"""

from __future__ import annotations

import sys
from typing import Any

from ..runtime import type_params
from ..runtime.modules import Module, make_module
from ..runtime.native import Builtin
from ..runtime.signatures import Signature
from . import register

_IDFUNC = Signature("_idfunc", "x, /")


def _idfunc(*args: Any, **kwargs: Any) -> Any:
    """``NewType.__call__``: the argument itself (a builtin, so it does not bind)."""
    (x,) = _IDFUNC.unpack(args, kwargs)
    return x


@register("_typing")
def create() -> Module:
    """A fresh ``_typing`` for one sandbox: the runtime's shared types, and no state."""
    names: dict[str, Any] = {"_idfunc": Builtin(_idfunc, "_idfunc")}
    if not type_params.CALLS_TYPING:  # 3.11's C _typing has _idfunc alone
        return make_module("_typing", names, _DOC)
    names |= {
        "TypeVar": type_params.TypeVar,
        "ParamSpec": type_params.ParamSpec,
        "TypeVarTuple": type_params.TypeVarTuple,
        "ParamSpecArgs": type_params.ParamSpecArgs,
        "ParamSpecKwargs": type_params.ParamSpecKwargs,
        "TypeAliasType": type_params.TypeAliasType,
        "Generic": type_params.Generic,
    }
    if sys.version_info >= (3, 13):
        names["NoDefault"] = type_params.NO_DEFAULT
    if sys.version_info >= (3, 14):
        names["Union"] = type_params.UnionType
    return make_module("_typing", names, _DOC)


_DOC = "Primitives and accelerators for the typing module.\n"
