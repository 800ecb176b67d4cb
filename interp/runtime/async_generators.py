"""The async generator protocol (``__aiter__``, ``__anext__``, ``asend``, ``athrow``,
``aclose``) for the runtime's :class:`~interp.runtime.generators.AsyncGenerator`.

The runtime drives ``async for`` over an async generator directly; these methods are
what ``async for`` over any other async generator use, and what programs call by
hand (``await agen.__anext__()``, ``await agen.aclose()``, ``anext(agen)``).

Each method returns an awaitable step object.  Awaiting it runs the generator to
its next ``yield`` through :meth:`AsyncGenerator.resume_async`: what the generator
awaits meanwhile (futures, ``sleep(0)``) passes up to the event loop as it would
from a coroutine, requests pass up to the driver, and the value yielded becomes
the value of the ``await``.  The step subclasses the runtime's Generator only so
that ``await`` delegates to it with send/throw (see ``generators.yield_from``).
"""

from __future__ import annotations

from typing import Any

from ..runtime.control import Request
from ..runtime.generators import END, AsyncGenerator, Generator
from ..runtime.typetable import data, method, register_type, table

_NEXT = 0
_THROW = 1
_CLOSE = 2


class AsyncGenStep(Generator):
    """``agen.__anext__()`` / ``asend(v)`` / ``athrow(e)`` / ``aclose()``: awaited once."""

    __slots__ = ("agen", "mode", "arg", "inner")

    def __init__(self, agen: AsyncGenerator, mode: int, arg: Any) -> None:
        self.agen = agen
        self.mode = mode
        self.arg = arg
        self.inner: Any = None
        self.running = False
        self.finished = False
        self.return_value = None
        self.__name__ = agen.__name__
        self.__qualname__ = agen.__qualname__

    def __repr__(self) -> str:
        kind = "async_generator_athrow" if self.mode else "async_generator_asend"
        return f"<{kind} object>"

    def _first(self) -> Any:
        agen = self.agen
        mode = self.mode
        if mode == _NEXT:
            return agen.resume_async(self.arg)
        if mode == _CLOSE and not agen.finished and _not_started(agen):
            agen.finished = True
            agen.body.close()
            return None
        error = GeneratorExit() if mode == _CLOSE else self.arg
        if agen.finished:
            if mode == _CLOSE:
                return None
            raise error
        return agen.resume_async(None, error)

    def resume(self, value: Any = None, error: BaseException | None = None) -> Any:
        """Run to what the generator awaits (returned) or yields (END, ``return_value``)."""
        if self.finished:
            raise RuntimeError("cannot reuse already awaited __anext__()/asend()")
        try:
            inner = self.inner
            if inner is None:
                inner = self.inner = self._first()
                if inner is None:
                    return self._done(None)
                out = inner.throw(error) if error is not None else inner.send(None)
            else:
                out = inner.throw(error) if error is not None else inner.send(value)
            while isinstance(out, Request):
                try:
                    answer = yield out
                except BaseException as thrown:
                    out = inner.throw(thrown)
                else:
                    out = inner.send(answer)
            return out
        except StopIteration as stop:
            item = stop.value
            if self.mode == _CLOSE:
                if item is END:
                    return self._done(None)
                self.finished = True
                raise RuntimeError("async generator ignored GeneratorExit") from None
            if item is END:
                self.finished = True
                raise StopAsyncIteration from None
            return self._done(item)
        except GeneratorExit:
            if self.mode == _CLOSE:
                return self._done(None)
            self.finished = True
            raise
        except StopAsyncIteration:
            self.finished = True
            if self.mode == _CLOSE:
                return self._done(None)
            raise
        except BaseException:
            self.finished = True
            raise

    def _done(self, value: Any) -> Any:
        self.finished = True
        self.return_value = value
        return END

    def close(self) -> Any:
        self.finished = True
        if self.inner is not None:
            self.inner.close()
        return None
        yield  # pragma: no cover

    def __iter__(self) -> AsyncGenStep:
        return self


def _not_started(agen: AsyncGenerator) -> bool:
    frame = agen.body.gi_frame
    return frame is not None and frame.f_lasti < 0


def register_methods() -> None:
    """Add the protocol to the AsyncGenerator table (unless the runtime has its own)."""
    register_type(AsyncGenStep, name="async_generator_asend")
    if "__anext__" in table(AsyncGenerator):
        return  # the runtime has its own
    method(AsyncGenerator, "__aiter__")(lambda g: g)
    method(AsyncGenerator, "__anext__")(lambda g: AsyncGenStep(g, _NEXT, None))
    method(AsyncGenerator, "asend")(lambda g, value: AsyncGenStep(g, _NEXT, value))

    @method(AsyncGenerator, "athrow")
    def athrow(g: AsyncGenerator, error: Any, *rest: Any) -> AsyncGenStep:
        if isinstance(error, type) and issubclass(error, BaseException):
            error = error(*rest[:1])
        if not isinstance(error, BaseException):
            raise TypeError(
                "exceptions must be classes or instances deriving from BaseException, not "
                f"{type(error).__name__}"
            )
        return AsyncGenStep(g, _THROW, error)

    method(AsyncGenerator, "aclose")(lambda g: AsyncGenStep(g, _CLOSE, None))
    data(AsyncGenerator, "ag_await")(lambda g: None)

    table(AsyncGenStep)
    method(AsyncGenStep, "__await__")(lambda s: s)
    method(AsyncGenStep, "__iter__")(lambda s: s)
