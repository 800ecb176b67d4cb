"""LALR tables of the grammar, built once with lark and saved next to the grammar.

Building the tables costs about a second (more in Pyodide); loading the saved file
costs a few milliseconds.  So ``python -m interp.syntax.tables`` builds them from
``grammar.lark`` and writes ``python.tables``, a committed file; ``parser.py`` only
loads it.  The file records a hash of the grammar text, so a stale file is noticed
(the parser then builds the tables in memory and warns; a test fails).

Why not ``Lark.save``/``Lark.load``: the parser runs its own LALR loop over our own
token list (see parser.py), so it needs only the action table, the rule shapes and
the terminal names, and loading them must not import lark at all (importing lark
alone costs ~90 ms on CPython, more than half the start-up budget).  Lark remains the
table generator: the grammar is analysed by lark's LALR builder.

File format (pickle of a dict):
- ``hash``: sha256 of the grammar text and of ``FORMAT``;
- ``actions``: one dict per state, symbol name -> action; an action ``>= 0`` is a
  shift (terminal) or goto (rule) to that state, ``< 0`` is ``~rule_index`` (reduce);
- ``rules``: per rule ``(size, origin, callback)``, where callback is the builder
  method name, or None (pass the single child through; an empty rule yields None);
- ``start``/``end``: start symbol -> initial state / accepting state;
- ``terminals``: keyword or operator text -> terminal name.
"""

from __future__ import annotations

import hashlib
import pickle
from pathlib import Path
from typing import Any

FORMAT = "interp-lalr-1"
HERE = Path(__file__).resolve().parent
GRAMMAR_PATH = HERE / "grammar.lark"
TABLES_PATH = HERE / "python.tables"
START_SYMBOLS = ("file_input", "eval_input", "fstring_input")


def grammar_text() -> str:
    return GRAMMAR_PATH.read_text(encoding="utf-8")


def grammar_hash(text: str | None = None) -> str:
    """The hash that ties a tables file to the grammar it was built from."""
    if text is None:
        text = grammar_text()
    return hashlib.sha256((FORMAT + "\n" + text).encode("utf-8")).hexdigest()


def build(text: str | None = None) -> dict[str, Any]:
    """Run lark's LALR analysis on the grammar and return the tables (see module doc)."""
    import lark
    from lark.lexer import Lexer
    from lark.lexer import PatternStr

    class _NoLexer(Lexer):
        # The grammar is only analysed; tokens come from indenter.py.
        def __init__(self, conf: Any) -> None:
            pass

        def lex(self, *args: Any) -> Any:  # pragma: no cover - never called
            raise NotImplementedError

    if text is None:
        text = grammar_text()
    parser = lark.Lark(
        text,
        parser="lalr",
        lexer=_NoLexer,
        start=list(START_SYMBOLS),
        keep_all_tokens=True,
        strict=True,  # a shift/reduce conflict is a grammar bug, not something to resolve silently
    )
    table = parser.parser.parser.parser.parse_table
    rule_index = {rule: i for i, rule in enumerate(parser.rules)}
    actions: list[dict[str, int]] = []
    for state in range(len(table.states)):
        row: dict[str, int] = {}
        for symbol, (action, arg) in table.states[state].items():
            if action.name == "Shift":
                row[symbol] = arg
            else:
                row[symbol] = ~rule_index[arg]
        actions.append(row)
    rules = []
    for rule in parser.rules:
        size = len(rule.expansion)
        callback = rule.alias
        if callback is None and size > 1:
            raise ValueError(f"rule {rule} needs an alias (a builder callback)")
        rules.append((size, rule.origin.name, callback))
    terminals = {
        t.pattern.value: t.name for t in parser.terminals if isinstance(t.pattern, PatternStr)
    }
    return {
        "hash": grammar_hash(text),
        "actions": actions,
        "rules": rules,
        "start": dict(table.start_states),
        "end": dict(table.end_states),
        "terminals": terminals,
    }


def save(tables: dict[str, Any], path: Path = TABLES_PATH) -> None:
    with open(path, "wb") as f:
        pickle.dump(tables, f, protocol=4)


def load(path: Path = TABLES_PATH) -> dict[str, Any] | None:
    """The saved tables, or None when the file is missing or unreadable."""
    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, ValueError):
        return None


def main() -> None:
    tables = build()
    save(tables)
    print(f"wrote {TABLES_PATH} ({len(tables['actions'])} states, {len(tables['rules'])} rules)")


if __name__ == "__main__":
    main()
