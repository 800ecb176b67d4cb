"""Cache lines from the source of the sandbox's own code.

The sandbox's ``linecache`` (see interp/stdlib/linecache.py): the lines come from
``_source_lines``, the text this sandbox compiled (its programs and the standard
modules it loaded), not from files.  The cache API (``cache``, ``checkcache``,
``lazycache``) is kept for the library code that calls it.
"""

__all__ = ["getline", "checkcache", "clearcache", "lazycache"]

cache = {}


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line ``lineno`` of ``filename`` with its newline, or '' where there is none."""
    found = getlines(filename, module_globals)
    return found[lineno - 1] if 0 < lineno <= len(found) else ""


def getlines(filename, module_globals=None):
    """The lines of ``filename``, from the cache or the sandbox's sources."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    return updatecache(filename)


def checkcache(filename=None):
    """Nothing goes stale: the sandbox's sources never change under it."""


def updatecache(filename, module_globals=None):
    """Read the lines of ``filename`` into the cache; [] for an unknown name."""
    cache.pop(filename, None)
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        return []
    lines = _source_lines(filename)
    if not lines:
        return []
    cache[filename] = (sum(map(len, lines)), None, lines, filename)
    return lines


def lazycache(filename, module_globals):
    """Whether ``filename``'s lines can be had: they are read at once instead."""
    if filename in cache:
        return len(cache[filename]) == 1
    return False
