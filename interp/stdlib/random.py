"""The sandbox's ``random`` module.

A sandbox ``Random`` object (:class:`RandomType`, shown as ``random.Random``) keeps
a host ``random.Random`` (its *core*) in a slot that sandboxed code cannot read:
only the methods registered in its allow-list table are visible.  Every method
runs the host's own implementation on the core, so a seeded program prints what
CPython prints, with CPython's error messages; the module functions are those
methods bound to a hidden instance, as in CPython.

The outside world comes from :data:`interp.runtime.environment.current`:
``Random()``, ``seed()`` and ``seed(None)`` use its ``random_seed()`` (a fixed
seed in deterministic mode, host entropy otherwise).  ``SystemRandom`` reads the
host's entropy source through a host ``random.SystemRandom`` when the environment
has no seed, and is a seeded generator when it has one (deterministic mode).

Subclasses: ``class R(random.Random)`` works as in CPython.  Their core calls the
subclass's methods back (``random``, ``getrandbits``, ``_randbelow``, ``randrange``...
as the host implementation calls ``self.x()``), so a subclass that overrides
``random()`` changes ``uniform``, ``choice``, ``shuffle``... the way it does in
CPython, and picks ``_randbelow`` by CPython's rule (the first class in the MRO
that defines ``_randbelow``, ``getrandbits`` or ``random``).  Subclasses of
``SystemRandom`` get no such call-backs.

Bounded work: ``choices`` and ``sample`` check the size of their result against
the memory budget first, ``getrandbits`` and ``randbytes`` likewise; ``choices``
and ``shuffle`` count their steps, so that the time and step limits hold.
Iterables of weights and counts are collected with suspendable iteration first.
"""

from __future__ import annotations

import _random
import collections.abc as _abc
import itertools as _itertools
import operator as _op
import random as _pyrandom
import sys
from typing import Any

from ..runtime import environment, meter
from ..runtime.attributes import MISSING, USER_CLASSES, load_attr, lookup
from ..runtime.builtins import collect
from ..runtime.calls import call
from ..runtime.functions import run_nested
from ..runtime.modules import Module, make_module
from ..runtime.native import BoundBuiltin, Builtin
from ..runtime.signatures import Signature
from ..runtime.typenames import visible_type_name
from ..runtime.typetable import DataAttr, StaticEntry, Value, register_type, table
from . import register
from ._deque import Deque

#: ``cls.__mro__`` read from the type itself: a metaclass's ``__getattribute__`` cannot
#: answer it (nor run, when host code walks a program's class).
_mro_of = type.__dict__["__mro__"].__get__
_dict_of = type.__dict__["__dict__"].__get__

_CRandom = _random.Random
_HostRandom = _pyrandom.Random
_HostSystemRandom = _pyrandom.SystemRandom

#: Before 3.12, ``randrange`` accepted integral floats with a DeprecationWarning; the
#: sandbox converts such arguments itself so that no host warning is ever emitted.
_OLD_RANDRANGE = sys.version_info < (3, 12)

#: Items ``choices`` produces per host call (steps are counted between calls).
CHUNK = 4096

#: Public methods of the host's Random (``binomialvariate`` only from 3.12).
_METHODS = tuple(
    name
    for name in (
        "betavariate binomialvariate choice choices expovariate gammavariate gauss getrandbits "
        "getstate lognormvariate normalvariate paretovariate randbytes randint random randrange "
        "sample seed setstate shuffle triangular uniform vonmisesvariate weibullvariate"
    ).split()
    if hasattr(_HostRandom, name)
)


def _charge(steps: int) -> Any:
    """Count ``steps`` loop steps of host work (generator)."""
    m = meter.current
    m.countdown -= steps
    if m.countdown <= 0:
        yield from m.tick()


# ---------------------------------------------------------------------------
# The sandbox types


class RandomType:
    """The sandbox's ``random.Random``; ``_core`` holds the host generator."""

    __slots__ = ("_core", "__weakref__")


class SystemRandomType(RandomType):
    """The sandbox's ``random.SystemRandom``."""

    __slots__ = ()


for _cls, _name in ((RandomType, "Random"), (SystemRandomType, "SystemRandom")):
    _cls.__name__ = _name
    _cls.__qualname__ = _name
    _cls.__module__ = "random"

