"""Signal numbers and handlers, for a sandbox that receives no signals.

The library imports ``signal`` to install a handler for Ctrl-C (``unittest``'s
``-c`` option).  Nothing is ever delivered to a sandboxed program: handlers are only
recorded, so that ``getsignal`` returns what ``signal`` set.
"""

SIG_DFL = 0
SIG_IGN = 1
SIGINT = 2
SIGTERM = 15
SIGABRT = 6
NSIG = 65


def default_int_handler(signalnum, frame, /):
    """The default handler for SIGINT installed by Python: raise KeyboardInterrupt."""
    raise KeyboardInterrupt


_handlers = {SIGINT: default_int_handler}


def _check(signalnum):
    if not isinstance(signalnum, int):
        raise TypeError(f"'{type(signalnum).__name__}' object cannot be interpreted as an integer")
    if not 1 <= signalnum < NSIG:
        raise ValueError("signal number out of range")


def getsignal(signalnum, /):
    """Return the current action for the given signal."""
    _check(signalnum)
    return _handlers.get(signalnum, SIG_DFL)


def signal(signalnum, handler, /):
    """Set the action for the given signal; returns the previous one."""
    _check(signalnum)
    if handler not in (SIG_DFL, SIG_IGN) and not callable(handler):
        raise TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
    previous = _handlers.get(signalnum, SIG_DFL)
    _handlers[signalnum] = handler
    return previous


def raise_signal(signalnum, /):
    _check(signalnum)
    handler = _handlers.get(signalnum, SIG_DFL)
    if callable(handler):
        handler(signalnum, None)
    elif handler == SIG_DFL and signalnum == SIGINT:
        raise KeyboardInterrupt
