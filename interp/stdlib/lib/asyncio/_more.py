# Part of the sandbox's `asyncio` module, compiled into its namespace the first time one of
# its names is used. Sandbox source: run inside the sandbox, never imported by the host.
#
# Written for the sandbox from the asyncio documentation, with CPython 3.11 as the oracle
# for what programs can observe: results, exception types and messages, reprs, and above
# all the order in which tasks run. That order follows from how many times a task waits
# on a future and when callbacks are scheduled, so every primitive below waits on exactly
# as many futures, woken in the same order, as CPython's does; the code around those
# waits is our own. Where Pyodide's CPython 3.14 differs in ways programs see (Queue.shutdown,
# as_completed as an async iterator, a message), _PY314 selects its behaviour.
#
# Contents: the exceptions; the PriorityQueue heap;
# waiting for several futures (shield, wait_for, wait, as_completed); Timeout; TaskGroup;
# the synchronization primitives; the queues.


class QueueEmpty(Exception):
    """get_nowait() found the queue empty."""

    __module__ = "asyncio.queues"


class QueueFull(Exception):
    """put_nowait() found the queue at its maxsize."""

    __module__ = "asyncio.queues"


if _PY314:

    class QueueShutDown(Exception):
        """put() or get() on a queue that was shut down (3.13+)."""

        __module__ = "asyncio.queues"


class BrokenBarrierError(RuntimeError):
    """The barrier was aborted, or reset while tasks were waiting at it."""

    __module__ = "asyncio.exceptions"


# -- waiting for futures -----------------------------------------------------------------

_RETURN_WHEN = (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)


def _refuse_single(fs, wanted):
    # A lone future or coroutine passed where a collection of them belongs.
    if isfuture(fs) or _iscoroutine(fs):
        raise TypeError(f"expect {wanted} of futures, not {type(fs).__name__}")


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = inner._loop.create_future()

    def _copy_outcome(finished):
        if outer.cancelled():
            # Nobody will look at the outcome: mark an exception as retrieved.
            if not finished.cancelled():
                finished.exception()
        elif finished.cancelled():
            outer.cancel()
        elif finished.exception() is None:
            outer.set_result(finished.result())
        else:
            outer.set_exception(finished.exception())

    def _forget_inner(_):
        # The shield went away (cancelled, usually) before the inner work ended.
        if not inner.done():
            inner.remove_done_callback(_copy_outcome)

    inner.add_done_callback(_copy_outcome)
    outer.add_done_callback(_forget_inner)
    return outer


def _wake_on_done(fut, waiter):
    """Settle ``waiter`` when ``fut`` is done; returns the callback, to remove it later."""

    def wake(_):
        _release_waiter(waiter)

    fut.add_done_callback(wake)
    return wake


async def _cancel_and_wait(future, loop):
    """Cancel ``future`` and return once it is really done: a task may take steps to unwind."""
    finished = loop.create_future()
    wake = _wake_on_done(future, finished)
    try:
        future.cancel()
        await finished
    finally:
        future.remove_done_callback(wake)


async def _outcome_after_cancel(fut, loop):
    """wait_for's end when time is up: cancel, then report the outcome (an outcome that
    arrived anyway wins; the cancellation becomes a TimeoutError)."""
    await _cancel_and_wait(fut, loop)
    try:
        return fut.result()
    except CancelledError as cancelled:
        raise TimeoutError() from cancelled


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        # No time at all: the outcome if it is already there, else cancel at once.
        work = ensure_future(fut, loop=loop)
        if work.done():
            return work.result()
        return await _outcome_after_cancel(work, loop)
    # Whichever comes first, the deadline or the outcome, settles `woken`.
    woken = loop.create_future()
    alarm = loop.call_later(timeout, _release_waiter, woken)
    work = ensure_future(fut, loop=loop)
    wake = _wake_on_done(work, woken)
    try:
        try:
            await woken
        except CancelledError:
            # The caller was cancelled: the work goes with it, unless it already ended.
            if work.done():
                return work.result()
            work.remove_done_callback(wake)
            await _cancel_and_wait(work, loop)
            raise
        if work.done():
            return work.result()
        work.remove_done_callback(wake)
        return await _outcome_after_cancel(work, loop)
    finally:
        alarm.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    _refuse_single(fs, "a list")
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    if return_when not in _RETURN_WHEN:
        raise ValueError(f"Invalid return_when value: {return_when}")
    loop = get_running_loop()
    futures = set(fs)
    for item in futures:
        if _iscoroutine(item):
            raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    return await _wait(futures, timeout, return_when, loop)


