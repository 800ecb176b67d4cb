"""Public entry point of the syntax layer: source text to ``nodes`` trees.

The pipeline is: indenter.tokenize (one regex pass, indentation, soft keywords) ->
the LALR loop below, driven by the tables that tables.py built from grammar.lark with
lark -> Builder callbacks (builder.py) that make the nodes during the parse.

Why our own LALR loop rather than lark's parser: it is the hot path of every import
and ``exec``.  Lark's loop goes through token objects, a parser-state class and a
callback wrapper per reduction; this one is a single function over plain dicts and
lists, passes single-child (precedence chain) reductions through without a call, and
caches whole chains of them (see ``_parse``).  Lark itself is imported only to
rebuild missing or stale tables.  A failure (``_ParseFailure`` with the offending
token, or ``indenter.LexError``) goes to ``errors.diagnose``, which reads the same
``line``/``col`` attributes from either.

Every failure is raised as the host SyntaxError family, built by ``errors``.
"""

from __future__ import annotations

import sys
import warnings
from typing import Any

from interp.syntax import budget, file_mode, fstring_errors, indenter, legacy_fstrings, nodes, tables
from interp.syntax.builder import Builder


class _LazyErrors:
    """``errors`` imported on first use: it is needed only when a parse fails, and
    importing it (its tokenizer model and heuristics) would double the start-up."""

    def __getattr__(self, name: str) -> Any:
        from interp.syntax import errors as module

        return getattr(module, name)


errors = _LazyErrors()
_LEGACY_FSTRINGS = sys.version_info < (3, 12)


def _load_tables() -> dict[str, Any]:
    data = tables.load()
    expected = tables.grammar_hash()
    if data is None or data.get("hash") != expected:
        warnings.warn(
            "interp: parse tables missing or stale; building them in memory "
            "(run `python -m interp.syntax.tables`)",
            RuntimeWarning,
            stacklevel=3,
        )
        data = tables.build()
    return data


_TABLES = _load_tables()
_ACTIONS: list[dict[str, int]] = _TABLES["actions"]
_RULES: list[tuple[int, str, str | None]] = [tuple(rule) for rule in _TABLES["rules"]]
_START: dict[str, int] = _TABLES["start"]
_END: dict[str, int] = _TABLES["end"]
TERMINALS: dict[str, str] = _TABLES["terminals"]
# Callback names per rule, resolved to bound methods once per Builder.
_CALLBACK_NAMES = [rule[2] for rule in _RULES]
_SIZES = [rule[0] for rule in _RULES]
_ORIGINS = [rule[1] for rule in _RULES]


class _ParseFailure(Exception):
    """The LALR loop met a token it has no action for."""

    def __init__(self, token: indenter.Token, expected: list[str]) -> None:
        super().__init__(token)
        self.token = token
        self.expected = expected


def _callbacks(builder: Builder) -> list[Any]:
    return [None if name is None else getattr(builder, name) for name in _CALLBACK_NAMES]


# Chains of single-child reductions (test <- or_test <- and_test <- ... <- atom) are
# most of the LALR loop's work: about fifteen steps after every operand.  Such a step
# only replaces the top state, and which state a whole chain ends in depends only on
# the state below it, the state on top and the lookahead token; so each chain is
# walked once and its end remembered here.
_CHAINS: dict[tuple[int, int, str], int] = {}


def _chain_end(below: int, top: int, ttype: str) -> int:
    actions = _ACTIONS
    state = top
    while True:
        action = actions[state].get(ttype)
        if action is None or action >= 0:
            break
        rule = ~action
        if _SIZES[rule] != 1 or _CALLBACK_NAMES[rule] is not None:
            break
        state = actions[below][_ORIGINS[rule]]
    _CHAINS[(below, top, ttype)] = state
    return state


_INCOMPLETE = object()


def _parse(tokens: list[indenter.Token], start: str, callbacks: list[Any]) -> Any:
    """Run the LALR automaton over ``tokens`` (which end with ``$END``)."""
    actions = _ACTIONS
    sizes = _SIZES
    origins = _ORIGINS
    chains = _CHAINS
    end_state = _END[start]
    states = [_START[start]]
    values: list[Any] = []
    push_state = states.append
    push_value = values.append
    countdown = budget.TOKENS_PER_REPORT
    for token in tokens:
        countdown -= 1
        if not countdown:
            countdown = budget.TOKENS_PER_REPORT
            budget.report(budget.TOKENS_PER_REPORT * budget.TOKEN_UNITS)
        ttype = token.type
        while True:
            state = states[-1]
            try:
                action = actions[state][ttype]
            except KeyError:
                raise _ParseFailure(token, sorted(actions[state])) from None
            if action >= 0:
                push_state(action)
                push_value(token)
                break
            rule = ~action
            size = sizes[rule]
            callback = callbacks[rule]
            if callback is None:
                if size == 1:
                    # A single child passes through: only the top state changes.
                    below = states[-2]
                    key = (below, state, ttype)
                    top = chains.get(key)
                    if top is None:
                        top = _chain_end(below, state, ttype)
                    states[-1] = top
                    if ttype == "$END" and top == end_state:
                        return values[-1]
                    continue
                value = None  # an empty optional part
            elif size:
                children = values[-size:]
                del values[-size:]
                del states[-size:]
                value = callback(children)
            else:
                value = callback([])
            push_state(actions[states[-1]][origins[rule]])
            push_value(value)
            if ttype == "$END" and states[-1] == end_state:
                return value
    return _INCOMPLETE  # the tokens ran out before $END (see _run)