#: The slot itself: reading it through the descriptor means a subclass's own
#: ``__slots__ = ('_core',)`` can never stand in for it.
_CORE = RandomType.__dict__["_core"]


# ---------------------------------------------------------------------------
# Cores of subclasses: the host implementation calls the sandbox's methods back


def _randbelow_without_getrandbits(self: Any, n: int, maxsize: int = 1 << 53) -> int:
    """The host's ``_randbelow_without_getrandbits`` without its host warning."""
    random = self.random
    if n >= maxsize:
        return int(random() * n)
    rem = maxsize % n
    limit = (maxsize - rem) / maxsize
    r = random()
    while r >= limit:
        r = random()
    return int(r * maxsize) % n


def _user_randbelow(self: Any, n: int) -> Any:
    return run_nested(call(load_attr(self._owner, "_randbelow"), (n,), None))


def _callback(name: str) -> Any:
    def method(self: Any, *args: Any, **kwargs: Any) -> Any:
        return run_nested(call(load_attr(self._owner, name), args, kwargs or None))

    method.__name__ = name
    return method


class _Hooked(_HostRandom):
    """Core of an instance of a sandbox subclass: ``self.x(...)`` inside the host
    implementation becomes ``owner.x(...)`` in the sandbox (``_owner``), which is
    the table method below unless the subclass overrides it."""

    def _randbelow(self, n: int) -> Any:
        return self._below(self, n)


for _name in _METHODS:
    setattr(_Hooked, _name, _callback(_name))


def _below_rule(cls: type) -> Any:
    """CPython's ``Random.__init_subclass__``: which ``_randbelow`` a subclass gets."""
    for k in _mro_of(cls):
        if id(k) not in USER_CLASSES:
            break
        namespace = _dict_of(k)
        if "_randbelow" in namespace:
            return _user_randbelow
        if "getrandbits" in namespace:
            return _HostRandom._randbelow_with_getrandbits
        if "random" in namespace:
            return _randbelow_without_getrandbits
    return _HostRandom._randbelow_with_getrandbits


def _seeded(seed: Any) -> Any:
    core = _HostRandom.__new__(_HostRandom)
    _HostRandom.seed(core, seed)
    return core


def _new_core(cls: type, obj: Any) -> Any:
    env = environment.current
    if issubclass(cls, SystemRandomType):
        if env.deterministic or env.seed is not None:
            return _seeded(env.random_seed())
        return _HostSystemRandom()
    if cls is RandomType or id(cls) not in USER_CLASSES:
        return _seeded(env.random_seed())
    core = _Hooked.__new__(_Hooked)
    core._owner = obj
    core._below = _below_rule(cls)
    _HostRandom.seed(core, env.random_seed())
    return core


def _core(obj: Any, name: str) -> Any:
    if not isinstance(obj, RandomType):
        raise TypeError(
            f"descriptor '{name}' for 'Random' objects doesn't apply to a '{visible_type_name(obj)}' object"
        )
    try:
        return _CORE.__get__(obj, RandomType)
    except AttributeError:
        # Made by object.__new__ without Random.__new__: give it a core now.
        core = _new_core(type(obj), obj)
        _CORE.__set__(obj, core)
        return core


def _random_new(cls: Any, *args: Any, **kwargs: Any) -> Any:
    if not (isinstance(cls, type) and issubclass(cls, RandomType)):
        name = cls.__name__ if isinstance(cls, type) else visible_type_name(cls)
        raise TypeError(f"Random.__new__({name}): {name} is not a subtype of Random")
    obj = object.__new__(cls)
    _CORE.__set__(obj, _new_core(cls, obj))
    return obj


# ---------------------------------------------------------------------------
# Argument shapes: host functions whose signature and qualname give CPython's
# binding errors


def _shape(qualname: str) -> Any:
    def wrap(fn: Any) -> Any:
        fn.__qualname__ = qualname
        return fn

    return wrap


@_shape("Random.__init__")
def _init_shape(self: Any, x: Any = None) -> Any:
    return x


@_shape("Random.seed")
def _seed_shape(self: Any, a: Any = None, version: Any = 2) -> Any:
    return a, version


@_shape("Random.shuffle")
def _shuffle_shape(self: Any, x: Any) -> Any:
    return x


