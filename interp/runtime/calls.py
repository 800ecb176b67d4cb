"""Calling things: argument binding and the one dispatch every sandboxed call goes through.

:func:`call` is a generator (run with ``yield from``) because the callee may pause
the program.  It returns the call's result through ``StopIteration`` as generators
do.  Arguments come as a tuple (or list) of positional values and a dict of keyword
values or ``None``.
"""

from __future__ import annotations

from typing import Any

from . import meter
from .control import UNBOUND
from .functions import BoundMethod, Cell, Code, Function
from .native import BoundBuiltin, Builtin

#: Calls of types (``int(x)``, ``MyClass()``) and of other special callables are
#: dispatched by these hooks, which later modules install (classes, builtins).
call_type: Any = None
call_other: Any = None


def type_name(obj: Any) -> str:
    """The name CPython shows for the type of ``obj`` in error messages."""
    from .typenames import visible_type_name

    return visible_type_name(obj)


def bind(fn: Function, args: tuple | list, kwargs: dict | None) -> list:
    """Bind arguments to parameters and return the new frame (slot 0: return value)."""
    code = fn.code
    if not kwargs and code.simple and len(args) == code.argcount:
        frame = [None, *args]
        frame.extend(code.padding)
    else:
        frame = _bind_general(fn, code, args, kwargs)
    if code.cell_params:
        for i in code.cell_params:
            frame[i] = Cell(frame[i])
    if code.new_cells:
        for i in code.new_cells:
            frame[i] = Cell()
    if code.free_slots:
        for i, cell in zip(code.free_slots, fn.closure):
            frame[i] = cell
    return frame


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _names_list(names: list[str]) -> str:
    quoted = [f"'{n}'" for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f"{quoted[0]} and {quoted[1]}"
    return ", ".join(quoted[:-1]) + f", and {quoted[-1]}"


def _bind_general(fn: Function, code: Code, args: tuple | list, kwargs: dict | None) -> list:
    """CPython's argument binding, with its error messages."""
    qualname = fn.__qualname__
    argnames = code.argnames
    argcount = code.argcount
    kwonly = code.kwonlynames
    nparams = argcount + len(kwonly)
    frame = [None] + [UNBOUND] * (code.nslots - 1)
    nargs = len(args)
    # Positional arguments.
    if nargs > argcount:
        if not code.has_varargs:
            defaults = fn.defaults or ()
            kw_given = sum(1 for k in (kwargs or ()) if k in kwonly)
            if defaults:
                takes = f"from {argcount - len(defaults)} to {argcount} positional arguments"
            else:
                takes = f"{_plural(argcount, 'positional argument')}"
            given = f"{nargs} positional argument{'s' if nargs != 1 else ''}"
            if kw_given:
                given += f" (and {_plural(kw_given, 'keyword-only argument')})"
            verb = "was" if nargs == 1 and not kw_given else "were"
            raise TypeError(f"{qualname}() takes {takes} but {given} {verb} given")
        frame[1 : 1 + argcount] = args[:argcount]
        frame[1 + nparams] = tuple(args[argcount:])
    else:
        frame[1 : 1 + nargs] = args
        if code.has_varargs:
            frame[1 + nparams] = ()
    varkw: dict | None = None
    if code.has_varkw:
        varkw = {}
        frame[1 + nparams + code.has_varargs] = varkw
    # Keyword arguments.
    if kwargs:
        posonly_passed_as_kw = []
        for key, value in kwargs.items():
            index = -1
            if key in argnames:
                index = argnames.index(key)
                if index < code.posonlycount:
                    if varkw is not None:
                        varkw[key] = value
                        continue
                    posonly_passed_as_kw.append(key)
                    continue
            elif key in kwonly:
                index = argcount + kwonly.index(key)
            if index < 0:
                if varkw is None:
                    if type(key) is not str:
                        raise TypeError(f"{qualname}() keywords must be strings")
                    raise TypeError(f"{qualname}() got an unexpected keyword argument '{key}'")
                varkw[key] = value
                continue
            if frame[1 + index] is not UNBOUND:
                raise TypeError(f"{qualname}() got multiple values for argument '{key}'")
            frame[1 + index] = value
        if posonly_passed_as_kw:
            raise TypeError(
                f"{qualname}() got some positional-only arguments passed as keyword arguments: "
                f"'{', '.join(posonly_passed_as_kw)}'"
            )
    # Defaults and missing arguments.
    if nargs < argcount:
        defaults = fn.defaults or ()
        first_default = argcount - len(defaults)
        missing = []
        for i in range(nargs, argcount):
            if frame[1 + i] is UNBOUND:
                if i >= first_default:
                    frame[1 + i] = defaults[i - first_default]
                else:
                    missing.append(argnames[i])
        if missing:
            raise TypeError(
                f"{qualname}() missing {len(missing)} required positional argument"
                f"{'s' if len(missing) != 1 else ''}: {_names_list(missing)}"
            )
    if kwonly:
        kwdefaults = fn.kwdefaults or {}
        missing = []
        for i, name in enumerate(kwonly):
            if frame[1 + argcount + i] is UNBOUND:
                if name in kwdefaults:
                    frame[1 + argcount + i] = kwdefaults[name]
                else:
                    missing.append(name)
        if missing:
            raise TypeError(
                f"{qualname}() missing {len(missing)} required keyword-only argument"
                f"{'s' if len(missing) != 1 else ''}: {_names_list(missing)}"
            )
    return frame


def call(f: Any, args: tuple | list, kwargs: dict | None) -> Any:
    """Call ``f`` from sandboxed code (a generator: use ``yield from``)."""
    t = type(f)
    if t is Function:
        return (yield from invoke(f, args, kwargs))
    if t is BoundMethod:
        func = f.__func__
        if type(func) is Function:
            return (yield from invoke(func, (f.__self__, *args), kwargs))
        return (yield from call(func, (f.__self__, *args), kwargs))
    if t is Builtin:
        if f.suspends:
            if kwargs:
                return (yield from f.fn(*args, **kwargs))
            return (yield from f.fn(*args))
        if kwargs:
            return f.fn(*args, **kwargs)
        return f.fn(*args)
    if t is BoundBuiltin:
        b = f.builtin
        if b.suspends:
            if kwargs:
                return (yield from b.fn(f.__self__, *args, **kwargs))
            return (yield from b.fn(f.__self__, *args))
        if kwargs:
            return b.fn(f.__self__, *args, **kwargs)
        return b.fn(f.__self__, *args)
    if issubclass(type(f), type):
        return (yield from call_type(f, args, kwargs))
    return (yield from call_other(f, args, kwargs))


def _make_generator(fn: Function, frame: list) -> Any:
    global _make_generator
    from .generators import make_generator

    # From now on the import is not repeated (it costs more than the call).
    _make_generator = make_generator
    return make_generator(fn, frame)


def invoke(fn: Function, args: tuple | list, kwargs: dict | None) -> Any:
    """Run a sandboxed function: bind, enforce the depth and step budgets, run the body.

    The compiler's call sites inline the part after binding for the common call
    (``compiler/specialize.py``, ``_RUN_DIRECT``), one generator less per call; a
    change here must be made there too.
    """
    code = fn.code
    frame = bind(fn, args, kwargs)
    kind = code.kind
    if kind != "function":
        return _make_generator(fn, frame)
    m = meter.current
    m.countdown -= 1
    if m.countdown <= 0:
        yield from m.tick()
    m.depth += 1
    if m.depth > m.max_depth:
        m.depth -= 1
        raise RecursionError("maximum recursion depth exceeded")
    try:
        if code.body_is_generator:
            yield from code.body(frame)
        else:
            code.body(frame)
    except BaseException as error:
        from .tracebacks import add_frame

        add_frame(error, code)
        raise
    finally:
        m.depth -= 1
    return frame[0]


#: Host code objects whose frames run a sandbox function ``fn`` (a local of theirs):
#: ``invoke`` and the compiler's call sites that run bodies in place.  Code that must
#: know its sandboxed caller (``type(name, bases, ns)`` takes the caller's module
#: name) walks the host stack for them.
RUNNING_CODES: set = {invoke.__code__}
