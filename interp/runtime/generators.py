"""User generators and coroutines.

A generator's body is a host generator (the compiled closure).  Everything it yields
is either a :class:`~interp.runtime.control.Request` for the driver, which passes
straight up through :meth:`Generator.resume` to whoever drives the program, or a
value from a user-level ``yield``, which ``resume`` returns to its caller.  That is
how one host mechanism serves both the sandbox's generators and its suspension.
"""

from __future__ import annotations

import sys
from typing import Any

from . import environment, meter
from .attributes import MISSING, bind_descriptor, call_method_nested, load_attr, lookup
from .calls import call
from .capabilities import HostOperation, await_operation
from .control import LimitExceeded, Request
from .exceptions import SandboxStopIteration
from .functions import in_own_step
from .native import BoundBuiltin
from .nested import run_nested
from .tracebacks import add_frame
from .typenames import visible_type_name

#: Returned by ``resume``/``next_or_end`` when an iterator is exhausted; never a
#: sandbox value, so no exception is needed to end a loop.
END: Any = type("End", (), {"__slots__": (), "__repr__": lambda self: "<end>"})()


class Closing(BaseException):
    """Thrown into a generator's body in place of a GeneratorExit (``close()``,
    ``throw(GeneratorExit)``); the program's ``yield`` raises :attr:`exit` where it stands.

    A sandbox generator's body is a chain of host generators, each running the next
    with ``yield from``.  Thrown into such a chain, a host GeneratorExit is not passed
    down: each ``yield from`` closes the host generator below it instead.  A body that
    catches the exit and yields again (CPython: "generator ignored GeneratorExit",
    the generator staying suspended at that yield) would then get the host's own
    RuntimeError half-way down, and its chain would be finished.  Any other exception
    is thrown down the chain to the yield the program stopped at, intact.
    """

    __slots__ = ("exit",)

    def __init__(self, exit_: BaseException) -> None:
        super().__init__()
        self.exit = exit_


class Paused:
    """What :meth:`Generator.start` returns when the body passed up a request."""

    __slots__ = ("request", "meter")

    def __init__(self, request: Any, meter: Any) -> None:
        self.request = request
        self.meter = meter


class Rebody(Request):
    """Yielded by a generator's body to hand the rest of the run to ``body``, a host
    generator already made and not yet started, which the generator resumes from now
    on in its place (:func:`~interp.compiler.hostcode.tiered_loop`: the body that is one
    loop leaves the chain once the loop is compiled, half-way through a run).  Never
    passed on to a driver."""

    __slots__ = ("body",)

    def __init__(self, body: Any) -> None:
        self.body = body