@_shape("Random.choices")
def _choices_shape(
    self: Any, population: Any, weights: Any = None, *, cum_weights: Any = None, k: Any = 1
) -> Any:
    return population, weights, cum_weights, k


@_shape("Random.sample")
def _sample_shape(self: Any, population: Any, k: Any, *, counts: Any = None) -> Any:
    return population, k, counts


@_shape("Random.randbytes")
def _randbytes_shape(self: Any, n: Any) -> Any:
    return n


@_shape("Random.randrange")
def _randrange_shape(self: Any, start: Any, stop: Any = None, step: Any = 1) -> Any:
    return start, stop, step


@_shape("Random.randint")
def _randint_shape(self: Any, a: Any, b: Any) -> Any:
    return a, b


# ---------------------------------------------------------------------------
# Methods of Random (first argument: the sandbox object)


def _m_init(obj: Any, *args: Any, **kwargs: Any) -> Any:
    x = _init_shape(obj, *args, **kwargs)
    core = _core(obj, "__init__")
    yield from call(load_attr(obj, "seed"), (x,), None)
    core.gauss_next = None


def _m_random(obj: Any, *args: Any, **kwargs: Any) -> Any:
    core = _core(obj, "random")
    if args or kwargs:
        return _CRandom.random(core, *args, **kwargs)
    return _CRandom.random(core)


# Random.getrandbits is C (k positional-only); SystemRandom's is Python (k by keyword too).
_GETRANDBITS = Signature("getrandbits", "k, /", host=_CRandom().getrandbits)
_SYSTEM_GETRANDBITS = Signature("SystemRandom.getrandbits", "k", host=_pyrandom.SystemRandom().getrandbits)


