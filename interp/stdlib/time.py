"""The sandbox's ``time`` module.

The clocks read the host-controlled world through
:data:`interp.runtime.environment.current` (DESIGN.md, invariant 3): the real mode
reads the host clocks, the deterministic mode a virtual clock.  ``sleep`` never
sleeps here: it validates its argument as CPython does and yields a
:class:`~interp.runtime.control.SleepRequest`, which the driver answers (by
sleeping, or by advancing the virtual clock).

The sandbox has no time zone: ``localtime`` behaves as UTC (as CPython does with
``TZ=UTC``): ``localtime`` equals ``gmtime`` but for ``tm_zone`` (``'UTC'`` rather
than ``'GMT'``), ``mktime`` inverts it, ``ctime`` formats UTC, ``timezone`` and
``altzone`` are 0, ``daylight`` is 0 and ``tzname`` is ``('UTC', 'UTC')``.

Calendar arithmetic and formatting use the host's pure functions on values
(``time.gmtime(secs)``, ``time.asctime(tuple)``, ``time.strftime(fmt, tuple)``):
none of them reads a clock or the host's time zone once the zone fields are
given explicitly.  The sandbox never holds a host ``time.struct_time``: it gets a
:class:`StructTime`, a ``tuple`` subclass shown as ``time.struct_time`` whose
``tm_*`` attributes come from the allow-list tables.

``strptime`` is CPython's: it calls the sandbox's own ``_strptime`` (CPython's file,
run as sandbox code).  ``get_clock_info`` and the ``clock_*`` functions are absent.
"""

from __future__ import annotations

import math as _math
import operator as _op
import time as _time
from typing import Any

from ..runtime import environment, imports, meter
from ..runtime.attributes import load_attr
from ..runtime.builtins import collect
from ..runtime.calls import call
from ..runtime.control import HostError, SleepRequest
from ..runtime.iteration import get_iter
from ..runtime.modules import Module, make_module
from ..runtime.native import Builtin
from ..runtime.signatures import NOT_GIVEN, Signature
from ..runtime.typenames import visible_type_name
from ..runtime.typetable import DataAttr, StaticEntry, Value, register_type, table
from . import register

_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst")
_INT_MAX = (1 << 31) - 1
_INT_MIN = -(1 << 31)
_PYTIME_MAX = (1 << 63) - 1
_PYTIME_MIN = -(1 << 63)


# ---------------------------------------------------------------------------
# struct_time


class StructTime(tuple):
    """The sandbox's ``time.struct_time``: the nine visible fields are the tuple;
    ``tm_zone`` and ``tm_gmtoff`` live in the host-side ``__dict__``, which sandboxed
    code never sees (only the table entries below are visible)."""

    def __repr__(self) -> str:
        parts = ", ".join(f"{name}={value!r}" for name, value in zip(_FIELDS, tuple.__iter__(self)))
        return f"time.struct_time({parts})"

    __str__ = __repr__


# CPython's tp_name, so that host-written messages read as CPython's; the sandbox
# sees ``struct_time`` as the class's ``__name__``.
StructTime.__name__ = "time.struct_time"
StructTime.__qualname__ = "struct_time"
StructTime.__module__ = "time"


def _make_struct(values: Any, zone: Any, gmtoff: Any) -> StructTime:
    st = tuple.__new__(StructTime, values)
    st.__dict__["zone"] = zone
    st.__dict__["gmtoff"] = gmtoff
    return st


def _from_host(host: Any, zone: Any = None, gmtoff: Any = None) -> StructTime:
    """A StructTime with the fields of the host ``time.struct_time`` ``host``."""
    return _make_struct(
        tuple(host), host.tm_zone if zone is None else zone, host.tm_gmtoff if gmtoff is None else gmtoff
    )


def _construct(*args: Any, **kwargs: Any) -> Any:
    """``time.struct_time(sequence, dict=None)``."""
    try:
        sequence, extra = _struct_shape(*args, **kwargs)
    except TypeError:
        raise _arity_error(_time.struct_time, args, kwargs) from None
    try:
        iterator = get_iter(sequence)
    except TypeError:
        raise TypeError("constructor requires a sequence") from None
    items = yield from collect(iterator)
    # The host validates the lengths and the dict with CPython's messages; the
    # host struct_time is only read here, never handed to the sandbox.
    host = _time.struct_time(items) if extra is None else _time.struct_time(items, extra)
    return _make_struct(tuple(host), host.tm_zone, host.tm_gmtoff)


