"""Time-zone data for the sandbox's ``zoneinfo``: a read-only view of the host's tz files.

The sandbox has no file system (DESIGN.md, invariant 3), and CPython's ``zoneinfo``
finds a zone by opening a file under ``TZPATH``.  This native module is the one door:
``_tzdata.read(key)`` gives the bytes of one TZif file and ``_tzdata.zones()`` the
names of all of them, plain str and bytes, nothing else.

Where the files come from: the host CPython's search path (its ``zoneinfo.TZPATH`` if the
host program has imported ``zoneinfo``, else ``PYTHONTZPATH``, else CPython's default
directories), then the ``tzdata`` package's files if it is installed on ``sys.path``.  No
host module is imported for it (the escape suite checks that the host's ``sys.modules``
does not change), and the roots are looked up once per process, on first use.

Why a key can do no harm: it must look like a zone name (ASCII letters, digits, ``_``,
``+``, ``-`` and ``.``, components joined by ``/``, none starting with a dot, so no
``..`` and no hidden file; no NUL; at most 255 characters), its real path (symlinks
resolved) must lie inside the root it was found in, and the file is opened without
following a last symlink and without blocking.  Only a regular file that starts with
``b"TZif"`` and has at most :data:`MAX_FILE` bytes is handed out.  Any other regular
file there (``zone.tab``) reads as ``b""``: CPython would open it and fail to parse it
("magic not found"), and the empty bytes fail the same way without showing a byte of it.
Anything else reads as "no such zone" (``None``), the answer CPython gives for a key it
cannot find.  The bytes handed back are charged to the meter and checked against the
memory budget.
"""

from __future__ import annotations

import functools
import os
import re
import stat
import sys
from typing import Any

from ..runtime import meter
from ..runtime.modules import Module, make_module
from ..runtime.native import Builtin
from ..runtime.signatures import Signature
from ..runtime.tracebacks import hide_frames_of
from . import register
from ._plain import charge, plain
from ._source import source_module

# Our stand-in for the C ZoneInfo: a traceback through it shows the caller's line, as
# through CPython's C class.
hide_frames_of("<_zoneinfo>")

#: Largest TZif file served.  Real ones are under 4 KiB ("fat" builds under 10 KiB).
MAX_FILE = 256 * 1024
#: Longest key accepted (a zone name is a few dozen characters).
MAX_KEY = 255
#: Files looked at while listing a root, at most: a real tz tree has about 2 000.
MAX_LISTED = 20_000

#: What a zone name may look like (tz's own rule for names is stricter still).
_KEY = re.compile(r"[A-Za-z0-9_+\-][A-Za-z0-9_+.\-]*(?:/[A-Za-z0-9_+\-][A-Za-z0-9_+.\-]*)*", re.ASCII)
#: CPython's directories when neither the host program nor PYTHONTZPATH says otherwise.
_DEFAULT_TZPATH = ("/usr/share/zoneinfo", "/usr/lib/zoneinfo", "/usr/share/lib/zoneinfo", "/etc/zoneinfo")
#: Top-level directories that hold other variants of the same zones; CPython's
#: ``available_timezones`` leaves them out (they stay readable by key, as there).
_NOT_LISTED_DIRS = frozenset({"right", "posix"})
#: A file that is a link to a zone and not a zone of its own (CPython leaves it out).
_NOT_LISTED_KEYS = frozenset({"posixrules"})

_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)


def _search_path() -> list[str]:
    host_zoneinfo = sys.modules.get("zoneinfo")
    configured = getattr(host_zoneinfo, "TZPATH", None)
    if isinstance(configured, tuple):
        paths = [p for p in configured if isinstance(p, str)]
    else:
        env = os.environ.get("PYTHONTZPATH")
        paths = env.split(os.pathsep) if env is not None else list(_DEFAULT_TZPATH)
    for entry in sys.path:
        if isinstance(entry, str) and entry:
            paths.append(os.path.join(entry, "tzdata", "zoneinfo"))
    return paths


@functools.lru_cache(maxsize=1)
def roots() -> tuple[str, ...]:
    """The real paths of the tz directories that exist, in search order (once per
    process: the host's tz directories do not move while it runs)."""
    found: list[str] = []
    for path in _search_path():
        if not os.path.isabs(path):
            continue
        real = os.path.realpath(path)
        if os.path.isdir(real) and real not in found:
            found.append(real)
    return tuple(found)