class Generator:
    """A running (or finished) generator function call."""

    __slots__ = (
        "body",
        "frame",
        "running",
        "finished",
        "return_value",
        "__name__",
        "__qualname__",
        "code",
        "owner",
        "globals",
        "__weakref__",
    )

    def __init__(self, fn: Any, frame: list) -> None:
        #: The meter of the sandbox that made it (see :meth:`__del__`).
        self.owner = meter.current
        self.code = fn.code
        self.globals = fn.globals  # the f_globals of its frame view (sys._getframe)
        self.frame = frame
        self.body = fn.code.body(frame)
        self.running = False
        self.finished = False
        self.return_value = None
        self.__name__ = fn.__name__
        self.__qualname__ = fn.__qualname__

    def __repr__(self) -> str:
        return f"<generator object {self.__qualname__}>"

    def resume(self, value: Any = None, error: BaseException | None = None) -> Any:
        """Run to the next user-level yield and return its value, or END (generator: ``yield from``)."""
        out = self.start(value, error)
        if type(out) is Paused:
            out = yield from self.drive(out)
        return out

    def start(self, value: Any = None, error: BaseException | None = None) -> Any:
        """The first half of :meth:`resume`, a plain call: the next value or END when the
        body gets there without pausing (the common case, which then costs no
        generator); a :class:`Paused` when it passes up a host request or a time slice,
        the generator still running: :meth:`drive` takes it from there."""
        if self.running:
            raise ValueError("generator already executing")
        if self.finished:
            if error is not None:
                raise error
            return END
        self.running = True
        m = meter.current
        # body.send re-enters the host interpreter (see meter.MAX_NESTED).  _leave is
        # written out in place below: this runs once for every item of every loop
        # over a sandbox generator.
        m.depth += 1
        m.nested += 1
        try:
            if m.depth > m.max_depth or m.nested > m.max_nested:
                raise RecursionError("maximum recursion depth exceeded")
            out = self.body.send(value) if error is None else self.body.throw(error)
        except BaseException as ended:
            self.running = False
            m.depth -= 1
            m.nested -= 1
            return self._ended(ended)
        if isinstance(out, Request):
            if type(out) is Rebody:
                return self._start_rebodied(out, m)
            return Paused(out, m)
        self.running = False
        m.depth -= 1
        m.nested -= 1
        return out

    def _start_rebodied(self, out: Rebody, m: Any) -> Any:
        """The end of :meth:`start` when the body handed over to another (``out``)."""
        try:
            out = self.rebody(out)
        except BaseException as ended:
            self._leave(m)
            return self._ended(ended)
        if isinstance(out, Request):
            return Paused(out, m)
        self._leave(m)
        return out

    def rebody(self, out: Rebody) -> Any:
        """Go on in the body ``out`` hands over (see :class:`Rebody`): what it yields
        first.  The old body, suspended where it yielded ``out``, is dropped: it has
        nothing of the program's left to run."""
        while type(out) is Rebody:
            self.body = body = out.body
            out = None
            out = body.send(None)
        return out

    def drive(self, paused: Paused) -> Any:
        """The second half of :meth:`resume` (generator): pass requests up and answers
        down until the body yields a value or ends."""
        body = self.body
        out = paused.request
        try:
            while isinstance(out, Request):
                if type(out) is Rebody:
                    out = self.rebody(out)
                    body = self.body
                    continue
                try:
                    answer = yield out
                except BaseException as thrown:
                    out = body.throw(thrown)
                else:
                    out = body.send(answer)
            return out
        except BaseException as ended:
            return self._ended(ended)
        finally:
            self._leave(paused.meter)

    def _leave(self, m: Any) -> None:
        self.running = False
        m.depth -= 1
        m.nested -= 1

    def _ended(self, ended: BaseException) -> Any:
        """The body ended with ``ended``: END for a return, else raise what the sandbox sees."""
        self.finished = True
        if isinstance(ended, StopIteration):
            self.return_value = self.frame[0]
            return END
        if type(ended) is Closing:
            # It met no yield of the program's (a generator expression's): its exit
            # ends the body, as it would have.
            ended = ended.exit
        add_frame(ended, self.code)  # the generator's own traceback entry
        if isinstance(ended, SandboxStopIteration):
            # PEP 479: a StopIteration escaping a generator body is a bug in it.
            kind = "coroutine" if type(self) is Coroutine else "generator"
            error = RuntimeError(f"{kind} raised StopIteration")
            error.__cause__ = ended
            raise error from ended
        raise ended

    def send(self, value: Any) -> Any:
        """Sandbox ``gen.send(value)`` (generator)."""
        if value is not None and self.just_started():
            raise TypeError(f"can't send non-None value to a just-started {self._kind()}")
        out = yield from self.resume(value)
        if out is END:
            raise SandboxStopIteration(*(() if self.return_value is None else (self.return_value,)))
        return out

    def throw(self, error: Any, *rest: Any) -> Any:
        """Sandbox ``gen.throw(exc)`` and ``gen.throw(type, value, traceback)`` (generator)."""
        thrown = thrown_exception(error, rest)
        if isinstance(thrown, GeneratorExit) and not isinstance(self, AsyncGenerator):
            thrown = Closing(thrown)
        out = yield from self.resume(None, thrown)
        if out is END:
            raise SandboxStopIteration(*(() if self.return_value is None else (self.return_value,)))
        return out

    def close(self) -> Any:
        """Sandbox ``gen.close()`` (generator)."""
        if self.finished:
            return None
        if self.just_started():
            self.finished = True
            self.body.close()
            return None
        exit_ = GeneratorExit()
        try:
            out = yield from self.resume(None, exit_ if isinstance(self, AsyncGenerator) else Closing(exit_))
        except (GeneratorExit, SandboxStopIteration):
            return None
        except RuntimeError as error:
            # The host raises this one itself when the body yields inside a ``yield
            # from`` of the compiled code; CPython raises it in close(), outside the
            # generator, with no context: made afresh below, without the body's frame.
            # Not so one the program raises (its context is the GeneratorExit), nor one
            # from the close() of a generator this one delegates to (raised here).
            if error.args != _IGNORED_EXIT.args or error.__context__ is not None or _raised_by_close(error):
                raise
            out = None
        if out is END:
            return None
        raise RuntimeError(*_IGNORED_EXIT.args)

    def just_started(self) -> bool:
        """True before the body first runs (its host generator is neither suspended
        nor finished): it can take neither a value nor a GeneratorExit yet."""
        body = self.body
        return not body.gi_suspended and not body.gi_running and body.gi_frame is not None

    def _kind(self) -> str:
        return "coroutine" if isinstance(self, Coroutine) else "generator"

    def __del__(self) -> None:
        """Finalise a generator dropped while suspended, as CPython does, but only in
        its own sandbox's step.

        Left to the host, dropping the body would close it: ``GeneratorExit`` thrown
        in runs the program's ``finally`` blocks whenever the host's garbage collector
        gets to it, perhaps in another sandbox's step or after the run (see
        :func:`functions.host_triggered`).  In its own step the generator is closed as
        ``gen.close()`` closes it, errors reported as CPython reports them; anywhere
        else, and after a hard limit, the body is unwound without running any of its
        code (a LimitExceeded, which compiled ``try``/``with`` let pass).
        """
        try:
            body = self.body
        except AttributeError:  # a runtime awaitable with no sandbox body (asyncio's bare yield)
            return
        if self.finished or self.running or not body.gi_suspended:
            return
        if in_own_step(getattr(self, "owner", None)):
            try:
                run_nested(self.close())
                return
            except LimitExceeded as limit:
                meter.current.trip(limit)
            except BaseException as error:  # noqa: BLE001 - reported as CPython reports it
                environment.current.unraisable(
                    error, f"<generator object {self.__qualname__} at {id(self):#x}>"
                )
                return
        self.finished = True
        try:
            body.throw(LimitExceeded("abandoned", "generator abandoned outside its sandbox's run"))
        except BaseException:  # noqa: BLE001, S110 - the body is gone either way
            pass

    # Host machinery (list(gen) in host code, a host sort of a generator): run nested.
    def __iter__(self) -> Generator:
        return self

    def __next__(self) -> Any:
        if getattr(self, "owner", meter.current) is not meter.current:
            raise RuntimeError("sandbox code cannot run outside its own sandbox's run")
        out = self.start()
        if type(out) is Paused:
            out = run_nested(self.drive(out))
        if out is END:
            raise StopIteration
        return out


