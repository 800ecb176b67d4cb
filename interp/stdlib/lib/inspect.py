# The sandbox's ``inspect``: the questions doctest, unittest and programs ask about
# objects (what kind of object is this, where was it defined, what is its source),
# answered from what the sandbox shows of its own values.  CPython's file builds on
# ``dis``, ``ast``, ``tokenize`` and ``importlib.machinery`` and reads the bytecode of
# code objects, which the sandbox does not have (see docs/stdlib.md).  Source comes from
# ``linecache``: the text this sandbox compiled.

import enum as _enum
import functools as _functools
import linecache
import sys
import types
from collections import namedtuple as _namedtuple
from keyword import iskeyword as _iskeyword

__all__ = [
    "cleandoc",
    "currentframe",
    "findsource",
    "getabsfile",
    "getdoc",
    "getfile",
    "getmembers",
    "getmodule",
    "getmodulename",
    "getmro",
    "getsource",
    "getsourcefile",
    "getsourcelines",
    "getattr_static",
    "isabstract",
    "isasyncgen",
    "isasyncgenfunction",
    "isawaitable",
    "isbuiltin",
    "isclass",
    "iscode",
    "iscoroutine",
    "iscoroutinefunction",
    "isdatadescriptor",
    "isframe",
    "isfunction",
    "isgenerator",
    "isgeneratorfunction",
    "isgetsetdescriptor",
    "ismemberdescriptor",
    "ismethod",
    "ismethoddescriptor",
    "ismethodwrapper",
    "ismodule",
    "isroutine",
    "istraceback",
    "unwrap",
    "BoundArguments",
    "FullArgSpec",
    "Parameter",
    "Signature",
    "formatannotation",
    "formatannotationrelativeto",
    "get_annotations",
    "getcallargs",
    "getfullargspec",
    "signature",
]

# co_flags bits, with CPython's values.
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200


def _probe():
    pass


def _frame_and_traceback():
    try:
        raise ValueError
    except ValueError as error:
        return sys._getframe(), type(error.__traceback__)


_FrameType, _TracebackType = _frame_and_traceback()
_FrameType = type(_FrameType)
# compile() gives one kind of code object, a function's ``__code__`` another view.
_CODE_TYPES = (type(compile("", "<inspect>", "exec")), type(_probe.__code__))
_BUILTIN_TYPES = (type(len), type([].append))
del _probe, _frame_and_traceback


def _instance_test(name, kinds, what):
    """A predicate ``name(object)``: whether the object is an instance of ``kinds``."""

    def test(object):
        return isinstance(object, kinds)

    test.__name__ = test.__qualname__ = name
    test.__doc__ = f"Whether ``object`` is {what}."
    return test


ismodule = _instance_test("ismodule", types.ModuleType, "a module")
isclass = _instance_test("isclass", type, "a class")
ismethod = _instance_test("ismethod", types.MethodType, "a bound method of a Python function")
isfunction = _instance_test("isfunction", types.FunctionType, "a Python function (``def`` or ``lambda``)")
isgenerator = _instance_test("isgenerator", types.GeneratorType, "a generator")
iscoroutine = _instance_test("iscoroutine", types.CoroutineType, "a coroutine")
isasyncgen = _instance_test("isasyncgen", types.AsyncGeneratorType, "an asynchronous generator")
istraceback = _instance_test("istraceback", _TracebackType, "a traceback")
isframe = _instance_test("isframe", _FrameType, "a frame")
iscode = _instance_test("iscode", _CODE_TYPES, "a code object")
isgetsetdescriptor = _instance_test(
    "isgetsetdescriptor", types.GetSetDescriptorType, "a getset descriptor of a builtin type"
)
ismemberdescriptor = _instance_test(
    "ismemberdescriptor", types.MemberDescriptorType, "a member descriptor (``__slots__``)"
)


def _code_flag(object, flag):
    while ismethod(object):
        object = object.__func__
    while hasattr(object, "func") and hasattr(object, "args") and hasattr(object, "keywords"):
        object = object.func  # functools.partial
    if not isfunction(object):
        return False
    return bool(object.__code__.co_flags & flag)


def isgeneratorfunction(object):
    """Whether ``object`` is a generator function."""
    return _code_flag(object, CO_GENERATOR)


def iscoroutinefunction(object):
    """Whether ``object`` is a coroutine function (``async def``)."""
    return _code_flag(object, CO_COROUTINE)


def isasyncgenfunction(object):
    """Whether ``object`` is an asynchronous generator function."""
    return _code_flag(object, CO_ASYNC_GENERATOR)


def isawaitable(object):
    """Whether ``object`` can be awaited."""
    return isinstance(object, types.CoroutineType) or hasattr(type(object), "__await__")


def isbuiltin(object):
    """Whether ``object`` is a builtin function or a method bound to a builtin object."""
    return isinstance(object, _BUILTIN_TYPES) and not ismethoddescriptor(object)


def _python_level(value):
    return isfunction(value) or ismethod(value) or isclass(value)


def ismethoddescriptor(object):
    """Whether ``object`` is a method descriptor (``str.join``): has ``__get__`` but
    not ``__set__``, and is not a class, method or function."""
    if _python_level(object):
        return False
    kind = type(object)
    if kind is _BUILTIN_TYPES[0]:
        # The sandbox's unbound builtins share one type, functions (``len``) and methods
        # of builtin types (``str.join``) alike: the latter belong to no module and are
        # named after their type.
        return (
            getattr(object, "__self__", None) is None
            and getattr(object, "__module__", None) is None
            and "." in getattr(object, "__qualname__", "")
        )
    return hasattr(kind, "__get__") and not hasattr(kind, "__set__")


def ismethodwrapper(object):
    """Whether ``object`` is a method-wrapper (``(1).__add__``)."""
    return False


def isdatadescriptor(object):
    """Whether ``object`` is a data descriptor (``property``...)."""
    if _python_level(object):
        return False
    kind = type(object)
    return hasattr(kind, "__set__") or hasattr(kind, "__delete__")


def isroutine(object):
    """Whether ``object`` is a function or method of any kind."""
    return isbuiltin(object) or isfunction(object) or ismethod(object) or ismethoddescriptor(object)


