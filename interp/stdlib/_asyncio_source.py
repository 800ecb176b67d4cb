"""The sandbox-side source of ``asyncio`` (run inside the sandbox, see :mod:`.asyncio`).

The structure follows CPython 3.11's event loop, because the order in which
callbacks and task steps run is what programs observe:

- the loop keeps a FIFO of ready handles; ``call_soon`` appends to it, and one
  iteration of the loop runs exactly the handles that were ready when it began;
- timers live in a binary heap ordered by deadline (the same sift algorithm as
  ``heapq``, so that timers with equal deadlines come out in the same order);
  due timers join the ready FIFO at the start of an iteration;
- a future's done-callbacks are scheduled with ``call_soon`` when it settles;
  ``await future`` yields the future itself up to the task driving the coroutine;
- a task step sends ``None`` (or throws an exception) into its coroutine and looks
  at what comes out: a future to wait for, ``None`` for a bare yield (``sleep(0)``),
  or an async host operation, which the loop starts on the host and turns into a
  future that settles when the driver reports its completion.

When nothing is ready the loop asks the driver to wait (``_wait_host``) until the
next timer is due or a host operation settles.  Error reports CPython logs to
stderr (exceptions in callbacks, exceptions never retrieved) are not printed.
"""

SOURCE = r'''
__all__ = [
    "run", "Runner", "sleep", "gather", "shield", "wait", "wait_for", "as_completed",
    "create_task", "ensure_future", "current_task", "all_tasks", "timeout", "timeout_at",
    "Timeout", "TaskGroup", "Task", "Future", "Handle", "TimerHandle", "Queue",
    "LifoQueue", "PriorityQueue", "QueueEmpty", "QueueFull", "Event", "Lock",
    "Semaphore", "BoundedSemaphore", "Condition", "Barrier", "BrokenBarrierError",
    "CancelledError", "TimeoutError", "InvalidStateError", "get_event_loop",
    "get_running_loop", "new_event_loop", "set_event_loop", "iscoroutine",
    "iscoroutinefunction", "isfuture", "FIRST_COMPLETED", "FIRST_EXCEPTION",
    "ALL_COMPLETED", "AbstractEventLoop", "BaseEventLoop", "SelectorEventLoop",
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
            self._loop.call_exception_handler({
                "message": f"Exception in callback {_format_callback(self._callback)}",
                "exception": exc,
                "handle": self,
            })


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
            return (self._when == other._when and self._callback == other._callback
                    and self._args == other._args and self._cancelled == other._cancelled)
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
    return (getattr(type(obj), "_asyncio_future_blocking", None) is not None
            and obj._asyncio_future_blocking is not None)


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
            self._loop.call_exception_handler({
                "message": f"Exception in callback {_format_callback(self.__step)}",
                "exception": exc,
            })

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
                        new_exc = RuntimeError(f"Task {self!r} got Future {result!r} "
                                               "attached to a different loop")
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
                        new_exc = RuntimeError("yield was used instead of yield from "
                                               f"in task {self!r} with {result!r}")
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
        return (f"<{type(self).__name__} running={self.is_running()} "
                f"closed={self.is_closed()} debug={self.get_debug()}>")

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
            loop.call_exception_handler({
                "message": "unhandled exception during asyncio.run() shutdown",
                "exception": task.exception(),
                "task": task,
            })


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
            raise ValueError("The future belongs to a different loop than the one specified as the loop argument")
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
'''

