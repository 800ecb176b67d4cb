"""The caches of the call and item sites of a function body compiled to host code
(``compiler/hostcode.py``; an attribute site's is :class:`.attributes.AttributeSite`):
a method call ``obj.name(...)``, a call of a class, ``obj[index]`` and its store; and
the item helpers the first tier calls for each ``obj[index]`` that is not a builtin
container's.

The host code reads a site's entry in place (``type(obj) is site.cls and
site.epoch == EPOCH[0]``) and calls the site (:meth:`MethodSite.plan`...) for anything
else, which does what the call-site templates of ``compiler/specialize.py`` do and
refills the entry.  The rules are those of the site caches of :mod:`.attributes`: keyed by the
class itself and the attribute epoch, which moves whenever any class is created,
changed or dies; only user classes and builtin types with a table of their own are
remembered.  A site belongs to one sandbox's compiled body (the classes it holds are
that sandbox's, or the process's own): nothing in it is shared.  The host code tests
``type(obj) is site.cls``, one call fewer than a test of the class's ``id``.
"""

from __future__ import annotations

from typing import Any

from . import meter, operators
from .attributes import EPOCH, USER_CLASSES, builtin_method, plain_dunder, plain_method
from .classes import plain_init
from .descriptors import Super, super_function
from .functions import run_plain
from .protocols import class_getitem
from .typetable import TABLES

#: What a method-call site calls: the general path (load the attribute, call it), a
#: sandbox function found on the class, a builtin method of a type's table.
GENERAL, FUNCTION, BUILTIN = 0, 1, 2


class MethodSite:
    """``obj.name(...)`` at one site: for the class last seen, whether ``name`` is a
    sandbox function on it (``function``; ``dict_first``: an instance attribute of the
    same name would hide it), a builtin method of a type's table (``builtin``) or
    neither (the general path: load the attribute, call it).  The entry of the class
    seen before is kept too (``other``), for a call whose object alternates between two
    classes (``shape.area()`` over a list of shapes, ``node.evaluate()`` over a tree):
    :meth:`plan` swaps it in when the object is of that class again."""

    __slots__ = (
        "name", "epoch", "cls", "kind", "function", "dict_first", "builtin", "other", "of_super",
        "of_super_b",
    )  # fmt: skip

    def __init__(self, name: str) -> None:
        self.name = name
        self.epoch = -1
        self.cls: type | None = None
        self.kind = GENERAL
        self.function: Any = None
        self.dict_first = False
        self.builtin: Any = None
        self.other: tuple | None = None
        #: At a ``super().name(...)`` site: (epoch, the instance's class, the class
        #: whose method called super(), the function found), see :meth:`super_function`;
        #: and the entry before it (``Rect.__init__`` runs for a Rect and a Square).
        self.of_super: tuple | None = None
        self.of_super_b: tuple | None = None

    def super_function(self, sup: Any) -> Any:
        """For ``super().name(...)``: the sandbox function the look-up past the
        method's class binds to the instance (:func:`.descriptors.super_function`),
        which the host code runs in place with the instance first; else None (the
        general path).  Remembered for the instance's class and the method's class."""
        if type(sup) is not Super:
            return None
        objtype, thisclass = sup.objtype, sup.thisclass
        now = EPOCH[0]
        seen = self.of_super
        if seen is not None and seen[1] is objtype and seen[2] is thisclass and seen[0] == now:
            return seen[3]
        before = self.of_super_b
        if before is not None and before[1] is objtype and before[2] is thisclass and before[0] == now:
            self.of_super, self.of_super_b = before, seen
            return before[3]
        fn = super_function(sup, self.name)
        self.of_super_b = seen if seen is not None and seen[0] == now else None
        self.of_super = (now, objtype, thisclass, fn)
        return fn

    def plan(self, obj: Any) -> int:
        """What to call for ``obj`` (GENERAL, FUNCTION or BUILTIN), remembered for its
        class when it may be; ``function``/``builtin`` hold the callee."""
        t = type(obj)
        now = EPOCH[0]
        other = self.other
        kept = None
        if self.epoch == now and self.cls is not None:
            kept = (self.cls, self.kind, self.function, self.dict_first, self.builtin)
            if other is not None and other[0] is t:
                self.cls, self.kind, self.function, self.dict_first, self.builtin = other
                self.other = kept
                return self.kind
        if id(t) not in USER_CLASSES:
            method = builtin_method(t, self.name)
            kind = GENERAL if method is None else BUILTIN
            # The entry now describes ``t``, or nothing when ``t`` may not be kept.
            cls = t if t in TABLES else None
            self.builtin, self.function, self.dict_first = method, None, False
        else:
            found = plain_method(t, self.name)
            cls, self.builtin = t, None
            if found is None:
                kind, self.function, self.dict_first = GENERAL, None, False
            else:
                kind = FUNCTION
                self.function, self.dict_first = found
        self.cls, self.epoch, self.kind = cls, now, kind
        self.other = kept if cls is not None else None
        return kind


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