def isabstract(object):
    """Whether ``object`` is an abstract class."""
    return isinstance(object, type) and bool(getattr(object, "__abstractmethods__", False))


def unwrap(func, *, stop=None):
    """Follow the ``__wrapped__`` chain of ``func`` (functools.wraps) to its end."""
    seen = {id(func)}
    original = func
    limit = sys.getrecursionlimit()
    while hasattr(func, "__wrapped__"):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        if id(func) in seen or len(seen) >= limit:
            raise ValueError(f"wrapper loop when unwrapping {original!r}")
        seen.add(id(func))
    return func


def getmro(cls):
    """The classes ``cls`` looks attributes up in, in order."""
    return cls.__mro__


def getmembers(object, predicate=None):
    """(name, value) pairs of ``object``'s attributes, sorted by name."""
    found = []
    for key in dir(object):
        try:
            value = getattr(object, key)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            found.append((key, value))
    found.sort(key=lambda item: item[0])
    return found


def getmodulename(path):
    """The module name a file path stands for, or None."""
    name = path.replace("\\", "/").rpartition("/")[2]
    for suffix in (".py", ".pyc", ".pyw"):
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return None


def _towards_code(object):
    """The code object behind a method, function, traceback or frame; anything else
    as it is."""
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    return object


def getfile(object):
    """The name of the file ``object`` was defined in."""
    if ismodule(object):
        if getattr(object, "__file__", None):
            return object.__file__
        raise TypeError(f"{object!r} is a built-in module")
    if isclass(object):
        if hasattr(object, "__module__"):
            owner = sys.modules.get(object.__module__)
            if getattr(owner, "__file__", None):
                return owner.__file__
            if object.__module__ == "__main__":
                raise OSError("source code not available")
        raise TypeError(f"{object!r} is a built-in class")
    object = _towards_code(object)
    if iscode(object):
        return object.co_filename
    raise TypeError(
        "module, class, method, function, traceback, frame, or code object was expected, "
        f"got {type(object).__name__}"
    )


def getsourcefile(object):
    """The file ``object``'s source is in, or None where the sandbox has no source."""
    filename = getfile(object)
    if filename in linecache.cache or linecache.getlines(filename):
        return filename
    return None


def getabsfile(object, _filename=None):
    """``object``'s file name (file names here are already as absolute as they get)."""
    return _filename or getsourcefile(object) or getfile(object)


def getmodule(object, _filename=None):
    """The module ``object`` was defined in, or None."""
    if ismodule(object):
        return object
    if hasattr(object, "__module__"):
        return sys.modules.get(object.__module__, None)
    if _filename is None:
        try:
            _filename = getfile(object)
        except TypeError:
            return None
    for module in list(sys.modules.values()):
        if ismodule(module) and getattr(module, "__file__", None) == _filename:
            return module
    name = getattr(object, "__name__", None)
    if name is None:
        return None
    for module_name in ("__main__", "builtins"):
        module = sys.modules.get(module_name)
        if module is not None and getattr(module, name, None) is object:
            return module
    return None


def _block_end(lines, start):
    """The index after the block that starts at ``lines[start]``: its decorators and
    header, then every line indented deeper than the header (blank lines inside)."""
    header = lines[start]
    indent = len(header) - len(header.lstrip())
    end = start + 1
    # A header that spans lines ends at the line ending with ':'.
    while end < len(lines) and not lines[end - 1].split("#")[0].rstrip().endswith(":"):
        end += 1
    if not lines[start].lstrip().startswith(("def ", "async def ", "class ", "@")):
        # A lambda or other one-line definition: its line alone.
        return start + 1
    last = end
    while end < len(lines):
        text = lines[end]
        if text.strip():
            if len(text) - len(text.lstrip()) <= indent:
                break
            last = end + 1
        end += 1
    return last


def findsource(object):
    """(all text of ``object``'s file, index of its first line)."""
    file = getsourcefile(object)
    if file is None:
        file = getfile(object)
        if not (file.startswith("<") and file.endswith(">")):
            raise OSError("could not get source code")
    text = linecache.getlines(file)
    if not text:
        raise OSError("could not get source code")
    if ismodule(object):
        return text, 0
    if isclass(object):
        import re

        pattern = re.compile(r"^(\s*)class\s*" + re.escape(object.__name__) + r"\b")
        candidates = [i for i, line in enumerate(text) if pattern.match(line)]
        if not candidates:
            raise OSError("could not find class definition")
        candidates.sort(key=lambda i: (len(text[i]) - len(text[i].lstrip()), i))
        return text, candidates[0]
    object = _towards_code(object)
    if iscode(object):
        lnum = getattr(object, "co_firstlineno", 1) - 1
        if lnum >= len(text):
            raise OSError("lineno is out of bounds")
        return text, lnum
    raise OSError("could not find code object")


def getsourcelines(object):
    """(lines of ``object``'s source, its first line number)."""
    object = unwrap(object)
    lines, lnum = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == "<module>"):
        return lines, 0
    return lines[lnum : _block_end(lines, lnum)], lnum + 1


def getsource(object):
    """The source text of ``object``."""
    lines, _ = getsourcelines(object)
    return "".join(lines)