def valid_key(key: Any) -> bool:
    """Whether ``key`` is a str shaped like a zone name (see the module's docstring)."""
    return type(key) is str and 0 < len(key) <= MAX_KEY and _KEY.fullmatch(key) is not None


def _read_file(root: str, key: str, limit: int) -> bytes | None:
    """Up to ``limit`` bytes of the TZif file ``key`` under ``root``; ``b""`` for a
    regular file there that is not TZif (its content is never handed out); None when
    there is no such file (outside the root, not a regular file, too large)."""
    real = os.path.realpath(os.path.join(root, key))
    if not real.startswith(root + os.sep):
        return None
    try:
        fd = os.open(real, _OPEN_FLAGS)
    except (OSError, ValueError):
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return None
        data = os.read(fd, 4)
        if data != b"TZif":
            return b""
        if info.st_size > MAX_FILE:
            return None
        while len(data) < limit:
            piece = os.read(fd, min(limit - len(data), 65536))
            if not piece:
                break
            data += piece
    except OSError:
        return None
    finally:
        os.close(fd)
    return data


def read_zone(key: str) -> bytes | None:
    """The bytes of zone ``key`` from the first root that has it, or None (host side)."""
    if not valid_key(key):
        return None
    for root in roots():
        data = _read_file(root, key, MAX_FILE + 1)
        if data is not None and len(data) <= MAX_FILE:  # a file that grew: not served
            return data
    return None


@functools.lru_cache(maxsize=1)
def zone_names() -> tuple[str, ...]:
    """Every key :func:`read_zone` serves and CPython's ``available_timezones`` lists,
    sorted (once per process: walking the tree opens every file in it)."""
    names: set[str] = set()
    looked_at = 0
    for root in roots():
        for directory, subdirs, files in os.walk(root):
            if directory == root:
                subdirs[:] = [d for d in subdirs if d not in _NOT_LISTED_DIRS]
            subdirs.sort()
            for file in sorted(files):
                looked_at += 1
                if looked_at > MAX_LISTED:
                    return tuple(sorted(names))
                key = os.path.relpath(os.path.join(directory, file), root).replace(os.sep, "/")
                if key in names or key in _NOT_LISTED_KEYS or not valid_key(key):
                    continue
                if _read_file(root, key, 4):
                    names.add(key)
    return tuple(sorted(names))


_READ = Signature("read", "key, /")
_ZONES = Signature("zones", "")


def _read(*args: Any, **kwargs: Any) -> Any:
    (key,) = _READ.unpack(args, kwargs)
    key = plain(key)
    if type(key) is not str:
        raise TypeError(f"key must be str, not {type(key).__name__}")
    yield from charge(len(key))
    data = read_zone(key)
    if data is not None:
        meter.cap(len(data))
        yield from charge(len(data))
    return data


def _zones(*args: Any, **kwargs: Any) -> Any:
    _ZONES.unpack(args, kwargs)
    names = zone_names()
    size = sum(len(name) + 56 for name in names)  # about a str object per name
    meter.cap(size)
    yield from charge(size)
    return names


@register("_tzdata")
def create() -> Module:
    """A fresh ``_tzdata`` for one sandbox: two functions over the host's tz files."""
    return make_module(
        "_tzdata",
        {
            "read": Builtin(
                _read,
                "read",
                suspends=True,
                doc="The TZif bytes of zone key; b'' if not TZif; None if absent.",
            ),
            "zones": Builtin(
                _zones, "zones", suspends=True, doc="The sorted names of the zones read() serves."
            ),
        },
        doc="Read-only time-zone data for zoneinfo: the host's TZif files, by zone name.",
    )


@register("zoneinfo._tzpath")
def create_tzpath() -> Module:
    """Our ``zoneinfo._tzpath`` (``lib/zoneinfo/_tzpath.py``), over ``_tzdata``."""
    return source_module("zoneinfo._tzpath")


@register("_zoneinfo")
def create_zoneinfo() -> Module:
    """Our ``_zoneinfo`` (``lib/_zoneinfo.py``): CPython's Python ``ZoneInfo`` where the
    host has it, given a way to open the zones ``_tzpath`` finds."""
    return source_module("_zoneinfo")
