"""How long parses and compiles report their progress to whoever bounds them.

Reading and compiling a source is host work whose cost grows with the source: a
program of a few megabytes takes tens of seconds. It runs before the program's first
step (the main program) or inside one step (``exec``, ``compile``, an import), where
no budget check of the program's own comes. So the tokenizer, the parser and the
compiler's walks report units of work here as they go, and the runtime's meter, which
installs :data:`hook`, checks its limits every so often: a time limit or a Stop ends
the work as it would end a loop, by raising from inside it.

This module sits in the lowest layer so that the syntax and the compiler can report
without knowing who listens.
"""

from __future__ import annotations

from collections.abc import Callable

#: Called with a number of units of work done (about a microsecond each); it may raise
#: to abandon the work. None: nothing bounds it (the host's own tools).
hook: Callable[[int], None] | None = None

#: Tokens read or parsed between two reports.
TOKENS_PER_REPORT = 1024
#: Host microseconds one token costs the tokenizer or the parser, about.
TOKEN_UNITS = 2
#: Host microseconds the scope analysis spends on one node of the tree, and the
#: compiler on one statement (its expressions included), about.
NODE_UNITS = 3
STATEMENT_UNITS = 30


def report(units: int) -> None:
    """Tell the bound, if any, that ``units`` of work were done."""
    if hook is not None:
        hook(units)