def cleandoc(doc):
    """A docstring without the indentation of its second and later rows, and without
    blank rows at its start and end."""
    rows = doc.expandtabs().split("\n")
    margin = None
    for line in rows[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if rows:
        rows[0] = rows[0].lstrip()
    if margin is not None:
        for i in range(1, len(rows)):
            rows[i] = rows[i][margin:]
    while rows and not rows[-1]:
        rows.pop()
    while rows and not rows[0]:
        rows.pop(0)
    return "\n".join(rows)


def _finddoc(obj):
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object:
                doc = base.__dict__.get("__doc__")
                if doc is not None:
                    return doc
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        owner = obj.__self__ if isclass(obj.__self__) else type(obj.__self__)
    elif isfunction(obj) and "." in obj.__qualname__:
        name = obj.__name__
        owner_name = obj.__qualname__.rpartition(".")[0]
        owner = getattr(getmodule(obj), owner_name, None) if "." not in owner_name else None
        if not isclass(owner):
            return None
    else:
        return None
    for base in owner.__mro__[1:]:
        member = base.__dict__.get(name)
        if member is not None:
            doc = getattr(member, "__doc__", None)
            if doc is not None:
                return doc
    return None


def getdoc(object):
    """``object``'s docstring, cleaned up (inherited from a base class where it has
    none of its own); None when there is none."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (TypeError, AttributeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def currentframe():
    """The caller's frame (a view: see docs/stdlib.md)."""
    return sys._getframe(1)


# -- getattr_static: a look-up that runs none of the object's code -------------------------

_ABSENT = object()
# Read through ``type``'s own descriptors, so that a metaclass property named
# ``__mro__`` or ``__dict__`` cannot answer instead.
_mro_of = type.__dict__["__mro__"].__get__
_namespace_of = type.__dict__["__dict__"].__get__
_STANDARD_DICT = type(type.__dict__["__dict__"])


class _Slotted:
    __slots__ = ("slot",)


# A sample of ours: whether type's own ``__mro__`` is a member or a getset changes
# between versions (3.14's is a getset).
_SLOT = type(_Slotted.__dict__["slot"])
del _Slotted


def _replaced_instance_dict(cls):
    """What some class of ``cls``'s MRO put in place of the usual ``__dict__``
    descriptor of its instances (a property, a slot...), or _ABSENT."""
    for base in _mro_of(cls):
        namespace = _namespace_of(base)
        if "__dict__" in namespace and type(namespace["__dict__"]) is not _STANDARD_DICT:
            return namespace["__dict__"]
    return _ABSENT


def _from_classes(cls, name):
    """``name`` from the namespace of the first class of ``cls``'s MRO that has it;
    classes whose metaclass replaces ``__dict__`` are passed over, as their namespace
    cannot be read without running code."""
    for base in _mro_of(cls):
        if _replaced_instance_dict(type(base)) is not _ABSENT:
            continue
        namespace = _namespace_of(base)
        if name in namespace:
            return namespace[name]
    return _ABSENT


def _from_instance(obj, name):
    try:
        own = object.__getattribute__(obj, "__dict__")
    except AttributeError:
        return _ABSENT
    return dict.get(own, name, _ABSENT)


def _overrides_instance(value):
    """Whether ``value``, found on the class, wins over the instance's own entry: a
    data descriptor (``__get__`` with ``__set__`` or ``__delete__``)."""
    kind = type(value)
    if _from_classes(kind, "__get__") is _ABSENT:
        return False
    return _from_classes(kind, "__set__") is not _ABSENT or _from_classes(kind, "__delete__") is not _ABSENT


def getattr_static(obj, attr, default=_ABSENT):
    """``obj.attr`` found without running anything of ``obj``'s: no descriptor's
    ``__get__``, no ``__getattr__`` or ``__getattribute__``; only the namespaces of
    the instance, its class's MRO and, for a class, its metaclass's MRO.  A
    descriptor comes back as itself.  typing's runtime protocol checks use it."""
    kind = type(obj)
    own = _ABSENT
    if type in _mro_of(kind):
        owner = obj
    else:
        owner = kind
        replaced = _replaced_instance_dict(kind)
        if replaced is _ABSENT or type(replaced) is _SLOT:
            own = _from_instance(obj, attr)
    found = _from_classes(owner, attr)
    if found is not _ABSENT and (own is _ABSENT or _overrides_instance(found)):
        return found
    if own is not _ABSENT:
        return own
    if owner is obj:
        found = _from_classes(kind, attr)
        if found is not _ABSENT:
            return found
    if default is not _ABSENT:
        return default
    raise AttributeError(attr)


# -- signatures ----------------------------------------------------------------------------
#
# What a callable accepts, read from what the sandbox shows of it: a function's
# ``__code__`` view (argument counts, ``co_varnames``, ``co_flags``), its
# ``__defaults__``, ``__kwdefaults__`` and ``__annotations__``; methods, classes,
# partials and wrappers resolve to a function the way CPython's inspect resolves them.
# The messages and the text of ``str(signature)`` follow the CPython the sandbox runs on
# (3.11 and 3.14 word some of them differently): programs print them.

_VERSION = sys.version_info[:2]


class _void:
    """Marks an argument of ``replace`` that was not given."""


class _empty:
    """Stands for "no default" and "no annotation": ``Parameter.empty``."""


_KIND_WORDS = (
    "positional-only",
    "positional or keyword",
    "variadic positional",
    "keyword-only",
    "variadic keyword",
)


class _ParameterKind(_enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    @property
    def description(self):
        """How arguments reach a parameter of this kind, in words."""
        return _KIND_WORDS[self]

    def __str__(self):
        return self.name


_POS_ONLY = _ParameterKind.POSITIONAL_ONLY
_POS_OR_KW = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POS = _ParameterKind.VAR_POSITIONAL
_KW_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KW = _ParameterKind.VAR_KEYWORD
_VARIADIC = (_VAR_POS, _VAR_KW)


def formatannotation(annotation, base_module=None, *, quote_annotation_strings=True):
    """An annotation as ``str(signature)`` shows it: a class by its (qualified) name,
    a typing construct without its ``typing.`` prefixes, anything else by its repr."""
    if not quote_annotation_strings and isinstance(annotation, str):
        return annotation
    if getattr(annotation, "__module__", None) == "typing":
        import re

        return re.sub(r"[\w.]+", lambda m: m.group().removeprefix("typing."), repr(annotation))
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ("builtins", base_module):
            return annotation.__qualname__
        return f"{annotation.__module__}.{annotation.__qualname__}"
    if _VERSION >= (3, 14) and type(annotation).__name__ == "ForwardRef":
        forward = getattr(annotation, "__forward_arg__", None)
        if isinstance(forward, str):
            return forward
    return repr(annotation)


if _VERSION < (3, 14):
    # ``quote_annotation_strings`` came with 3.14: passing it earlier is a TypeError.
    _format_annotation = formatannotation

    def formatannotation(annotation, base_module=None):  # noqa: F811
        """An annotation as ``str(signature)`` shows it: a class by its (qualified) name,
        a typing construct without its ``typing.`` prefixes, anything else by its repr."""
        return _format_annotation(annotation, base_module)


def formatannotationrelativeto(object):
    """A ``formatannotation`` that leaves out the module ``object`` was defined in."""
    module = getattr(object, "__module__", None)

    def _formatannotation(annotation):
        return formatannotation(annotation, module)

    return _formatannotation


class Parameter:
    """One parameter of a signature: its name, kind, default and annotation
    (``Parameter.empty`` where there is none)."""

    __slots__ = ("_name", "_kind", "_default", "_annotation")

    POSITIONAL_ONLY = _POS_ONLY
    POSITIONAL_OR_KEYWORD = _POS_OR_KW
    VAR_POSITIONAL = _VAR_POS
    KEYWORD_ONLY = _KW_ONLY
    VAR_KEYWORD = _VAR_KW

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            if type(kind) is not _ParameterKind:
                kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f"value {kind!r} is not a valid Parameter.kind") from None
        if default is not _empty and kind in _VARIADIC:
            raise ValueError(f"{kind.description} parameters cannot have default values")
        if name is _empty:
            raise ValueError("name is a required attribute for Parameter")
        if not isinstance(name, str):
            raise TypeError(f"name must be a str, not a {type(name).__name__}")
        if name[0] == "." and name[1:].isdigit():
            # A comprehension's hidden iterator argument (".0"): CPython shows it as
            # the positional-only "implicit0".
            if kind is not _POS_OR_KW:
                raise ValueError(
                    "implicit arguments must be passed as positional or keyword "
                    f"arguments, not {kind.description}"
                )
            kind = _POS_ONLY
            name = "implicit" + name[1:]
        # A positional-only name may be a keyword (builtins have some).
        if not name.isidentifier() or (kind is not _POS_ONLY and _iskeyword(name)):
            raise ValueError(f"{name!r} is not a valid parameter name")
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    def __reduce__(self):
        return (
            type(self),
            (self._name, self._kind),
            {"_default": self._default, "_annotation": self._annotation},
        )

    def __setstate__(self, state):
        self._default = state["_default"]
        self._annotation = state["_annotation"]

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """A copy with the given fields changed."""
        return type(self)(
            self._name if name is _void else name,
            self._kind if kind is _void else kind,
            default=self._default if default is _void else default,
            annotation=self._annotation if annotation is _void else annotation,
        )

    if _VERSION >= (3, 13):
        __replace__ = replace

    def _format(self, *, quote_annotation_strings=True):
        text = self._name
        has_annotation = self._annotation is not _empty
        if has_annotation:
            if _VERSION >= (3, 14):
                shown = formatannotation(self._annotation, quote_annotation_strings=quote_annotation_strings)
            else:
                shown = formatannotation(self._annotation)
            text += ": " + shown
        if self._default is not _empty:
            text += (" = " if has_annotation else "=") + repr(self._default)
        if self._kind is _VAR_POS:
            return "*" + text
        if self._kind is _VAR_KW:
            return "**" + text
        return text

    def __str__(self):
        return self._format()

    def __repr__(self):
        return f'<{type(self).__name__} "{self}">'

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (
            self._name == other._name
            and self._kind == other._kind
            and self._default == other._default
            and self._annotation == other._annotation
        )


class BoundArguments:
    """The outcome of ``Signature.bind``: which argument went to which parameter.
    ``arguments`` maps parameter names to values (defaults not filled in unless
    ``apply_defaults`` is called); ``args`` and ``kwargs`` rebuild a call."""

    __slots__ = ("arguments", "_signature", "__weakref__")

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        out = []
        for name, param in self.signature.parameters.items():
            if param.kind >= _KW_ONLY or name not in self.arguments:
                # From here on everything travels by keyword.
                break
            value = self.arguments[name]
            if param.kind is _VAR_POS:
                out.extend(value)
            else:
                out.append(value)
        return tuple(out)

    @property
    def kwargs(self):
        out = {}
        by_keyword = False
        for name, param in self.signature.parameters.items():
            if not by_keyword:
                if param.kind >= _KW_ONLY:
                    by_keyword = True
                elif name not in self.arguments:
                    # A gap among the positionals: what follows must be named.
                    by_keyword = True
                    continue
                else:
                    continue
            if name not in self.arguments:
                continue
            value = self.arguments[name]
            if param.kind is _VAR_KW:
                out.update(value)
            else:
                out[name] = value
        return out

    def apply_defaults(self):
        """Fill in the defaults of the parameters left out: their default, ``()`` for
        ``*args`` and ``{}`` for ``**kwargs``."""
        given = self.arguments
        filled = {}
        for name, param in self.signature.parameters.items():
            if name in given:
                filled[name] = given[name]
            elif param.default is not _empty:
                filled[name] = param.default
            elif param.kind is _VAR_POS:
                filled[name] = ()
            elif param.kind is _VAR_KW:
                filled[name] = {}
        self.arguments = filled

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __setstate__(self, state):
        self._signature = state["_signature"]
        self.arguments = state["arguments"]

    def __getstate__(self):
        return {"_signature": self._signature, "arguments": self.arguments}

    def __repr__(self):
        shown = ", ".join(f"{name}={value!r}" for name, value in self.arguments.items())
        return f"<{type(self).__name__} ({shown})>"


class Signature:
    """What a callable accepts: an ordered mapping of its parameters (``parameters``)
    and its return annotation; ``bind`` checks a call against it."""

    __slots__ = ("_returns", "_parameters")

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        table = {}
        if parameters is not None and not __validate_parameters__:
            for param in parameters:
                table[param.name] = param
        elif parameters is not None:
            highest = _POS_ONLY
            defaulted = False
            variadic_seen = set()
            for param in parameters:
                kind = param.kind
                if kind < highest:
                    raise ValueError(
                        f"wrong parameter order: {highest.description} parameter before "
                        f"{kind.description} parameter"
                    )
                highest = kind
                if _VERSION >= (3, 14) and kind in _VARIADIC:
                    if kind in variadic_seen:
                        raise ValueError(f"more than one {kind.description} parameter")
                    variadic_seen.add(kind)
                if kind <= _POS_OR_KW:
                    if param.default is not _empty:
                        defaulted = True
                    elif defaulted:
                        raise ValueError("non-default argument follows default argument")
                if param.name in table:
                    raise ValueError(f"duplicate parameter name: {param.name!r}")
                table[param.name] = param
        self._parameters = types.MappingProxyType(table)
        self._returns = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False, **more):
        """The signature of any callable (see ``signature``)."""
        return _signature_of(
            obj,
            _Lookup(
                cls, follow_wrapped, globals, locals, eval_str, _annotation_format(more, "from_callable")
            ),
        )

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._returns

    def replace(self, *, parameters=_void, return_annotation=_void):
        """A copy with the parameters and/or the return annotation changed."""
        if parameters is _void:
            parameters = self._parameters.values()
        if return_annotation is _void:
            return_annotation = self._returns
        return type(self)(parameters, return_annotation=return_annotation)

    if _VERSION >= (3, 13):
        __replace__ = replace

    def _hash_basis(self):
        # Keyword-only parameters compare in any order.
        ordered = tuple(p for p in self._parameters.values() if p.kind is not _KW_ONLY)
        named = {p.name: p for p in self._parameters.values() if p.kind is _KW_ONLY}
        return ordered, named, self._returns

    def __hash__(self):
        ordered, named, returned = self._hash_basis()
        return hash((ordered, frozenset(named.values()), returned))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        """Match ``args`` and ``kwargs`` to the parameters, as a call would."""
        bound = {}
        params = list(self._parameters.values())
        count = len(params)
        index = 0
        position = 0
        named_positional = []  # positional-only names given by keyword (3.13+)
        # Positional arguments fill the parameters in order.
        while position < len(args):
            if index >= count:
                raise TypeError("too many positional arguments")
            param = params[index]
            if param.kind >= _KW_ONLY:
                raise TypeError("too many positional arguments")
            if param.kind is _VAR_POS:
                bound[param.name] = tuple(args[position:])
                position = len(args)
                index += 1
                break
            if param.name in kwargs and param.kind is not _POS_ONLY:
                raise TypeError(f"multiple values for argument {param.name!r}")
            bound[param.name] = args[position]
            position += 1
            index += 1
        else:
            # The positionals ran out before the parameters did: the next one may still
            # be given by keyword, or have a default, or be the ``*args``.
            while index < count:
                param = params[index]
                if param.kind is _VAR_POS:
                    index += 1
                    break
                if param.name in kwargs:
                    if param.kind is _POS_ONLY:
                        if _VERSION < (3, 13):
                            raise TypeError(
                                f"{param.name!r} parameter is positional only, but was passed as a keyword"
                            )
                        if param.default is _empty:
                            raise TypeError(f"missing a required positional-only argument: {param.name!r}")
                        # Wrong only if no ``**kwargs`` takes the name: known later.
                        named_positional.append(param)
                        index += 1
                        continue
                    break
                if param.kind is _VAR_KW or param.default is not _empty or partial:
                    break
                if _VERSION >= (3, 12) and param.kind is _KW_ONLY:
                    raise TypeError(f"missing a required keyword-only argument: {param.name!r}")
                raise TypeError(f"missing a required argument: {param.name!r}")
        # The rest are matched by name.
        remaining = dict(kwargs)
        catch_all = None
        for param in params[index:]:
            if param.kind is _VAR_KW:
                catch_all = param
                continue
            if param.kind is _VAR_POS:
                continue
            if param.name in remaining:
                if _VERSION < (3, 13) and param.kind is _POS_ONLY:
                    raise TypeError(
                        f"{param.name!r} parameter is positional only, but was passed as a keyword"
                    )
                bound[param.name] = remaining.pop(param.name)
            elif not partial and param.default is _empty:
                # Only the first missing parameter met among the positionals names its
                # kind (3.12+); one found here never does.
                raise TypeError(f"missing a required argument: {param.name!r}")
        if remaining:
            if catch_all is not None:
                bound[catch_all.name] = remaining
            elif named_positional:
                names = ", ".join(p.name for p in named_positional)
                raise TypeError(f"got some positional-only arguments passed as keyword arguments: {names!r}")
            else:
                raise TypeError(f"got an unexpected keyword argument {next(iter(remaining))!r}")
        return self._bound_arguments_cls(self, bound)

    def bind(self, /, *args, **kwargs):
        """The BoundArguments of a call with these arguments; TypeError if the call
        would fail for want or excess of arguments."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """Like ``bind``, but required parameters may be left out."""
        return self._bind(args, kwargs, partial=True)

    def __reduce__(self):
        return (
            type(self),
            (tuple(self._parameters.values()),),
            {"_return_annotation": self._returns},
        )

    def __setstate__(self, state):
        self._returns = state["_return_annotation"]

    def __repr__(self):
        return f"<{type(self).__name__} {self}>"

    def __str__(self):
        return self._render(None, True)

    if _VERSION >= (3, 14):

        def format(self, *, max_width=None, quote_annotation_strings=True):
            """The signature as text; one parameter per line if it is longer than
            ``max_width``."""
            return self._render(max_width, quote_annotation_strings)

    elif _VERSION >= (3, 13):

        def format(self, *, max_width=None):
            """The signature as text; one parameter per line if it is longer than
            ``max_width``."""
            return self._render(max_width, True)

    def _render(self, max_width, quote):
        pieces = []
        slash_due = False  # positional-only parameters were shown, "/" not yet
        star_due = True  # no "*args" yet: keyword-only parameters need a bare "*"
        for param in self._parameters.values():
            kind = param.kind
            if kind is _POS_ONLY:
                slash_due = True
            elif slash_due:
                pieces.append("/")
                slash_due = False
            if kind is _VAR_POS:
                star_due = False
            elif kind is _KW_ONLY and star_due:
                pieces.append("*")
                star_due = False
            if _VERSION >= (3, 14):
                pieces.append(param._format(quote_annotation_strings=quote))
            else:
                pieces.append(str(param))
        if slash_due:
            pieces.append("/")
        text = "(" + ", ".join(pieces) + ")"
        if max_width is not None and len(text) > max_width:
            text = "(\n    " + ",\n    ".join(pieces) + "\n)"
        if self._returns is not _empty:
            if _VERSION >= (3, 14):
                shown = formatannotation(self._returns, quote_annotation_strings=quote)
            else:
                shown = formatannotation(self._returns)
            text += " -> " + shown
        return text


class _Lookup:
    """The options one ``signature()`` call passes down while it resolves a callable."""

    __slots__ = ("sigcls", "follow", "globals", "locals", "eval_str", "format", "skip_bound")

    def __init__(self, sigcls, follow, globals, locals, eval_str, format, skip_bound=True):
        self.sigcls = sigcls
        self.follow = follow
        self.globals = globals
        self.locals = locals
        self.eval_str = eval_str
        self.format = format
        self.skip_bound = skip_bound


def _annotation_format(more, where):
    """The ``annotation_format`` keyword (3.14 only); any other is CPython's TypeError."""
    format = None
    for key, value in more.items():
        if key == "annotation_format" and _VERSION >= (3, 14):
            format = value
        else:
            raise TypeError(f"{where}() got an unexpected keyword argument {key!r}")
    return format


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False, **more):
    """The Signature of the callable ``obj``: functions and lambdas, bound methods
    (without their first parameter), classes (their ``__init__``, ``__new__`` or
    metaclass ``__call__``), functools.partial objects, wrappers made by
    functools.wraps (followed through ``__wrapped__`` unless ``follow_wrapped`` is
    false) and instances with ``__call__``; ``__signature__`` wins where set."""
    format = _annotation_format(more, "signature")
    return _signature_of(obj, _Lookup(Signature, follow_wrapped, globals, locals, eval_str, format))


