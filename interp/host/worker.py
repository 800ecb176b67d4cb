"""The thread that runs sandboxed code on CPython.

Sandboxed calls nest host frames (and CPython 3.11 recurses in C through
``yield from`` chains), so 1000 sandbox frames need far more than the default 8 MB
stack and recursion limit.  Every step of every sandbox runs on this one thread,
created with a large stack.  One thread for all sandboxes also keeps them apart:
the runtime keeps the current meter, environment and loader in module globals, and
steps of two sandboxes never interleave, because a step switches those globals in
and out and runs to its next request on this thread alone.

The host's own threads (an asyncio loop, a web server) stay free: they hand a step
to the worker and wait on a future, so a long computation never blocks them.
"""

from __future__ import annotations

import queue
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

#: Thread stack size for sandboxed code (see the docstring).
THREAD_STACK_SIZE = 512 * 1024 * 1024

#: Pyodide has no threads: there the steps run on the caller's stack, between the
#: JavaScript event loop's turns.
INLINE = sys.platform == "emscripten"

_jobs: queue.SimpleQueue = queue.SimpleQueue()
_thread: threading.Thread | None = None
_lock = threading.Lock()


def submit(fn: Callable[..., Any], *args: Any) -> Future:
    """Run ``fn(*args)`` on the worker; the future settles with its result or exception."""
    future: Future = Future()
    if INLINE or threading.current_thread() is _thread:
        # No threads (Pyodide), or already on the worker (a capability running a nested
        # sandbox): run inline; the depth limit is then what protects the stack.
        _run(future, fn, args)
        return future
    _start()
    _jobs.put((future, fn, args))
    return future


def call(fn: Callable[..., Any], *args: Any) -> Any:
    """Run ``fn(*args)`` on the worker and wait for it (for synchronous callers)."""
    return submit(fn, *args).result()


def _start() -> None:
    global _thread
    if _thread is not None:
        return
    with _lock:
        if _thread is not None:
            return
        old_size = threading.stack_size()
        threading.stack_size(THREAD_STACK_SIZE)
        try:
            thread = threading.Thread(target=_loop, name="interp-worker", daemon=True)
            thread.start()
        finally:
            threading.stack_size(old_size)
        _thread = thread


def _loop() -> None:
    while True:
        future, fn, args = _jobs.get()
        _run(future, fn, args)
        # Drop the references while idle: a finished sandbox must be collectable.
        del future, fn, args


def _run(future: Future, fn: Callable[..., Any], args: tuple) -> None:
    if not future.set_running_or_notify_cancel():
        return
    try:
        result = fn(*args)
    except BaseException as error:  # handed to the waiting host thread as is
        future.set_exception(error)
    else:
        future.set_result(result)