def _struct_new(cls: Any, *args: Any, **kwargs: Any) -> Any:
    """``time.struct_time.__new__(cls, sequence, dict=None)``."""
    if cls is not StructTime:
        name = cls.__name__ if isinstance(cls, type) else _type_name(cls)
        raise TypeError(f"time.struct_time.__new__({name}): {name} is not a subtype of time.struct_time")
    return (yield from _construct(*args, **kwargs))


def _struct_shape(sequence: Any, dict: Any = None) -> tuple[Any, Any]:  # noqa: A002 - CPython's name
    return sequence, dict


_struct_shape.__qualname__ = "struct_time"


def _register_struct_time() -> None:
    entries = table(StructTime)
    for index, name in enumerate(_FIELDS):
        entries[name] = DataAttr(lambda st, i=index: tuple.__getitem__(st, i))
    entries["tm_zone"] = DataAttr(lambda st: st.__dict__.get("zone"))
    entries["tm_gmtoff"] = DataAttr(lambda st: st.__dict__.get("gmtoff"))
    entries["n_fields"] = Value(11)
    entries["n_sequence_fields"] = Value(9)
    entries["n_unnamed_fields"] = Value(0)
    entries["__match_args__"] = Value(_FIELDS)
    for name in ("__repr__", "__str__"):
        entries[name] = Builtin(
            getattr(StructTime, name), name, qualname=f"struct_time.{name}", self_type=StructTime
        )
    entries["__new__"] = StaticEntry(
        Builtin(_struct_new, "__new__", suspends=True, qualname="struct_time.__new__")
    )
    register_type(
        StructTime, name="struct_time", constructor=Builtin(_construct, "struct_time", suspends=True)
    )


_register_struct_time()


# ---------------------------------------------------------------------------
# Argument checks


def _arity_error(host_fn: Any, args: tuple, kwargs: dict) -> TypeError:
    """The TypeError the host function raises for a call of this (wrong) shape.

    Only called when the shape is wrong, so that the host function refuses the
    call before doing anything.
    """
    try:
        host_fn(*args, **kwargs)
    except TypeError as error:
        return TypeError(*error.args)
    return TypeError("invalid arguments")  # pragma: no cover


_ABSENT: Any = object()


def _optional_arg(signature: Signature, args: tuple, kwargs: dict) -> Any:
    """The single optional positional argument of gmtime/localtime/ctime/asctime
    (``_ABSENT`` when not given)."""
    (value,) = signature.unpack(args, kwargs)
    return _ABSENT if value is NOT_GIVEN else value


_GMTIME = Signature("gmtime", "seconds=NOT_GIVEN, /", host=_time.gmtime)
_LOCALTIME = Signature("localtime", "seconds=NOT_GIVEN, /", host=_time.localtime)
_ASCTIME = Signature("asctime", "tuple=NOT_GIVEN, /", host=_time.asctime)
_CTIME = Signature("ctime", "seconds=NOT_GIVEN, /", host=_time.ctime)
_SLEEP = Signature("sleep", "secs, /", host=_time.sleep)
_MKTIME = Signature("mktime", "tuple, /", host=_time.mktime)
_STRFTIME = Signature("strftime", "format, tuple=NOT_GIVEN, /", host=_time.strftime)


def _c_int(value: Any) -> int:
    """CPython's ``"i"`` argument converter."""
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    n = _op.index(value)
    if n > _INT_MAX:
        raise OverflowError("signed integer is greater than maximum")
    if n < _INT_MIN:
        raise OverflowError("signed integer is less than minimum")
    return n


