"""Running sandbox code to completion on behalf of host machinery.

Host code that calls user code implicitly (a dict hashing a key whose class defines
``__hash__``, a host sort comparing with ``__lt__``, ``repr`` of a list element, an
operator running a user ``__add__``) cannot pass a pause up to the driver: the call
runs to completion here, nested in the host's own call.  Nearly every runtime module
needs that, so it lives below all of them (it needs only the meter and the signals of
:mod:`.control`; :mod:`.control` itself stays free of the meter, which imports it).
"""

from __future__ import annotations

from typing import Any

from . import meter
from .control import CannotSuspend, Request, TimeSlice


def run_nested(gen: Any) -> Any:
    """Run a call generator to completion on behalf of host machinery.

    Time slices are answered at once (the meter has already enforced the limits);
    any other request means the code tried to pause where it cannot.
    """
    m = meter.current
    if m.nested >= m.max_nested:  # the host's own stack (see meter.MAX_NESTED)
        raise RecursionError("maximum recursion depth exceeded")
    m.nested += 1
    try:
        request = gen.send(None)
        while True:
            if type(request) is TimeSlice:
                request = gen.send(None)
                continue
            if isinstance(request, Request):
                error = CannotSuspend(
                    "cannot pause here: this code runs inside an operation that must complete "
                    "at once (such as a __hash__, __eq__ or __lt__ called by a dict, set or sort)"
                )
                request = gen.throw(error)
                continue
            # A bare value can only come from a user-level yield leaking out of a
            # coroutine driven without an event loop.
            request = gen.throw(RuntimeError("a coroutine yielded outside an event loop"))
    except StopIteration as stop:
        return stop.value
    finally:
        m.nested -= 1


def check_depth() -> None:
    """Raise RecursionError once the sandbox call depth passes its limit."""
    m = meter.current
    if m.depth > m.max_depth:
        raise RecursionError("maximum recursion depth exceeded")
