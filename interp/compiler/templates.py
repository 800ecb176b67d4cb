"""Compilation of t-strings (PEP 750, CPython 3.14) into closures.

A ``TemplateStr`` node holds literal ``Constant`` pieces and ``Interpolation`` fields.
Its value is a ``string.templatelib.Template`` (:mod:`interp.runtime.templates`): the
literal pieces are known when compiling, so the tuple of strings is built once here;
at run time each field's value is evaluated, then its format spec (an f-string of
its own, so ``{x:>{width}}`` gives ``'>10'``), field after field from left to right
as CPython does, and nothing is formatted or converted: the conversion letter and the
spec are handed over as they are.
"""

from __future__ import annotations

from typing import Any

from ..runtime.templates import CONVERSION_LETTERS, make_template
from ..syntax import nodes as n


def _literal(value: str) -> Any:
    def constant(f: list) -> str:
        return value

    return constant


class TemplateCompiler:
    """Mixin of :class:`~interp.compiler.compile.Compiler`: template strings."""

    compile_expr: Any  # ExpressionCompiler's

    def expr_TemplateStr(self, node: n.TemplateStr) -> tuple[Any, bool]:
        strings: list[str] = []
        pending = ""
        fields = []
        for part in node.values:
            if isinstance(part, n.Constant):
                pending += part.value
                continue
            strings.append(pending)
            pending = ""
            value, vg = self.compile_expr(part.value)
            if part.format_spec is None:
                spec, sg = _literal(""), False
            else:
                spec, sg = self.compile_expr(part.format_spec)
            fields.append((value, vg, part.str, CONVERSION_LETTERS[part.conversion], spec, sg))
        strings.append(pending)
        pieces = tuple(strings)

        if not any(vg or sg for _, vg, _, _, _, sg in fields):
            plain = [
                (value, expression, conversion, spec) for value, _, expression, conversion, spec, _ in fields
            ]

            def template(f: list) -> Any:
                return make_template(
                    pieces,
                    [
                        (value(f), expression, conversion, spec(f))
                        for value, expression, conversion, spec in plain
                    ],
                )

            return template, False

        def template_gen(f: list) -> Any:
            evaluated = []
            for value, vg, expression, conversion, spec, sg in fields:
                v = (yield from value(f)) if vg else value(f)
                s = (yield from spec(f)) if sg else spec(f)
                evaluated.append((v, expression, conversion, s))
            return make_template(pieces, evaluated)

        return template_gen, True

    def expr_Interpolation(self, node: n.Interpolation) -> tuple[Any, bool]:
        # Only a TemplateStr holds these, and it compiles them itself.
        raise AssertionError("an Interpolation outside a TemplateStr")