class Coroutine(Generator):
    """The object an ``async def`` call returns; awaited by ``await`` or run by asyncio."""

    __slots__ = ("awaited",)

    def __repr__(self) -> str:
        return f"<coroutine object {self.__qualname__}>"


class AsyncYield:
    """Wraps a value an async generator yields to its consumer, so it can be told from
    what its ``await`` expressions yield to the event loop."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value


class AsyncGenerator(Generator):
    """The object an ``async def`` with ``yield`` returns."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"<async_generator object {self.__qualname__}>"

    def resume_async(self, value: Any = None, error: BaseException | None = None) -> Any:
        """Run to the next ``yield`` (generator); awaits pass up to the event loop."""
        if self.running:
            raise RuntimeError("anext(): asynchronous generator is already running")
        if self.finished:
            if error is not None:
                raise error
            return END
        body = self.body
        self.running = True
        m = meter.current
        m.nested += 1  # see Generator.resume
        try:
            if m.nested > m.max_nested:
                raise RecursionError("maximum recursion depth exceeded")
            out = body.throw(error) if error is not None else body.send(value)
            while type(out) is not AsyncYield:
                try:
                    answer = yield out
                except BaseException as thrown:
                    out = body.throw(thrown)
                else:
                    out = body.send(answer)
            return out.value
        except StopIteration:
            self.finished = True
            return END
        except (SandboxStopIteration, StopAsyncIteration) as stop:
            self.finished = True
            add_frame(stop, self.code)
            raise RuntimeError(f"async generator raised {type(stop).__name__}") from stop
        except BaseException as error:
            self.finished = True
            add_frame(error, self.code)
            raise
        finally:
            self.running = False
            m.nested -= 1


