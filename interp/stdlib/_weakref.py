"""The sandbox's ``_weakref``: ``proxy`` only, for CPython's ``collections`` package.

CPython's pure-Python ``OrderedDict`` keeps a weak proxy to the sentinel of its linked
list so that the list holds no reference cycle.  The sandbox has no weak references
(:mod:`.weakref` says why: a reference keeps its object), so the proxy here is the object
itself, which behaves the same for as long as the object lives, and here it lives as
long as the dictionary.  It takes any value and returns that value: nothing of the host
is reached.
"""

from __future__ import annotations

from typing import Any

from ..runtime.modules import Module, make_module
from ..runtime.native import Builtin
from ..runtime.signatures import Signature
from . import register

_PROXY = Signature("proxy", "object, callback=None, /")


def _proxy(*args: Any, **kwargs: Any) -> Any:
    target, _callback = _PROXY.unpack(args, kwargs)
    return target


@register("_weakref")
def create() -> Module:
    """A fresh ``_weakref`` for one sandbox."""
    return make_module("_weakref", {"proxy": Builtin(_proxy, "proxy")})