def _fail(failure: Exception, source: str, filename: str) -> SyntaxError:
    # errors.diagnose re-scans the source with its model of CPython's tokenizer, which
    # places tokenizer errors (tabs, dedents, strings) exactly where CPython does.
    try:
        error = errors.diagnose(source, filename, failure)
    except Exception:  # pragma: no cover - never let error reporting crash
        error = None
    if error is None:
        return errors.make("invalid syntax", source, filename, getattr(failure, "line", 1), 0)
    return error


def _new_builder(source: str, filename: str) -> Builder:
    """A Builder whose f-string fields are parsed with the same callbacks."""
    builder = Builder(source, filename, None)  # type: ignore[arg-type]
    builder.callbacks = _callbacks(builder)

    def parse_expr(text: str, lineno: int, col: int, kind: str = "f-string") -> nodes.expr:
        return _parse_field(text, lineno, col, builder, kind)

    builder.parse_expr = parse_expr
    return builder


def _run(source: str, filename: str, mode: str, start: str, builder: Builder) -> Any:
    try:
        tokens = indenter.tokenize(source, TERMINALS, mode)
        result = _parse(tokens, start, builder.callbacks)
    except indenter.LexError as failure:
        # A parse error before the tokenizer's error is the one CPython reports.
        try:
            _parse(failure.tokens, start, builder.callbacks)
        except _ParseFailure as earlier:
            raise _fail(earlier, source, filename) from None
        except SyntaxError:
            pass
        raise _fail(failure, source, filename) from None
    except _ParseFailure as failure:
        raise _fail(failure, source, filename) from None
    builder.finish()
    return result


def _guard(call: Any, source: str, filename: str) -> Any:
    """Run ``call``; any host exception but SyntaxError becomes a SyntaxError."""
    try:
        return call()
    except SyntaxError:
        raise
    except RecursionError:
        raise errors.make("too many nested parentheses", source, filename, 1, 0) from None
    except Exception as exc:  # a bug of ours must still surface as a SyntaxError
        raise errors.make(f"invalid syntax ({type(exc).__name__}: {exc})", source, filename, 1, 0) from None


def parse(source: str, filename: str = "<unknown>", mode: str = "exec") -> nodes.Module | nodes.Expression:
    """Parse ``source`` like ``ast.parse(source, filename, mode)`` (modes exec, eval)."""
    if mode not in ("exec", "eval"):
        raise ValueError("mode must be 'exec' or 'eval'")
    if "\0" in source:
        raise errors.make("source code string cannot contain null bytes", source, filename, 1, 0)
    start = "file_input" if mode == "exec" else "eval_input"

    def call() -> Any:
        builder = _new_builder(source, filename)
        try:
            return _run(source, filename, mode, start, builder)
        except SyntaxError as error:
            if filename in file_mode.FILES:
                file_mode.adjust(error)
            if _LEGACY_FSTRINGS:
                # A 3.11 host words f-string errors as 3.11 does (see the module).
                raise legacy_fstrings.reword(error, source, filename) from None
            raise fstring_errors.reword(error, source, filename) from None

    return _guard(call, source, filename)


def parse_expression(
    text: str, lineno: int = 1, col: int = 0, source: str | None = None, filename: str = "<unknown>"
) -> nodes.expr:
    """Parse ``text``, an expression that starts at (lineno, col) of ``source``.

    Used for f-string replacement fields: the text is parsed as if parenthesized
    (newlines are free, ``yield`` and starred tuples are allowed) and the nodes get
    positions in the enclosing file.
    """
    if source is None:
        source = text
    builder = _new_builder(source, filename)
    result = _guard(lambda: _parse_field(text, lineno, col, builder), source, filename)
    builder.finish()
    return result


def _parse_field(text: str, lineno: int, col: int, builder: Builder, kind: str = "f-string") -> nodes.expr:
    """Parse an f-string field with the callbacks (and state) of the enclosing parse.

    The enclosing parse's ``finish`` restores positions for the field's nodes too.
    """
    source = builder.source
    filename = builder.filename
    try:
        tokens = indenter.tokenize(text, TERMINALS, "inner", first_line=lineno, first_col=col)
        return _parse(tokens, "fstring_input", builder.callbacks)
    except indenter.LexError:
        pass
    except _ParseFailure as failure:
        token = failure.token
        if token.type == "$END" and not text.strip():
            raise errors.make(
                f"{kind}: valid expression required before '}}'", source, filename, token.line, token.col
            ) from None
    # Worded as CPython 3.12+'s parser does (``kind``: "t-string" in a template string).
    raise fstring_errors.field_error(text, lineno, col, source, filename, kind) from None
