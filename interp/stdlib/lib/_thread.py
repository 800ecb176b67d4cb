# The sandbox's ``_thread``: the sandbox runs one thread, so a lock is never contended.
# A lock that is already held cannot be released by anyone else, so acquiring it again
# with blocking would wait forever: that is reported at once instead of hanging.

error = RuntimeError
TIMEOUT_MAX = float(2**31)


def get_ident():
    return 1


def get_native_id():
    return 1


def _count():
    return 0


class LockType:
    """A lock of the only thread there is."""

    def __init__(self):
        self._held = False

    def acquire(self, blocking=True, timeout=-1):
        if not self._held:
            self._held = True
            return True
        if blocking and timeout < 0:
            raise RuntimeError("deadlock: the only thread waits for a lock it holds")
        return False

    def release(self):
        if not self._held:
            raise RuntimeError("release unlocked lock")
        self._held = False

    def locked(self):
        return self._held

    __enter__ = acquire

    def __exit__(self, *exc_info):
        self.release()

    def __repr__(self):
        state = "locked" if self._held else "unlocked"
        return f"<{state} _thread.lock object>"


class RLock:
    """A re-entrant lock of the only thread there is."""

    def __init__(self):
        self._depth = 0

    def acquire(self, blocking=True, timeout=-1):
        self._depth += 1
        return True

    def release(self):
        if not self._depth:
            raise RuntimeError("cannot release un-acquired lock")
        self._depth -= 1

    def _is_owned(self):
        return self._depth > 0

    __enter__ = acquire

    def __exit__(self, *exc_info):
        self.release()


def allocate_lock():
    return LockType()


def start_new_thread(function, args, kwargs=None):
    raise RuntimeError("the sandbox cannot start threads")