def _drop_first(sig):
    """The signature of a method bound to its first argument."""
    params = list(sig.parameters.values())
    if not params or params[0].kind >= _KW_ONLY:
        raise ValueError("invalid method signature")
    if params[0].kind is not _VAR_POS:
        del params[0]
    return sig.replace(parameters=params)


def _user_defined(value):
    """Whether ``value`` is a callable written in Python (not a builtin's slot)."""
    return value is not None and not isinstance(value, _BUILTIN_TYPES) and not ismethoddescriptor(value)


def _annotations_for(func, lookup):
    """``func``'s annotations as ``signature`` was asked for them: as they are (the
    common case, read directly), evaluated (``eval_str``), or in another 3.14 format."""
    if _VERSION >= (3, 14) and (lookup.eval_str or lookup.format not in (None, 1)):
        import annotationlib

        options = {"globals": lookup.globals, "locals": lookup.locals, "eval_str": lookup.eval_str}
        if lookup.format is not None:
            options["format"] = lookup.format
        return annotationlib.get_annotations(func, **options)
    if lookup.eval_str:
        return get_annotations(func, globals=lookup.globals, locals=lookup.locals, eval_str=True)
    found = getattr(func, "__annotations__", None)
    return dict(found) if isinstance(found, dict) else {}


def _from_function(func, lookup):
    """The signature of a ``def`` or ``lambda`` from its code view and attributes."""
    text = getattr(func, "__text_signature__", None)
    if text:
        return _from_text(func, text, lookup)
    code = func.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkwonly = code.co_kwonlyargcount
    annotations = _annotations_for(func, lookup)
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    make = lookup.sigcls._parameter_cls
    params = []
    first_default = npos - len(defaults)
    for i in range(npos):
        name = names[i]
        kind = _POS_ONLY if i < nposonly else _POS_OR_KW
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(make(name, kind, default=default, annotation=annotations.get(name, _empty)))
    after = npos + nkwonly
    if code.co_flags & CO_VARARGS:
        name = names[after]
        after += 1
        params.append(make(name, _VAR_POS, annotation=annotations.get(name, _empty)))
    for name in names[npos : npos + nkwonly]:
        params.append(
            make(
                name,
                _KW_ONLY,
                default=kwdefaults.get(name, _empty),
                annotation=annotations.get(name, _empty),
            )
        )
    if code.co_flags & CO_VARKEYWORDS:
        name = names[after]
        params.append(make(name, _VAR_KW, annotation=annotations.get(name, _empty)))
    return lookup.sigcls(
        params, return_annotation=annotations.get("return", _empty), __validate_parameters__=False
    )


