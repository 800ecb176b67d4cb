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
    "heapq": Entry(CPYTHON, "pure Python over the native _heapq, as in CPython"),
    "bisect": Entry(CPYTHON, "pure Python; its _bisect accelerator is absent"),
    "textwrap": Entry(CPYTHON, "needs re"),
    "string": Entry(CPYTHON, "needs re and the native _string"),
    "string.templatelib": Entry(CPYTHON, "t-string types (3.14): type(t'') is ours", since=(3, 14)),
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
    "html.parser": Entry(CPYTHON, "pure Python over re and _markupbase"),
    "_markupbase": Entry(CPYTHON, "html.parser's base class: declarations and comments"),
    "urllib": Entry(CPYTHON, "the package only: urllib.parse; request and response need the network"),
    "urllib.parse": Entry(CPYTHON, "pure Python string work over re, collections and ipaddress"),
    "ipaddress": Entry(CPYTHON, "pure Python; urllib.parse checks bracketed hosts with it"),
    "queue": Entry(
        CPYTHON, "pure Python over our threading and _queue: a get or put that would wait forever raises"
    ),
    "numbers": Entry(CPYTHON, "needs abc"),
    "abc": Entry(CPYTHON, "pure Python over our native _abc"),
    "_py_abc": Entry(CPYTHON, "the pure-Python ABCMeta; abc itself uses our _abc (docs/stdlib.md says why)"),
    "_weakrefset": Entry(CPYTHON, "WeakSet, over the native _weakref.ref"),
    "weakref": Entry(CPYTHON, "pure Python over the native _weakref: the host's weak references"),
    "_collections_abc": Entry(CPYTHON, "pure Python; its Callable[...] subclasses types.GenericAlias"),
    "colorsys": Entry(CPYTHON, "pure Python arithmetic"),
    "enum": Entry(CPYTHON, "pure Python; needs types, builtins and sys.modules views"),
    "copy": Entry(CPYTHON, "needs types, copyreg and weakref"),
    "datetime": Entry(CPYTHON, "pure Python (3.12+: over _pydatetime); its _datetime accelerator is absent"),
    "_pydatetime": Entry(CPYTHON, "datetime's pure-Python half from 3.12 on", since=(3, 12)),
    "fractions": Entry(CPYTHON, "pure Python over our decimal (3.11 imports it at the top)"),
    "statistics": Entry(CPYTHON, "pure Python over fractions, our decimal and math"),
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
    "struct": Entry(CPYTHON, "re-exports the native _struct"),
    "base64": Entry(CPYTHON, "pure Python over struct and the native binascii"),
    "gzip": Entry(CPYTHON, "pure Python over zlib's streams; files only in memory (io.BytesIO)"),
    "_compression": Entry(CPYTHON, "gzip's stream base classes (3.11; compression._common from 3.14)"),
    "compression": Entry(CPYTHON, "gzip's package of stream helpers from 3.14", since=(3, 14)),
    "compression._common": Entry(CPYTHON, "part of compression", since=(3, 14)),
    "compression._common._streams": Entry(CPYTHON, "gzip's stream base classes from 3.14", since=(3, 14)),
    "hashlib": Entry(
        CPYTHON, "without _hashlib (OpenSSL): its constructors come from the native _md5, _sha1..."
    ),
    "uuid": Entry(CPYTHON, "uuid4 from the sandbox's os.urandom; getnode falls back to a random node"),
    "hmac": Entry(CPYTHON, "pure-Python HMAC over hashlib; compare_digest from _operator"),
    "csv": Entry(CPYTHON, "pure Python over our _csv"),
    "difflib": Entry(CPYTHON, "pure Python"),
    "_py_warnings": Entry(CPYTHON, "warnings' Python implementation from 3.14", since=(3, 14)),
    "contextvars": Entry(CPYTHON, "re-exports our _contextvars"),
    "_colorize": Entry(CPYTHON, "unittest's colour themes; no terminal, no colour", since=(3, 13)),
    "logging": Entry(CPYTHON, "pure Python over our threading, traceback and atexit"),
    "unittest": Entry(CPYTHON, "pure Python; the summary goes to sys.stderr as in CPython"),
    "unittest.case": Entry(CPYTHON, "part of unittest"),
    "unittest.result": Entry(CPYTHON, "part of unittest"),
    "unittest.suite": Entry(CPYTHON, "part of unittest"),
    "unittest.loader": Entry(CPYTHON, "part of unittest"),
    "unittest.main": Entry(CPYTHON, "part of unittest"),
    "unittest.runner": Entry(CPYTHON, "part of unittest"),
    "unittest.signals": Entry(CPYTHON, "part of unittest"),
    "unittest.util": Entry(CPYTHON, "part of unittest"),
    "unittest.async_case": Entry(CPYTHON, "part of unittest"),
    "unittest._log": Entry(CPYTHON, "part of unittest"),
    "doctest": Entry(
        CPYTHON, "pure Python over our inspect and pdb; compile(..., 'single') calls sys.displayhook"
    ),
    "argparse": Entry(CPYTHON, "pure Python; unittest.main parses sys.argv with it"),
    "gettext": Entry(CPYTHON, "pure Python; argparse's messages (no catalogs: the messages stay English)"),
    "functools": Entry(
        CPYTHON, "pure Python partial, lru_cache and cmp_to_key; reduce from the native _functools"
    ),
    "collections": Entry(CPYTHON, "pure Python over the native _collections (deque, defaultdict)"),
    "collections.abc": Entry(CPYTHON, "re-exports _collections_abc"),
    "operator": Entry(
        CPYTHON, "the native _operator's functions; CPython's Python itemgetter, attrgetter, methodcaller"
    ),
    "warnings": Entry(CPYTHON, "pure Python; its _warnings accelerator is absent"),
    "typing": Entry(
        CPYTHON, "pure Python; needs sys._getframe and type.__subclasses__ views (3.12+: the native _typing)"
    ),
    "encodings": Entry(CPYTHON, "the codec search function locale needs; registers in our _codecs"),
    "encodings.aliases": Entry(CPYTHON, "part of encodings"),
    "encodings.ascii": Entry(CPYTHON, "part of encodings: over _codecs' ascii pair"),
    "encodings.latin_1": Entry(CPYTHON, "part of encodings: over _codecs' latin-1 pair"),
    "encodings.utf_8": Entry(CPYTHON, "part of encodings: over _codecs' utf-8 pair"),
    "ast": Entry(CPYTHON, "pure Python over our _ast; ast.parse is compile() with PyCF_ONLY_AST"),
    "_ast_unparse": Entry(CPYTHON, "ast.unparse's Unparser from 3.14", since=(3, 14)),
    "annotationlib": Entry(
        CPYTHON,
        "3.14's typing prints aliases and makes ForwardRefs with it; needs t-strings and ast",
        since=(3, 14),
    ),
    "zoneinfo": Entry(CPYTHON, "over our _tzpath and _zoneinfo: the host's tz data, read-only, by zone name"),
    "zoneinfo._common": Entry(CPYTHON, "part of zoneinfo: the TZif parser, fed the zone's bytes"),
    "zoneinfo._zoneinfo": Entry(
        CPYTHON, "the Python ZoneInfo where the host has it (not in Pyodide: no zone loads there)"
    ),
    # -- native helpers ---------------------------------------------------------------
    "_sre": Entry(NATIVE, "the regular-expression engine: metered, time-sliced, the host's MAGIC"),
    "_string": Entry(NATIVE, "format-string parsing for string.Formatter, plain data in and out"),
    "_codecs": Entry(NATIVE, "str.encode/bytes.decode of text encodings; a per-sandbox codec registry"),
    "errno": Entry(NATIVE, "the host's error numbers, plain data"),
    "_json": Entry(
        NATIVE,
        "the host's C string scanner and escapers (plain str in and out); no make_scanner/make_encoder",
    ),
    "_functools": Entry(NATIVE, "reduce only: a metered, suspendable loop over a sandbox callback"),
    "_heapq": Entry(NATIVE, "the host's C heap functions as Builtins; a program's __lt__ runs nested"),
    "_operator": Entry(NATIVE, "the runtime's own operators, size-capped; attribute readers stay Python"),
    "_struct": Entry(NATIVE, "the host's packing on plain values; Struct holds a host Struct out of reach"),
    "binascii": Entry(NATIVE, "the host's C conversions on plain bytes, output size checked first"),
    "_md5": Entry(NATIVE, "for hashlib: the host's digest on plain buffers, fed in metered pieces"),
    "_sha1": Entry(NATIVE, "for hashlib, as _md5"),
    "_sha256": Entry(NATIVE, "for hashlib on 3.11, as _md5"),
    "_sha512": Entry(NATIVE, "for hashlib on 3.11, as _md5"),
    "_sha2": Entry(NATIVE, "for hashlib on 3.12+, as _md5"),
    "_sha3": Entry(NATIVE, "for hashlib, as _md5; SHAKE lengths checked against the memory budget"),
    "_blake2": Entry(NATIVE, "for hashlib, as _md5; blake2b and blake2s are types, as in CPython"),
    "unicodedata": Entry(NATIVE, "the host's Unicode database, plain str in and out; no ucd_3_2_0"),
    "platform": Entry(SANDBOX, "CPython's answers for an unknown system: the host's are not the sandbox's"),
    "_collections": Entry(
        NATIVE,
        "the host deque, and our defaultdict in sandbox Python: CPython has no Python version of either",
    ),
    "_abc": Entry(
        NATIVE,
        "ours: registries and caches of sandbox classes by id; calls __subclasshook__ as sandbox code",
    ),
    "_weakref": Entry(
        NATIVE,
        "the host's weak references; callbacks run only in their own sandbox's step; proxy is the object",
    ),
    "zlib": Entry(
        NATIVE,
        "the host's zlib on plain buffers, in metered pieces; decompressed output capped by max_memory",
    ),
    "_ast": Entry(
        SANDBOX,
        "the host version's node classes made in the sandbox from plain data; compile() converts "
        "interp's parse trees to them and back",
    ),
    "_thread": Entry(NATIVE, "get_ident and locks that never block: the sandbox has no threads"),
    "_typing": Entry(
        NATIVE,
        "_idfunc for NewType; 3.12+: typing.py's TypeVar, Generic, Union... are the runtime's PEP 695 "
        "objects, calling back into the sandbox's typing.py as the C ones do",
    ),
    "_tzdata": Entry(
        NATIVE, "zoneinfo's tz files: the host's TZif bytes by checked zone name, and the zone list"
    ),
    # -- our own sandbox modules ----------------------------------------------------------
    "asyncio": Entry(SANDBOX, "runs on the interpreter's own trampoline"),
    "dataclasses": Entry(SANDBOX, "CPython's builds methods with exec and reads __code__"),
    "itertools": Entry(SANDBOX, "native, metered"),
    "math": Entry(SANDBOX, "native, with capped costs"),
    "cmath": Entry(SANDBOX, "native: the host's functions, floats and complex numbers in and out"),
    "decimal": Entry(
        SANDBOX,
        "ours in Python under lib/, on every host: Pyodide has no _pydecimal, and the C Decimal "
        "keeps one context per host thread; big-int work is metered",
    ),
    "random": Entry(SANDBOX, "native, on the host-controlled seed"),
    "sys": Entry(SANDBOX, "views of the sandbox's own state only"),
    "os": Entry(SANDBOX, "no host I/O: names the library imports os for, os.path is posixpath"),
    "io": Entry(SANDBOX, "ours under lib/: ABCs, StringIO, BytesIO, buffered and text layers; no files"),
    "builtins": Entry(SANDBOX, "a view: the sandbox's own builtins namespace"),
    "types": Entry(SANDBOX, "CPython's finds its types through __code__, frames and tracebacks"),
    "time": Entry(SANDBOX, "the sandbox's clock; sleep is a host request"),
    "_csv": Entry(SANDBOX, "our Python under lib/: its reader and writer call sandbox iterators and files"),
    "traceback": Entry(
        SANDBOX, "CPython's API over the interpreter's formatter; CPython's reads co_positions"
    ),
    "threading": Entry(SANDBOX, "one thread: locks never contended, starting a thread is refused"),
    "atexit": Entry(SANDBOX, "registers and runs on request; the end of a run does not run them"),
    "signal": Entry(SANDBOX, "no signals reach the sandbox: handlers are only recorded"),
    "shutil": Entry(SANDBOX, "get_terminal_size for argparse; CPython's copies host files through posix"),
    "linecache": Entry(SANDBOX, "the source lines this sandbox compiled; CPython's reads files"),
    "_contextvars": Entry(SANDBOX, "one current context; asyncio tasks do not copy it"),
    "inspect": Entry(
        SANDBOX, "ours: CPython's reads bytecode through dis and ast; source comes from our linecache"
    ),
    "pdb": Entry(SANDBOX, "the names doctest uses; no tracing, so starting a debugger is refused"),
    "_queue": Entry(
        SANDBOX, "ours in Python under lib/: Empty and SimpleQueue; a wait times out on the sandbox's clock"
    ),
    "zoneinfo._tzpath": Entry(SANDBOX, "ours: finds zones through _tzdata; CPython's walks host directories"),
    "_zoneinfo": Entry(
        SANDBOX, "ours: CPython's Python ZoneInfo given an open() for zone files, or one that finds none"
    ),
    "array": Entry(
        SANDBOX,
        "ours in Python under lib/ (CPython's is C only): values in a sandbox list, checked as the "
        "host's C types; bytes through _struct",
    ),
}


#: Submodules that CPython has already imported when a program starts (its ``site`` does),
#: so that programs use them after importing the package alone (``import collections``,
#: then ``collections.abc.Mapping``): package -> submodules loaded right after it.
IMPORTED_WITH: dict[str, tuple[str, ...]] = {"collections": ("collections.abc",)}

#: Names under which CPython's files import one of our modules: name -> our module.
ALIASES: dict[str, str] = {}


@functools.lru_cache(maxsize=1)
def stdlib_dir() -> Path:
    """The running CPython's ``Lib/``: where ``os.py`` is.  In Pyodide that is a zip
    archive in its virtual file system (``/lib/python314.zip``), read as one.  Cached:
    every sandbox's every import asks, and resolving the path stats each of its parts."""
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
    return _find_cpython_file(stdlib_dir(), name)


@functools.lru_cache(maxsize=1024)
def _find_cpython_file(root: Path, name: str) -> tuple[str, bool] | None:
    """:func:`cpython_file` in ``root``, looked up once per process (the stdlib does not
    move while the process runs)."""
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
