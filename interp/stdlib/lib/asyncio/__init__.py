# The sandbox's `asyncio` module. Sandbox source: run inside the sandbox, never imported by the host
# (interp/stdlib/asyncio.py creates the module and passes in the host primitives it uses).
#
# The structure follows CPython 3.11's event loop, because the order in which
# callbacks and task steps run is what programs observe:
#
# - the loop keeps a FIFO of ready handles; ``call_soon`` appends to it, and one
#   iteration of the loop runs exactly the handles that were ready when it began;
# - timers live in a binary heap ordered by deadline (the same sift algorithm as
#   ``heapq``, so that timers with equal deadlines come out in the same order);
#   due timers join the ready FIFO at the start of an iteration;
# - a future's done-callbacks are scheduled with ``call_soon`` when it settles;
#   ``await future`` yields the future itself up to the task driving the coroutine;
# - a task step sends ``None`` (or throws an exception) into its coroutine and looks
#   at what comes out: a future to wait for, ``None`` for a bare yield (``sleep(0)``),
#   or an async host operation, which the loop starts on the host and turns into a
#   future that settles when the driver reports its completion.
#
# When nothing is ready the loop asks the driver to wait (``_wait_host``) until the
# next timer is due or a host operation settles.  Error reports CPython logs to
# stderr (exceptions in callbacks, exceptions never retrieved) are not printed.

__all__ = [
    "run",
    "Runner",
    "sleep",
    "gather",
    "shield",
    "wait",
    "wait_for",
    "as_completed",
    "create_task",
    "ensure_future",
    "current_task",
    "all_tasks",
    "timeout",
    "timeout_at",
    "Timeout",
    "TaskGroup",
    "Task",
    "Future",
    "Handle",
    "TimerHandle",
    "Queue",
    "LifoQueue",
    "PriorityQueue",
    "QueueEmpty",
    "QueueFull",
    "Event",
    "Lock",
    "Semaphore",
    "BoundedSemaphore",
    "Condition",
    "Barrier",
    "BrokenBarrierError",
    "CancelledError",
    "TimeoutError",
    "InvalidStateError",
    "get_event_loop",
    "get_running_loop",
    "new_event_loop",
    "set_event_loop",
    "iscoroutine",
    "iscoroutinefunction",
    "isfuture",
    "FIRST_COMPLETED",
    "FIRST_EXCEPTION",
    "ALL_COMPLETED",
    "AbstractEventLoop",
    "BaseEventLoop",
    "SelectorEventLoop",
]

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"

_PENDING = "PENDING"
_CANCELLED = "CANCELLED"
_FINISHED = "FINISHED"

#: How long the loop waits at most in one go (CPython: one day).
_HOST_POLL_INTERVAL = 0.005
_MAXIMUM_WAIT = 86400.0
#: Timers due within this of now run in this iteration (the monotonic clock's resolution).
_CLOCK_RESOLUTION = 1e-09
#: Compact the timer heap when more than half of more than this many timers are cancelled.
_MIN_SCHEDULED_TIMER_HANDLES = 100


# -- exceptions -------------------------------------------------------------------------


class CancelledError(BaseException):
    """The Future or Task was cancelled."""

    __module__ = "asyncio.exceptions"


TimeoutError = TimeoutError


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""

    __module__ = "asyncio.exceptions"


# -- the timer heap (the sift steps of heapq, comparing deadlines) ------------------------


def _timer_sift_down(heap, start, pos):
    item = heap[pos]
    when = item._when
    while pos > start:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if when < parent._when:
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


def _timer_sift_up(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child]._when < heap[right]._when:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _timer_sift_down(heap, start, pos)


def _timer_push(heap, item):
    heap.append(item)
    _timer_sift_down(heap, 0, len(heap) - 1)


def _timer_pop(heap):
    last = heap.pop()
    if heap:
        first = heap[0]
        heap[0] = last
        _timer_sift_up(heap, 0)
        return first
    return last


