"""Exception classes of the sandbox.

Sandbox exceptions are host exception instances: ``ValueError`` in the sandbox *is*
the host's ``ValueError``, so an error raised by a host operation (``1 / 0``,
``[][0]``) needs no translation, and ``except`` clauses use host matching.

The one exception is ``StopIteration``.  The runtime runs sandboxed code inside host
generators (the suspendable closures), and PEP 479 turns a host ``StopIteration``
leaving a host generator into ``RuntimeError``.  So the sandbox gets its own
``StopIteration`` class, which the host treats as an ordinary exception; the places
where host iterators end (``next`` on a list iterator) translate at the boundary.
"""

from __future__ import annotations

import builtins
from typing import Any


class SandboxStopIteration(Exception):
    """The sandbox's ``StopIteration`` (see the module docstring)."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.value = args[0] if args else None


SandboxStopIteration.__name__ = "StopIteration"
SandboxStopIteration.__qualname__ = "StopIteration"
SandboxStopIteration.__module__ = "builtins"

#: Names of the builtin exception classes, as the sandbox's builtins see them.
EXCEPTION_NAMES = [
    name
    for name, value in vars(builtins).items()
    if isinstance(value, type) and issubclass(value, BaseException) and not name.startswith("_")
]

# Not for the sandbox: they describe host facilities it does not have, or would only
# confuse (EnvironmentError and IOError are aliases of OSError and stay).
_EXCLUDED = {"StopIteration", "PythonFinalizationError"}


def exception_classes() -> dict[str, type]:
    """Sandbox name -> class for every builtin exception class."""
    classes = {name: getattr(builtins, name) for name in EXCEPTION_NAMES if name not in _EXCLUDED}
    classes["StopIteration"] = SandboxStopIteration
    return classes
