"""User generators and coroutines.

A generator's body is a host generator (the compiled closure).  Everything it yields
is either a :class:`~interp.runtime.control.Request` for the driver, which passes
straight up through :meth:`Generator.resume` to whoever drives the program, or a
value from a user-level ``yield``, which ``resume`` returns to its caller.  That is
how one host mechanism serves both the sandbox's generators and its suspension.
"""

from __future__ import annotations

from typing import Any

from . import meter
from .capabilities import HostOperation, await_operation
from .control import Request
from .exceptions import SandboxStopIteration
from .functions import run_nested
from .native import BoundBuiltin

#: Returned by ``resume``/``next_or_end`` when an iterator is exhausted; never a
#: sandbox value, so no exception is needed to end a loop.
END: Any = type("End", (), {"__slots__": (), "__repr__": lambda self: "<end>"})()


class Paused:
    """What :meth:`Generator.start` returns when the body passed up a request."""

    __slots__ = ("request", "meter")

    def __init__(self, request: Any, meter: Any) -> None:
        self.request = request
        self.meter = meter


class Generator:
    """A running (or finished) generator function call."""

    __slots__ = ("body", "frame", "running", "finished", "return_value", "__name__", "__qualname__", "code")

    def __init__(self, fn: Any, frame: list) -> None:
        self.code = fn.code
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
        m.depth += 1
        m.nested += 1  # body.send re-enters the host interpreter (see meter.MAX_NESTED)
        try:
            if m.depth > m.max_depth or m.nested > m.max_nested:
                raise RecursionError("maximum recursion depth exceeded")
            out = self.body.throw(error) if error is not None else self.body.send(value)
        except BaseException as ended:
            self._leave(m)
            return self._ended(ended)
        if isinstance(out, Request):
            return Paused(out, m)
        self._leave(m)
        return out

    def drive(self, paused: Paused) -> Any:
        """The second half of :meth:`resume` (generator): pass requests up and answers
        down until the body yields a value or ends."""
        body = self.body
        out = paused.request
        try:
            while isinstance(out, Request):
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
        if isinstance(ended, SandboxStopIteration):
            # PEP 479: a StopIteration escaping a generator body is a bug in it.
            kind = "coroutine" if type(self) is Coroutine else "generator"
            error = RuntimeError(f"{kind} raised StopIteration")
            error.__cause__ = ended
            raise error from ended
        raise ended

    def send(self, value: Any) -> Any:
        """Sandbox ``gen.send(value)`` (generator)."""
        if value is not None and self.body.gi_frame is not None and self.body.gi_frame.f_lasti < 0:
            raise TypeError("can't send non-None value to a just-started generator")
        out = yield from self.resume(value)
        if out is END:
            raise SandboxStopIteration(*(() if self.return_value is None else (self.return_value,)))
        return out

    def throw(self, error: Any, *rest: Any) -> Any:
        """Sandbox ``gen.throw(exc)`` (generator)."""
        if isinstance(error, type):
            error = error(*rest[:1])
        out = yield from self.resume(None, error)
        if out is END:
            raise SandboxStopIteration(*(() if self.return_value is None else (self.return_value,)))
        return out

    def close(self) -> Any:
        """Sandbox ``gen.close()`` (generator)."""
        if self.finished:
            return None
        if self.body.gi_frame is not None and self.body.gi_frame.f_lasti < 0:
            self.finished = True
            self.body.close()
            return None
        try:
            out = yield from self.resume(None, GeneratorExit())
        except (GeneratorExit, SandboxStopIteration):
            return None
        if out is END:
            return None
        raise RuntimeError("generator ignored GeneratorExit")

    # Host machinery (list(gen) in host code, a host sort of a generator): run nested.
    def __iter__(self) -> Generator:
        return self

    def __next__(self) -> Any:
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
            raise RuntimeError(f"async generator raised {type(stop).__name__}") from stop
        except BaseException:
            self.finished = True
            raise
        finally:
            self.running = False
            m.nested -= 1


def make_generator(fn: Any, frame: list) -> Generator:
    kind = fn.code.kind
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
        # Plain iterators cannot receive sent values; thrown exceptions go to us.
        while True:
            item = yield from next_or_end(it)
            if item is END:
                return None
            yield item
    sent: Any = None
    error: BaseException | None = None
    while True:
        out = yield from it.resume(sent, error)
        if out is END:
            return it.return_value
        try:
            sent = yield out
            error = None
        except GeneratorExit:
            yield from it.close()
            raise
        except BaseException as thrown:
            sent = None
            error = thrown


def await_(awaitable: Any) -> Any:
    """``await awaitable`` (generator): delegate to the coroutine or ``__await__`` iterator."""
    if isinstance(awaitable, Coroutine):
        return (yield from yield_from(awaitable))
    if type(awaitable) is HostOperation:
        return (yield from await_operation(awaitable))
    if _attributes is None:
        _bind_late()
    t = type(awaitable)
    hook, builtin = _attributes.lookup(t, "__await__")
    if hook is _attributes.MISSING:
        raise TypeError(f"object {t.__name__} can't be used in 'await' expression")
    if builtin:
        bound = BoundBuiltin(hook, awaitable)
    else:
        bound = _attributes._get(hook, awaitable, t)
    iterator = yield from _calls.call(bound, (), None)
    return (yield from yield_from(iterator))


def async_iter(obj: Any) -> Any:
    """``aiter(obj)`` for ``async for``."""
    from .attributes import MISSING, call_method_nested, lookup

    t = type(obj)
    hook, _ = lookup(t, "__aiter__")
    if hook is MISSING:
        raise TypeError(f"'async for' requires an object with __aiter__ method, got {t.__name__}")
    return call_method_nested(hook, obj, ())


def async_next(it: Any) -> Any:
    """The next item of an async iterator, or END (generator)."""
    from .attributes import MISSING, _get, lookup
    from .calls import call

    if type(it) is AsyncGenerator:
        return (yield from _async_generator_next(it))
    t = type(it)
    hook, _ = lookup(t, "__anext__")
    if hook is MISSING:
        raise TypeError(f"'async for' received an invalid object from __aiter__: {t.__name__}")
    awaitable = yield from call(_get(hook, it, t), (), None)
    try:
        return (yield from await_(awaitable))
    except StopAsyncIteration:
        return END


def _async_generator_next(agen: AsyncGenerator) -> Any:
    """Advance an async generator: awaits inside it pass up, its yields come back."""
    out = yield from agen.resume_async(None)
    return out


# Modules that import this one, bound at first use: an import statement inside a hot
# function costs more than the rest of the function.
_attributes: Any = None
_calls: Any = None
_iteration: Any = None


def _bind_late() -> None:
    global _attributes, _calls, _iteration
    from . import attributes, calls, iteration

    _attributes, _calls, _iteration = attributes, calls, iteration
