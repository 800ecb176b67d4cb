"""The object model of the sandbox.

How values are represented (read this before adding a type or a builtin):

- Sandbox values are host primitives and containers (None, bool, int, float,
  complex, str, bytes, bytearray, list, tuple, dict, set, frozenset, range, slice)
  and the runtime's own objects (``Function``, ``BoundMethod``, ``Builtin``,
  ``Generator``, ``Property``, ``Module``...).  Exceptions are host exception
  instances (the sandbox's ``ValueError`` is the host's), except ``StopIteration``
  (see :mod:`.exceptions`).
- A user class is a real host class created by :mod:`.classes`, registered in
  ``attributes.USER_CLASSES``.  Its namespace holds sandbox values; ``Function``
  objects there act as host methods (they have host ``__get__``/``__call__``), so
  host machinery that calls dunders implicitly (``hash`` in a dict, ``<`` in a host
  sort, ``repr`` of a list element, ``a + b``) runs the user's method to completion
  through :func:`.functions.run_nested`.  Such a call cannot pause the program.
- Sandboxed code reaches attributes only through :mod:`.attributes`, which consults
  the allow-list tables of :mod:`.typetable` for builtin types.  Never call
  ``getattr(host_obj, name)`` with a name that came from sandboxed code.
- Sandboxed code calls values through :func:`.calls.call`, a generator (``yield
  from call(f, args, kwargs)``) so that any call can pause the program.  Builtins that
  call sandboxed callables (``sorted(key=)``, ``map``) are generator functions
  registered with ``suspends=True`` and use ``yield from call(...)``.
- Iteration: :func:`.iteration.get_iter` and ``yield from next_or_end(it)``
  (returns ``END`` when exhausted) or ``yield from to_list(iterable)``.
- Budgets: :mod:`.meter` (``meter.current.check_allocation(nbytes)`` before any host
  operation whose result size the program controls).
"""
