# The sandbox's ``os``: the names that the pure-Python standard library imports ``os``
# for, with no host I/O behind them.  Paths are POSIX paths (``os.path`` is CPython's
# ``posixpath``); the environment is empty; the working directory is the root of a file
# system that holds nothing yet, so every call that would touch a file fails as it
# would for a missing file.

import abc
import sys

name = "posix"
sep = "/"
altsep = None
curdir = "."
pardir = ".."
extsep = "."
pathsep = ":"
linesep = "\n"
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
supports_bytes_environ = True
environ = {}
environb = {}
error = OSError


def getenv(key, default=None):
    return environ.get(key, default)


class PathLike(abc.ABC):
    """What ``os.fspath`` accepts besides str and bytes: objects with ``__fspath__``."""

    @abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike and any("__fspath__" in vars(k) for k in subclass.__mro__):
            return True
        return NotImplemented


def fspath(path):
    """str and bytes as they are; else the result of the object's ``__fspath__``."""
    if isinstance(path, (str, bytes)):
        return path
    kind = type(path)
    try:
        hook = kind.__fspath__
    except AttributeError:
        raise TypeError(f"expected str, bytes or os.PathLike object, not {kind.__name__}") from None
    result = hook(path)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError(
        f"expected {kind.__name__}.__fspath__() to return str or bytes, not {type(result).__name__}"
    )


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode("utf-8", "surrogateescape") if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode("utf-8", "surrogateescape") if isinstance(filename, bytes) else filename


def getcwd():
    return "/"


def getcwdb():
    return b"/"


def _missing(path, *rest, **options):
    raise FileNotFoundError(2, "No such file or directory", fspath(path))


stat = lstat = chdir = listdir = remove = unlink = rmdir = mkdir = readlink = _missing
scandir = _missing


def fstat(fd):
    raise OSError(9, "Bad file descriptor")


def isatty(fd):
    # No terminal is attached to a sandbox: its streams are the host's callbacks
    # (_colorize asks before it colours a traceback).
    if not isinstance(fd, int):
        raise TypeError(f"'{type(fd).__name__}' object cannot be interpreted as an integer")
    return False


def getpid():
    return 1


def getuid():
    return 1000


def cpu_count():
    return 1


_entropy = None


def urandom(size):
    # The sandbox's entropy source (random.SystemRandom: seeded by the host in
    # deterministic mode), never the host's own; kept apart from random's generator so
    # that uuid4() does not move random.random()'s sequence.
    global _entropy
    if _entropy is None:
        import random

        _entropy = random.SystemRandom()
    return _entropy.randbytes(size)


import posixpath as path  # noqa: E402 - posixpath imports this module, which must be ready

sys.modules["os.path"] = path