def _text_default(text, module):
    """A default value written in a text signature: a literal, or a dotted name of the
    callable's module (``sys.maxsize``)."""
    import ast

    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError):
        pass
    parts = text.split(".")
    if all(part.isidentifier() for part in parts):
        value = sys.modules.get(parts[0]) or (sys.modules.get(module) if module else None)
        if value is sys.modules.get(parts[0]):
            parts = parts[1:]
        try:
            for part in parts:
                value = getattr(value, part)
            return value
        except AttributeError:
            pass
    raise ValueError(f"{text!r} builtin has invalid signature")


def _split_top(text):
    """``text`` split at its commas that stand outside brackets and quotes."""
    pieces, depth, quote, start = [], 0, None, 0
    i = 0
    while i < len(text):
        c = text[i]
        if quote:
            if c == "\\":
                i += 1
            elif c == quote:
                quote = None
        elif c in "'\"":
            quote = c
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == "," and depth == 0:
            pieces.append(text[start:i])
            start = i + 1
        i += 1
    pieces.append(text[start:])
    return [p.strip() for p in pieces if p.strip()]


def _from_text(obj, text, lookup):
    """A signature from Argument Clinic's text form (``($module, obj, /)``): the form
    builtins give as ``__text_signature__``."""
    text = text.strip()
    if not (text.startswith("(") and text.endswith(")")):
        raise ValueError(f"{text!r} builtin has invalid signature")
    pieces = _split_top(text[1:-1])
    module = getattr(obj, "__module__", None)
    make = lookup.sigcls._parameter_cls
    params = []
    self_kept = False  # a kept ``$self`` is positional-only in any case
    if pieces and pieces[0].startswith("$"):
        owner = getattr(obj, "__self__", None)
        # The sandbox's builtin functions answer None for ``__self__`` (CPython: their
        # module), so a builtin's ``$module`` goes by the builtin's kind.
        if (owner is not None and (ismodule(owner) or lookup.skip_bound)) or (
            pieces[0] == "$module" and isbuiltin(obj)
        ):
            pieces = pieces[1:]
        else:
            pieces[0] = pieces[0][1:]
            self_kept = True
    kind = _POS_ONLY if "/" in pieces else _POS_OR_KW
    for index, piece in enumerate(pieces):
        if piece == "/":
            kind = _POS_OR_KW
            continue
        if piece == "*":
            kind = _KW_ONLY
            continue
        if piece.startswith("**"):
            params.append(make(piece[2:], _VAR_KW))
            continue
        if piece.startswith("*"):
            params.append(make(piece[1:], _VAR_POS))
            kind = _KW_ONLY
            continue
        name, eq, default = piece.partition("=")
        name = name.split(":")[0].strip()
        value = _text_default(default.strip(), module) if eq else _empty
        params.append(make(name, _POS_ONLY if self_kept and index == 0 else kind, default=value))
    return lookup.sigcls(params)