MORE_SOURCE = r'''
# Compiled into the asyncio module's namespace the first time one of its names is used.

class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""
    __module__ = "asyncio.queues"


class QueueFull(Exception):
    """Raised when Queue.put_nowait() is called on a full Queue."""
    __module__ = "asyncio.queues"


class BrokenBarrierError(RuntimeError):
    """Barrier is broken by barrier.abort() call."""
    __module__ = "asyncio.exceptions"


# -- helpers ----------------------------------------------------------------------------

def _short_repr(x, level=6):
    """``reprlib.repr`` with its default limits (used in future reprs)."""
    t = type(x)
    if t is str:
        s = repr(x[:30])
        if len(s) > 30:
            i = 13
            j = 14
            s = repr(x[:i] + x[len(x) - j:])
            s = s[:i] + "..." + s[len(s) - j:]
        return s
    if t is int:
        s = repr(x)
        if len(s) > 40:
            s = s[:18] + "..." + s[len(s) - 19:]
        return s
    if t is list or t is tuple or t is set or t is frozenset:
        n = len(x)
        if t is list:
            left, right, limit = "[", "]", 6
        elif t is tuple:
            left, right, limit = "(", ")", 6
            if n == 1:
                right = ",)"
        elif t is set:
            if not n:
                return "set()"
            left, right, limit = "{", "}", 6
        else:
            if not n:
                return "frozenset()"
            left, right, limit = "frozenset({", "})", 6
        if level <= 0 and n:
            return left + "..." + right
        items = list(x)
        if t is set or t is frozenset:
            try:
                items = sorted(items)
            except Exception:
                pass
        pieces = [_short_repr(item, level - 1) for item in items[:limit]]
        if n > limit:
            pieces.append("...")
        return left + ", ".join(pieces) + right
    if t is dict:
        n = len(x)
        if n == 0:
            return "{}"
        if level <= 0:
            return "{...}"
        keys = list(x)
        try:
            keys = sorted(keys)
        except Exception:
            pass
        pieces = [_short_repr(k, level - 1) + ": " + _short_repr(x[k], level - 1) for k in keys[:4]]
        if n > 4:
            pieces.append("...")
        return "{" + ", ".join(pieces) + "}"
    try:
        s = repr(x)
    except Exception:
        return f"<{type(x).__name__} instance>"
    if len(s) > 30:
        s = s[:13] + "..." + s[len(s) - 14:]
    return s


def _format_callback(callback):
    func = getattr(callback, "__func__", None)
    if func is not None and getattr(func, "__name__", None) == "_Task__wakeup":
        return "Task.task_wakeup()"
    name = getattr(callback, "__qualname__", None) or getattr(callback, "__name__", None)
    if name is None:
        return repr(callback)
    return name + "()"


def _format_callbacks(callbacks):
    size = len(callbacks)
    if size == 1:
        text = _format_callback(callbacks[0])
    elif size == 2:
        text = _format_callback(callbacks[0]) + ", " + _format_callback(callbacks[1])
    else:
        text = _format_callback(callbacks[0]) + f", <{size - 2} more>, " + _format_callback(callbacks[-1])
    return f"cb=[{text}]"


def _format_coroutine(coro):
    name = getattr(coro, "__qualname__", None) or "coroutine"
    where = _coro_location(coro)
    if where is None:
        return f"{name}()"
    filename, line, finished = where
    if finished:
        return f"{name}() done, defined at {filename}:{line}"
    return f"{name}() running at {filename}:{line}"


# The same for PriorityQueue items, compared with ``<``.

def _sift_down(heap, start, pos):
    item = heap[pos]
    while pos > start:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if item < parent:
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


def _sift_up(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_down(heap, start, pos)


def _heappush(heap, item):
    heap.append(item)
    _sift_down(heap, 0, len(heap) - 1)


def _heappop(heap):
    last = heap.pop()
    if heap:
        first = heap[0]
        heap[0] = last
        _sift_up(heap, 0)
        return first
    return last


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner._loop
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


async def _cancel_and_wait(fut, loop):
    waiter = loop.create_future()

    def cb(_fut):
        _release_waiter(waiter)

    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)

    def cb(_fut):
        _release_waiter(waiter)

    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut, loop=loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or _iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f"Invalid return_when value: {return_when}")
    loop = get_running_loop()
    fs = set(fs)
    if any(_iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    return await _wait(fs, timeout, return_when, loop)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or return_when == FIRST_COMPLETED
                or return_when == FIRST_EXCEPTION and (not f.cancelled() and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    if isfuture(fs) or _iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    done = Queue()
    loop = _get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


# -- timeouts ---------------------------------------------------------------------------

class Timeout:
    """An async context manager that cancels the current task at a deadline."""
    __module__ = "asyncio.timeouts"

    def __init__(self, when):
        self._state = "created"
        self._timeout_handler = None
        self._task = None
        self._when = when
        self._cancelling = 0

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state != "active":
            if self._state == "created":
                raise RuntimeError("Timeout has not been entered")
            raise RuntimeError(f"Cannot change state of {self._state} Timeout")
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state == "expiring" or self._state == "expired"

    def __repr__(self):
        info = [""]
        if self._state == "active":
            when = round(self._when, 3) if self._when is not None else None
            info.append(f"when={when}")
        return f"<Timeout [{self._state}]{' '.join(info)}>"

    async def __aenter__(self):
        if self._state != "created":
            raise RuntimeError("Timeout has already been entered")
        task = current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._state = "active"
        self._task = task
        self._cancelling = task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state == "expiring":
            self._state = "expired"
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                raise TimeoutError from exc_val
        elif self._state == "active":
            self._state = "finished"
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = "expiring"
        self._timeout_handler = None


def timeout(delay):
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    return Timeout(when)


# -- task groups ------------------------------------------------------------------------

class TaskGroup:
    """An async context manager that waits for the tasks created in it."""
    __module__ = "asyncio.taskgroups"

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = {}
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        info = [""]
        if self._tasks:
            info.append(f"tasks={len(self._tasks)}")
        if self._errors:
            info.append(f"errors={len(self._errors)}")
        if self._aborting:
            info.append("cancelling")
        elif self._entered:
            info.append("entered")
        return f"<TaskGroup{' '.join(info)}>"

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has been already entered")
        self._entered = True
        if self._loop is None:
            self._loop = get_running_loop()
        self._parent_task = current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(f"TaskGroup {self!r} cannot determine the parent task")
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        propagate_cancellation_error = exc if et is CancelledError else None
        if self._parent_cancel_requested:
            if self._parent_task.uncancel() == 0:
                propagate_cancellation_error = None
        if et is not None:
            if not self._aborting:
                self._abort()
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except CancelledError as ex:
                if not self._aborting:
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error
        if propagate_cancellation_error and not self._errors:
            raise propagate_cancellation_error
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            try:
                me = BaseExceptionGroup("unhandled errors in a TaskGroup", self._errors)
                raise me from None
            finally:
                self._errors = None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")
        if self._exiting and not self._tasks:
            raise RuntimeError(f"TaskGroup {self!r} is finished")
        if self._aborting:
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")
        if _PY311:
            task = self._loop.create_task(coro, context=context)
            if name is not None:
                task.set_name(name)
        else:
            task = self._loop.create_task(coro, name=name, context=context)
        task.add_done_callback(self._on_task_done)
        self._tasks[task] = None
        return task

    def _is_base_error(self, exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for t in list(self._tasks):
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks.pop(task, None)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            self._loop.call_exception_handler({
                "message": f"Task {task!r} has errored out but its parent task {self._parent_task} is already completed",
                "exception": exc,
                "task": task,
            })
            return
        if not self._aborting and not self._parent_cancel_requested:
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()


# -- synchronization primitives ---------------------------------------------------------

class _LoopBoundMixin:
    _loop = None

    def _get_loop(self):
        loop = get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f"{self!r} is bound to a different event loop")
        return loop


class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_ContextManagerMixin, _LoopBoundMixin):
    """Primitive lock: FIFO-fair among waiters."""
    __module__ = "asyncio.locks"

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        extra = "locked" if self._locked else "unlocked"
        if self._waiters:
            extra = f"{extra}, waiters:{len(self._waiters)}"
        return f"<{object.__repr__(self)[1:-1]} [{extra}]>"

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and (self._waiters is None or all(w.cancelled() for w in self._waiters)):
            self._locked = True
            return True
        if self._waiters is None:
            self._waiters = _deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError("Lock is not acquired.")

    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = self._waiters[0]
        if not fut.done():
            fut.set_result(True)


class Event(_LoopBoundMixin):
    """An event other tasks can wait for until it is set."""
    __module__ = "asyncio.locks"

    def __init__(self):
        self._waiters = _deque()
        self._value = False

    def __repr__(self):
        extra = "set" if self._value else "unset"
        if self._waiters:
            extra = f"{extra}, waiters:{len(self._waiters)}"
        return f"<{object.__repr__(self)[1:-1]} [{extra}]>"

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_ContextManagerMixin, _LoopBoundMixin):
    """A condition variable over a Lock."""
    __module__ = "asyncio.locks"

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = _deque()

    def __repr__(self):
        extra = "locked" if self.locked() else "unlocked"
        if self._waiters:
            extra = f"{extra}, waiters:{len(self._waiters)}"
        return f"<{object.__repr__(self)[1:-1]} [{extra}]>"

    async def wait(self):
        if not self.locked():
            raise RuntimeError("cannot wait on un-acquired lock")
        self.release()
        try:
            fut = self._get_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError("cannot notify on un-acquired lock")
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin, _LoopBoundMixin):
    """A counter that acquire() decrements, waiting while it is zero."""
    __module__ = "asyncio.locks"

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = None
        self._value = value

    def __repr__(self):
        extra = "locked" if self.locked() else f"unlocked, value:{self._value}"
        if self._waiters:
            extra = f"{extra}, waiters:{len(self._waiters)}"
        return f"<{object.__repr__(self)[1:-1]} [{extra}]>"

    def locked(self):
        return self._value == 0 or any(not w.cancelled() for w in (self._waiters or ()))

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = _deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""
    __module__ = "asyncio.locks"

    def __init__(self, value=1):
        self._bound_value = value
        Semaphore.__init__(self, value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError("BoundedSemaphore released too many times")
        Semaphore.release(self)


class Barrier(_LoopBoundMixin):
    """Lets a fixed number of tasks wait until all of them have reached it."""
    __module__ = "asyncio.locks"

    def __init__(self, parties):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = Condition()
        self._parties = parties
        self._state = "filling"
        self._count = 0

    def __repr__(self):
        extra = self._state
        if not self.broken:
            extra += f", waiters:{self.n_waiting}/{self.parties}"
        return f"<{object.__repr__(self)[1:-1]} [{extra}]>"

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        async with self._cond:
            await self._block()
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    await self._release()
                else:
                    await self._wait()
                return index
            finally:
                self._count -= 1
                self._exit()

    async def _block(self):
        await self._cond.wait_for(lambda: self._state not in ("draining", "resetting"))
        if self._state == "broken":
            raise BrokenBarrierError("Barrier aborted")

    async def _release(self):
        self._state = "draining"
        self._cond.notify_all()

    async def _wait(self):
        await self._cond.wait_for(lambda: self._state != "filling")
        if self._state in ("broken", "resetting"):
            raise BrokenBarrierError("Abort or reset of barrier")

    def _exit(self):
        if self._count == 0:
            if self._state in ("resetting", "draining"):
                self._state = "filling"
            self._cond.notify_all()

    async def reset(self):
        async with self._cond:
            if self._count > 0:
                if self._state != "resetting":
                    self._state = "resetting"
            else:
                self._state = "filling"
            self._cond.notify_all()

    async def abort(self):
        async with self._cond:
            self._state = "broken"
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == "filling":
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == "broken"


# -- queues -----------------------------------------------------------------------------

class Queue(_LoopBoundMixin):
    """A FIFO queue for producer and consumer tasks."""
    __module__ = "asyncio.queues"

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = _deque()
        self._putters = _deque()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)

    def _init(self, maxsize):
        self._queue = _deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return f"<{type(self).__name__} at {id(self):#x} {self._format()}>"

    def __str__(self):
        return f"<{type(self).__name__} {self._format()}>"

    def _format(self):
        result = f"maxsize={self._maxsize!r}"
        if getattr(self, "_queue", None):
            result += f" _queue={list(self._queue)!r}"
        if self._getters:
            result += f" _getters[{len(self._getters)}]"
        if self._putters:
            result += f" _putters[{len(self._putters)}]"
        if self._unfinished_tasks:
            result += f" tasks={self._unfinished_tasks}"
        return result

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        while self.full():
            putter = self._get_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except:
                putter.cancel()
                try:
                    self._putters.remove(putter)
                except ValueError:
                    pass
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        while self.empty():
            getter = self._get_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except:
                getter.cancel()
                try:
                    self._getters.remove(getter)
                except ValueError:
                    pass
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    """A Queue that gets the smallest item first."""
    __module__ = "asyncio.queues"

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        _heappush(self._queue, item)

    def _get(self):
        return _heappop(self._queue)


class LifoQueue(Queue):
    """A Queue that gets the most recently put item first."""
    __module__ = "asyncio.queues"

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
'''