def _bits(signature: Signature, args: tuple, kwargs: dict) -> int:
    """The bit count of a ``getrandbits(k)`` call, size-checked."""
    (k,) = signature.unpack(args, kwargs)
    k = _op.index(k)
    if k > 0:
        # The host fills a buffer of k bits, then builds the int (30 bits a 4-byte digit).
        meter.cap(k // 8 + k // 30 * 4 + 64)
    return k


def _m_getrandbits(obj: Any, *args: Any, **kwargs: Any) -> Any:
    core = _core(obj, "getrandbits")
    return _CRandom.getrandbits(core, _bits(_GETRANDBITS, args, kwargs))


def _m_randbytes(obj: Any, *args: Any, **kwargs: Any) -> Any:
    core = _core(obj, "randbytes")
    n = _randbytes_shape(obj, *args, **kwargs)
    if isinstance(n, int) and n > 0:
        meter.cap(2 * n)
    return _HostRandom.randbytes(core, n)


def _m_seed(obj: Any, *args: Any, **kwargs: Any) -> Any:
    core = _core(obj, "seed")
    a, version = _seed_shape(obj, *args, **kwargs)
    if a is None:
        a = environment.current.random_seed()
    _HostRandom.seed(core, a, version)


def _m_randbelow(obj: Any, n: Any) -> Any:
    return _HostRandom._randbelow_with_getrandbits(_core(obj, "_randbelow"), n)


def _integral(value: Any, what: str) -> Any:
    """3.11's conversion of a randrange argument, without its DeprecationWarning."""
    try:
        return _op.index(value)
    except TypeError:
        pass
    number = int(value)
    if number != value:
        raise ValueError(f"non-integer {what} for randrange()")
    return number


def _m_randrange(obj: Any, *args: Any, **kwargs: Any) -> Any:
    core = _core(obj, "randrange")
    if not _OLD_RANDRANGE:
        return _HostRandom.randrange(core, *args, **kwargs)
    start, stop, step = _randrange_shape(obj, *args, **kwargs)
    start = _integral(start, "arg 1")
    if stop is None:
        return _HostRandom.randrange(core, start, None, step)
    stop = _integral(stop, "stop")
    step = _integral(step, "step")
    return _HostRandom.randrange(core, start, stop, step)


def _m_randint(obj: Any, *args: Any, **kwargs: Any) -> Any:
    core = _core(obj, "randint")
    if not _OLD_RANDRANGE:
        return _HostRandom.randint(core, *args, **kwargs)
    a, b = _randint_shape(obj, *args, **kwargs)
    # Random.randint is self.randrange(a, b + 1): a subclass's randrange counts.
    if type(core) is _Hooked:
        return core.randrange(a, b + 1)
    return _m_randrange(obj, a, b + 1)


def _m_shuffle(obj: Any, *args: Any, **kwargs: Any) -> Any:
    core = _core(obj, "shuffle")
    x = _shuffle_shape(obj, *args, **kwargs)
    # The host's algorithm (unchanged since 3.11), with the meter counting steps.
    randbelow = core._randbelow
    m = meter.current
    for i in reversed(range(1, len(x))):
        j = randbelow(i + 1)
        x[i], x[j] = x[j], x[i]
        m.countdown -= 1
        if m.countdown <= 0:
            yield from m.tick()


def _m_choices(obj: Any, *args: Any, **kwargs: Any) -> Any:
    core = _core(obj, "choices")
    population, weights, cum_weights, k = _choices_shape(obj, *args, **kwargs)
    if weights is not None and not isinstance(weights, (int, list, tuple)):
        # (an int is left to the host, which explains that k is keyword-only)
        weights = yield from collect(weights)
    large = isinstance(k, int) and k > CHUNK
    # The first chunk raises what CPython raises (an empty population, bad weights)
    # before the size of the whole result is looked at.
    result = _HostRandom.choices(core, population, weights, cum_weights=cum_weights, k=CHUNK if large else k)
    if not large:
        return result
    meter.cap(k * 8)
    if cum_weights is None and weights is not None:
        cum_weights = list(_itertools.accumulate(weights))
    remaining = _op.index(k) - CHUNK
    while remaining > 0:
        yield from _charge(CHUNK)
        n = min(CHUNK, remaining)
        result.extend(_HostRandom.choices(core, population, cum_weights=cum_weights, k=n))
        remaining -= n
    return result


class _SequenceView(_abc.Sequence):
    """A sandbox sequence (a user class) as the host's ``sample`` needs it; its
    ``__len__``/``__getitem__`` run nested."""

    __slots__ = ("obj",)

    def __init__(self, obj: Any) -> None:
        self.obj = obj

    def __len__(self) -> int:
        return len(self.obj)

    def __getitem__(self, index: Any) -> Any:
        return self.obj[index]


def _is_sandbox_sequence(t: type) -> bool:
    """Whether user class ``t`` derives from the sandbox's ``collections.abc.Sequence``."""
    for k in _mro_of(t):
        if id(k) in USER_CLASSES and k.__name__ in ("Sequence", "MutableSequence"):
            if k.__dict__.get("__module__") == "collections.abc":
                return True
    return False


def _population(population: Any) -> Any:
    if isinstance(population, _abc.Sequence):
        return population
    if isinstance(population, Deque):
        return list(population)
    t = type(population)
    if id(t) in USER_CLASSES and _is_sandbox_sequence(t):
        if lookup(t, "__len__")[0] is not MISSING and lookup(t, "__getitem__")[0] is not MISSING:
            return _SequenceView(population)
    return population


_SIZED = (list, tuple, str, range, bytes, bytearray)


def _m_sample(obj: Any, *args: Any, **kwargs: Any) -> Any:
    core = _core(obj, "sample")
    population, k, counts = _sample_shape(obj, *args, **kwargs)
    if counts is not None and not isinstance(counts, (list, tuple)):
        counts = yield from collect(counts)
    population = _population(population)
    if isinstance(k, int) and k > 0:
        # A sample larger than a sized host population is the host's ValueError.
        if type(population) not in _SIZED or k <= len(population):
            meter.cap(k * 8)
    result = _HostRandom.sample(core, population, k, counts=counts)
    yield from _charge(len(result))
    return result


def _get_gauss_next(obj: Any) -> Any:
    return _core(obj, "gauss_next").gauss_next


def _set_gauss_next(obj: Any, value: Any) -> None:
    _core(obj, "gauss_next").gauss_next = value


def _passthrough(name: str) -> Any:
    base = getattr(_HostRandom, name)

    def method(obj: Any, *args: Any, **kwargs: Any) -> Any:
        return base(_core(obj, name), *args, **kwargs)

    method.__name__ = name
    return method


_SPECIAL = {
    "random": (_m_random, False),
    "getrandbits": (_m_getrandbits, False),
    "randbytes": (_m_randbytes, False),
    "seed": (_m_seed, False),
    "randrange": (_m_randrange, False),
    "randint": (_m_randint, False),
    "shuffle": (_m_shuffle, True),
    "choices": (_m_choices, True),
    "sample": (_m_sample, True),
}


# ---------------------------------------------------------------------------
# Methods of SystemRandom (the core is a host SystemRandom or a seeded Random)


def _s_random(obj: Any, *args: Any, **kwargs: Any) -> Any:
    core = _core(obj, "random")
    return core.random(*args, **kwargs)


def _s_getrandbits(obj: Any, *args: Any, **kwargs: Any) -> Any:
    core = _core(obj, "getrandbits")
    return core.getrandbits(_bits(_SYSTEM_GETRANDBITS, args, kwargs))


def _s_randbytes(obj: Any, *args: Any, **kwargs: Any) -> Any:
    core = _core(obj, "randbytes")
    n = _randbytes_shape(obj, *args, **kwargs)
    if isinstance(n, int) and n > 0:
        meter.cap(2 * n)
    return core.randbytes(n)


def _s_seed(obj: Any, *args: Any, **kwargs: Any) -> None:
    """Stub method.  Not used for a system random number generator."""
    return None


def _s_notimplemented(obj: Any, *args: Any, **kwargs: Any) -> None:
    raise NotImplementedError("System entropy source does not have state.")


# ---------------------------------------------------------------------------
# Registration


def _method_entry(cls: type, name: str, fn: Any, suspends: bool = False) -> Builtin:
    qual = f"{cls.__qualname__}.{name}"
    return Builtin(fn, name, suspends=suspends, qualname=qual, self_type=cls)


def _construct(cls: type) -> Builtin:
    def construct(*args: Any, **kwargs: Any) -> Any:
        obj = _random_new(cls)
        yield from _m_init(obj, *args, **kwargs)
        return obj

    return Builtin(construct, cls.__qualname__, suspends=True)


def _register() -> None:
    entries = table(RandomType)
    for name in _METHODS:
        fn, suspends = _SPECIAL.get(name, (None, False))
        if fn is None:
            fn = _passthrough(name)
        entries[name] = _method_entry(RandomType, name, fn, suspends)
    entries["_randbelow"] = _method_entry(RandomType, "_randbelow", _m_randbelow)
    entries["__init__"] = _method_entry(RandomType, "__init__", _m_init, suspends=True)
    entries["__new__"] = StaticEntry(Builtin(_random_new, "__new__", qualname="Random.__new__"))
    entries["VERSION"] = Value(_HostRandom.VERSION)
    entries["gauss_next"] = DataAttr(_get_gauss_next, _set_gauss_next)
    system = table(SystemRandomType)
    system["random"] = _method_entry(SystemRandomType, "random", _s_random)
    system["getrandbits"] = _method_entry(SystemRandomType, "getrandbits", _s_getrandbits)
    system["randbytes"] = _method_entry(SystemRandomType, "randbytes", _s_randbytes)
    system["seed"] = _method_entry(SystemRandomType, "seed", _s_seed)
    system["getstate"] = _method_entry(SystemRandomType, "getstate", _s_notimplemented)
    system["setstate"] = _method_entry(SystemRandomType, "setstate", _s_notimplemented)
    register_type(RandomType, name="Random", constructor=_construct(RandomType), subclassable=True)
    register_type(
        SystemRandomType, name="SystemRandom", constructor=_construct(SystemRandomType), subclassable=True
    )


_register()

_CONSTANTS = ("BPF", "LOG4", "NV_MAGICCONST", "RECIP_BPF", "SG_MAGICCONST", "TWOPI")


@register("random")
def create() -> Module:
    inst = _random_new(RandomType)  # seeded from the environment, like CPython's Random()
    entries = table(RandomType)
    attributes: dict[str, Any] = {name: BoundBuiltin(entries[name], inst) for name in _METHODS}
    attributes["Random"] = RandomType
    attributes["SystemRandom"] = SystemRandomType
    for name in _CONSTANTS:
        attributes[name] = getattr(_pyrandom, name)
    attributes["__all__"] = [name for name in _pyrandom.__all__ if name in attributes]
    return make_module(
        "random",
        dict(sorted(attributes.items())),
        doc="Random variable generators.",
    )
