# The sandbox's ``types``: names for the interpreter's own types, found by asking the
# sandbox for the type of a sample of each, plus the helpers for building classes
# dynamically.  CPython's file reads ``__code__``, frames and other internals that the
# sandbox does not expose, so this one is ours (see docs/stdlib.md).

import sys


def _sample():
    pass


async def _sample_coroutine():
    pass


def _sample_generator():
    yield


async def _sample_async_generator():
    yield


class _Sample:
    def method(self):
        pass


def _sample_closure():
    value = None

    def inner():
        return value

    return inner


FunctionType = LambdaType = type(_sample)
GeneratorType = type(_sample_generator())
_coroutine = _sample_coroutine()
CoroutineType = type(_coroutine)
_coroutine.close()
AsyncGeneratorType = type(_sample_async_generator())
MethodType = type(_Sample().method)
BuiltinFunctionType = BuiltinMethodType = type(len)
WrapperDescriptorType = MethodWrapperType = MethodDescriptorType = type(len)
ClassMethodDescriptorType = type(len)
ModuleType = type(sys)
MappingProxyType = type(object.__dict__)
GenericAlias = type(tuple[str])
NoneType, EllipsisType, NotImplementedType = map(type, (None, ..., NotImplemented))
UnionType = type(int | str)
CodeType = type(compile("", "<types>", "exec"))
GetSetDescriptorType = MemberDescriptorType = type(type.__dict__["__name__"])
CellType = type(_sample_closure().__closure__[0])

del _sample, _sample_coroutine, _coroutine, _sample_generator, _sample_async_generator, _Sample
del _sample_closure


class SimpleNamespace:
    """A plain attribute bag, with keyword arguments as its first attributes."""

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        self.__dict__.update(dict(mapping_or_iterable), **kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        shown = ", ".join(f"{key}={value!r}" for key, value in self.__dict__.items())
        return f"{name}({shown})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return vars(self) == vars(other)
        return NotImplemented

    __hash__ = None


_NOT_A_TUPLE = "__mro_entries__ must return a tuple"


def resolve_bases(bases):
    """``bases`` with each non-class that has ``__mro_entries__`` replaced by what it
    returns (PEP 560)."""
    result = []
    changed = False
    for base in bases:
        if isinstance(base, type):
            result.append(base)
            continue
        entries = getattr(base, "__mro_entries__", None)
        if entries is None:
            result.append(base)
            continue
        replacement = entries(bases)
        if not isinstance(replacement, tuple):
            raise TypeError(_NOT_A_TUPLE)
        result.extend(replacement)
        changed = True
    return tuple(result) if changed else bases


def _most_derived_metaclass(meta, bases):
    winner = meta
    for base in bases:
        candidate = type(base)
        if issubclass(winner, candidate):
            continue
        if issubclass(candidate, winner):
            winner = candidate
            continue
        raise TypeError(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
            "subclass of the metaclasses of all its bases"
        )
    return winner


def prepare_class(
    name,
    bases=(),
    kwds=None,
):
    """(metaclass, namespace, remaining keywords) for a class statement's header."""
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _most_derived_metaclass(meta, bases)
    prepare = getattr(meta, "__prepare__", None)
    namespace = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, namespace, kwds


def new_class(
    name,
    bases=(),
    kwds=None,
    exec_body=None,
):
    """Create a class as a class statement with this header would."""
    resolved = resolve_bases(bases)
    meta, namespace, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if resolved is not bases:
        namespace["__orig_bases__"] = bases
    return meta(name, resolved, namespace, **kwds)


_REFUSED = {
    "get": "unreadable attribute",
    "set": "can't set attribute",
    "delete": "can't delete attribute",
}


class DynamicClassAttribute:
    """A property on instances whose class-level look-up goes to the class's
    ``__getattr__`` instead (enum members named like properties use it)."""

    def __init__(
        self,
        fget=None,
        fset=None,
        fdel=None,
        doc=None,
    ):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        # A docstring given here sticks; one taken from the getter follows getter().
        self.overwrite_doc = None is doc
        self.__doc__ = getattr(fget, "__doc__", None) if self.overwrite_doc else doc
        self.__isabstractmethod__ = bool(getattr(fget, "__isabstractmethod__", False))

    def __get__(self, obj, owner=None):
        if obj is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError(_REFUSED["get"])
        return self.fget(obj)

    def __set__(self, obj, value):
        if self.fset is None:
            raise AttributeError(_REFUSED["set"])
        self.fset(obj, value)

    def __delete__(self, obj):
        if self.fdel is None:
            raise AttributeError(_REFUSED["delete"])
        self.fdel(obj)

    def _replaced(self, **changes):
        accessors = {"fget": self.fget, "fset": self.fset, "fdel": self.fdel}
        accessors.update(changes)
        copy = type(self)(doc=None if self.overwrite_doc else self.__doc__, **accessors)
        if not self.overwrite_doc:
            copy.overwrite_doc = False
        return copy

    def getter(self, fget):
        return self._replaced(fget=fget)

    def setter(self, fset):
        return self._replaced(fset=fset)

    def deleter(self, fdel):
        return self._replaced(fdel=fdel)


def coroutine(func):
    """Generator-based coroutines do not exist in the sandbox: the function is returned
    as it is if it is already a coroutine function."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")
    return func


__all__ = [name for name in globals() if not name.startswith("_") and name != "sys"]
