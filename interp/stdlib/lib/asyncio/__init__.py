# The sandbox's `asyncio`: sandbox source, compiled and run inside each sandbox (never imported
# by the host). interp/stdlib/asyncio.py builds the module and hands it the host primitives
# named with a leading underscore below (_wait_host, _start_host, _monotonic, _deque, ...).
# Queues, locks, timeouts, shield, wait and friends live in _more.py, compiled into this same
# namespace the first time one of their names is asked for (module __getattr__ at the end).
#
# What programs can observe is the order in which callbacks and coroutine steps run, so the
# scheduling model is CPython's, designed here from its documented behaviour:
#
#   * one pass of the loop ("tick") first moves due timers into the ready queue, then runs
#     exactly as many ready entries as were queued when the pass started; anything they
#     schedule waits for the next pass;
#   * a future that settles queues its done-callbacks (call_soon order);
#   * a task is its own ready-queue entry: queuing "run the next step of this task" costs no
#     allocation. A step resumes the coroutine and reads what it yielded: a future (wait for
#     it), None (a bare yield: go again next pass) or an async host operation (start it on
#     the host, wait for the future that its completion settles);
#   * timers sit in a binary heap with heapq's exact sift rules, so timers due at the same
#     moment leave it in the same order as under CPython.
#
# With nothing ready, the loop hands control to the driver (_wait_host) until the earliest
# timer or a host completion. Reports CPython would log to stderr (errors in callbacks, never
# retrieved exceptions) are dropped. Frames of this file never show in tracebacks (the
# module asks interp.runtime.tracebacks to hide them): CPython's tasks are C code.

__all__ = """
    run Runner sleep gather shield wait wait_for as_completed create_task ensure_future
    current_task all_tasks timeout timeout_at Timeout TaskGroup Task Future Handle
    TimerHandle Queue LifoQueue PriorityQueue QueueEmpty QueueFull Event Lock Semaphore
    BoundedSemaphore Condition Barrier BrokenBarrierError CancelledError TimeoutError
    InvalidStateError get_event_loop get_running_loop new_event_loop set_event_loop
    iscoroutine iscoroutinefunction isfuture FIRST_COMPLETED FIRST_EXCEPTION ALL_COMPLETED
    AbstractEventLoop BaseEventLoop SelectorEventLoop
""".split()
if _PY314:
    __all__.append("QueueShutDown")

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"

# A future's three states (their lower-case forms show in reprs).
_STATE_PENDING = "PENDING"
_STATE_CANCELLED = "CANCELLED"
_STATE_FINISHED = "FINISHED"

# Longest single wait handed to the driver, in seconds (CPython caps its selector at a day).
_LONGEST_WAIT = 86400.0
# A timer due within this many seconds of "now" counts as due (the clock's granularity).
_DUE_SLACK = 1e-09
# While tasks keep the loop busy, look for finished host operations this often (seconds).
_HOST_POLL_EVERY = 0.005
# The timer heap is rebuilt without its cancelled timers once it holds more than this many
# and more than half of them are cancelled.
_HEAP_REBUILD_SIZE = 100


class CancelledError(BaseException):
    """The Future or Task was cancelled."""

    __module__ = "asyncio.exceptions"


TimeoutError = TimeoutError  # asyncio.TimeoutError is the builtin since 3.11


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""

    __module__ = "asyncio.exceptions"


# Exceptions that must end the whole run, even from inside a callback or a task.
_FATAL = (SystemExit, KeyboardInterrupt)

# -- reprs --------------------------------------------------------------------------------
# Small stand-ins for the reprlib limits and callback descriptions CPython's reprs use.


def _brief(value, depth=6):
    """repr(value), shortened with reprlib's default limits."""
    kind = type(value)
    if kind is str:
        text = repr(value[:30])
        if len(text) > 30:
            text = repr(value[:13] + value[-14:])
            text = text[:13] + "..." + text[-14:]
        return text
    if kind is int:
        text = repr(value)
        return text if len(text) <= 40 else text[:18] + "..." + text[-19:]
    shapes = {list: ("[", "]"), tuple: ("(", ")"), set: ("{", "}"), frozenset: ("frozenset({", "})")}
    if kind in shapes:
        if not value and kind in (set, frozenset):
            return kind.__name__ + "()"
        opening, closing = shapes[kind]
        if kind is tuple and len(value) == 1:
            closing = ",)"
        if depth <= 0 and value:
            return opening + "..." + closing
        items = list(value)
        if kind in (set, frozenset):
            try:
                items.sort()
            except Exception:
                pass
        parts = [_brief(item, depth - 1) for item in items[:6]]
        if len(items) > 6:
            parts.append("...")
        return opening + ", ".join(parts) + closing
    if kind is dict:
        if not value:
            return "{}"
        if depth <= 0:
            return "{...}"
        keys = list(value)
        try:
            keys.sort()
        except Exception:
            pass
        parts = [f"{_brief(k, depth - 1)}: {_brief(value[k], depth - 1)}" for k in keys[:4]]
        if len(keys) > 4:
            parts.append("...")
        return "{" + ", ".join(parts) + "}"
    try:
        text = repr(value)
    except Exception:
        return f"<{kind.__name__} instance>"
    return text if len(text) <= 30 else text[:13] + "..." + text[-14:]