def _from_builtin(obj, lookup):
    text = getattr(obj, "__text_signature__", None)
    if not text:
        raise ValueError(f"no signature found for builtin {obj!r}")
    return _from_text(obj, text, lookup)


def _with_partial(sig, partial, extra=()):
    """The signature left once ``partial``'s arguments (and ``extra`` before them) are
    bound: positionals given disappear, keywords given become defaults, and a
    positional-or-keyword parameter given by keyword makes it and every later
    parameter keyword-only (a positional argument would collide with it)."""
    args = extra + tuple(partial.args or ())
    keywords = partial.keywords or {}
    # 3.14: a ``Placeholder`` holds a position open; it stays, positional-only.
    hole = getattr(_functools, "Placeholder", _ABSENT)
    try:
        bound = sig.bind_partial(*args, **keywords).arguments
    except TypeError as error:
        raise ValueError(f"partial object {partial!r} has incorrect arguments") from error
    kept = []
    moved = []  # parameters that go to the end as keyword-only
    to_keywords = False
    for name, param in sig.parameters.items():
        if name in bound:
            if param.kind is _POS_ONLY or (param.kind is _POS_OR_KW and name not in keywords):
                if bound[name] is hole:
                    kept.append(param.replace(kind=_POS_ONLY, default=_empty))
                continue
            if param.kind is _POS_OR_KW:
                to_keywords = True
                param = param.replace(default=bound[name])
            elif param.kind is _KW_ONLY:
                param = param.replace(default=bound[name])
        if to_keywords:
            if param.kind is _POS_OR_KW:
                moved.append(param.replace(kind=_KW_ONLY))
            elif param.kind in (_KW_ONLY, _VAR_KW):
                moved.append(param)
            # a ``*args`` after such a parameter can no longer be reached: dropped
            continue
        kept.append(param)
    return sig.replace(parameters=kept + moved)


