"""The sandbox's ``platform``: the few answers CPython's files ask it for.

``uuid.py`` imports ``platform`` on every system it does not know by
``sys.platform`` (the sandbox's is ``interp``), only to call ``system()``.  CPython's
``platform.py`` describes the host (``os.uname``, ``/etc/os-release``, running
``uname -p``): none of that exists in the sandbox, and the host's answers would tell a
program how the server is set up.  So the sandbox's answers are CPython's own for a
system it cannot identify (empty strings), and ``python_*`` describe the CPython the
sandbox follows.
"""

from __future__ import annotations

import platform as _host
import sys
from typing import Any

from ..runtime.modules import Module, make_module
from ..runtime.native import Builtin
from ..runtime.signatures import Signature
from . import register

#: What CPython's platform answers when it cannot tell.
_UNKNOWN = ("system", "node", "release", "version", "machine", "processor")


def _constant(name: str, value: str) -> Builtin:
    sig = Signature(name, "", host=getattr(_host, name))

    def fn(*args: Any, **kwargs: Any) -> str:
        sig.unpack(args, kwargs)
        return value

    return Builtin(fn, name)


@register("platform")
def create() -> Module:
    """A fresh ``platform`` for one sandbox."""
    version = ".".join(map(str, sys.version_info[:3]))
    attributes: dict[str, Any] = {name: _constant(name, "") for name in _UNKNOWN}
    attributes["python_implementation"] = _constant("python_implementation", "CPython")
    attributes["python_version"] = _constant("python_version", version)
    attributes["python_version_tuple"] = Builtin(lambda: tuple(version.split(".")), "python_version_tuple")
    return make_module("platform", dict(sorted(attributes.items())))
