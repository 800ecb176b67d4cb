"""The sandbox's ``cmath`` module.

Every function of ``cmath`` takes numbers and returns a number (or a bool, or a pair of
floats) in time bounded by the size of a float: a big int argument is turned into a
float first, and the host refuses one too large with its own ``OverflowError``.  So the
host's functions are wrapped as :class:`~interp.runtime.native.Builtin` objects, as
``math`` wraps most of its own; the host module itself never reaches the sandbox.  An
argument that is a sandbox object with ``__complex__``/``__float__``/``__index__`` is
converted the way ``math`` converts one, through the runtime's instance protocol.
"""

from __future__ import annotations

import cmath as _cmath
from typing import Any

from ..runtime.modules import Module, make_module
from ..runtime.native import Builtin
from . import register

#: Functions wrapped as they are: numbers in, a number out, bounded work.
_FUNCTIONS = (
    "acos acosh asin asinh atan atanh cos cosh exp isclose isfinite isinf isnan "
    "log log10 phase polar rect sin sinh sqrt tan tanh"
).split()

#: Plain float and complex constants.
_CONSTANTS = ("e", "pi", "tau", "inf", "infj", "nan", "nanj")


@register("cmath")
def create() -> Module:
    attributes: dict[str, Any] = {}
    for name in _FUNCTIONS:
        host = getattr(_cmath, name, None)
        if host is not None:
            attributes[name] = Builtin(host, name)
    for name in _CONSTANTS:
        attributes[name] = getattr(_cmath, name)
    return make_module(
        "cmath",
        dict(sorted(attributes.items())),
        doc="This module provides access to mathematical functions for complex\nnumbers.",
    )