def subscript(value: Any, index: Any) -> Any:
    """``value[index]``, as the host's operator, but for a user class: its sandbox
    ``__getitem__``, when it cannot pause, runs as the host operator would run it
    (``functions.host_method_call``), without the host's look-up and calls."""
    t = type(value)
    if id(t) in USER_CLASSES:
        fn = plain_dunder(t, "__getitem__", 2)
        if fn is not None and fn.owner is meter.current and not fn.code.body_is_generator:
            return run_plain(fn, fn.code, (value, index))
    if issubclass(t, type):
        return class_getitem(value, index)
    return value[index]


def store_subscript(obj: Any, index: Any, value: Any) -> None:
    """``obj[index] = value``: a user ``__setitem__`` that cannot pause runs in place
    (as in subscript); a slice assignment from an iterable is materialised under the
    caps."""
    t = type(obj)
    if id(t) in USER_CLASSES:
        fn = plain_dunder(t, "__setitem__", 3)
        if fn is not None and fn.owner is meter.current and not fn.code.body_is_generator:
            run_plain(fn, fn.code, (obj, index, value))
            return
    if type(index) is slice:
        operators.setitem(obj, index, value)
    else:
        obj[index] = value


class ItemSite:
    """``obj[index]`` or ``obj[index] = value`` at one site of a body compiled to host
    code, for anything but the builtin containers the host code tests for first: the
    user class last seen and its ``__getitem__``/``__setitem__`` when that can run in
    place (:func:`.attributes.plain_dunder`), else None.  :func:`subscript` finds the
    dunder by a key of the class's id at every call; the site keeps the class."""

    __slots__ = ("epoch", "cls", "fn")

    def __init__(self) -> None:
        self.epoch = -1
        self.cls: type | None = None
        self.fn: Any = None

    def get(self, value: Any, index: Any) -> Any:
        """``value[index]``, as :func:`subscript`."""
        t = type(value)
        if t is not self.cls or self.epoch != EPOCH[0]:
            if id(t) not in USER_CLASSES:
                return subscript(value, index)
            self.cls, self.epoch, self.fn = t, EPOCH[0], plain_dunder(t, "__getitem__", 2)
        fn = self.fn
        if fn is not None and fn.owner is meter.current and not fn.code.body_is_generator:
            return run_plain(fn, fn.code, (value, index))
        return subscript(value, index)

    def set(self, obj: Any, index: Any, value: Any) -> None:
        """``obj[index] = value``, as :func:`store_subscript`."""
        t = type(obj)
        if t is not self.cls or self.epoch != EPOCH[0]:
            if id(t) not in USER_CLASSES:
                store_subscript(obj, index, value)
                return
            self.cls, self.epoch, self.fn = t, EPOCH[0], plain_dunder(t, "__setitem__", 3)
        fn = self.fn
        if fn is not None and fn.owner is meter.current and not fn.code.body_is_generator:
            run_plain(fn, fn.code, (obj, index, value))
        else:
            store_subscript(obj, index, value)
