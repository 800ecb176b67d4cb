"""Functions to run at the end of the program, as registered.

The sandbox's own ``atexit``: the library registers clean-up functions here (``logging``
flushes its handlers).  A sandbox run has no interpreter exit of its own; the functions
are kept in order and ``_run_exitfuncs`` runs them, but the end of a run does not.
"""

_handlers = []


def register(func, *args, **kwargs):
    """Register a function to be executed upon normal program termination."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _handlers.append((func, args, kwargs))
    return func


def unregister(func):
    """Unregister an exit function which was previously registered."""
    _handlers[:] = [entry for entry in _handlers if entry[0] != func]


def _run_exitfuncs():
    while _handlers:
        func, args, kwargs = _handlers.pop()
        func(*args, **kwargs)


def _clear():
    _handlers.clear()


def _ncallbacks():
    return len(_handlers)
