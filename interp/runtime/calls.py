"""Calling things: argument binding and the one dispatch every sandboxed call goes through.

:func:`call` is a generator (run with ``yield from``) because the callee may pause
the program.  It returns the call's result through ``StopIteration`` as generators
do.  Arguments come as a tuple (or list) of positional values and a dict of keyword
values or ``None``.
"""

from __future__ import annotations

import weakref
from typing import Any

# ``meter``, ``add_frame`` and ``RETURN`` are read by the text of RUN_STEPS, which invoke is
# built from.
from . import links, meter  # noqa: F401
from .control import RETURN, UNBOUND  # noqa: F401
from .functions import NO_TAILS, BoundMethod, Cell, Code, Function, frame_tails
from .native import BoundBuiltin, Builtin
from .tracebacks import add_frame  # noqa: F401
from .typenames import visible_type_name


# Calls of types (``int(x)``, ``MyClass()``) and of other special callables, and the
# creation of generators, are late-bound links (classes, core_types and generators
# build on this module).  Every call of a type or a generator function goes through
# them, so the first call binds each to a global here: no look-up in ``links`` per
# call afterwards.
def _call_type(cls: Any, args: Any, kwargs: Any) -> Any:
    global _call_type
    _call_type = links.call_type
    return _call_type(cls, args, kwargs)


def _call_other(f: Any, args: Any, kwargs: Any) -> Any:
    global _call_other
    _call_other = links.call_other
    return _call_other(f, args, kwargs)


def _make_generator(fn: Function, frame: list) -> Any:
    global _make_generator
    _make_generator = links.make_generator
    return _make_generator(fn, frame)


def type_name(obj: Any) -> str:
    """The name CPython shows for the type of ``obj`` in error messages."""
    return visible_type_name(obj)


def bind(fn: Function, args: tuple | list, kwargs: dict | None, plain_only: bool = False) -> list | None:
    """Bind arguments to parameters and return the new frame (slot 0: return value).

    ``plain_only``: None for a generator's or a coroutine's function, whose call
    :func:`invoke` makes (a call site of the second tier, which builds a frame itself
    from the function's frame tails, and hands any other call here first: this first
    call fills the tails, see :func:`~.functions.frame_tails`)."""
    code = fn.code
    if plain_only:
        if code.kind != "function":
            return None
        if fn.tails is NO_TAILS:
            fn.tails = frame_tails(fn)  # the site builds the next such frame in place
    missing = code.argcount - len(args)
    # Every frame ends with the Function's padding, which holds its closure's cells (a
    # plain function's is the Code's): only the cells a call makes are left to make.
    # The common shapes first, each tested once (this runs at every call that is not
    # built in place: closures, wrappers, methods with defaults).
    if kwargs:
        if code.star and missing <= 0 and code.has_varkw and not code.argcount:
            # (*args, **kwargs): the wrappers' signature.
            frame = [None, tuple(args), kwargs.copy(), *fn.padding]
        elif code.has_varargs:
            frame = _bind_general(fn, code, args, kwargs)
        else:
            frame = _bind_keywords(fn, code, args, kwargs)
    elif code.simple:
        if missing == 0:
            frame = [None, *args, *fn.padding]
        elif missing > 0 and fn.defaults and missing <= len(fn.defaults):
            frame = [None, *args, *fn.defaults[-missing:], *fn.padding]
        else:
            frame = _bind_general(fn, code, args, kwargs)  # raises: too many or too few
    elif code.star and missing <= 0:
        # (a, *args, **kwargs) called with positional arguments only.
        n = code.argcount
        frame = [None, *args[:n], tuple(args[n:])] if n else [None, tuple(args)]
        if code.has_varkw:
            frame.append({})
        frame.extend(fn.padding)
    else:
        frame = _bind_general(fn, code, args, kwargs)
    if code.cell_params:
        for i in code.cell_params:
            frame[i] = Cell(frame[i])
    if code.new_cells:
        for i in code.new_cells:
            frame[i] = Cell()
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


def _too_many_positional(fn: Function, code: Code, frame: list, nargs: int) -> TypeError:
    """CPython's ``too_many_positional`` message (keyword-only arguments already bound)."""
    argcount = code.argcount
    defaults = fn.defaults or ()
    kw_given = sum(1 for i in range(len(code.kwonlynames)) if frame[1 + argcount + i] is not UNBOUND)
    if defaults:
        takes = f"from {argcount - len(defaults)} to {argcount} positional arguments"
    else:
        takes = _plural(argcount, "positional argument")
    given = str(nargs)
    if kw_given:
        given += f" positional argument{'s' if nargs != 1 else ''} (and {_plural(kw_given, 'keyword-only argument')})"
    verb = "was" if nargs == 1 and not kw_given else "were"
    return TypeError(f"{fn.__qualname__}() takes {takes} but {given} {verb} given")


def _keyword_slots(code: Code) -> dict[str, int]:
    """The frame slot of each parameter a keyword can name (not positional-only ones)."""
    argcount = code.argcount
    slots = {name: 1 + i for i, name in enumerate(code.argnames) if i >= code.posonlycount}
    slots.update((name, 1 + argcount + i) for i, name in enumerate(code.kwonlynames))
    return slots


