"""Where each importable standard module of the sandbox comes from: one table.

The sandbox's ``import`` looks in this order: modules the host granted, then our own
sandbox modules and native helpers (:data:`interp.stdlib.MODULES`), then the host
CPython's own pure-Python files listed here as :data:`CPYTHON`.  Those files are read
as text at run time from the running interpreter's ``Lib/`` (in Pyodide, the same path
in its virtual file system), so each CPython runs its own version of, say, ``textwrap``
and nothing of CPython's is copied into this repository.  A name that is in neither
place does not exist in the sandbox, whatever the host has installed: the allow-list
is what keeps ``os``, ``subprocess`` or ``ctypes`` out.

:data:`CATALOG` is the table ``docs/stdlib.md`` renders (module, source, why).
"""

from __future__ import annotations

import functools
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path

#: Source kinds.
CPYTHON = "cpython"  # the host CPython's own .py file, run as sandbox code
SANDBOX = "sandbox"  # our own module (native, or Python under lib/)
NATIVE = "native"  # host-side helper taking and returning plain data


@dataclass(frozen=True)
class Entry:
    source: str
    why: str
    #: The first CPython version that has this file (CPython's files only).
    since: tuple[int, int] = (3, 11)


CATALOG: dict[str, Entry] = {
    # -- the host CPython's files ---------------------------------------------------
    "__future__": Entry(CPYTHON, "plain data; the compiler reads the future statement itself"),
    "keyword": Entry(CPYTHON, "plain data"),
    "heapq": Entry(CPYTHON, "pure Python; its _heapq accelerator is absent, so the Python code runs"),
    "bisect": Entry(CPYTHON, "pure Python; its _bisect accelerator is absent"),
    "textwrap": Entry(CPYTHON, "needs re"),
    "string": Entry(CPYTHON, "needs re and the native _string"),
    "re": Entry(CPYTHON, "parser and compiler in Python; the native _sre runs the pattern code"),
    "re._casefix": Entry(CPYTHON, "part of re"),
    "re._compiler": Entry(CPYTHON, "part of re"),
    "re._constants": Entry(CPYTHON, "part of re"),
    "re._parser": Entry(CPYTHON, "part of re"),
    "json": Entry(CPYTHON, "pure Python over the native _json's string functions"),
    "json.decoder": Entry(CPYTHON, "part of json"),
    "json.encoder": Entry(CPYTHON, "part of json"),
    "json.scanner": Entry(CPYTHON, "part of json"),
    "fnmatch": Entry(CPYTHON, "needs re and posixpath"),
    "copyreg": Entry(CPYTHON, "pure Python; copy and re read its dispatch table"),
    "graphlib": Entry(CPYTHON, "pure Python"),
    "reprlib": Entry(CPYTHON, "needs _thread.get_ident"),
    "html": Entry(CPYTHON, "needs re and html.entities"),
    "html.entities": Entry(CPYTHON, "plain data"),
    "numbers": Entry(CPYTHON, "needs abc"),
    "colorsys": Entry(CPYTHON, "pure Python arithmetic"),
    "enum": Entry(CPYTHON, "pure Python; needs types, builtins and sys.modules views"),
    "copy": Entry(CPYTHON, "needs types, copyreg and weakref"),
    "datetime": Entry(CPYTHON, "pure Python (3.12+: over _pydatetime); its _datetime accelerator is absent"),
    "_pydatetime": Entry(CPYTHON, "datetime's pure-Python half from 3.12 on", since=(3, 12)),
    "fractions": Entry(CPYTHON, "pure Python; decimal is imported only for from_decimal"),
    "statistics": Entry(CPYTHON, "pure Python"),
    "contextlib": Entry(CPYTHON, "pure Python"),
    "pprint": Entry(CPYTHON, "pure Python"),
    "shlex": Entry(CPYTHON, "pure Python"),
    "posixpath": Entry(CPYTHON, "os.path: string operations; file queries fail on the empty file system"),
    "genericpath": Entry(CPYTHON, "part of posixpath"),
    "stat": Entry(CPYTHON, "constants and predicates; its _stat accelerator is absent"),
    "_strptime": Entry(CPYTHON, "datetime.strptime's parser"),
    "calendar": Entry(CPYTHON, "pure Python"),
    "locale": Entry(CPYTHON, "its _locale is absent: CPython's own C-locale emulation runs"),
    "codecs": Entry(CPYTHON, "pure Python over the native _codecs (text encodings only)"),
    # -- native helpers ---------------------------------------------------------------
    "_sre": Entry(NATIVE, "the regular-expression engine: metered, time-sliced, the host's MAGIC"),
    "_string": Entry(NATIVE, "format-string parsing for string.Formatter, plain data in and out"),
    "_codecs": Entry(NATIVE, "str.encode/bytes.decode of text encodings; no codec registry"),
    "errno": Entry(NATIVE, "the host's error numbers, plain data"),
    "_json": Entry(
        NATIVE,
        "the host's C string scanner and escapers (plain str in and out); no make_scanner/make_encoder",
    ),
    "_thread": Entry(NATIVE, "get_ident and locks that never block: the sandbox has no threads"),
    # -- our own sandbox modules ----------------------------------------------------------
    "abc": Entry(SANDBOX, "our port; CPython's needs _abc or _py_abc's __subclasses__ walk"),
    "asyncio": Entry(SANDBOX, "runs on the interpreter's own trampoline"),
    "collections": Entry(SANDBOX, "host deque; the rest in Python under lib/"),
    "collections.abc": Entry(SANDBOX, "part of collections"),
    "dataclasses": Entry(SANDBOX, "CPython's builds methods with exec and reads __code__"),
    "functools": Entry(SANDBOX, "our Python under lib/"),
    "itertools": Entry(SANDBOX, "native, metered"),
    "math": Entry(SANDBOX, "native, with capped costs"),
    "operator": Entry(SANDBOX, "our Python under lib/"),
    "random": Entry(SANDBOX, "native, on the host-controlled seed"),
    "sys": Entry(SANDBOX, "views of the sandbox's own state only"),
    "os": Entry(SANDBOX, "no host I/O: names the library imports os for, os.path is posixpath"),
    "io": Entry(SANDBOX, "in-memory StringIO and BytesIO; CPython's is the C _io over host files"),
    "weakref": Entry(SANDBOX, "no weak references in the runtime: references keep their object"),
    "_collections_abc": Entry(SANDBOX, "the same module as our collections.abc"),
    "builtins": Entry(SANDBOX, "a view: the sandbox's own builtins namespace"),
    "types": Entry(SANDBOX, "CPython's finds its types through __code__, frames and tracebacks"),
    "time": Entry(SANDBOX, "the sandbox's clock; sleep is a host request"),
}


