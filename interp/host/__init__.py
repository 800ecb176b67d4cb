"""The public API: :class:`.sandbox.Sandbox`, its drivers and the value bridge.

The last layer: it may import every other.  A :class:`.session.Session` owns one
sandbox's state (globals, builtins, modules, meter, environment) and swaps the
runtime's per-run state to its own while its program runs (security invariant 6).
A driver answers the program's requests: :mod:`.driver` on CPython (asyncio; a sync
``run`` drives its own event loop), :mod:`.pyodide` in the browser, where JavaScript
answers them.  :mod:`.worker` runs programs on a thread with a large stack;
:mod:`.values` converts values by value in both directions; :mod:`.grants` turns the
host's capabilities and modules into sandbox builtins and importable modules;
:mod:`.cli` is ``python -m interp``.  ``interp.bootstrap.load()`` wires the layers
once, before the first session.

To add a limit:
  add its field to ``interp/runtime/limits.py`` (the one source: the CLI flags and the
  Pyodide names derive from it) and its check to ``interp/runtime/meter.py``.
To add a capability value type (a type that may cross between host and sandbox):
  extend ``to_sandbox`` and ``to_host`` in ``values.py``, and ``from_js`` and
  ``to_js_value`` in ``pyodide.py`` for JavaScript; keep it by value, never a host
  object inside the sandbox (security invariant 1).
To add a keyword to ``Sandbox``:
  add it to ``Sandbox.__init__`` and ``Session.__init__``, and to the Pyodide options
  in ``pyodide.py`` and ``web/site/interp.d.ts`` so both APIs keep one contract.
"""
