"""CPython's ``ast`` trees in the text form of ``interp.syntax.nodes.dump``.

The oracle of the parser tests: a program parsed by ``ast.parse`` and by interp must
give the same dump.  The conversion only changes representation, never content:
- operators and contexts become their class names ("Add", "Load"), as in our nodes;
- column offsets go from UTF-8 bytes (CPython) to characters (ours);
- fields that our nodes drop (type_comment, type_ignores) are skipped, and fields
  that an older host lacks (type_params before 3.12, default_value before 3.13) take
  the value CPython 3.13 gives when the syntax is absent.

Run as a script (``python3.13 tests/cpython_ast.py < sources.json``) it reads a JSON
list of ``[source, mode]`` and prints a JSON list of dumps (or
``{"error": [class, msg, lineno, offset]}``); tests use it to take Python 3.13 as the
oracle for syntax newer than the host.
"""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from interp.syntax import nodes  # noqa: E402

_MISSING_DEFAULTS = {"type_params": [], "default_value": None}


class _Converter:
    def __init__(self, source: str) -> None:
        # Lines as CPython counts them: only \n, \r\n and \r end a line.
        self.lines = [line.encode("utf-8") for line in _split_lines(source)]

    def column(self, lineno: int | None, col: int | None) -> int | None:
        if lineno is None or col is None:
            return col
        if 1 <= lineno <= len(self.lines):
            return len(self.lines[lineno - 1][:col].decode("utf-8", errors="replace"))
        return col

    def dump(self, node: Any) -> str:
        if isinstance(node, ast.AST):
            name = type(node).__name__
            if isinstance(node, (ast.operator, ast.unaryop, ast.cmpop, ast.boolop, ast.expr_context)):
                return repr(name)
            ours = nodes.NODE_CLASSES[name]
            parts = []
            for field in ours._fields:
                if hasattr(node, field):
                    value = getattr(node, field)
                else:
                    value = _MISSING_DEFAULTS[field]
                parts.append(f"{field}={self.dump(value)}")
            if ours._attributes:
                line = getattr(node, "lineno", None)
                end_line = getattr(node, "end_lineno", None)
                values = {
                    "lineno": line,
                    "col_offset": self.column(line, getattr(node, "col_offset", None)),
                    "end_lineno": end_line,
                    "end_col_offset": self.column(end_line, getattr(node, "end_col_offset", None)),
                }
                parts += [f"{attr}={values[attr]!r}" for attr in ours._attributes]
            return f"{name}({', '.join(parts)})"
        if isinstance(node, list):
            return "[" + ", ".join(self.dump(item) for item in node) + "]"
        return repr(node)


def _split_lines(source: str) -> list[str]:
    lines = []
    start = 0
    i = 0
    n = len(source)
    while i < n:
        ch = source[i]
        if ch == "\n" or ch == "\r":
            if ch == "\r" and i + 1 < n and source[i + 1] == "\n":
                i += 1
            lines.append(source[start : i + 1])
            start = i + 1
        i += 1
    if start < n:
        lines.append(source[start:])
    return lines


def flatten_fstring_positions(tree: Any) -> Any:
    """Give every part of an f-string the position of the whole f-string (in place).

    Before 3.12 CPython gave the constant parts, replacement fields and format specs
    of an f-string the span of the whole literal; 3.12 gives each its own span.  Our
    parser follows 3.12+, so when the oracle is an older host, our tree is compared
    after this flattening (the expressions inside the fields keep their positions,
    which both versions give exactly).
    """
    for node in nodes.walk(tree):
        if type(node).__name__ == "JoinedStr":
            _flatten_parts(node, node)
    return tree


def _flatten_parts(joined: Any, outer: Any) -> None:
    for part in joined.values:
        for attr in ("lineno", "col_offset", "end_lineno", "end_col_offset"):
            setattr(part, attr, getattr(outer, attr))
        if type(part).__name__ == "FormattedValue" and part.format_spec is not None:
            spec = part.format_spec
            for attr in ("lineno", "col_offset", "end_lineno", "end_col_offset"):
                setattr(spec, attr, getattr(outer, attr))
            _flatten_parts(spec, outer)


def dump_tree(tree: ast.AST, source: str) -> str:
    """The dump of a CPython tree parsed from ``source``."""
    return _Converter(source).dump(tree)


def dump_source(source: str, mode: str = "exec") -> str:
    """Parse with the running CPython and dump; SyntaxError propagates."""
    return dump_tree(ast.parse(source, mode=mode), source)


def _main() -> None:
    requests = json.load(sys.stdin)
    results: list[Any] = []
    for source, mode in requests:
        try:
            results.append(dump_source(source, mode))
        except SyntaxError as exc:
            results.append({"error": [type(exc).__name__, exc.msg, exc.lineno, exc.offset]})
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    _main()