def _timer_heapify(heap):
    for i in range(len(heap) // 2 - 1, -1, -1):
        _timer_sift_up(heap, i)


# -- handles ----------------------------------------------------------------------------


class Handle:
    """A callback scheduled by call_soon()."""

    __module__ = "asyncio.events"
    __slots__ = ("_callback", "_args", "_cancelled", "_loop", "_context", "__weakref__")

    def __init__(self, callback, args, loop, context=None):
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._loop = loop
        self._context = context

    def __repr__(self):
        _load_more()
        info = [type(self).__name__]
        if self._cancelled:
            info.append("cancelled")
        if self._callback is not None:
            info.append(_format_callback(self._callback))
        return "<" + " ".join(info) + ">"

    def get_context(self):
        return self._context

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            _load_more()
            self._loop.call_exception_handler(
                {
                    "message": f"Exception in callback {_format_callback(self._callback)}",
                    "exception": exc,
                    "handle": self,
                }
            )


class TimerHandle(Handle):
    """A callback scheduled by call_later() or call_at()."""

    __module__ = "asyncio.events"
    __slots__ = ("_when", "_scheduled")

    def __init__(self, when, callback, args, loop, context=None):
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._loop = loop
        self._context = context
        self._when = when
        self._scheduled = False

    def __repr__(self):
        _load_more()
        info = [type(self).__name__]
        if self._cancelled:
            info.append("cancelled")
        info.append(f"when={self._when}")
        if self._callback is not None:
            info.append(_format_callback(self._callback))
        return "<" + " ".join(info) + ">"

    def __hash__(self):
        return hash(self._when)

    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when or self.__eq__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when or self.__eq__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (
                self._when == other._when
                and self._callback == other._callback
                and self._args == other._args
                and self._cancelled == other._cancelled
            )
        return NotImplemented

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None
            if self._scheduled:
                self._loop._timer_cancelled_count += 1

    def when(self):
        return self._when


# -- futures ----------------------------------------------------------------------------


class Future:
    """A value that will be set later; awaiting it suspends the task until then."""

    __module__ = "_asyncio"

    _state = _PENDING
    _result = None
    _exception = None
    _loop = None
    _source_traceback = None
    _cancel_message = None
    _cancelled_exc = None
    _asyncio_future_blocking = False
    _log_traceback = False

    def __init__(self, *, loop=None):
        if loop is None:
            loop = _get_event_loop()
        self._loop = loop
        self._callbacks = []

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)

    def _repr_info(self):
        _load_more()
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append(f"exception={self._exception!r}")
            else:
                info.append(f"result={_short_repr(self._result)}")
        if self._callbacks:
            info.append(_format_callbacks(self._callbacks))
        return info

    def __repr__(self):
        return f"<{type(self).__name__} {' '.join(self._repr_info())}>"

    def get_loop(self):
        loop = self._loop
        if loop is None:
            raise RuntimeError("Future object is not initialized.")
        return loop

    def _make_cancelled_error(self):
        exc = self._cancelled_exc
        if exc is not None:
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        if not callbacks:
            return
        self._callbacks = []
        loop = self._loop
        ready = loop._ready
        for callback in callbacks:
            ready.append(Handle(callback, (self,), loop, None))

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        state = self._state
        if state == _FINISHED:
            self._log_traceback = False
            if self._exception is not None:
                raise self._exception
            return self._result
        if state == _CANCELLED:
            raise self._make_cancelled_error()
        raise InvalidStateError("Result is not set.")

    def exception(self):
        state = self._state
        if state == _FINISHED:
            self._log_traceback = False
            return self._exception
        if state == _CANCELLED:
            raise self._make_cancelled_error()
        raise InvalidStateError("Exception is not set.")

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        callbacks = self._callbacks
        kept = [f for f in callbacks if f != fn]
        removed = len(callbacks) - len(kept)
        if removed:
            self._callbacks = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError("invalid state")
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError("invalid state")
        if isinstance(exception, type):
            exception = exception()
            if not isinstance(exception, BaseException):
                raise TypeError("invalid exception object")
        elif not isinstance(exception, BaseException):
            raise TypeError("invalid exception object")
        if type(exception) is StopIteration:
            message = "StopIteration interacts badly with generators and cannot be raised into a Future"
            if _PY311:
                raise TypeError(message)
            error = RuntimeError(message)
            error.__cause__ = exception
            error.__context__ = exception
            exception = error
        self._exception = exception
        self._state = _FINISHED
        self._log_traceback = True
        self._schedule_callbacks()

    def __await__(self):
        if self._state == _PENDING:
            self._asyncio_future_blocking = True
            yield self
        if self._state == _PENDING:
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