async def _wait(futures, timeout, return_when, loop):
    """Sleep until ``return_when`` is met or ``timeout`` passes; the (done, pending) sets."""
    woken = loop.create_future()
    alarm = None
    if timeout is not None:
        alarm = loop.call_later(timeout, _release_waiter, woken)
    remaining = len(futures)

    def _count_one(done_one):
        nonlocal remaining
        remaining -= 1
        enough = remaining <= 0 or return_when == FIRST_COMPLETED
        if not enough and return_when == FIRST_EXCEPTION:
            enough = not done_one.cancelled() and done_one.exception() is not None
        if not enough:
            return
        if alarm is not None:
            alarm.cancel()
        if not woken.done():
            woken.set_result(None)

    for fut in futures:
        fut.add_done_callback(_count_one)
    try:
        await woken
    finally:
        if alarm is not None:
            alarm.cancel()
        for fut in futures:
            fut.remove_done_callback(_count_one)
    done = {fut for fut in futures if fut.done()}
    return done, futures - done


class _AsCompletedIterator:
    """The futures of as_completed() in the order they finish.

    Iterated, it gives one coroutine per future, each returning (or raising) the outcome of
    the next one to finish; iterated with ``async for`` (3.13+), the futures themselves. At
    the deadline, every future still running counts as finished with a TimeoutError.
    """

    __module__ = "asyncio.tasks"

    def __init__(self, aws, timeout):
        # Finished futures, oldest first; at the deadline one None for each one left.
        self._finished = Queue()
        self._alarm = None
        loop = _get_event_loop()
        self._running = set()
        for item in set(aws):
            self._running.add(ensure_future(item, loop=loop))
        for fut in self._running:
            fut.add_done_callback(self._arrived)
        if timeout is not None and self._running:
            self._alarm = loop.call_later(timeout, self._time_up)
        self._left = len(self._running)

    def __iter__(self):
        return self

    def __aiter__(self):
        return self

    def __next__(self):
        if not self._left:
            raise StopIteration
        self._left -= 1
        return self._wait_for_one(resolve=True)

    async def __anext__(self):
        if not self._left:
            raise StopAsyncIteration
        self._left -= 1
        return await self._wait_for_one()

    def _time_up(self):
        for fut in self._running:
            fut.remove_done_callback(self._arrived)
            self._finished.put_nowait(None)
        self._running.clear()

    def _arrived(self, fut):
        if not self._running:
            return  # the deadline came first
        self._running.remove(fut)
        self._finished.put_nowait(fut)
        if self._alarm is not None and not self._running:
            self._alarm.cancel()

    async def _wait_for_one(self, resolve=False):
        fut = await self._finished.get()
        if fut is None:
            raise TimeoutError
        return fut.result() if resolve else fut


def as_completed(fs, *, timeout=None):
    if not _PY314:
        return _as_completed_generator(fs, timeout)
    # From 3.13 on: checked and started at once, and also an async iterator.
    if _iscoroutine(fs) or hasattr(type(fs), "__await__"):
        raise TypeError(f"expects an iterable of awaitables, not {type(fs).__name__}")
    return _AsCompletedIterator(fs, timeout)


def _as_completed_generator(fs, timeout):
    # Up to 3.12 a generator: nothing is checked or started before the first next().
    _refuse_single(fs, "an iterable")
    yield from _AsCompletedIterator(fs, timeout)


# -- timeouts ----------------------------------------------------------------------------
# A Timeout goes created -> active -> finished, or active -> expiring (it has cancelled its
# task) -> expired. Only its own cancellation turns into a TimeoutError on exit: the task's
# cancelling() count tells it apart from a cancellation someone else requested.


