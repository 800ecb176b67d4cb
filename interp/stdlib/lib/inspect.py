# The sandbox's ``inspect``: the questions doctest, unittest and programs ask about
# objects (what kind of object is this, where was it defined, what is its source),
# answered from what the sandbox shows of its own values.  CPython's file builds on
# ``dis``, ``ast``, ``tokenize`` and ``importlib.machinery`` and reads the bytecode of
# code objects, which the sandbox does not have (see docs/stdlib.md).  Source comes from
# ``linecache``: the text this sandbox compiled.

import linecache
import sys
import types

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
    while hasattr(func, "__wrapped__"):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        if id(func) in seen:
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