def _callback_text(callback, args=()):
    """How a callback shows inside a handle's or a future's repr: ``name(args)``."""
    target = getattr(callback, "__func__", None)
    if getattr(target, "__qualname__", None) in ("Task._wake", "Task._wake_with_value"):
        return "Task.task_wakeup()"
    name = getattr(callback, "__qualname__", None) or getattr(callback, "__name__", None)
    if name is None:
        return repr(callback)
    return name + "(" + ", ".join([_brief(arg) for arg in args]) + ")"


def _callbacks_text(callbacks):
    shown = [_callback_text(fn) for fn in callbacks]
    if len(shown) > 2:
        shown = [shown[0], f"<{len(shown) - 2} more>", shown[-1]]
    return "cb=[" + ", ".join(shown) + "]"


def _coroutine_text(coro):
    name = getattr(coro, "__qualname__", None) or "coroutine"
    where = _coro_location(coro)
    if where is None:
        return name + "()"
    filename, line, finished = where
    return f"{name}() {'done, defined' if finished else 'running'} at {filename}:{line}"


# Messages, exactly as CPython words them.
_MSG_UNINITIALIZED = "Future object is not initialized."
_MSG_NOT_AWAITED = "await wasn't used with future"
_MSG_NOT_COROUTINE = "a coroutine was expected, got {!r}"
_MSG_CLOSE_RUNNING = "Cannot close a running event loop"
_MSG_WHEN_NONE = "when cannot be None"
_MSG_LOOP_CLOSED = "Event loop is closed"
_MSG_RUNNER_CLOSED = "Runner is closed"

# -- scheduled callbacks -------------------------------------------------------------------


class Handle:
    """A callback scheduled by call_soon(); cancel() stops it from running."""

    __module__ = "asyncio.events"
    __slots__ = ("_callback", "_args", "_cancelled", "_loop", "_context", "__weakref__")

    def __init__(self, fn, args, loop, context=None):
        self._callback, self._args, self._loop = fn, args, loop
        self._context = context
        self._cancelled = False

    def _describe(self):
        words = [type(self).__name__]
        if self._cancelled:
            words.append("cancelled")
        return words

    def __repr__(self):
        words = self._describe()
        fn = self._callback
        if fn is not None:
            words.append(_callback_text(fn, self._args))
        return "<" + " ".join(words) + ">"

    def get_context(self):
        return self._context

    def cancelled(self):
        return self._cancelled

    def cancel(self):
        if self._cancelled:
            return
        self._cancelled = True
        self._callback = self._args = None

    def _run(self):
        try:
            self._callback(*self._args)
        except _FATAL:
            raise
        except BaseException as problem:
            report = {"message": "Exception in callback " + _callback_text(self._callback, self._args)}
            report["exception"] = problem
            report["handle"] = self
            self._loop.call_exception_handler(report)