class Timeout:
    """An async context manager that cancels the current task at a deadline."""

    __module__ = "asyncio.timeouts"

    def __init__(self, when):
        self._when = when
        self._state = "created"
        self._task = None
        self._alarm = None
        self._cancelling = 0

    def __repr__(self):
        if self._state != "active":
            return f"<Timeout [{self._state}]>"
        when = None if self._when is None else round(self._when, 3)
        return f"<Timeout [active] when={when}>"

    def when(self):
        return self._when

    def expired(self):
        return self._state in ("expiring", "expired")

    def reschedule(self, when):
        if self._state == "created":
            raise RuntimeError("Timeout has not been entered")
        if self._state != "active":
            raise RuntimeError(f"Cannot change state of {self._state} Timeout")
        self._when = when
        self._disarm()
        if when is None:
            return
        loop = get_running_loop()
        if when <= loop.time():
            self._alarm = loop.call_soon(self._on_timeout)
        else:
            self._alarm = loop.call_at(when, self._on_timeout)

    def _disarm(self):
        if self._alarm is not None:
            self._alarm.cancel()
            self._alarm = None

    def _on_timeout(self):
        self._task.cancel()
        self._state = "expiring"
        self._alarm = None

    async def __aenter__(self):
        if self._state != "created":
            raise RuntimeError("Timeout has already been entered")
        task = current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._task = task
        self._cancelling = task.cancelling()
        self._state = "active"
        self.reschedule(self._when)
        return self

    async def __aexit__(self, typ, value, tb):
        self._disarm()
        if self._state == "active":
            self._state = "finished"
        elif self._state == "expiring":
            self._state = "expired"
            ours = self._task.uncancel() <= self._cancelling
            if ours and typ is CancelledError:
                raise TimeoutError from value
        return None


def timeout(delay):
    loop = get_running_loop()
    return Timeout(None if delay is None else loop.time() + delay)


def timeout_at(when):
    return Timeout(when)


# -- task groups -------------------------------------------------------------------------


#: Errors a TaskGroup re-raises as they are, never wrapped in an exception group.
_RAISED_AS_IS = (SystemExit, KeyboardInterrupt)


def _new_named_task(loop, coro, name, context):
    if not _PY311:
        return loop.create_task(coro, name=name, context=context)
    # Up to 3.11 the task is numbered first and renamed after (see create_task).
    made = loop.create_task(coro, context=context)
    if name is not None:
        made.set_name(name)
    return made


class TaskGroup:
    """An async context manager that waits for the tasks created in it.

    The first task to fail (other than by cancellation) makes the group cancel the rest and
    the task running the ``async with`` body; on exit the failures are raised together in
    an exception group.
    """

    __module__ = "asyncio.taskgroups"

    def __init__(self):
        self._loop = None
        self._parent_task = None
        self._entered = False
        self._exiting = False
        self._aborting = False
        # Whether the group cancelled its parent task itself (undone on exit).
        self._cancelled_parent = False
        self._running = {}  # the running tasks, in creation order
        self._errors = []
        self._fatal_error = None
        # Set while __aexit__ waits; resolved when the last task is done.
        self._all_done = None

    def __repr__(self):
        parts = ["<TaskGroup"]
        if self._running:
            parts.append(f"tasks={len(self._running)}")
        if self._errors:
            parts.append(f"errors={len(self._errors)}")
        if self._aborting:
            parts.append("cancelling")
        elif self._entered:
            parts.append("entered")
        return " ".join(parts) + ">"

    def _misuse(self, problem):
        return RuntimeError(f"TaskGroup {self!r} {problem}")

    async def __aenter__(self):
        if self._entered:
            raise self._misuse("has been already entered")
        self._entered = True
        if self._loop is None:
            self._loop = get_running_loop()
        self._parent_task = current_task(self._loop)
        if self._parent_task is None:
            raise self._misuse("cannot determine the parent task")
        return self

    async def __aexit__(self, typ, exc, tb):
        self._exiting = True
        if exc is not None and isinstance(exc, _RAISED_AS_IS) and self._fatal_error is None:
            self._fatal_error = exc
        # A cancellation of the body goes on up, unless it was the group's own doing.
        cancellation = exc if typ is CancelledError else None
        if self._cancelled_parent and self._parent_task.uncancel() == 0:
            cancellation = None
        if typ is not None and not self._aborting:
            self._abort()
        while self._running:
            self._all_done = self._loop.create_future()
            try:
                await self._all_done
            except CancelledError as err:
                # Cancelled while waiting: cancel the tasks, keep waiting, then go on up.
                if not self._aborting:
                    cancellation = err
                    self._abort()
            self._all_done = None
        if self._fatal_error is not None:
            raise self._fatal_error
        if cancellation is not None and not self._errors:
            raise cancellation
        if typ is not None and typ is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            errors = self._errors
            self._errors = None
            raise BaseExceptionGroup("unhandled errors in a TaskGroup", errors) from None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise self._misuse("has not been entered")
        if self._exiting and not self._running:
            raise self._misuse("is finished")
        if self._aborting:
            raise self._misuse("is shutting down")
        task = _new_named_task(self._loop, coro, name, context)
        task.add_done_callback(self._child_done)
        self._running[task] = None
        return task

    def _abort(self):
        self._aborting = True
        for task in list(self._running):
            if not task.done():
                task.cancel()

    def _child_done(self, task):
        self._running.pop(task, None)
        if not self._running and self._all_done is not None and not self._all_done.done():
            self._all_done.set_result(True)
        if task.cancelled() or task.exception() is None:
            return
        error = task.exception()
        self._errors.append(error)
        if self._fatal_error is None and isinstance(error, _RAISED_AS_IS):
            self._fatal_error = error
        parent = self._parent_task
        if parent.done():
            self._loop.call_exception_handler(
                {
                    "message": f"Task {task!r} has errored out but its parent task {parent} is already completed",
                    "exception": error,
                    "task": task,
                }
            )
        elif not (self._aborting or self._cancelled_parent):
            self._abort()
            self._cancelled_parent = True
            parent.cancel()


