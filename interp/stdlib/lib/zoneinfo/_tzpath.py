"""The sandbox's ``zoneinfo._tzpath``: where ``zoneinfo`` looks for zones.

CPython's version searches directories of the host's file system (``os.walk``,
``open``, ``sysconfig``), which the sandbox does not have.  Here the tz data is one
virtual directory, :data:`_DIR`, whose files are the host's zones as the native
``_tzdata`` serves them (read-only, by zone name).  ``TZPATH`` starts as that directory
alone; ``reset_tzpath`` may change it as in CPython, and an entry outside it holds no
zone.  Keys are checked with CPython's rules and messages before anything is read.

``find_tzfile`` keeps the bytes of the zone it found, and ``_open_zone`` hands them to
CPython's ``zoneinfo._zoneinfo`` (as its ``open``, put there by our ``_zoneinfo``) as a
BytesIO, so that its own ``_common.load_data`` parses them.
"""

import os
from io import BytesIO as _BytesIO

import _tzdata

_DIR = "/usr/share/zoneinfo"


class InvalidTZPathWarning(RuntimeWarning):
    """Warning raised if an invalid path is specified in PYTHONTZPATH."""


def _relative_paths_message(paths):
    relative = [p for p in paths if not os.path.isabs(p)]
    return "Paths should be absolute but found the following relative paths:" + "".join(
        "\n    " + p for p in relative
    )


def reset_tzpath(to=None):
    """Set TZPATH to ``to`` (absolute paths), or back to its default."""
    global TZPATH
    if to is None:
        TZPATH = (_DIR,)
        return
    if isinstance(to, (str, bytes)):
        raise TypeError(f"tzpaths must be a list or tuple, not {type(to)}: {to!r}")
    paths = [os.fspath(p) for p in to]
    if not all(isinstance(p, str) for p in paths):
        raise TypeError(
            "All elements of a tzpath sequence must be strings or os.PathLike objects which convert to strings."
        )
    if not all(os.path.isabs(p) for p in paths):
        raise ValueError(_relative_paths_message(paths))
    TZPATH = tuple(paths)


def _validate_tzfile_path(path):
    # CPython's three rules, and its messages.
    if os.path.isabs(path):
        raise ValueError(f"ZoneInfo keys may not be absolute paths, got: {path}")
    normalized = os.path.normpath(path)
    if len(normalized) != len(path):
        raise ValueError(f"ZoneInfo keys must be normalized relative paths, got: {path}")
    if not os.path.normpath(os.path.join("_", normalized)).startswith("_/"):
        raise ValueError(f"ZoneInfo keys must refer to subdirectories of TZPATH, got: {path}")


def _data_key(search_path, key):
    """The name under which ``_tzdata`` knows ``key`` looked up in ``search_path``,
    or None when that directory is not part of the tz data."""
    directory = os.path.normpath(search_path)
    if directory == _DIR:
        return key
    if directory.startswith(_DIR + "/"):
        return directory[len(_DIR) + 1 :] + "/" + key
    return None


#: The zone that find_tzfile just found: path -> bytes, for _open_zone.
_found = {}


def find_tzfile(key):
    """The path of zone ``key``'s file in the first TZPATH entry that has it, or None."""
    _validate_tzfile_path(key)
    for search_path in TZPATH:
        path = os.path.join(search_path, key)  # first: a bytes key fails here, as in CPython
        name = _data_key(search_path, key)
        if name is None:
            continue
        data = _tzdata.read(name)
        if data is not None:
            _found.clear()
            _found[path] = data
            return path
    return None


def _open_zone(file, mode="r", *args, **kwargs):
    """``open`` for ``zoneinfo._zoneinfo``: the zone files of :data:`_DIR` only."""
    data = _found.pop(file, None) if isinstance(file, str) else None
    if data is None and isinstance(file, str) and file.startswith(_DIR + "/"):
        data = _tzdata.read(file[len(_DIR) + 1 :])
    if data is None:
        raise FileNotFoundError(2, "No such file or directory", file)
    if "b" not in mode:
        raise ValueError("zone files open in binary mode only")
    return _BytesIO(data)


def available_timezones():
    """Returns a set containing all available time zones."""
    for search_path in TZPATH:
        if os.path.normpath(search_path) == _DIR:
            return set(_tzdata.zones())
    return set()


TZPATH = ()
reset_tzpath()