#: Names under which CPython's files import one of our modules: name -> our module.
ALIASES: dict[str, str] = {"_collections_abc": "collections.abc"}


def stdlib_dir() -> Path:
    """The running CPython's ``Lib/``: where ``os.py`` is.  In Pyodide that is a zip
    archive in its virtual file system (``/lib/python314.zip``), read as one."""
    return Path(os.__file__).resolve().parent


@functools.lru_cache(maxsize=4)
def _archive(path: Path) -> tuple[zipfile.ZipFile, frozenset[str]]:
    archive = zipfile.ZipFile(path)
    return archive, frozenset(archive.namelist())


def is_cpython(name: str) -> bool:
    """Whether ``name`` is one of the host CPython's files that the sandbox may run."""
    entry = CATALOG.get(name)
    return entry is not None and entry.source == CPYTHON


def cpython_file(name: str) -> tuple[str, bool] | None:
    """(location, is_package) of allow-listed module ``name`` in the host's library, or
    None where this host has no such file (a module may exist on one version only).
    Read the location with :func:`read_cpython`."""
    if not is_cpython(name):
        return None
    root = stdlib_dir()
    parts = name.split(".")
    candidates = ("/".join(parts) + "/__init__.py", "/".join(parts) + ".py")
    if root.is_file():
        _, names = _archive(root)
        for member in candidates:
            if member in names:
                return f"{root}/{member}", member.endswith("/__init__.py")
        return None
    for member in candidates:
        path = root / member
        if path.is_file():
            return str(path), member.endswith("/__init__.py")
    return None


def read_cpython(location: str) -> str:
    """The text of a file :func:`cpython_file` found."""
    root = stdlib_dir()
    if root.is_file():
        archive, _ = _archive(root)
        return archive.read(location[len(str(root)) + 1 :]).decode("utf-8")
    return Path(location).read_text(encoding="utf-8")


def display_path(name: str, is_package: bool) -> str:
    """The neutral path that ``__file__`` and tracebacks show for CPython's file of
    ``name``: ``<stdlib>/json/decoder.py``.  The host's real path would tell a program
    where and how the server is installed; this keeps the layout below ``Lib/``,
    which is the same on every host."""
    parts = name.split(".")
    tail = "/".join(parts) + ("/__init__.py" if is_package else ".py")
    return f"<stdlib>/{tail}"


_SOURCE_WORDS = {CPYTHON: "CPython's file", SANDBOX: "our sandbox module", NATIVE: "native"}


def render_table() -> str:
    """The Markdown table of :data:`CATALOG` that ``docs/stdlib.md`` shows (a test keeps
    the two equal)."""
    rows = ["| module | source | why |", "| --- | --- | --- |"]
    for name in sorted(CATALOG, key=lambda n: (n.lstrip("_").lower(), n)):
        entry = CATALOG[name]
        rows.append(f"| `{name}` | {_SOURCE_WORDS[entry.source]} | {entry.why} |")
    return "\n".join(rows) + "\n"