def thrown_exception(error: Any, rest: tuple) -> BaseException:
    """The exception ``throw(error, *rest)`` raises in a generator, as CPython forms it
    from an instance, or from a class with an optional value and traceback."""
    if len(rest) > 2:
        raise TypeError(f"throw expected at most 3 arguments, got {len(rest) + 1}")
    value = rest[0] if rest else None
    if len(rest) == 2 and rest[1] is not None and type(rest[1]).__name__ != "traceback":
        raise TypeError("throw() third argument must be a traceback object")
    if isinstance(error, BaseException):
        if value is not None:
            raise TypeError("instance exception may not have a separate value")
        return error
    if isinstance(error, type) and issubclass(error, BaseException):
        if isinstance(value, error):
            return value
        if value is None:
            return error()
        return error(*value) if type(value) is tuple else error(value)
    raise TypeError(
        f"exceptions must be classes or instances deriving from BaseException, not {type(error).__name__}"
    )


def make_generator(fn: Any, frame: list) -> Generator:
    code = fn.code
    if code.lazy is not None:
        code.lazy.compile_charged()  # see _LazyBody.compile_charged
    kind = code.kind
    if kind == "generator":
        return Generator(fn, frame)
    if kind == "coroutine":
        return Coroutine(fn, frame)
    return AsyncGenerator(fn, frame)


def yield_from(iterable: Any) -> Any:
    """``yield from iterable`` inside a user generator (generator).

    Values the sub-iterator yields go up to our consumer as user-level yields;
    what the consumer sends or throws goes down to the sub-iterator.
    """
    if _iteration is None:
        _bind_late()
    next_or_end = _iteration.next_or_end
    it = _iteration.get_iter(iterable)
    if type(it) is not Generator and not isinstance(it, Generator):
        return (yield from _delegate(it, next_or_end))
    sent: Any = None
    error: BaseException | None = None
    while True:
        out = yield from it.resume(sent, error)
        if out is END:
            return it.return_value
        exiting = None
        try:
            sent = yield out
            error = None
        except GeneratorExit as exit_:
            exiting = exit_
        except Closing as closing:
            exiting = closing.exit
        except BaseException as thrown:
            sent = None
            error = thrown
        if exiting is not None:
            # Outside the handler, as CPython closes the sub-generator before the
            # GeneratorExit reaches this frame: an error of close() has no context.
            yield from it.close()
            raise exiting


def _delegate(it: Any, next_or_end: Any) -> Any:
    """``yield from`` an iterator that is not a sandbox generator (generator), as CPython
    does it: sent values go to its ``send``, thrown exceptions to its ``throw`` and
    ``close`` where it has them, and the ``StopIteration`` that ends it gives the value."""
    t = type(it)
    if t in _iteration.HOST_ITERATORS or t in _iteration.RUNTIME_ITERATORS:

        def advance() -> Any:
            # A lazy builtin passes on the StopIteration (and value) of what it wraps.
            item = yield from _iteration.next_or_stop(it)
            if item is END:
                raise SandboxStopIteration
            return item

    else:
        next_method = load_attr(it, "__next__")

        def advance() -> Any:
            return (yield from call(next_method, (), None))

    step = advance()
    while True:
        try:
            item = yield from step
        except SandboxStopIteration as stop:
            return stop.value
        exiting = None
        try:
            sent = yield item
        except GeneratorExit:
            close = _optional_method(it, "close")
            if close is not None:
                yield from call(close, (), None)
            raise
        except Closing as closing:
            exiting = closing.exit
        except BaseException as thrown:
            throw = _optional_method(it, "throw")
            if throw is None:
                raise
            step = call(throw, (thrown,), None)
            continue
        if exiting is not None:
            # As for a GeneratorExit above, but raised outside the handler (no context).
            close = _optional_method(it, "close")
            if close is not None:
                yield from call(close, (), None)
            raise exiting
        if sent is None:
            step = advance()
        else:
            step = call(load_attr(it, "send"), (sent,), None)