# -- synchronization primitives ----------------------------------------------------------
# Each primitive keeps a FIFO (deque) of futures, one per waiting task, and wakes them by
# setting their result; a woken task runs on a later loop iteration, so a waiter cancelled
# in between must hand what it was given to the next one.


class _LoopBoundMixin:
    """Ties a primitive to the event loop that first waits on it."""

    _loop = None

    def _get_loop(self):
        running = get_running_loop()
        if self._loop is None:
            self._loop = running
        elif self._loop is not running:
            raise RuntimeError(f"{self!r} is bound to a different event loop")
        return running

    def _enqueue_waiter(self, waiters):
        """A new future at the end of ``waiters``, for the calling task to await."""
        waiter = self._get_loop().create_future()
        waiters.append(waiter)
        return waiter


class _ContextManagerMixin:
    """``async with`` acquires on entry (binding None to ``as``) and releases on exit."""

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, typ, value, tb):
        self.release()


async def _wait_in_line(waiters, fut):
    """Await ``fut``, then leave ``waiters`` however the wait ended."""
    try:
        await fut
    finally:
        waiters.remove(fut)


def _any_live(waiters):
    """Whether a waiter in ``waiters`` (a deque, or None) has not been cancelled."""
    if waiters:
        for fut in waiters:
            if not fut.cancelled():
                return True
    return False


def _wake(waiters, value, limit):
    """Give ``value`` to the oldest pending waiters, at most ``limit`` of them."""
    woken = 0
    for fut in waiters:
        if woken >= limit:
            break
        if not fut.done():
            woken += 1
            fut.set_result(value)
    return woken


def _with_state(obj, state, waiters):
    """The repr of a primitive: object's repr with ``[state, waiters:N]`` inside."""
    if waiters:
        state = f"{state}, waiters:{len(waiters)}"
    return "<" + object.__repr__(obj)[1:-1] + " [" + state + "]>"


class Lock(_ContextManagerMixin, _LoopBoundMixin):
    """A lock for tasks, handed to waiters in the order they came."""

    __module__ = "asyncio.locks"

    def __init__(self):
        self._locked = False
        self._waiters = None  # made on first contention

    def __repr__(self):
        return _with_state(self, "locked" if self._locked else "unlocked", self._waiters)

    def locked(self):
        return self._locked

    async def acquire(self):
        # Free, and nobody queued (cancelled waiters aside): take it without waiting.
        if not (self._locked or _any_live(self._waiters)):
            self._locked = True
            return True
        if self._waiters is None:
            self._waiters = _deque()
        fut = self._enqueue_waiter(self._waiters)
        try:
            await _wait_in_line(self._waiters, fut)
        except CancelledError:
            # Woken to take the lock but cancelled before running: the next one gets it.
            if not self._locked:
                self._wake_first()
            raise
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("Lock is not acquired.")
        self._locked = False
        self._wake_first()

    def _wake_first(self):
        # Only the head of the line: if it was already woken, it takes the lock itself.
        if self._waiters:
            head = self._waiters[0]
            if not head.done():
                head.set_result(True)


