"""Thread-related names for a sandbox that has exactly one thread.

The library imports ``threading`` for locks around shared state (``logging``,
``functools``' caches...) and for the current thread's name and identity.  The sandbox
runs one thread, so locks are never contended, the current thread is always the main
thread, and starting another thread is refused with a RuntimeError.
"""

import _thread
import sys

__all__ = [
    "get_ident",
    "active_count",
    "Condition",
    "current_thread",
    "enumerate",
    "main_thread",
    "TIMEOUT_MAX",
    "Event",
    "Lock",
    "RLock",
    "Semaphore",
    "BoundedSemaphore",
    "Thread",
    "ThreadError",
    "ExceptHookArgs",
    "setprofile",
    "settrace",
    "local",
    "stack_size",
    "excepthook",
    "get_native_id",
    "getprofile",
    "gettrace",
]

from _thread import TIMEOUT_MAX, RLock, get_ident, get_native_id  # noqa: E402

ThreadError = _thread.error
Lock = _allocate_lock = _thread.allocate_lock
_trace_hook = None
_profile_hook = None


def _waiting_forever(what):
    return RuntimeError(f"deadlock: the only thread would wait forever for {what}")


class Condition:
    """A condition variable; waiting without a timeout can never be woken up."""

    def __init__(self, lock: object = None) -> None:
        self._lock = RLock() if lock is None else lock

    def acquire(self, *options):
        return self._lock.acquire(*options)

    def release(self):
        self._lock.release()

    def __enter__(self):
        return self._lock.acquire()

    def __exit__(self, *exc):
        self._lock.release()

    def wait(self, timeout=None):
        if timeout is None:
            raise _waiting_forever("a notification")
        if timeout > 0:
            # Nobody can notify: the wait lasts its whole timeout, on the sandbox's clock
            # (queue.get(timeout=...) then raises Empty after it, as in CPython).
            import time

            time.sleep(timeout)
        return False

    def wait_for(self, predicate: object, timeout: object = None) -> object:
        result = predicate()
        if not result and timeout is None:
            raise _waiting_forever("a condition")
        return result

    def notify(self, n=1):
        pass

    def notify_all(self):
        pass

    notifyAll = notify_all


class Semaphore:
    """A counter of permits; acquiring the last one again would wait forever."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value

    def acquire(self, blocking: bool = True, timeout: object = None) -> bool:
        if self._value > 0:
            self._value -= 1
            return True
        if blocking and timeout is None:
            raise _waiting_forever("a semaphore")
        if blocking and timeout > 0:
            import time  # as Condition.wait: the whole timeout passes

            time.sleep(timeout)
        return False

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        self._value += n

    def __exit__(self, *args):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        super().__init__(value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        if self._initial_value - self._value < n:
            raise ValueError("Semaphore released too many times")
        self._value += n


class Event:
    """A flag; waiting for one that is not set, without a timeout, would never end."""

    def __init__(self):
        self._flag = False

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if not self._flag and timeout is None:
            raise _waiting_forever("an event")
        if not self._flag and timeout > 0:
            import time  # as Condition.wait: the whole timeout passes

            time.sleep(timeout)
        return self._flag


class Thread:
    """A thread object; only the main thread ever runs."""

    _count = 0

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        if name is None:
            Thread._count += 1
            name = f"Thread-{Thread._count}"
            if target is not None:
                target_name = getattr(target, "__name__", None)
                if target_name:
                    name += f" ({target_name})"
        self._name = str(name)
        self._target = target
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._daemonic = bool(daemon)
        self._ident = None

    def start(self):
        raise RuntimeError("can't start new thread: the sandbox runs a single thread")

    def run(self):
        target, args, kwargs = self._target, self._args, self._kwargs
        if target is not None:
            target(*args, **kwargs)

    def join(self, timeout=None):
        if self._ident is None:
            raise RuntimeError("cannot join thread before it is started")

    def is_alive(self):
        return self._ident is not None

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = str(value)

    @property
    def ident(self):
        return self._ident

    native_id = ident

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, value):
        self._daemonic = bool(value)

    def __repr__(self):
        status = "started" if self._ident is not None else "initial"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += f" {self._ident}"
        return f"<{type(self).__name__}({self._name}, {status})>"


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread")
        self._ident = get_ident()

    def join(self, timeout=None):
        raise RuntimeError("cannot join current thread")


_main_thread = _MainThread()


def current_thread():
    return _main_thread


currentThread = current_thread


def main_thread():
    return _main_thread


def active_count():
    return 1


activeCount = active_count


def enumerate():
    return [_main_thread]


def setprofile(func):
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


def settrace(func):
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


def stack_size(size=0):
    if size:
        raise ValueError("the sandbox's one thread has a fixed stack")
    return 0


class local:
    """Thread-local data: with one thread, the attributes of a plain object."""


class ExceptHookArgs:
    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread


def excepthook(args, /):
    if args.exc_type is SystemExit:
        return
    stderr = sys.stderr
    if stderr is None:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    print(f"Exception in thread {name}:", file=stderr, flush=True)
    import traceback

    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=stderr)


__excepthook__ = excepthook


def _register_atexit(func, *args, **kwargs):
    pass


def _shutdown():
    pass