def _optional_method(obj: Any, name: str) -> Any:
    """``obj.name``, or None where ``obj`` has no such attribute."""
    try:
        return load_attr(obj, name)
    except AttributeError:
        return None


_IGNORED_EXIT = RuntimeError("generator ignored GeneratorExit")


def _raised_by_close(error: BaseException) -> bool:
    """Whether ``error`` was raised by :meth:`Generator.close` (its innermost frame)."""
    tb = error.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    return tb is not None and tb.tb_frame.f_code is Generator.close.__code__


#: CPython 3.13 reworded the error of awaiting what cannot be awaited.
_NOT_AWAITABLE = (
    "'{}' object can't be awaited"
    if sys.version_info >= (3, 13)
    else "object {} can't be used in 'await' expression"
)


def await_(awaitable: Any) -> Any:
    """``await awaitable`` (generator): delegate to the coroutine or ``__await__`` iterator."""
    if isinstance(awaitable, Coroutine):
        return (yield from yield_from(awaitable))
    if type(awaitable) is HostOperation:
        return (yield from await_operation(awaitable))
    t = type(awaitable)
    hook, builtin = lookup(t, "__await__")
    if hook is MISSING:
        raise TypeError(_NOT_AWAITABLE.format(t.__name__))
    if builtin:
        bound = BoundBuiltin(hook, awaitable)
    else:
        bound = bind_descriptor(hook, awaitable, t)
    iterator = yield from call(bound, (), None)
    # CPython checks what ``__await__`` gave before iterating it.
    if isinstance(iterator, Coroutine):
        raise TypeError("__await__() returned a coroutine")
    if _iteration is None:
        _bind_late()
    if not _iteration.is_iterator(iterator):
        raise TypeError(f"__await__() returned non-iterator of type '{visible_type_name(iterator)}'")
    return (yield from yield_from(iterator))


def async_iter(obj: Any) -> Any:
    """``aiter(obj)`` for ``async for``."""
    t = type(obj)
    hook, _ = lookup(t, "__aiter__")
    if hook is MISSING:
        raise TypeError(f"'async for' requires an object with __aiter__ method, got {t.__name__}")
    return call_method_nested(hook, obj, ())


def async_next(it: Any) -> Any:
    """The next item of an async iterator, or END (generator)."""
    if type(it) is AsyncGenerator:
        return (yield from _async_generator_next(it))
    t = type(it)
    hook, _ = lookup(t, "__anext__")
    if hook is MISSING:
        raise TypeError(f"'async for' received an invalid object from __aiter__: {t.__name__}")
    awaitable = yield from call(bind_descriptor(hook, it, t), (), None)
    try:
        return (yield from await_(awaitable))
    except StopAsyncIteration:
        return END


def _async_generator_next(agen: AsyncGenerator) -> Any:
    """Advance an async generator: awaits inside it pass up, its yields come back."""
    out = yield from agen.resume_async(None)
    return out


# ``iteration`` imports this module: its loops run a Generator in place, without a
# call per item.  ``yield from`` needs iteration's protocol in turn, so the module
# is bound at the first ``yield from`` (an import statement there would cost more
# than the rest of the function).  The one import cycle left among the runtime's
# modules; tests/test_architecture.py names it.
_iteration: Any = None


def _bind_late() -> None:
    global _iteration
    from . import iteration

    _iteration = iteration