class Event(_LoopBoundMixin):
    """A flag that tasks can wait for until some task sets it."""

    __module__ = "asyncio.locks"

    def __init__(self):
        self._value = False
        self._waiters = _deque()

    def __repr__(self):
        return _with_state(self, "set" if self._value else "unset", self._waiters)

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            _wake(self._waiters, True, len(self._waiters))

    def clear(self):
        self._value = False

    async def wait(self):
        if not self._value:
            await _wait_in_line(self._waiters, self._enqueue_waiter(self._waiters))
        return True


class Condition(_ContextManagerMixin, _LoopBoundMixin):
    """Tasks wait on it, holding its lock, until another task notifies them."""

    __module__ = "asyncio.locks"

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self._waiters = _deque()
        # The condition's locked/acquire/release are its lock's own bound methods.
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release

    def __repr__(self):
        return _with_state(self, "locked" if self.locked() else "unlocked", self._waiters)

    async def wait(self):
        if not self.locked():
            raise RuntimeError("cannot wait on un-acquired lock")
        self.release()
        try:
            await _wait_in_line(self._waiters, self._enqueue_waiter(self._waiters))
            return True
        finally:
            await self._take_back()

    async def _take_back(self):
        # The lock is held again when wait() ends, even if the task is cancelled (maybe
        # several times) meanwhile; the cancellation is raised once the lock is back.
        was_cancelled = False
        while True:
            try:
                await self.acquire()
            except CancelledError:
                was_cancelled = True
            else:
                break
        if was_cancelled:
            raise CancelledError

    async def wait_for(self, predicate):
        while True:
            outcome = predicate()
            if outcome:
                return outcome
            await self.wait()

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError("cannot notify on un-acquired lock")
        _wake(self._waiters, False, n)

    def notify_all(self):
        self.notify(n=len(self._waiters))


class Semaphore(_ContextManagerMixin, _LoopBoundMixin):
    """A counter of free units: acquire() takes one, waiting while there is none."""

    __module__ = "asyncio.locks"

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._value = value
        self._waiters = None  # made on first contention

    def __repr__(self):
        state = "locked" if self.locked() else f"unlocked, value:{self._value}"
        return _with_state(self, state, self._waiters)

    def locked(self):
        # Queued waiters come first, even when a unit is free.
        return self._value == 0 or _any_live(self._waiters)

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = _deque()
        fut = self._enqueue_waiter(self._waiters)
        try:
            await _wait_in_line(self._waiters, fut)
        except CancelledError:
            # A unit was reserved for this waiter (see _wake_next): give it back, onwards.
            if not fut.cancelled():
                self._value += 1
                self._wake_next()
            raise
        if self._value > 0:
            self._wake_next()
        return True

    def release(self):
        self._value += 1
        self._wake_next()

    def _wake_next(self):
        # The woken waiter's unit is taken now, so that no newcomer can get it first.
        if self._waiters and _wake(self._waiters, True, 1):
            self._value -= 1


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""

    __module__ = "asyncio.locks"

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value < self._bound_value:
            Semaphore.release(self)
        else:
            raise ValueError("BoundedSemaphore released too many times")


class Barrier(_LoopBoundMixin):
    """Holds tasks until ``parties`` of them are waiting, then lets them all through.

    States: "filling" while tasks arrive; "draining" while the last round leaves (new
    arrivals wait for it to finish); "resetting" while reset() breaks the waits of a
    round; "broken" after abort().
    """

    __module__ = "asyncio.locks"

    def __init__(self, parties):
        if parties < 1:
            raise ValueError("parties must be >= 1" if _PY314 else "parties must be > 0")
        self._parties = parties
        self._cond = Condition()
        self._state = "filling"
        self._count = 0  # tasks inside wait(), whatever the state

    def __repr__(self):
        if self.broken:
            return _with_state(self, "broken", None)
        return _with_state(self, f"{self._state}, waiters:{self.n_waiting}/{self.parties}", None)

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, typ, value, tb):
        return None

    async def wait(self):
        async with self._cond:
            await self._cond.wait_for(lambda: self._state not in ("draining", "resetting"))
            if self._state == "broken":
                raise BrokenBarrierError("Barrier aborted")
            index = self._count
            self._count += 1
            try:
                if self._count == self._parties:
                    self._state = "draining"
                    self._cond.notify_all()
                else:
                    await self._cond.wait_for(lambda: self._state != "filling")
                    if self._state in ("broken", "resetting"):
                        raise BrokenBarrierError("Abort or reset of barrier")
                return index
            finally:
                self._count -= 1
                if not self._count:
                    # The last one out opens the barrier for the next round.
                    if self._state in ("draining", "resetting"):
                        self._state = "filling"
                    self._cond.notify_all()

    async def reset(self):
        async with self._cond:
            self._state = "resetting" if self._count else "filling"
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
        return self._count if self._state == "filling" else 0

    @property
    def broken(self):
        return self._state == "broken"