def _time_tuple(value: Any, name: str) -> list[int]:
    """CPython's ``gettmarg``: the nine fields of a struct_time or 9-tuple as ints."""
    if not isinstance(value, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(value) != 9:
        raise TypeError(f"{name}(): illegal time tuple argument")
    fields = [_c_int(v) for v in tuple.__iter__(value)]
    if fields[0] < _INT_MIN + 1900:
        raise OverflowError("year out of range")
    return fields


def _to_host(value: Any) -> Any:
    """A value the host's asctime/strftime accept, with the sandbox's zone (UTC)."""
    if isinstance(value, StructTime):
        zone = value.__dict__.get("zone")
        gmtoff = value.__dict__.get("gmtoff")
        return _time.struct_time(tuple(tuple.__iter__(value)), {"tm_zone": zone, "tm_gmtoff": gmtoff})
    if type(value) is tuple and len(value) == 9:
        isdst = value[8]
        if isinstance(isdst, int) and isdst < 0:
            return value  # no zone at all: %Z and %z format as ''
        # A plain tuple has no zone: the host would take its own time zone's name.
        return _time.struct_time(value, {"tm_zone": "UTC", "tm_gmtoff": 0})
    return value


def _timestamp(secs: Any) -> Any:
    """``secs`` for the host's gmtime, or the sandbox's current time (absent or None)."""
    if secs is None or secs is _ABSENT:
        return environment.current.time()
    return secs


# ---------------------------------------------------------------------------
# Clocks


def _now() -> float:
    return environment.current.time()


def _ns(seconds: float) -> int:
    return int(seconds * 1_000_000_000)


def _clock(name: str, read: Any, ns: bool) -> Builtin:
    # Only for the message of a wrong call; Pyodide's time module has no thread_time.
    host_fn = getattr(_time, name, None) or getattr(_time, "time_ns" if ns else "time")

    signature = Signature(name, "", host=host_fn)

    def fn(*args: Any, **kwargs: Any) -> Any:
        signature.unpack(args, kwargs)
        value = read()
        return _ns(value) if ns else float(value)

    fn.__name__ = name
    return Builtin(fn, name)


def _sleep_seconds(secs: Any) -> float:
    """CPython's ``_PyTime_FromSecondsObject`` checks, then the sign check of sleep()."""
    if issubclass(type(secs), float):
        # CPython reads a float subclass's value as stored, calling none of its
        # methods: a program's __mul__ or __float__ must not choose how long the
        # driver sleeps, nor run on the host's behalf.
        secs = float.__float__(secs)
        if _math.isnan(secs):
            raise ValueError("Invalid value NaN (not a number)")
        ns = secs * 1e9
        if not (float(_PYTIME_MIN) <= ns < -float(_PYTIME_MIN)):
            raise OverflowError("timestamp out of range for platform time_t")
        seconds = secs
    else:
        n = _op.index(secs)
        if not (_PYTIME_MIN <= n * 1_000_000_000 <= _PYTIME_MAX):
            raise OverflowError("timestamp too large to convert to C _PyTime_t")
        seconds = float(n)
    if seconds < 0:
        raise ValueError("sleep length must be non-negative")
    return seconds


def _sleep(*args: Any, **kwargs: Any) -> Any:
    (secs,) = _SLEEP.unpack(args, kwargs)
    seconds = _sleep_seconds(secs)
    answer = yield SleepRequest(seconds)
    if type(answer) is HostError:
        raise answer.exception
    return None


# ---------------------------------------------------------------------------
# Calendar and formatting


def _gmtime(*args: Any, **kwargs: Any) -> Any:
    secs = _optional_arg(_GMTIME, args, kwargs)
    return _from_host(_time.gmtime(_timestamp(secs)))


def _localtime(*args: Any, **kwargs: Any) -> Any:
    secs = _optional_arg(_LOCALTIME, args, kwargs)
    return _from_host(_time.gmtime(_timestamp(secs)), "UTC", 0)


def _days_from_civil(year: int, month: int, day: int) -> int:
    """Days since 1970-01-01 of a proleptic Gregorian date (any integers)."""
    year -= month <= 2
    era = year // 400
    yoe = year - era * 400
    doy = (153 * (month + (-3 if month > 2 else 9)) + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _mktime(*args: Any, **kwargs: Any) -> Any:
    (t,) = _MKTIME.unpack(args, kwargs)
    year, mon, mday, hour, minute, sec, _wday, _yday, isdst = _time_tuple(t, "mktime")
    # C mktime normalises out-of-range fields; months carry into years first.
    year += (mon - 1) // 12
    mon = (mon - 1) % 12 + 1
    days = _days_from_civil(year, mon, 1) + mday - 1
    seconds = days * 86400 + hour * 3600 + minute * 60 + sec
    if isdst > 0:
        # glibc in a zone without daylight saving time takes the hour off.
        seconds -= 3600
    return float(seconds)


def _asctime(*args: Any, **kwargs: Any) -> Any:
    t = _optional_arg(_ASCTIME, args, kwargs)
    if t is _ABSENT:
        return _time.asctime(_time.gmtime(environment.current.time()))
    return _time.asctime(_to_host(t))


def _ctime(*args: Any, **kwargs: Any) -> Any:
    secs = _optional_arg(_CTIME, args, kwargs)
    return _time.asctime(_time.gmtime(_timestamp(secs)))


#: Longest format accepted (CPython's buffer can reach 256 bytes per format character).
MAX_FORMAT = 1 << 20


def _strftime(*args: Any, **kwargs: Any) -> Any:
    fmt, given = _STRFTIME.unpack(args, kwargs)
    if not isinstance(fmt, str):
        raise TypeError(f"strftime() argument 1 must be str, not {_type_name(fmt)}")
    size = len(fmt) * 64
    if len(fmt) > MAX_FORMAT or size > meter.HARD_CAP:
        raise MemoryError("strftime() format too long for the sandbox")
    meter.current.check_allocation(size)
    t = _localtime() if given is NOT_GIVEN else given
    return _time.strftime(fmt, _to_host(t))


def _strptime(*args: Any, **kwargs: Any) -> Any:
    """``time.strptime(string[, format])``, as CPython's C function does it: import
    ``_strptime`` and pass the positional arguments to its ``_strptime_time`` unchecked
    (it checks them), so the parsing is sandbox code, metered like any other."""
    if kwargs:
        raise TypeError("strptime() takes no keyword arguments")
    module = yield from imports.import_module("_strptime", {"__name__": "time"})
    return (yield from call(load_attr(module, "_strptime_time"), args, None))


_TZSET = Signature("time.tzset", "", host=getattr(_time, "tzset", None))


def _tzset(*args: Any, **kwargs: Any) -> None:
    """The sandbox has no time zone to reload."""
    _TZSET.unpack(args, kwargs)


def _type_name(obj: Any) -> str:
    return visible_type_name(obj)


# ---------------------------------------------------------------------------
# The module


@register("time")
def create() -> Module:
    env = environment
    attributes: dict[str, Any] = {
        "time": _clock("time", lambda: env.current.time(), False),
        "time_ns": _clock("time_ns", lambda: env.current.time(), True),
        "monotonic": _clock("monotonic", lambda: env.current.monotonic(), False),
        "monotonic_ns": _clock("monotonic_ns", lambda: env.current.monotonic(), True),
        "perf_counter": _clock("perf_counter", lambda: env.current.perf_counter(), False),
        "perf_counter_ns": _clock("perf_counter_ns", lambda: env.current.perf_counter(), True),
        "process_time": _clock("process_time", lambda: env.current.process_time(), False),
        "process_time_ns": _clock("process_time_ns", lambda: env.current.process_time(), True),
        "thread_time": _clock("thread_time", lambda: env.current.process_time(), False),
        "thread_time_ns": _clock("thread_time_ns", lambda: env.current.process_time(), True),
        "sleep": Builtin(_sleep, "sleep", suspends=True),
        "gmtime": Builtin(_gmtime, "gmtime"),
        "localtime": Builtin(_localtime, "localtime"),
        "mktime": Builtin(_mktime, "mktime"),
        "asctime": Builtin(_asctime, "asctime"),
        "ctime": Builtin(_ctime, "ctime"),
        "strftime": Builtin(_strftime, "strftime"),
        "strptime": Builtin(_strptime, "strptime", suspends=True),
        "tzset": Builtin(_tzset, "tzset"),
        "struct_time": StructTime,
        "timezone": 0,
        "altzone": 0,
        "daylight": 0,
        "tzname": ("UTC", "UTC"),
        "_STRUCT_TM_ITEMS": 11,  # read by _strptime
    }
    return make_module(
        "time",
        dict(sorted(attributes.items())),
        doc=(
            "This module provides various functions to manipulate time values.\n\n"
            "The sandbox has no time zone: local time is UTC."
        ),
    )