def _partialmethod_of(obj):
    name = "__partialmethod__" if _VERSION >= (3, 13) else "_partialmethod"
    try:
        found = getattr(obj, name)
    except AttributeError:
        return None
    return found if isinstance(found, _functools.partialmethod) else None


def _of_class(cls, lookup):
    """A class's call signature, found as CPython finds it: a metaclass ``__call__``
    written in Python, else the first class of the MRO that defines a Python
    ``__new__`` or ``__init__``, else a builtin base's text signature."""

    def bound(sig):
        return _drop_first(sig) if lookup.skip_bound else sig

    meta_call = getattr(type(cls), "__call__", None)  # noqa: B004 - the metaclass's own
    if _user_defined(meta_call):
        return bound(_signature_of(meta_call, lookup))
    new = getattr(cls, "__new__", None)
    init = getattr(cls, "__init__", None)
    new = new if _user_defined(new) else None
    init = init if _user_defined(init) else None
    for base in cls.__mro__:
        if new is not None and "__new__" in base.__dict__:
            return bound(_signature_of(new, lookup))
        if init is not None and "__init__" in base.__dict__:
            return bound(_signature_of(init, lookup))
    for base in cls.__mro__[:-1]:
        text = getattr(base, "__text_signature__", None)
        if text:
            return _from_text(base, text, lookup)
    if type not in cls.__mro__:
        if cls.__init__ is object.__init__ and cls.__new__ is object.__new__:
            return lookup.sigcls()
        raise ValueError(f"no signature found for builtin type {cls!r}")
    return None


def _signature_of(obj, lookup):
    """The signature of ``obj`` under ``lookup``'s options."""
    if not callable(obj):
        raise TypeError(f"{obj!r} is not a callable object")
    if isinstance(obj, types.MethodType):
        sig = _signature_of(obj.__func__, lookup)
        return _drop_first(sig) if lookup.skip_bound else sig
    if lookup.follow:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__") or isinstance(f, types.MethodType))
        if isinstance(obj, types.MethodType):
            return _signature_of(obj, lookup)
    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError(f"unexpected object {sig!r} in __signature__ attribute")
            return sig
    method = _partialmethod_of(obj)
    if method is not None:
        # An unbound partialmethod: a partial whose first argument (self) is still to come.
        inner = _signature_of(method.func, lookup)
        sig = _with_partial(inner, method, (None,))
        first = tuple(inner.parameters.values())[0]
        if first.kind is _VAR_POS:
            return sig
        placeholder = getattr(_functools, "Placeholder", _ABSENT)
        if _VERSION >= (3, 14) and placeholder in tuple(method.args):
            first = first.replace(kind=_POS_ONLY)
        return sig.replace(parameters=(first,) + tuple(sig.parameters.values()))
    if isinstance(obj, _functools.partial):
        return _with_partial(_signature_of(obj.func, lookup), obj)
    if isfunction(obj):
        return _from_function(obj, lookup)
    if obj is object:
        return lookup.sigcls()
    if isbuiltin(obj) or ismethoddescriptor(obj) or obj is type:
        return _from_builtin(obj, lookup)
    if isinstance(obj, type):
        sig = _of_class(obj, lookup)
        if sig is not None:
            return sig
    else:
        call = getattr(type(obj), "__call__", None)  # noqa: B004 - the class's own
        if _user_defined(call):
            try:
                sig = _signature_of(call, lookup)
            except ValueError as error:
                if _VERSION >= (3, 14):
                    raise
                raise ValueError(f"no signature found for {obj!r}") from error
            return _drop_first(sig) if lookup.skip_bound else sig
    raise ValueError(f"callable {obj!r} is not supported by signature")


