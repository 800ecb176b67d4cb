"""AST to Python closures: scope resolution, then one closure per node.

Imports ``syntax`` and ``runtime`` only.  :func:`.compile.compile_module` resolves the
scopes of a module (:mod:`.scopes`: local, cell, free or global, like CPython's
symtable), then compiles every node: :mod:`.expressions`, :mod:`.statements`,
:mod:`.definitions` (``def``, ``lambda``, ``class``, comprehensions) and
:mod:`.patterns` (``match``).  A node that can pause the program (a call, ``await``,
``yield``, a loop) compiles to a generator closure run with ``yield from``; others
stay plain closures.  :mod:`.specialize` builds faster closures for the common shapes
(operands that are locals, globals or constants; short blocks; calls of plain
functions run in place).  :mod:`.hooks` is what the runtime's ``exec``, ``eval`` and
``compile`` reach through ``runtime.links.compiler_hook``.

An expression that can pause only through calls of global names (``i < len(s)``) has
a guarded plain form too (``ExpressionCompiler.guarded``): when those names are
builtins that cannot pause, checked before anything runs, it is computed without a
generator.  A function body of plain and guarded statements is a plain closure that
hands the rest of the body to a generator only when it must
(:func:`.specialize.resumable_block`; ``runtime.calls.RUN_STEPS`` runs that rest).

Closures call into the runtime for every operation whose meaning depends on values
(attributes, calls, operators, iteration); the compiler decides only the control flow
and where each value lives.

To compile a new node type:
  add ``expr_<Node>`` to ``ExpressionCompiler`` (returns ``(closure, is_generator)``)
  or ``stmt_<Node>`` to ``StatementCompiler``; the dispatch finds it by name.
To make an operation faster:
  add a template to ``specialize.py`` and route the node there from its compiler
  method; the result must stay the same as the general closure's (add conformance
  programs to ``tests/conformance/`` for each operand kind).
To change what a call does after binding:
  change ``RUN_STEPS`` in ``runtime/calls.py``: ``invoke`` is built from it and the
  call sites of ``specialize.py`` run it in place (``tests/test_call_steps.py``).
"""
