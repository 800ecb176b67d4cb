"""Source text to AST: the grammar, the indenter, string literals and syntax errors.

The first layer: it imports nothing else of the package.  ``parser.parse(source,
filename, mode)`` returns the node classes of :mod:`.nodes` (the shapes and fields
of CPython's ``ast``, with line and column on every node), or raises the
``SyntaxError`` CPython would raise, message and position included.

How a parse runs: :mod:`.indenter` tokenizes (INDENT/DEDENT, brackets, f-strings as
parts), :mod:`.parser` runs an LALR loop over the tokens with the tables saved in
``python.tables`` (built from ``grammar.lark`` by :mod:`.tables`, never at start-up),
and each reduction calls a method of :class:`.builder.Builder`, which builds the
nodes.  :mod:`.literals` decodes string and number literals.  Only when a parse
fails, :mod:`.errors` re-scans the source with its model of CPython's tokenizer
(:mod:`.scan`, :mod:`.shapes`) to find CPython's message and span.

To add syntax (a new statement or operator):
  edit ``grammar.lark`` (the rule's alias names the builder method), add the method
  to ``builder.py`` and the node to ``nodes.py`` if CPython's ``ast`` has a new one,
  rebuild the tables with ``python -m interp.syntax.tables`` (commit
  ``python.tables``), then compile the node in ``interp/compiler``.
To make a syntax error match CPython's:
  add a rule to ``errors.py`` (parse failures) or call ``Builder.error`` from the
  builder's check (code that parses but CPython rejects); the corpus in
  ``tests/syntax_errors/`` is compared with CPython.
"""