# -- queues ------------------------------------------------------------------------------
# Getters wait while the queue is empty, putters while it is full, each in a FIFO of
# futures. A woken waiter checks again (another task may have got there first), and a
# waiter cancelled after being woken passes the wake-up on. The subclass hooks _init,
# _put, _get (and _format for the repr) are CPython's, which programs override.


class Queue(_LoopBoundMixin):
    """A first-in first-out queue for producer and consumer tasks."""

    __module__ = "asyncio.queues"

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = _deque()
        self._putters = _deque()
        self._unfinished_tasks = 0
        self._is_shutdown = False
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    def __class_getitem__(cls, params):
        return _GenericAlias(cls, params)

    def _init(self, maxsize):
        self._queue = _deque()

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.popleft()

    def __repr__(self):
        return f"<{type(self).__name__} at {id(self):#x} {self._format()}>"

    def __str__(self):
        return f"<{type(self).__name__} {self._format()}>"

    def _format(self):
        parts = [f"maxsize={self._maxsize!r}"]
        if getattr(self, "_queue", None):
            parts.append(f"_queue={list(self._queue)!r}")
        if self._getters:
            parts.append(f"_getters[{len(self._getters)}]")
        if self._putters:
            parts.append(f"_putters[{len(self._putters)}]")
        if self._unfinished_tasks:
            parts.append(f"tasks={self._unfinished_tasks}")
        if self._is_shutdown:
            parts.append("shutdown")
        return " ".join(parts)

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._queue)

    def empty(self):
        return not self._queue

    def full(self):
        return self._maxsize > 0 and self.qsize() >= self._maxsize

    def _wake_one(self, line):
        # Drop waiters from the front until one that still waits has been woken.
        while line:
            fut = line.popleft()
            if not fut.done():
                fut.set_result(None)
                return

    async def _wait_for_room(self, waiters, blocked):
        """One wait in ``waiters`` (getters or putters) until woken; ``blocked`` says
        whether the queue still keeps this kind of caller waiting."""
        fut = self._enqueue_waiter(waiters)
        try:
            await fut
        except BaseException:
            fut.cancel()
            if fut in waiters:
                waiters.remove(fut)
            # Woken, but leaving: another waiter of the same kind may go ahead instead.
            if not (blocked() or fut.cancelled()):
                self._wake_one(waiters)
            raise

    async def put(self, item):
        while self.full():
            if self._is_shutdown:
                raise QueueShutDown
            await self._wait_for_room(self._putters, self.full)
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self._is_shutdown:
            raise QueueShutDown
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wake_one(self._getters)

    async def get(self):
        while self.empty():
            if self._is_shutdown:
                raise QueueShutDown
            await self._wait_for_room(self._getters, self.empty)
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            if self._is_shutdown:
                raise QueueShutDown
            raise QueueEmpty
        item = self._get()
        self._wake_one(self._putters)
        return item

    def task_done(self):
        if not self._unfinished_tasks:
            raise ValueError("task_done() called too many times")
        self._unfinished_tasks -= 1
        if not self._unfinished_tasks:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks:
            await self._finished.wait()

    if _PY314:

        def shutdown(self, immediate=False):
            """From now on put() raises QueueShutDown, and so does get() once the queue is
            empty (at once if ``immediate``: the items left are dropped, as if done)."""
            self._is_shutdown = True
            if immediate:
                while not self.empty():
                    self._get()
                    if self._unfinished_tasks:
                        self._unfinished_tasks -= 1
                if not self._unfinished_tasks:
                    self._finished.set()
            # Every blocked put() and get() wakes up, to raise QueueShutDown (or take an item).
            for line in (self._getters, self._putters):
                while line:
                    waiter = line.popleft()
                    if not waiter.done():
                        waiter.set_result(None)


class PriorityQueue(Queue):
    """A Queue that gives out its smallest item first."""

    __module__ = "asyncio.queues"

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        _heap_add(self._queue, item)

    def _get(self):
        return _heap_take(self._queue)


class LifoQueue(Queue):
    """A Queue that gives out the item put last first."""

    __module__ = "asyncio.queues"

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