class TimerHandle(Handle):
    """A callback scheduled for a point in time by call_later() or call_at()."""

    __module__ = "asyncio.events"
    __slots__ = ("_when", "_scheduled")

    def __init__(self, when, fn, args, loop, context=None):
        self._callback, self._args, self._loop = fn, args, loop
        self._context = context
        self._cancelled = False
        self._when = when
        self._scheduled = False

    def _describe(self):
        return Handle._describe(self) + [f"when={self._when}"]

    def when(self):
        return self._when

    def cancel(self):
        if not self._cancelled and self._scheduled:
            self._loop._cancelled_timers += 1
        Handle.cancel(self)

    # Timers order by due time; equal only when everything about them is.
    def __hash__(self):
        return hash(self._when)

    def __eq__(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        mine = (self._when, self._callback, self._args, self._cancelled)
        return mine == (other._when, other._callback, other._args, other._cancelled)

    def __lt__(self, other):
        return self._when < other._when if isinstance(other, TimerHandle) else NotImplemented

    def __gt__(self, other):
        return self._when > other._when if isinstance(other, TimerHandle) else NotImplemented

    def __le__(self, other):
        return self < other or self == other if isinstance(other, TimerHandle) else NotImplemented

    def __ge__(self, other):
        return self > other or self == other if isinstance(other, TimerHandle) else NotImplemented


# The heap of the timers, and of PriorityQueue's items (_more.py): heapq's moves and its
# ``<`` comparisons in its order, which decide the order of equal items (timers due at the
# same time, queue items whose __lt__ a program can watch). Timers compare by ._when.


def _heap_bubble_up(heap, floor, at):
    """Move heap[at] towards the root (not above index floor) while it is smaller."""
    item = heap[at]
    while at > floor:
        above = (at - 1) >> 1
        if not item < heap[above]:
            break
        heap[at] = heap[above]
        at = above
    heap[at] = item


def _heap_sink(heap, at):
    """Refill a hole at index at: pull the smaller child up all the way down to a leaf,
    then settle the displaced item from that leaf (heapq's bottom-up variant)."""
    size = len(heap)
    item = heap[at]
    top = at
    kid = 2 * at + 1
    while kid < size:
        if kid + 1 < size and not heap[kid] < heap[kid + 1]:
            kid += 1
        heap[at] = heap[kid]
        at = kid
        kid = 2 * at + 1
    heap[at] = item
    _heap_bubble_up(heap, top, at)


def _heap_add(heap, item):
    heap.append(item)
    _heap_bubble_up(heap, 0, len(heap) - 1)


def _heap_take(heap):
    """Remove and return the smallest item (the earliest timer)."""
    tail = heap.pop()
    if not heap:
        return tail
    earliest = heap[0]
    heap[0] = tail
    _heap_sink(heap, 0)
    return earliest


def _heap_rebuild(heap):
    for at in reversed(range(len(heap) // 2)):
        _heap_sink(heap, at)


# -- futures -------------------------------------------------------------------------------


class Future:
    """A result that arrives later. Awaiting a pending future parks the awaiting task."""

    __module__ = "_asyncio"

    # Class-level defaults: a subclass that never calls Future.__init__ still has a state.
    _state = _STATE_PENDING
    _result = _exception = _loop = None
    _source_traceback = None
    _cancel_message = None
    _cancelled_exc = None
    _asyncio_future_blocking = False  # the marker isfuture() and tasks look for
    _log_traceback = False

    def __init__(self, *, loop=None):
        self._loop = _get_event_loop() if loop is None else loop
        self._callbacks = []

    def __class_getitem__(cls, args):
        return _GenericAlias(cls, args)

    def _repr_info(self):
        info = [self._state.lower()]
        if self._state == _STATE_FINISHED:
            if self._exception is None:
                info.append("result=" + _brief(self._result))
            else:
                info.append(f"exception={self._exception!r}")
        if self._callbacks:
            info.append(_callbacks_text(self._callbacks))
        return info

    def __repr__(self):
        return "<" + type(self).__name__ + " " + " ".join(self._repr_info()) + ">"

    def get_loop(self):
        if self._loop is None:
            raise RuntimeError(_MSG_UNINITIALIZED)
        return self._loop

    # -- reading
    def done(self, /):
        return self._state is not _STATE_PENDING

    def cancelled(self, /):
        return self._state is _STATE_CANCELLED

    def _make_cancelled_error(self, /):
        """The CancelledError to raise for this cancelled future: the one the coroutine
        raised, if a task was cancelled that way (once), else a new one with the message."""
        kept = self._cancelled_exc
        if kept is not None:
            self._cancelled_exc = None
            return kept
        message = self._cancel_message
        return CancelledError() if message is None else CancelledError(message)

    def result(self):
        if self._state == _STATE_FINISHED:
            self._log_traceback = False
            if self._exception is None:
                return self._result
            raise self._exception
        if self._state == _STATE_CANCELLED:
            raise self._make_cancelled_error()
        raise InvalidStateError("Result is not set.")

    def exception(self):
        if self._state == _STATE_FINISHED:
            self._log_traceback = False
            return self._exception
        if self._state == _STATE_CANCELLED:
            raise self._make_cancelled_error()
        raise InvalidStateError("Exception is not set.")

    # -- callbacks
    def add_done_callback(self, fn, /, *, context=None):
        if self._state == _STATE_PENDING:
            self._callbacks.append(fn)
        else:
            self._loop.call_soon(fn, self)

    def remove_done_callback(self, fn, /):
        before = self._callbacks
        after = [cb for cb in before if cb != fn]
        gone = len(before) - len(after)
        if gone:
            self._callbacks = after
        return gone

    def _schedule_callbacks(self):
        waiting = self._callbacks
        if waiting:
            self._callbacks = []
            loop = self._loop
            queue = loop._ready
            for fn in waiting:
                queue.append(Handle(fn, (self,), loop, None))

    # -- settling
    def cancel(self, msg=None):
        self._log_traceback = False
        if self._state != _STATE_PENDING:
            return False
        self._state = _STATE_CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def set_result(self, result, /):
        if self._state != _STATE_PENDING:
            raise InvalidStateError("invalid state")
        self._result = result
        self._state = _STATE_FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception, /):
        if self._state != _STATE_PENDING:
            raise InvalidStateError("invalid state")
        exception = exception() if isinstance(exception, type) else exception
        if not isinstance(exception, BaseException):
            raise TypeError("invalid exception object")
        if type(exception) is StopIteration:
            # A StopIteration would end the awaiting coroutine instead of raising in it.
            why = "StopIteration interacts badly with generators and cannot be raised into a Future"
            if _PY311:
                raise TypeError(why)
            wrapper = RuntimeError(why)
            wrapper.__cause__ = wrapper.__context__ = exception
            exception = wrapper
        self._exception = exception
        self._state = _STATE_FINISHED
        self._log_traceback = True
        self._schedule_callbacks()

    # -- awaiting: hand the future itself to the task, which resumes us once it is done
    def __await__(self):
        if self._state == _STATE_PENDING:
            self._asyncio_future_blocking = True
            yield self
            if self._state == _STATE_PENDING:
                raise RuntimeError(_MSG_NOT_AWAITED)
        return self.result()

    __iter__ = __await__


class _HostFuture(Future):
    """Settled by the loop when the driver reports the host operation ``handle`` done."""

    __module__ = "_asyncio"

    def __init__(self, loop, handle):
        self._loop = loop
        self._callbacks = []
        self._handle = handle

    def cancel(self, msg=None):
        if self._state == _STATE_PENDING and self._loop._host_futures.pop(self._handle, None) is not None:
            _cancel_host(self._handle)
        return Future.cancel(self, msg)


def isfuture(obj):
    """True for objects that follow the Future protocol (the blocking marker is set up)."""
    if getattr(type(obj), "_asyncio_future_blocking", None) is None:
        return False
    return obj._asyncio_future_blocking is not None


def _wake_sleeper(fut, result):
    if fut._state == _STATE_PENDING:
        fut.set_result(result)


def _release_waiter(fut, *_):
    if fut._state is _STATE_PENDING:
        fut.set_result(None)


# -- tasks ---------------------------------------------------------------------------------

_all_tasks = {}  # unfinished tasks of every loop, oldest first (a dict keeps the order)
_tasks_named = 0  # how many "Task-N" names were handed out


async def _await_host(operation):
    return await operation


class Task(Future):
    """Runs a coroutine step by step on the loop; the task settles with its outcome."""

    __module__ = "_asyncio"

    _log_destroy_pending = True
    _cancelled = False  # read by the loop: a task is its own ready-queue entry

    def __init__(self, coro, *, loop=None, name=None, context=None):
        Future.__init__(self, loop=loop)
        if not _iscoroutine(coro):
            raise TypeError(_MSG_NOT_COROUTINE.format(coro))
        if _is_host_operation(coro):
            coro = _await_host(coro)
        if name is None:
            global _tasks_named
            _tasks_named += 1
            name = f"Task-{_tasks_named}"
        else:
            name = str(name)
        self._name = name
        self._coro = coro
        self._context = context
        self._fut_waiter = None
        self._must_cancel = False
        self._cancel_requests = 0
        self._loop._ready.append(self)
        _all_tasks[self] = None

    def __repr__(self):
        return "<" + type(self).__name__ + " " + " ".join(self._repr_info()) + ">"

    def _repr_info(self):
        info = Future._repr_info(self)
        if self._must_cancel:
            info[0] = "cancelling"
        extra = [f"name={self._name!r}", f"coro=<{_coroutine_text(self._coro)}>"]
        waiting = self._fut_waiter
        if waiting is not None:
            extra.append(f"wait_for={waiting!r}")
        info[1:1] = extra
        return info

    # -- the public surface
    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_stack(self, /, *, limit=None):
        return []

    def set_result(self, result, /):
        raise RuntimeError("Task does not support set_result operation")

    def set_exception(self, exception, /):
        raise RuntimeError("Task does not support set_exception operation")

    def cancelling(self):
        return self._cancel_requests

    def uncancel(self):
        if self._cancel_requests:
            self._cancel_requests -= 1
        return self._cancel_requests

    def cancel(self, msg=None):
        """Ask the coroutine to stop: CancelledError is thrown into it at its next step.
        If it is waiting for a future, cancelling that future wakes it up at once."""
        self._log_traceback = False
        if self._state != _STATE_PENDING:
            return False
        self._cancel_requests += 1
        awaited = self._fut_waiter
        if awaited is None or not awaited.cancel(msg=msg):
            self._must_cancel = True
            self._cancel_message = msg
        return True

    # -- driving the coroutine
    def _run(self):
        """The ready queue's entry point: the task's next step, with nothing sent in."""
        try:
            self._advance(None, None)
        except _FATAL:
            raise
        except BaseException as problem:
            report = {"message": "Exception in callback " + _callback_text(self._advance)}
            report["exception"] = problem
            self._loop.call_exception_handler(report)

    def _advance(self, error=None, value=None):
        """One step: resume the coroutine with ``value`` (or throw ``error`` into it) and
        act on what it yields, or settle the task with what it returned or raised."""
        if self._state != _STATE_PENDING:
            raise InvalidStateError(f"_step(): already done: {self!r}, {error!r}")
        if self._must_cancel:
            self._must_cancel = False
            if not isinstance(error, CancelledError):
                error = self._make_cancelled_error()
        self._fut_waiter = None
        loop = self._loop
        loop._current_task = self
        try:
            if error is None:
                yielded = self._coro.send(value)
            else:
                yielded = self._coro.throw(error)
        except StopIteration as finished:
            _all_tasks.pop(self, None)
            if self._must_cancel:
                # cancel() came while the last step ran: the outcome is a cancellation.
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, finished.value)
        except CancelledError as stopped:
            _all_tasks.pop(self, None)
            self._cancelled_exc = stopped  # re-raised as is by result()
            Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as fatal:
            _all_tasks.pop(self, None)
            Future.set_exception(self, fatal)
            raise
        except BaseException as failure:
            _all_tasks.pop(self, None)
            Future.set_exception(self, failure)
        else:
            if yielded is None:
                loop._ready.append(self)  # a bare yield (sleep(0)): run again next pass
            elif (
                getattr(yielded, "_asyncio_future_blocking", False)
                and yielded._loop is loop
                and yielded is not self
            ):
                # The usual case, kept inline: a future of this loop to wait for.
                yielded._asyncio_future_blocking = False
                yielded.add_done_callback(self._wake)
                self._fut_waiter = yielded
                if self._must_cancel and yielded.cancel(msg=self._cancel_message):
                    self._must_cancel = False
            else:
                self._wait_for(yielded, loop)
        finally:
            loop._current_task = None

    def _wait_for(self, yielded, loop):
        """Park the task on what its coroutine yielded, or push the error of a wrong yield
        into the coroutine at the next pass."""
        marker = getattr(yielded, "_asyncio_future_blocking", None)
        if marker is None:
            if not _is_host_operation(yielded):
                problem = RuntimeError(f"Task got bad yield: {yielded!r}")
                loop.call_soon(self._advance, problem)
                return
            awaited = loop._start_host_operation(yielded)
            awaited._callbacks.append(self._wake_with_value)
        elif yielded._loop is not loop:
            problem = RuntimeError(f"Task {self!r} got Future {yielded!r} attached to a different loop")
            loop.call_soon(self._advance, problem)
            return
        elif not marker:
            problem = RuntimeError(f"yield was used instead of yield from in task {self!r} with {yielded!r}")
            loop.call_soon(self._advance, problem)
            return
        elif yielded is self:
            loop.call_soon(self._advance, RuntimeError(f"Task cannot await on itself: {self!r}"))
            return
        else:
            awaited = yielded
            awaited._asyncio_future_blocking = False
            awaited.add_done_callback(self._wake)
        self._fut_waiter = awaited
        if self._must_cancel and awaited.cancel(msg=self._cancel_message):
            self._must_cancel = False

    def _wake(self, awaited):
        """Done-callback of the awaited future: the next step (the future's __await__
        reads its outcome itself; an error is thrown in so that it shows up there)."""
        if awaited._state == _STATE_FINISHED and awaited._exception is None:
            self._advance(None, None)
        else:
            self._advance(_outcome_error(awaited), None)

    def _wake_with_value(self, awaited):
        """Done-callback of a host operation's future: its result is what the coroutine's
        ``await operation`` evaluates to."""
        if awaited._state == _STATE_FINISHED and awaited._exception is None:
            self._advance(None, awaited._result)
        else:
            self._advance(_outcome_error(awaited), None)


def _outcome_error(fut):
    """The exception reading ``fut``'s result raises (for a cancelled future, its
    CancelledError is made once, here)."""
    try:
        fut.result()
    except BaseException as raised:
        return raised
    return None


def current_task(loop=None):
    return (get_running_loop() if loop is None else loop)._current_task


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {task for task in list(_all_tasks) if task._loop is loop and task._state == _STATE_PENDING}


def iscoroutine(obj):
    return _iscoroutine(obj)


_is_coroutine = object()  # the marker old-style coroutine functions carried


def iscoroutinefunction(func):
    return _iscoroutinefunction(func) or getattr(func, "_is_coroutine", None) is _is_coroutine


# -- the event loop ------------------------------------------------------------------------

_running_loop = None  # the loop whose run_forever() is on the stack
_policy_loop = None  # what get_event_loop() answers outside a running loop
_set_called = False  # set_event_loop() was called once (no implicit loop any more)


class AbstractEventLoop:
    """Abstract event loop."""

    __module__ = "asyncio.events"


class BaseEventLoop(AbstractEventLoop):
    __module__ = "asyncio.base_events"

    def __init__(self):
        self._ready = _deque()  # Handles and Tasks to run, in order
        self._scheduled = []  # the timer heap
        self._cancelled_timers = 0  # cancelled timers still in the heap
        self._host_futures = {}  # operation handle -> its _HostFuture
        self._last_host_poll = 0.0
        self._running = self._stopping = self._closed = False
        self._current_task = None
        self._task_factory = None
        self._handler = None
        self._debug = False
        self._asyncgens_closed = False
        self._executor_closed = False

    def __repr__(self):
        state = f"running={self.is_running()} closed={self.is_closed()} debug={self.get_debug()}"
        return f"<{type(self).__name__} {state}>"

    # -- state
    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def time(self):
        return _monotonic()

    def stop(self):
        self._stopping = True

    def close(self):
        if self._running:
            raise RuntimeError(_MSG_CLOSE_RUNNING)
        if not self._closed:
            self._closed = True
            self._ready.clear()
            self._scheduled.clear()
            self._cancelled_timers = 0
            for handle in list(self._host_futures):
                _cancel_host(handle)
            self._host_futures.clear()

    def _refuse_if_closed(self):
        if self._closed:
            raise RuntimeError(_MSG_LOOP_CLOSED)

    def _refuse_if_running(self):
        if self._running:
            raise RuntimeError("This event loop is already running")
        if _running_loop is not None:
            raise RuntimeError("Cannot run the event loop while another loop is running")

    # -- scheduling
    def call_soon(self, fn, *args, context=None):
        if self._closed:
            raise RuntimeError(_MSG_LOOP_CLOSED)
        handle = Handle(fn, args, self, context)
        self._ready.append(handle)
        return handle

    call_soon_threadsafe = call_soon  # there is one thread

    def call_later(self, delay, fn, *args, context=None):
        if delay is None:
            raise TypeError("delay must not be None")
        return self.call_at(_monotonic() + delay, fn, *args, context=context)

    def call_at(self, when, fn, *args, context=None):
        if when is None:
            raise TypeError(_MSG_WHEN_NONE)
        if self._closed:
            raise RuntimeError(_MSG_LOOP_CLOSED)
        timer = TimerHandle(when, fn, args, self, context)
        _heap_add(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._refuse_if_closed()
        factory = self._task_factory
        if factory is None:
            return Task(coro, loop=self, name=name, context=context)
        task = factory(self, coro) if context is None else factory(self, coro, context=context)
        if name is not None:
            task.set_name(name)
        return task

    def get_task_factory(self):
        return self._task_factory

    def set_task_factory(self, factory):
        if not (factory is None or callable(factory)):
            raise TypeError("task factory must be a callable or None")
        self._task_factory = factory

    # -- error reports (CPython logs them; the sandbox has no log, so only a handler sees them)
    def get_exception_handler(self):
        return self._handler

    def set_exception_handler(self, handler):
        if not (handler is None or callable(handler)):
            raise TypeError(f"A callable object or None is expected, got {handler!r}")
        self._handler = handler

    def default_exception_handler(self, context):
        return None

    def call_exception_handler(self, context):
        handler = self._handler
        if handler is None:
            return self.default_exception_handler(context)
        try:
            handler(self, context)
        except _FATAL:
            raise
        except BaseException:
            pass  # CPython logs a failing handler; nothing to log to here

    # -- host operations
    def _start_host_operation(self, operation):
        handle = _start_host(operation)
        waiter = self._host_futures[handle] = _HostFuture(self, handle)
        return waiter

    def _settle_host(self, completions):
        for handle, ok, value in completions:
            waiter = self._host_futures.pop(handle, None)
            if waiter is None or waiter._state != _STATE_PENDING:
                continue  # cancelled meanwhile
            if ok:
                waiter._result = value
            else:
                waiter._exception = value
            waiter._state = _STATE_FINISHED
            waiter._schedule_callbacks()

    def _poll_host(self, timeout):
        completions = _wait_host(timeout)
        self._last_host_poll = _monotonic()
        if completions:
            self._settle_host(completions)

    # -- running
    def _drop_cancelled_timers(self):
        heap = self._scheduled
        if len(heap) > _HEAP_REBUILD_SIZE and self._cancelled_timers * 2 > len(heap):
            live = []
            for timer in heap:
                if timer._cancelled:
                    timer._scheduled = False
                else:
                    live.append(timer)
            _heap_rebuild(live)
            self._scheduled = live
            self._cancelled_timers = 0
            return
        while heap and heap[0]._cancelled:
            self._cancelled_timers -= 1
            _heap_take(heap)._scheduled = False

    def _idle_timeout(self):
        """How long to wait for the first timer (None: no timer at all)."""
        heap = self._scheduled
        if not heap:
            return None
        left = heap[0]._when - _monotonic()
        if left <= 0:
            return 0
        if left > _LONGEST_WAIT:
            return _LONGEST_WAIT
        # CPython's selector sleeps a whole number of milliseconds, rounding up, so every
        # timer due within that millisecond fires in the same pass: do the same.
        millis = int(left * 1000.0)
        if millis < left * 1000.0:
            millis += 1
        return millis * 1e-3

    def _run_once(self):
        """One pass of the loop (see the top of this file)."""
        if self._scheduled:
            self._drop_cancelled_timers()
        ready = self._ready
        if ready or self._stopping:
            if self._host_futures and _monotonic() - self._last_host_poll >= _HOST_POLL_EVERY:
                # Tasks that never wait (loops of sleep(0)) must still see host operations
                # finish; a poll is a round trip to the driver, so only every few ms.
                self._poll_host(0)
        else:
            timeout = self._idle_timeout()
            if timeout != 0 or self._host_futures:
                self._poll_host(timeout)
        heap = self._scheduled
        if heap:
            horizon = _monotonic() + _DUE_SLACK
            while heap and heap[0]._when < horizon:
                timer = _heap_take(heap)
                timer._scheduled = False
                ready.append(timer)
        for _ in range(len(ready)):
            entry = ready.popleft()
            if not entry._cancelled:
                entry._run()

    def run_forever(self):
        global _running_loop
        self._refuse_if_closed()
        self._refuse_if_running()
        self._running = True
        _running_loop = self
        try:
            while True:
                self._run_once()  # at least one pass, even after an early stop()
                if self._stopping:
                    break
        finally:
            self._stopping = self._running = False
            _running_loop = None

    def run_until_complete(self, future):
        self._refuse_if_closed()
        self._refuse_if_running()
        ours = not isfuture(future)
        future = ensure_future(future, loop=self)
        future.add_done_callback(_stop_loop_when_done)
        try:
            self.run_forever()
        except BaseException:
            if ours and future.done() and not future.cancelled():
                future.exception()  # retrieved: nobody else will look
            raise
        finally:
            future.remove_done_callback(_stop_loop_when_done)
        if not future.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return future.result()

    async def shutdown_asyncgens(self):
        self._asyncgens_closed = True

    async def shutdown_default_executor(self):
        self._executor_closed = True


# The class new_event_loop() makes, named as on a Unix host.
class _UnixSelectorEventLoop(BaseEventLoop):
    __module__ = "asyncio.unix_events"


SelectorEventLoop = _UnixSelectorEventLoop


def _stop_loop_when_done(fut):
    # SystemExit / KeyboardInterrupt already unwind run_forever() from the task's step.
    if fut.cancelled() or not isinstance(fut.exception(), (SystemExit, KeyboardInterrupt)):
        fut._loop.stop()


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError("no running event loop")
    return _running_loop


def _get_running_loop():
    return _running_loop


def new_event_loop():
    return _UnixSelectorEventLoop()


def set_event_loop(loop):
    global _policy_loop, _set_called
    _set_called = True
    if not (loop is None or isinstance(loop, AbstractEventLoop)):
        kind = type(loop).__name__
        raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{kind}'")
    _policy_loop = loop


def get_event_loop():
    if _running_loop is not None:
        return _running_loop
    if _policy_loop is None and _IMPLICIT_LOOP and not _set_called:
        set_event_loop(new_event_loop())
    if _policy_loop is None:
        raise RuntimeError("There is no current event loop in thread 'MainThread'.")
    return _policy_loop


_get_event_loop = get_event_loop


# -- asyncio.run and Runner ----------------------------------------------------------------


class Runner:
    """Runs coroutines on one loop of its own, and cleans up after them on close()."""

    __module__ = "asyncio.runners"

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = "created"
        self._debug, self._factory = debug, loop_factory
        self._loop = None
        self._set_event_loop = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, *_):
        self.close()

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        if not (_PY314 or _iscoroutine(coro)):
            raise ValueError(_MSG_NOT_COROUTINE.format(coro))
        if _running_loop is not None:
            raise RuntimeError("Runner.run() cannot be called from a running event loop")
        self._lazy_init()
        if not _iscoroutine(coro):  # 3.14 runs any awaitable
            if not hasattr(type(coro), "__await__"):
                raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")
            coro = _wrap_awaitable(coro)
        loop = self._loop
        return loop.run_until_complete(loop.create_task(coro, context=context))

    def close(self):
        if self._state != "initialized":
            return
        loop = self._loop
        try:
            _cancel_leftovers(loop)
            for cleanup in (loop.shutdown_asyncgens, loop.shutdown_default_executor):
                loop.run_until_complete(cleanup())
        finally:
            if self._set_event_loop:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = "closed"

    def _lazy_init(self):
        if self._state == "closed":
            raise RuntimeError(_MSG_RUNNER_CLOSED)
        if self._state == "initialized":
            return
        if self._factory is not None:
            self._loop = self._factory()
        else:
            self._loop = new_event_loop()
            if not self._set_event_loop:
                set_event_loop(self._loop)
                self._set_event_loop = True
        loop = self._loop
        if self._debug is not None:
            loop.set_debug(self._debug)
        self._state = "initialized"


def run(main, *, debug=None):
    if _running_loop is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    with Runner(debug=debug) as one_off:
        return one_off.run(main)


def _cancel_leftovers(loop):
    """What asyncio.run does at the end: cancel the tasks still pending, let them finish,
    and report those that ended with an error instead of the cancellation."""
    pending = [task for task in list(_all_tasks) if task._loop is loop and task._state == _STATE_PENDING]
    if not pending:
        return
    for task in pending:
        task.cancel()
    loop.run_until_complete(gather(*pending, return_exceptions=True))
    for task in pending:
        if task.cancelled() or task.exception() is None:
            continue
        report = {"message": "unhandled exception during asyncio.run() shutdown"}
        report["exception"] = task.exception()
        report["task"] = task
        loop.call_exception_handler(report)


# -- sleeping, creating tasks, gathering -----------------------------------------------------


async def sleep(delay, result=None):
    if delay <= 0:
        await _bare_yield()  # give the other tasks one pass of the loop
        return result
    loop = get_running_loop()
    wakeup = Future(loop=loop)
    timer = loop.call_at(_monotonic() + delay, _wake_sleeper, wakeup, result)
    try:
        return await wakeup
    finally:
        timer.cancel()


def create_task(coro, *, name=None, context=None):
    loop = get_running_loop()
    if not _PY311:
        return loop.create_task(coro, name=name, context=context)
    # 3.11 numbers every task, even one that is named at once.
    task = loop.create_task(coro, context=context)  # named afterwards
    if name is not None:
        task.set_name(name)
    return task


async def _wrap_awaitable(awaitable):
    return await awaitable


def ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        if loop is not None and loop is not coro_or_future._loop:
            raise ValueError(
                "The future belongs to a different loop than the one specified as the loop argument"
            )
        return coro_or_future
    coro = coro_or_future
    made_here = not _iscoroutine(coro)
    if made_here:
        if not hasattr(type(coro), "__await__"):
            raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")
        coro = _wrap_awaitable(coro)
    if loop is None:
        loop = _get_event_loop()
    try:
        return loop.create_task(coro)
    except RuntimeError:
        # The caller's coroutine will never run: close it now (no "never awaited" later).
        if not made_here and not _is_host_operation(coro):
            coro.close()
        raise


class _GatheringFuture(Future):
    """gather()'s result. Cancelling it cancels the children instead; it then settles as
    cancelled once they are all done."""

    __module__ = "_asyncio"

    def __init__(self, children, loop):
        Future.__init__(self, loop=loop)
        self._children = children
        self._cancelling_children = False

    def cancel(self, msg=None):
        if self._state != _STATE_PENDING:
            return False
        any_cancelled = False
        for child in self._children:
            if child.cancel(msg=msg):
                any_cancelled = True
        if any_cancelled:
            self._cancelling_children = True
        return any_cancelled


def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        empty = _get_event_loop().create_future()
        empty.set_result([])
        return empty

    outer = None
    settled = 0

    def _done_callback(fut):
        nonlocal settled
        settled += 1
        if outer is None or outer._state != _STATE_PENDING:
            if not fut.cancelled():
                fut.exception()  # mark it retrieved
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            failure = fut.exception()
            if failure is not None:
                outer.set_exception(failure)
                return
        if settled < len(futures):
            return
        outcomes = []
        for child in children:
            if child.cancelled():
                message = child._cancel_message
                outcomes.append(CancelledError("" if message is None else message))
            else:
                failure = child.exception()
                outcomes.append(child.result() if failure is None else failure)
        if outer._cancelling_children:
            # Cancelling gather() wins over return_exceptions (CPython asks the last child).
            outer.set_exception(children[-1]._make_cancelled_error())
        else:
            outer.set_result(outcomes)

    futures = {}  # each distinct argument -> its future, so a repeated one runs once
    children = []
    loop = None
    for arg in coros_or_futures:
        child = futures.get(arg)
        if child is None:
            child = futures[arg] = ensure_future(arg, loop=loop)
            loop = child._loop if loop is None else loop
            if child is not arg:
                child._log_destroy_pending = False  # gather made it and owns it
            child.add_done_callback(_done_callback)
        children.append(child)
    outer = _GatheringFuture(children, loop)
    return outer


# -- the parts in _more.py, compiled when first asked for --------------------------------------


def __getattr__(name):
    if name in _MORE_NAMES:
        return _load_more(name)
    raise AttributeError(f"module 'asyncio' has no attribute '{name}'")