class _HostFuture(Future):
    """The future of an async host operation a task is waiting for."""

    __module__ = "_asyncio"

    def __init__(self, loop, handle):
        self._loop = loop
        self._callbacks = []
        self._handle = handle

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        handle = self._handle
        if self._loop._host_futures.pop(handle, None) is not None:
            _cancel_host(handle)
        return Future.cancel(self, msg)


def isfuture(obj):
    return (
        getattr(type(obj), "_asyncio_future_blocking", None) is not None
        and obj._asyncio_future_blocking is not None
    )


def _set_result_unless_cancelled(fut, result):
    if fut._state == _PENDING:
        fut.set_result(result)


def _release_waiter(waiter, *args):
    if waiter._state == _PENDING:
        waiter.set_result(None)


# -- tasks ------------------------------------------------------------------------------

#: Tasks not done yet, in creation order.
_all_tasks = {}
_task_counter = 0


async def _await_host(operation):
    return await operation


def _check_coroutine(coro):
    if _is_host_operation(coro):
        return _await_host(coro)
    return coro


class Task(Future):
    """A coroutine wrapped in a Future and run by the event loop."""

    __module__ = "_asyncio"

    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None):
        Future.__init__(self, loop=loop)
        if not _iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        if _is_host_operation(coro):
            coro = _await_host(coro)
        if name is None:
            global _task_counter
            _task_counter += 1
            self._name = f"Task-{_task_counter}"
        else:
            self._name = str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._context = context
        self._loop._ready.append(self)
        _all_tasks[self] = None

    # A task stands in the ready queue for its own next step (as CPython's handle of
    # ``task.__step`` would, without a handle allocated per step).
    _cancelled = False

    def _run(self):
        try:
            self.__step(None, None)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            _load_more()
            self._loop.call_exception_handler(
                {
                    "message": f"Exception in callback {_format_callback(self.__step)}",
                    "exception": exc,
                }
            )

    def _repr_info(self):
        info = Future._repr_info(self)
        if self._must_cancel:
            info[0] = "cancelling"
        info.insert(1, f"name={self._name!r}")
        info.insert(2, f"coro=<{_format_coroutine(self._coro)}>")
        if self._fut_waiter is not None:
            info.insert(3, f"wait_for={self._fut_waiter!r}")
        return info

    def __repr__(self):
        return f"<{type(self).__name__} {' '.join(self._repr_info())}>"

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError("Task does not support set_result operation")

    def set_exception(self, exception):
        raise RuntimeError("Task does not support set_exception operation")

    def get_stack(self, *, limit=None):
        return []

    def cancel(self, msg=None):
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._num_cancels_requested += 1
        waiter = self._fut_waiter
        if waiter is not None:
            if waiter.cancel(msg=msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def __step(self, exc=None, value=None):
        if self._state != _PENDING:
            raise InvalidStateError(f"_step(): already done: {self!r}, {exc!r}")
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        coro = self._coro
        self._fut_waiter = None
        loop = self._loop
        loop._current_task = self
        try:
            if exc is None:
                result = coro.send(value)
            else:
                result = coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, stop.value)
            _all_tasks.pop(self, None)
        except CancelledError as cancelled:
            self._cancelled_exc = cancelled
            Future.cancel(self)
            _all_tasks.pop(self, None)
        except (KeyboardInterrupt, SystemExit) as error:
            Future.set_exception(self, error)
            _all_tasks.pop(self, None)
            raise
        except BaseException as error:
            Future.set_exception(self, error)
            _all_tasks.pop(self, None)
        else:
            if result is None:
                # A bare yield (sleep(0)): run again in the next iteration.
                loop._ready.append(self)
            else:
                blocking = getattr(result, "_asyncio_future_blocking", None)
                if blocking is not None:
                    if result._loop is not loop:
                        new_exc = RuntimeError(
                            f"Task {self!r} got Future {result!r} attached to a different loop"
                        )
                        loop.call_soon(self.__step, new_exc)
                    elif blocking:
                        if result is self:
                            new_exc = RuntimeError(f"Task cannot await on itself: {self!r}")
                            loop.call_soon(self.__step, new_exc)
                        else:
                            result._asyncio_future_blocking = False
                            result.add_done_callback(self.__wakeup)
                            self._fut_waiter = result
                            if self._must_cancel:
                                if result.cancel(msg=self._cancel_message):
                                    self._must_cancel = False
                    else:
                        new_exc = RuntimeError(
                            f"yield was used instead of yield from in task {self!r} with {result!r}"
                        )
                        loop.call_soon(self.__step, new_exc)
                elif _is_host_operation(result):
                    waiter = loop._start_host_operation(result)
                    waiter._callbacks.append(self.__host_wakeup)
                    self._fut_waiter = waiter
                    if self._must_cancel:
                        if waiter.cancel(msg=self._cancel_message):
                            self._must_cancel = False
                else:
                    new_exc = RuntimeError(f"Task got bad yield: {result!r}")
                    loop.call_soon(self.__step, new_exc)
        finally:
            loop._current_task = None

    def __wakeup(self, future):
        if future._state == _FINISHED and future._exception is None:
            self.__step(None, None)
            return
        error = None
        try:
            future.result()
        except BaseException as exc:
            error = exc
        self.__step(error, None)

    def __host_wakeup(self, future):
        if future._state == _FINISHED and future._exception is None:
            self.__step(None, future._result)
            return
        error = None
        try:
            future.result()
        except BaseException as exc:
            error = exc
        self.__step(error, None)