def _bind_keywords(fn: Function, code: Code, args: tuple | list, kwargs: dict) -> list:
    """Positional and keyword arguments for a function without ``*args``
    (``Item(sku=s, name=n)``, ``score(a, b, bonus=1)``, ``def update(self, **changes)``):
    each keyword's slot found by one look-up.  Any call that is wrong (too many
    arguments, a keyword unknown or given twice, one missing) is bound again by
    :func:`_bind_general`, which raises CPython's error for it."""
    slots = code.keyword_slots
    if slots is None:
        slots = code.keyword_slots = _keyword_slots(code)
    argcount = code.argcount
    nargs = len(args)
    nparams = argcount + len(code.kwonlynames)
    if nargs > argcount or nparams > len(_UNSET):
        return _bind_general(fn, code, args, kwargs)
    if code.has_varkw:
        varkw: dict | None = {}
        frame = [None, *args, *_UNSET[: nparams - nargs], varkw, *fn.padding]
    else:
        varkw = None
        frame = [None, *args, *_UNSET[: nparams - nargs], *fn.padding]
    filled = nargs
    for key, value in kwargs.items():
        if type(key) is not str:
            return _bind_general(fn, code, args, kwargs)
        index = slots.get(key)
        if index is None:
            if varkw is None:
                return _bind_general(fn, code, args, kwargs)
            varkw[key] = value
        elif frame[index] is UNBOUND:
            frame[index] = value
            filled += 1
        else:
            return _bind_general(fn, code, args, kwargs)
    if filled < nparams:
        # Defaults for the rest; a parameter without one is an error.
        defaults = fn.defaults or ()
        first_default = argcount - len(defaults)
        for i in range(nargs, argcount):
            if frame[1 + i] is UNBOUND:
                if i < first_default:
                    return _bind_general(fn, code, args, kwargs)
                frame[1 + i] = defaults[i - first_default]
        if code.kwonlynames:
            kwdefaults = fn.kwdefaults or {}
            for i, name in enumerate(code.kwonlynames, 1 + argcount):
                if frame[i] is UNBOUND:
                    value = kwdefaults.get(name, UNBOUND)
                    if value is UNBOUND:
                        return _bind_general(fn, code, args, kwargs)
                    frame[i] = value
    return frame


#: Unbound parameter slots, sliced by :func:`_bind_keywords`; a function with more
#: parameters than this is bound by :func:`_bind_general`.
_UNSET = (UNBOUND,) * 64


def _bind_general(fn: Function, code: Code, args: tuple | list, kwargs: dict | None) -> list:
    """CPython's argument binding, with its error messages."""
    qualname = fn.__qualname__
    argnames = code.argnames
    argcount = code.argcount
    kwonly = code.kwonlynames
    nparams = argcount + len(kwonly)
    padding = fn.padding
    frame = [None] + [UNBOUND] * (code.nslots - 1 - len(padding)) + padding
    nargs = len(args)
    # Positional arguments.  Too many of them is reported after the keywords, as
    # CPython does: a bad keyword wins over the count.
    if nargs > argcount:
        frame[1 : 1 + argcount] = args[:argcount]
        if code.has_varargs:
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
    if nargs > argcount and not code.has_varargs:
        raise _too_many_positional(fn, code, frame, nargs)
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
        return (yield from _call_type(f, args, kwargs))
    return (yield from _call_other(f, args, kwargs))


#: The steps of a sandbox function call after binding: budget, depth, body, traceback
#: entry, result.  A plain body returns None or RETURN, or, when it is resumable and
#: a statement of it must run as a generator, the generator function that runs the
#: rest of the body (compiler/specialize.py ``resumable_block``).  The one source of
#: them: :func:`invoke` is built from this text below, and the compiler's call sites
#: (``compiler/specialize.py``) run the same text in place for the common call, one
#: generator less per call.  It reads the locals ``code`` (the callee's Code) and
#: ``frame`` and the names ``meter``, ``add_frame`` and ``RETURN``; it is indented
#: 8 spaces (2 per level) because the call-site templates insert it at that depth.  Fixed
#: text of ours: nothing from a program ever enters it.
RUN_STEPS = """
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
            rest = code.body(frame)
            if rest is not None and rest is not RETURN:
              yield from rest(frame)
        except BaseException as error:
          m.depth -= 1
          add_frame(error, code)
          raise
        m.depth -= 1
        return frame[0]"""

_INVOKE = '''
def invoke(fn, args, kwargs):
        """Run a sandboxed function: bind, enforce the depth and step budgets, run the body.

        Built from :data:`RUN_STEPS`, which the compiler's call sites run in place for
        the common call.
        """
        code = fn.code
        frame = bind(fn, args, kwargs)
        kind = code.kind
        if kind != "function":
          return _make_generator(fn, frame)
{run}
'''

# Executed in this module's globals, as a ``def`` here would be: ``invoke`` reads
# ``_make_generator``, which rebinds itself here on first use, and the hottest function
# of the interpreter must find each name with one dict look-up.
exec(compile(_INVOKE.format(run=RUN_STEPS), "<interp.runtime.calls.invoke>", "exec"), globals())
invoke: Any = globals()["invoke"]


#: Host code objects whose frames run a sandbox function ``fn`` (a local of theirs):
#: ``invoke``, the compiler's call sites that run bodies in place, and bodies compiled
#: to host code that do (compiler/hostcode.py; between calls their ``fn`` is None).
#: Code that must know its sandboxed caller (``type(name, bases, ns)`` takes the
#: caller's module name) walks the host stack for them.  Weak: a compiled body lives
#: as long as its tree.
RUNNING_CODES: Any = weakref.WeakSet([invoke.__code__])
