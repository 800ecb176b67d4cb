"""The sandbox's ``_zoneinfo``: the name CPython's ``zoneinfo`` imports its C class from.

Where the host has CPython's pure-Python ``zoneinfo/_zoneinfo.py`` (a CPython server),
its ``ZoneInfo`` is the class, run as sandbox code: the only thing it lacks is ``open``,
which the sandbox does not have, so it gets ``_tzpath._open_zone``, which opens the
zones that ``find_tzfile`` found, from the host's tz data (the native ``_tzdata``).

Where it does not (Pyodide ships the C class alone), no zone can be loaded: ``ZoneInfo``
checks the key as CPython does (``ValueError`` for an absolute or unnormalized key) and
then raises ``ZoneInfoNotFoundError`` with ``_common.load_tzdata``'s own message, which
is what Pyodide's CPython does without the ``tzdata`` package.
"""

import sys as _sys
from zoneinfo import _common, _tzpath

_cpython_load_tzdata = _common.load_tzdata
_MISSING = object()


def _no_package(anchor):
    error = ModuleNotFoundError(f"No module named {anchor.partition('.')[0]!r}")
    error.name = anchor.partition(".")[0]
    raise error


class _importlib:  # what the import statement finds: only the attributes matter
    class resources:
        files = staticmethod(_no_package)


def _load_tzdata(key):
    """CPython's ``_common.load_tzdata``, run with an ``importlib.resources`` that finds
    no package: the sandbox has neither ``importlib`` nor the ``tzdata`` package, and
    this way the function fails as CPython's does without ``tzdata``, with its own
    message (Pyodide's adds a hint of its own).  The stand-in is in ``sys.modules``
    only while the function runs."""
    modules = _sys.modules
    names = ("importlib", "importlib.resources")
    saved = [modules.get(name, _MISSING) for name in names]
    modules["importlib"] = _importlib
    modules["importlib.resources"] = _importlib.resources
    try:
        return _cpython_load_tzdata(key)
    finally:
        for name, value in zip(names, saved):
            if value is _MISSING:
                modules.pop(name, None)
            else:
                modules[name] = value


def _make_zoneinfo():
    try:
        from zoneinfo import _zoneinfo as pure
    except ImportError:
        return _stand_in()
    pure.open = _tzpath._open_zone
    cls = pure.ZoneInfo
    python_repr = cls.__repr__

    def __repr__(self):
        # The C class's repr names its type by its full name, a subclass's by its own.
        text = python_repr(self)
        return "zoneinfo." + text if type(self) is cls else text

    cls.__repr__ = __repr__
    return cls


def _stand_in():
    from datetime import tzinfo

    def not_found(key):
        _tzpath.find_tzfile(key)  # CPython's checks of the key come first
        _common.load_tzdata(key)  # raises: the sandbox has no tzdata package
        raise _common.ZoneInfoNotFoundError(f"No time zone found with key {key}")

    class ZoneInfo(tzinfo):
        """A time zone from the tz database; none can be loaded on this host."""

        __module__ = "zoneinfo"
        __qualname__ = "ZoneInfo"

        def __new__(cls, key):
            hash(key)  # CPython looks the key up in its cache first
            not_found(key)

        @classmethod
        def no_cache(cls, key):
            not_found(key)

        @classmethod
        def from_file(cls, fobj, /, key=None):
            raise NotImplementedError("this host has no Python implementation of ZoneInfo to read zone files")

        @classmethod
        def clear_cache(cls, *, only_keys=None):
            pass

    return ZoneInfo


if _common.load_tzdata.__module__ == __name__:
    # ``import _zoneinfo`` came before ``import zoneinfo``: importing zoneinfo above ran
    # this file once already, and the class made then is zoneinfo's.
    from zoneinfo import ZoneInfo
else:
    _common.load_tzdata = _load_tzdata
    ZoneInfo = _make_zoneinfo()