def get_annotations(obj, *, globals=None, locals=None, eval_str=False, **more):
    """A new dict of ``obj``'s annotations (a module, class or callable); with
    ``eval_str``, string annotations evaluated in the object's globals."""
    if _VERSION >= (3, 14):
        import annotationlib

        return annotationlib.get_annotations(obj, globals=globals, locals=locals, eval_str=eval_str, **more)
    if more:
        raise TypeError(f"get_annotations() got an unexpected keyword argument {next(iter(more))!r}")
    inner = None
    owner_globals = owner_locals = None
    if isinstance(obj, type):
        found = obj.__dict__.get("__annotations__", None)
        if isinstance(found, types.GetSetDescriptorType):
            found = None
        module = sys.modules.get(getattr(obj, "__module__", None), None)
        owner_globals = getattr(module, "__dict__", None)
        owner_locals = dict(vars(obj))
        inner = obj
    elif isinstance(obj, types.ModuleType):
        found = getattr(obj, "__annotations__", None)
        owner_globals = getattr(obj, "__dict__", None)
    elif callable(obj):
        found = getattr(obj, "__annotations__", None)
        owner_globals = getattr(obj, "__globals__", None)
        inner = obj
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if found is None:
        return {}
    if not isinstance(found, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not found:
        return {}
    if not eval_str:
        return dict(found)
    if inner is not None:
        while True:
            if hasattr(inner, "__wrapped__"):
                inner = inner.__wrapped__
            elif isinstance(inner, _functools.partial):
                inner = inner.func
            else:
                break
        if hasattr(inner, "__globals__"):
            owner_globals = inner.__globals__
    if globals is None:
        globals = owner_globals
    if locals is None:
        locals = owner_locals
    return {
        key: eval(value, globals, locals) if isinstance(value, str) else value for key, value in found.items()
    }


# -- the older interfaces over signatures ---------------------------------------------------

FullArgSpec = _namedtuple(
    "FullArgSpec", "args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations"
)


def getfullargspec(func):
    """``func``'s parameters as a FullArgSpec: names, ``*``/``**`` names, defaults,
    keyword-only names and defaults, annotations.  Unlike ``signature``, a bound
    method keeps its first parameter and ``__wrapped__`` is not followed."""
    try:
        sig = _signature_of(func, _Lookup(Signature, False, None, None, False, None, skip_bound=False))
    except Exception as error:
        raise TypeError("unsupported callable") from error
    names = []
    varargs = varkw = None
    defaults = ()
    kwonly = []
    kwdefaults = {}
    annotations = {}
    if sig.return_annotation is not _empty:
        annotations["return"] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        if kind <= _POS_OR_KW:
            names.append(param.name)
            if param.default is not _empty:
                defaults += (param.default,)
        elif kind is _VAR_POS:
            varargs = param.name
        elif kind is _KW_ONLY:
            kwonly.append(param.name)
            if param.default is not _empty:
                kwdefaults[param.name] = param.default
        else:
            varkw = param.name
        if param.annotation is not _empty:
            annotations[param.name] = param.annotation
    return FullArgSpec(names, varargs, varkw, defaults or None, kwonly, kwdefaults or None, annotations)


def _name_list(names):
    quoted = [repr(name) for name in names]
    if len(quoted) == 1:
        return quoted[0]
    return ", ".join(quoted[:-1]) + " and " + quoted[-1]


def _missing(fname, names, positional, given):
    absent = [name for name in names if name not in given]
    which = "positional" if positional else "keyword-only"
    plural = "" if len(absent) == 1 else "s"
    raise TypeError(
        f"{fname}() missing {len(absent)} required {which} argument{plural}: {_name_list(absent)}"
    )


def _too_many(fname, names, kwonly, varargs, ndefaults, given, values):
    least = len(names) - ndefaults
    kwonly_given = sum(1 for name in kwonly if name in values)
    if varargs:
        plural = least != 1
        takes = f"at least {least}"
    elif ndefaults:
        plural = True
        takes = f"from {least} to {len(names)}"
    else:
        plural = len(names) != 1
        takes = str(len(names))
    extra = ""
    if kwonly_given:
        extra = (
            f" positional argument{'s' if given != 1 else ''} "
            f"(and {kwonly_given} keyword-only argument{'s' if kwonly_given != 1 else ''})"
        )
    verb = "was" if given == 1 and not kwonly_given else "were"
    raise TypeError(
        f"{fname}() takes {takes} positional argument{'s' if plural else ''} but {given}{extra} {verb} given"
    )


def getcallargs(func, /, *positional, **named):
    """The dict of parameter name to value that calling ``func(*positional, **named)``
    would set up (``*args``/``**kwargs`` included), or the call's TypeError."""
    names, varargs, varkw, defaults, kwonly, kwdefaults, _ = getfullargspec(func)
    fname = func.__name__
    values = {}
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    npos = len(positional)
    nnames = len(names)
    ndefaults = len(defaults) if defaults else 0
    shared = min(npos, nnames)
    for i in range(shared):
        values[names[i]] = positional[i]
    if varargs:
        values[varargs] = tuple(positional[shared:])
    accepted = set(names + kwonly)
    if varkw:
        values[varkw] = {}
    for key, value in named.items():
        if key not in accepted:
            if not varkw:
                raise TypeError(f"{fname}() got an unexpected keyword argument {key!r}")
            values[varkw][key] = value
            continue
        if key in values:
            raise TypeError(f"{fname}() got multiple values for argument {key!r}")
        values[key] = value
    if npos > nnames and not varargs:
        _too_many(fname, names, kwonly, varargs, ndefaults, npos, values)
    if npos < nnames:
        required = names[: nnames - ndefaults]
        if any(name not in values for name in required):
            _missing(fname, required, True, values)
        for i, name in enumerate(names[nnames - ndefaults :]):
            values.setdefault(name, defaults[i])
    absent = 0
    for name in kwonly:
        if name not in values:
            if kwdefaults and name in kwdefaults:
                values[name] = kwdefaults[name]
            else:
                absent += 1
    if absent:
        _missing(fname, kwonly, False, values)
    return values
