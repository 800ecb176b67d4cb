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

File format (``marshal`` of a dict of plain str/int/list/dict/tuple values: marshal
is built into the interpreter, so loading imports nothing, and its format for these
types has been the same from Python 3.4 to 3.14):
- ``hash``: CRC-32 and length of the grammar text and of ``FORMAT`` (it only has to
  notice an edit; hashlib would cost ~10 ms of start-up to load OpenSSL);
- ``actions``: one dict per state, symbol name -> action; an action ``>= 0`` is a
  shift (terminal) or goto (rule) to that state, ``< 0`` is ``~rule_index`` (reduce).
  On disk each row is a pair (symbol indices, actions) into ``symbols``, which loads
  about three times faster than marshalled dicts;
- ``rules``: per rule ``(size, origin, callback)``, where callback is the builder
  method name, or None (pass the single child through; an empty rule yields None);
- ``start``/``end``: start symbol -> initial state / accepting state;
- ``terminals``: keyword or operator text -> terminal name.
"""

from __future__ import annotations

import marshal
import os
import sys
import zlib
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
    data = (FORMAT + "\n" + text).encode("utf-8")
    return f"crc32:{zlib.crc32(data):08x}:{len(data)}"


def build(text: str | None = None) -> dict[str, Any]:
    """Run lark's LALR analysis on the grammar and return the tables (see module doc)."""
    import lark
    from lark.lexer import Lexer, PatternStr

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
    # Lark numbers states in set-iteration order (it varies between runs); number
    # them breadth first from the start states, symbols in sorted order, so that the
    # committed file is reproducible byte for byte.
    number: dict[int, int] = {}
    queue = [table.start_states[start] for start in START_SYMBOLS]
    for state in queue:
        number.setdefault(state, len(number))
    for state in queue:
        for symbol in sorted(table.states[state]):
            action, arg = table.states[state][symbol]
            if action.name == "Shift" and arg not in number:
                number[arg] = len(number)
                queue.append(arg)
    actions: list[dict[str, int]] = [{} for _ in number]
    for state, new in number.items():
        row = actions[new]
        for symbol in sorted(table.states[state]):
            action, arg = table.states[state][symbol]
            # str(): lark's names are Token objects; plain strings keep lark out.
            if action.name == "Shift":
                row[str(symbol)] = number[arg]
            else:
                row[str(symbol)] = ~rule_index[arg]
    rules = []
    for rule in parser.rules:
        size = len(rule.expansion)
        callback = rule.alias
        if callback is None and size > 1:
            raise ValueError(f"rule {rule} needs an alias (a builder callback)")
        rules.append((size, str(rule.origin.name), None if callback is None else str(callback)))
    terminals = {
        str(t.pattern.value): str(t.name)
        for t in sorted(parser.terminals, key=lambda t: t.name)
        if isinstance(t.pattern, PatternStr)
    }
    return {
        "hash": grammar_hash(text),
        "actions": actions,
        "rules": rules,
        "start": {start: number[table.start_states[start]] for start in START_SYMBOLS},
        "end": {start: number[table.end_states[start]] for start in START_SYMBOLS},
        "terminals": terminals,
    }


def save(tables: dict[str, Any], path: Path = TABLES_PATH) -> None:
    """Write ``tables`` compactly: each action row as (symbol indices, actions)."""
    symbols = sorted({symbol for row in tables["actions"] for symbol in row})
    index = {symbol: i for i, symbol in enumerate(symbols)}
    compact = dict(tables)
    compact["symbols"] = symbols
    compact["actions"] = [(tuple(index[k] for k in row), tuple(row.values())) for row in tables["actions"]]
    with open(path, "wb") as f:
        marshal.dump(compact, f, 2)  # version 2 writes no back-references: reproducible bytes


def load(path: Path = TABLES_PATH) -> dict[str, Any] | None:
    """The saved tables, or None when the file is missing or unreadable."""
    try:
        with open(path, "rb") as f:
            # loads(read()): marshal.load on a file reads in small pieces, ~50x slower.
            data = marshal.loads(f.read())
        # Interned names make the parser's dict look-ups hit on identity.
        symbols = [sys.intern(symbol) for symbol in data["symbols"]]
        data["actions"] = [dict(zip([symbols[i] for i in keys], values)) for keys, values in data["actions"]]
    except (OSError, EOFError, ValueError, TypeError, KeyError, IndexError):
        return None
    return data


def main() -> None:
    if os.environ.get("PYTHONHASHSEED") != "0":
        # Lark numbers the LALR states in set-iteration order, which follows string
        # hashing; a fixed seed makes the committed file reproducible byte for byte.
        env = dict(os.environ, PYTHONHASHSEED="0")
        import subprocess  # here: a build step; the parser's start-up does not need it

        raise SystemExit(subprocess.call([sys.executable, "-m", "interp.syntax.tables"], env=env))
    tables = build()
    save(tables)
    print(f"wrote {TABLES_PATH} ({len(tables['actions'])} states, {len(tables['rules'])} rules)")


if __name__ == "__main__":
    main()