def _format_task_for_error(task):
    return repr(task)


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return loop._current_task


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {t for t in list(_all_tasks) if t._loop is loop and t._state == _PENDING}


def iscoroutine(obj):
    return _iscoroutine(obj)


def iscoroutinefunction(func):
    return _iscoroutinefunction(func) or getattr(func, "_is_coroutine", None) is _is_coroutine


_is_coroutine = object()


# -- the event loop ---------------------------------------------------------------------

_running_loop = None
_policy_loop = None
_set_called = False


class AbstractEventLoop:
    """Abstract event loop."""

    __module__ = "asyncio.events"


class BaseEventLoop(AbstractEventLoop):
    __module__ = "asyncio.base_events"

    def __init__(self):
        self._ready = _deque()
        self._scheduled = []
        self._timer_cancelled_count = 0
        self._stopping = False
        self._closed = False
        self._running = False
        self._current_task = None
        self._host_futures = {}
        self._last_host_poll = 0.0
        self._task_factory = None
        self._exception_handler = None
        self._debug = False
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False

    def __repr__(self):
        return (
            f"<{type(self).__name__} running={self.is_running()} "
            f"closed={self.is_closed()} debug={self.get_debug()}>"
        )

    # -- state
    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def _check_closed(self):
        if self._closed:
            raise RuntimeError("Event loop is closed")

    def _check_running(self):
        if self._running:
            raise RuntimeError("This event loop is already running")
        if _running_loop is not None:
            raise RuntimeError("Cannot run the event loop while another loop is running")

    def close(self):
        if self._running:
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._timer_cancelled_count = 0
        for handle in list(self._host_futures):
            _cancel_host(handle)
        self._host_futures.clear()

    def time(self):
        return _monotonic()

    # -- scheduling
    def call_soon(self, callback, *args, context=None):
        if self._closed:
            raise RuntimeError("Event loop is closed")
        handle = Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    call_soon_threadsafe = call_soon

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError("delay must not be None")
        return self.call_at(_monotonic() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError("when cannot be None")
        if self._closed:
            raise RuntimeError("Event loop is closed")
        timer = TimerHandle(when, callback, args, self, context)
        _timer_push(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        if self._closed:
            raise RuntimeError("Event loop is closed")
        if self._task_factory is None:
            task = Task(coro, loop=self, name=name, context=context)
        else:
            if context is None:
                task = self._task_factory(self, coro)
            else:
                task = self._task_factory(self, coro, context=context)
            if name is not None:
                task.set_name(name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError("task factory must be a callable or None")
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # -- errors
    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f"A callable object or None is expected, got {handler!r}")
        self._exception_handler = handler

    def default_exception_handler(self, context):
        # CPython logs the report to stderr; the sandbox drops it.
        pass

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
            return
        try:
            self._exception_handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException:
            pass

    # -- host operations
    def _start_host_operation(self, operation):
        handle = _start_host(operation)
        future = _HostFuture(self, handle)
        self._host_futures[handle] = future
        return future

    def _settle_host(self, completions):
        futures = self._host_futures
        for handle, ok, value in completions:
            future = futures.pop(handle, None)
            if future is None or future._state != _PENDING:
                continue
            if ok:
                future._result = value
            else:
                future._exception = value
            future._state = _FINISHED
            future._schedule_callbacks()

    # -- running
    def _run_once(self):
        scheduled = self._scheduled
        count = len(scheduled)
        if count > _MIN_SCHEDULED_TIMER_HANDLES and self._timer_cancelled_count / count > 0.5:
            kept = []
            for timer in scheduled:
                if timer._cancelled:
                    timer._scheduled = False
                else:
                    kept.append(timer)
            _timer_heapify(kept)
            self._scheduled = scheduled = kept
            self._timer_cancelled_count = 0
        else:
            while scheduled and scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                timer = _timer_pop(scheduled)
                timer._scheduled = False
        ready = self._ready
        if not ready and not self._stopping:
            if scheduled:
                timeout = scheduled[0]._when - _monotonic()
                if timeout <= 0:
                    timeout = 0
                elif timeout > _MAXIMUM_WAIT:
                    timeout = _MAXIMUM_WAIT
                else:
                    # CPython's selector (epoll) waits whole milliseconds, rounded up,
                    # so timers due within that millisecond run in the same iteration.
                    ms = int(timeout * 1e3)
                    if ms < timeout * 1e3:
                        ms += 1
                    timeout = ms * 1e-3
            else:
                timeout = None
            if timeout is None or timeout > 0 or self._host_futures:
                completions = _wait_host(timeout)
                self._last_host_poll = _monotonic()
                if completions:
                    self._settle_host(completions)
        elif self._host_futures and _monotonic() - self._last_host_poll >= _HOST_POLL_INTERVAL:
            # Busy tasks (a loop of sleep(0)) must still see host operations settle, as
            # CPython's loop polls its selector on every iteration; polling costs a
            # round trip to the driver, so it is done every few milliseconds only.
            completions = _wait_host(0)
            self._last_host_poll = _monotonic()
            if completions:
                self._settle_host(completions)
        if scheduled:
            end_time = _monotonic() + _CLOCK_RESOLUTION
            while scheduled:
                timer = scheduled[0]
                if timer._when >= end_time:
                    break
                timer = _timer_pop(scheduled)
                timer._scheduled = False
                ready.append(timer)
        for _ in range(len(ready)):
            handle = ready.popleft()
            if not handle._cancelled:
                handle._run()

    def run_forever(self):
        self._check_closed()
        self._check_running()
        global _running_loop
        self._running = True
        _running_loop = self
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _running_loop = None

    def run_until_complete(self, future):
        self._check_closed()
        self._check_running()
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return future.result()

    def stop(self):
        self._stopping = True

    async def shutdown_asyncgens(self):
        self._asyncgens_shutdown_called = True

    async def shutdown_default_executor(self):
        self._executor_shutdown_called = True


class _UnixSelectorEventLoop(BaseEventLoop):
    __module__ = "asyncio.unix_events"


SelectorEventLoop = _UnixSelectorEventLoop


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    fut._loop.stop()


def get_running_loop():
    loop = _running_loop
    if loop is None:
        raise RuntimeError("no running event loop")
    return loop


def _get_running_loop():
    return _running_loop


def new_event_loop():
    return _UnixSelectorEventLoop()


def set_event_loop(loop):
    global _policy_loop, _set_called
    _set_called = True
    if loop is not None and not isinstance(loop, AbstractEventLoop):
        raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
    _policy_loop = loop


def get_event_loop():
    loop = _running_loop
    if loop is not None:
        return loop
    if _policy_loop is None and not _set_called and _IMPLICIT_LOOP:
        set_event_loop(new_event_loop())
    if _policy_loop is None:
        raise RuntimeError("There is no current event loop in thread 'MainThread'.")
    return _policy_loop


_get_event_loop = get_event_loop


# -- running a program ------------------------------------------------------------------


class Runner:
    """A context manager that runs coroutines on one event loop (asyncio.run's engine)."""

    __module__ = "asyncio.runners"

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = "created"
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._set_event_loop = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        if self._state != "initialized":
            return
        loop = self._loop
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            if self._set_event_loop:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = "closed"

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        if not _iscoroutine(coro):
            raise ValueError(f"a coroutine was expected, got {coro!r}")
        if _running_loop is not None:
            raise RuntimeError("Runner.run() cannot be called from a running event loop")
        self._lazy_init()
        task = self._loop.create_task(coro, context=context)
        return self._loop.run_until_complete(task)

    def _lazy_init(self):
        if self._state == "closed":
            raise RuntimeError("Runner is closed")
        if self._state == "initialized":
            return
        if self._loop_factory is None:
            self._loop = new_event_loop()
            if not self._set_event_loop:
                set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._state = "initialized"


def run(main, *, debug=None):
    if _running_loop is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    with Runner(debug=debug) as runner:
        return runner.run(main)


def _cancel_all_tasks(loop):
    to_cancel = [t for t in list(_all_tasks) if t._loop is loop and t._state == _PENDING]
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler(
                {
                    "message": "unhandled exception during asyncio.run() shutdown",
                    "exception": task.exception(),
                    "task": task,
                }
            )


# -- coroutines and tasks ---------------------------------------------------------------


async def sleep(delay, result=None):
    if delay <= 0:
        await _bare_yield()
        return result
    loop = get_running_loop()
    future = Future(loop=loop)
    handle = loop.call_at(_monotonic() + delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        handle.cancel()


def create_task(coro, *, name=None, context=None):
    loop = get_running_loop()
    if _PY311:
        task = loop.create_task(coro, context=context)
        if name is not None:
            task.set_name(name)
        return task
    return loop.create_task(coro, name=name, context=context)


def ensure_future(coro_or_future, *, loop=None):
    obj = coro_or_future
    if isfuture(obj):
        if loop is not None and loop is not obj._loop:
            raise ValueError(
                "The future belongs to a different loop than the one specified as the loop argument"
            )
        return obj
    wrapped = False
    if not _iscoroutine(obj):
        if hasattr(type(obj), "__await__"):
            obj = _wrap_awaitable(obj)
            wrapped = True
        else:
            raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")
    if loop is None:
        loop = _get_event_loop()
    try:
        return loop.create_task(obj)
    except RuntimeError:
        if not wrapped and not _is_host_operation(obj):
            obj.close()
        raise


async def _wrap_awaitable(awaitable):
    return await awaitable


class _GatheringFuture(Future):
    __module__ = "_asyncio"

    def __init__(self, children, *, loop):
        Future.__init__(self, loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        loop = _get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1
        if outer is None or outer._state != _PENDING:
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if nfinished == nfuts:
            results = []
            for child in children:
                if child.cancelled():
                    res = CancelledError("" if child._cancel_message is None else child._cancel_message)
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    arg_to_fut = {}
    children = []
    nfuts = 0
    nfinished = 0
    loop = None
    outer = None
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut._loop
            if fut is not arg:
                fut._log_destroy_pending = False
            nfuts += 1
            arg_to_fut[arg] = fut
            fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[arg]
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    return outer


# -- the rest, compiled on first use ------------------------------------------------------


def __getattr__(name):
    if name in _MORE_NAMES:
        return _load_more(name)
    raise AttributeError(f"module 'asyncio' has no attribute '{name}'")
