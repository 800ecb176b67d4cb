"""High-level file operations, for a sandbox that has no files of the host.

The library imports ``shutil`` for ``get_terminal_size`` (argparse sizes its help to
the terminal).  CPython's ``shutil`` is mostly copying and removing files, built on
``posix`` and file descriptors the sandbox does not have; this module keeps the size
query, answered as CPython answers when its output is not a terminal: ``COLUMNS`` and
``LINES`` from the (empty) environment, else the fallback.  File operations fail as
for a missing file.
"""

import os

__all__ = ["get_terminal_size", "which", "Error", "SameFileError", "ReadError", "RegistryError"]


class Error(OSError):
    pass


class SameFileError(Error):
    pass


class ReadError(OSError):
    pass


class RegistryError(Exception):
    pass


class terminal_size(tuple):
    """A (columns, lines) pair, as os.terminal_size is."""

    __slots__ = ()

    def __new__(cls, size):
        columns, lines = size
        return tuple.__new__(cls, (columns, lines))

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return f"os.terminal_size(columns={self[0]}, lines={self[1]})"


terminal_size.__module__ = "os"


def get_terminal_size(fallback=(80, 24)):
    """The size of the terminal: there is none, so COLUMNS/LINES or ``fallback``."""
    size = []
    for name, default in zip(("COLUMNS", "LINES"), fallback):
        text = os.environ.get(name, "")
        value = int(text) if text.strip().isdigit() else 0
        size.append(value if value > 0 else default)
    return terminal_size(size)


def which(cmd, mode=None, path=None):
    """No programs exist in the sandbox."""
    return None


def _missing(*paths, **options):
    raise FileNotFoundError(2, "No such file or directory", str(paths[0]) if paths else "")


def copyfileobj(fsrc, fdst, length=0):
    """Copy the data of one file-like object to another (both sandbox objects)."""
    while True:
        buf = fsrc.read(length or 65536)
        if not buf:
            break
        fdst.write(buf)


copyfile = copy = copy2 = copymode = copystat = copytree = rmtree = move = disk_usage = _missing
chown = make_archive = unpack_archive = _missing
