"""The cache of a method-call site (``obj.name(...)``) of a function body compiled to host
code (``compiler/hostcode.py``; an attribute site's is :class:`.attributes.AttributeSite`).

The host code reads the site's entry in place (``type(obj) is site.cls and
site.epoch == EPOCH[0]``) and calls :meth:`MethodSite.plan` for anything else, which
does what the method-call template of ``compiler/specialize.py`` does and refills the
entry.  The rules are those of the site caches of :mod:`.attributes`: keyed by the
class itself and the attribute epoch, which moves whenever any class is created,
changed or dies; only user classes and builtin types with a table of their own are
remembered.  A site belongs to one sandbox's compiled body (the classes it holds are
that sandbox's, or the process's own): nothing in it is shared.  The host code tests
``type(obj) is site.cls``, one call fewer than a test of the class's ``id``.
"""

from __future__ import annotations

from typing import Any

from .attributes import EPOCH, USER_CLASSES, builtin_method, plain_method
from .classes import plain_init
from .typetable import TABLES

_object_getattribute = object.__getattribute__

#: What a method-call site calls: the general path (load the attribute, call it), a
#: sandbox function found on the class, a builtin method of a type's table.
GENERAL, FUNCTION, BUILTIN = 0, 1, 2


class MethodSite:
    """``obj.name(...)`` at one site: for the class last seen, whether ``name`` is a
    sandbox function on it (``function``; ``dict_first``: an instance attribute of the
    same name would hide it) or a builtin method of a type's table (``builtin``)."""

    __slots__ = ("name", "epoch", "cls", "kind", "function", "dict_first", "builtin")

    def __init__(self, name: str) -> None:
        self.name = name
        self.epoch = -1
        self.cls: type | None = None
        self.kind = GENERAL
        self.function: Any = None
        self.dict_first = False
        self.builtin: Any = None

    def plan(self, obj: Any) -> int:
        """What to call for ``obj`` (GENERAL, FUNCTION or BUILTIN), remembered for its
        class when it may be; ``function``/``builtin`` hold the callee."""
        t = type(obj)
        now = EPOCH[0]
        if id(t) not in USER_CLASSES:
            method = builtin_method(t, self.name)
            if method is None:
                return GENERAL
            self.builtin = method
            # The entry now describes ``t``, or nothing when ``t`` may not be kept.
            self.cls = t if t in TABLES else None
            self.epoch, self.kind = now, BUILTIN
            return BUILTIN
        found = plain_method(t, self.name)
        if found is None:
            return GENERAL
        self.function, self.dict_first = found
        self.cls, self.epoch, self.kind = t, now, FUNCTION
        return FUNCTION

    def shadowed(self, obj: Any) -> bool:
        """Whether an attribute of ``obj``'s own hides the function found on its class."""
        return self.dict_first and self.name in _object_getattribute(obj, "__dict__")


class InitSite:
    """``cls(...)`` at one site, for the user class last seen: its sandbox ``__init__``
    (``init``) when calling the class is the common case (``object.__new__`` and that
    ``__init__``, :func:`.classes.plain_init`), which the host code then runs in place
    on a new object, as the call-site template of ``compiler/specialize.py`` does."""

    __slots__ = ("epoch", "cls", "init")

    def __init__(self) -> None:
        self.epoch = -1
        self.cls: type | None = None
        self.init: Any = None

    def plan(self, cls: type) -> Any:
        """The ``__init__`` to run for user class ``cls``, remembered; else None (the
        general call)."""
        now = EPOCH[0]
        init = plain_init(cls)
        if init is not None:
            self.cls, self.epoch, self.init = cls, now, init
        return init
