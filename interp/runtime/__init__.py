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
  through :func:`.nested.run_nested`.  Such a call cannot pause the program.
- Sandboxed code reaches attributes only through :mod:`.attributes`, which consults
  the allow-list tables of :mod:`.typetable` for builtin types.  Never call
  ``getattr(host_obj, name)`` with a name that came from sandboxed code.
- A builtin type is declared once with :func:`.typetable.register_type` (its visible
  name, constructor, iteration, descriptor and namespace hooks); its methods with
  :func:`.typetable.method` (which checks the receiver), :func:`.typetable.data` and
  :func:`.typetable.expose`, one line each.
- A builtin or method that takes ``*args, **kwargs`` declares its parameters with a
  :class:`.signatures.Signature` (``Signature("sorted", "iterable, /, *, key=None,
  reverse=False", host=builtins.sorted)``) and unpacks with ``.unpack(args, kwargs)``:
  a bad call raises the CPython builtin's own message.
- Sandboxed code calls values through :func:`.calls.call`, a generator (``yield
  from call(f, args, kwargs)``) so that any call can pause the program.  Builtins that
  call sandboxed callables (``sorted(key=)``, ``map``) are generator functions
  registered with ``suspends=True`` and use ``yield from call(...)``.
- Iteration: :func:`.iteration.get_iter` and ``yield from next_or_end(it)``
  (returns ``END`` when exhausted) or ``yield from to_list(iterable)``.
- Budgets: :mod:`.meter` (``meter.cap(nbytes)`` before any host operation whose
  result size the program controls: the hard cap and the memory limit, one
  function).  The limits are declared once, in :mod:`.limits`: to add one, add its field there and its check in the meter.
- Imports: a module imports the modules it builds on at module level, never inside a
  function, and never one that builds on it.  A call that must go the other way (a
  class call dispatched by :mod:`.calls` to :mod:`.classes`, ``exec`` to the compiler)
  is a late-bound link in :mod:`.links`, filled by ``interp.bootstrap.load()``.
  ``tests/test_architecture.py`` checks both.
"""
