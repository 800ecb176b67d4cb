"""Compilation of ``match`` statements.

Each pattern becomes a plain closure ``matcher(frame, subject) -> bool`` that binds
its capture names as it goes.  Sequence and mapping patterns follow CPython's rules:
``str``, ``bytes`` and ``bytearray`` are not sequences; mappings are dicts (and
their subclasses); class patterns use ``__match_args__`` for positional
sub-patterns.
"""

from __future__ import annotations

from collections import deque
from typing import Any

from ..runtime.attributes import MISSING, load_attr
from ..runtime.control import BREAK
from ..syntax import nodes as n

#: ``cls.__mro__`` read from the type itself: a metaclass's ``__getattribute__`` cannot
#: answer it (nor run, when host code walks a program's class).
_mro_of = type.__dict__["__mro__"].__get__

_NOT_SEQUENCES = (str, bytes, bytearray)

# Types whose class pattern with one positional sub-pattern matches the subject itself.
_SELF_MATCHING = (bool, bytearray, bytes, dict, float, frozenset, int, list, set, str, tuple)


def is_sequence(value: Any) -> bool:
    if isinstance(value, _NOT_SEQUENCES):
        return False
    return isinstance(value, (list, tuple, range, deque))


def is_mapping(value: Any) -> bool:
    return isinstance(value, dict)


class PatternCompiler:
    """Mixin of :class:`~interp.compiler.compile.Compiler`: ``match``."""

    def stmt_Match(self, node: n.Match) -> tuple[Any, bool]:
        subject, sg = self.compile_expr(node.subject)
        cases = []
        for case in node.cases:
            matcher = self.compile_pattern(case.pattern)
            guard = self.compile_expr(case.guard) if case.guard is not None else None
            body, bg = self.compile_block(case.body)
            cases.append((matcher, guard, self.as_gen(body, bg)))

        def match(f: list) -> Any:
            value = (yield from subject(f)) if sg else subject(f)
            for matcher, guard, body in cases:
                binds: list = []
                if not matcher(f, value, binds):
                    continue
                # Names are bound only once the whole pattern has matched.
                for store, captured in binds:
                    store(f, captured)
                if guard is not None:
                    fn, gg = guard
                    if not ((yield from fn(f)) if gg else fn(f)):
                        continue
                return (yield from body(f))
            return None

        return match, True

    def compile_pattern(self, p: Any) -> Any:
        return getattr(self, "pattern_" + type(p).__name__)(p)

    def pattern_MatchValue(self, p: n.MatchValue) -> Any:
        value = self.plain(p.value)

        def match_value(f: list, subject: Any, binds: list) -> bool:
            return subject == value(f)

        return match_value

    def pattern_MatchSingleton(self, p: n.MatchSingleton) -> Any:
        expected = p.value

        def match_singleton(f: list, subject: Any, binds: list) -> bool:
            return subject is expected

        return match_singleton

    def pattern_MatchAs(self, p: n.MatchAs) -> Any:
        inner = self.compile_pattern(p.pattern) if p.pattern is not None else None
        store = self.store_name(p.name) if p.name is not None else None

        def match_as(f: list, subject: Any, binds: list) -> bool:
            if inner is not None and not inner(f, subject, binds):
                return False
            if store is not None:
                binds.append((store, subject))
            return True

        return match_as

    def pattern_MatchOr(self, p: n.MatchOr) -> Any:
        alternatives = [self.compile_pattern(a) for a in p.patterns]

        def match_or(f: list, subject: Any, binds: list) -> bool:
            for alt in alternatives:
                attempt: list = []
                if alt(f, subject, attempt):
                    binds.extend(attempt)
                    return True
            return False

        return match_or

    def pattern_MatchSequence(self, p: n.MatchSequence) -> Any:
        star = next((i for i, s in enumerate(p.patterns) if isinstance(s, n.MatchStar)), None)
        subs = [self.compile_pattern(s) for s in p.patterns]
        count = len(subs)

        def match_sequence(f: list, subject: Any, binds: list) -> bool:
            if not is_sequence(subject):
                return False
            items = list(subject)
            if star is None:
                if len(items) != count:
                    return False
                for sub, item in zip(subs, items):
                    if not sub(f, item, binds):
                        return False
                return True
            before, after = star, count - star - 1
            if len(items) < before + after:
                return False
            for i in range(before):
                if not subs[i](f, items[i], binds):
                    return False
            for j in range(after):
                if not subs[star + 1 + j](f, items[len(items) - after + j], binds):
                    return False
            return subs[star](f, items[before : len(items) - after], binds)

        return match_sequence

    def pattern_MatchStar(self, p: n.MatchStar) -> Any:
        store = self.store_name(p.name) if p.name is not None else None

        def match_star(f: list, subject: Any, binds: list) -> bool:
            if store is not None:
                binds.append((store, list(subject)))
            return True

        return match_star

    def pattern_MatchMapping(self, p: n.MatchMapping) -> Any:
        keys = [self.plain(k) for k in p.keys]
        subs = [self.compile_pattern(s) for s in p.patterns]
        rest = self.store_name(p.rest) if p.rest is not None else None

        def match_mapping(f: list, subject: Any, binds: list) -> bool:
            if not is_mapping(subject):
                return False
            seen = []
            for key_fn, sub in zip(keys, subs):
                key = key_fn(f)
                if key in seen:
                    raise ValueError(f"mapping pattern checks duplicate key ({key!r})")
                seen.append(key)
                if key not in subject:
                    return False
                if not sub(f, subject[key], binds):
                    return False
            if rest is not None:
                remaining = dict(subject)
                for key in seen:
                    remaining.pop(key, None)
                binds.append((rest, remaining))
            return True

        return match_mapping

    def pattern_MatchClass(self, p: n.MatchClass) -> Any:
        cls_fn = self.plain(p.cls)
        positional = [self.compile_pattern(s) for s in p.patterns]
        keyword = [(name, self.compile_pattern(s)) for name, s in zip(p.kwd_attrs, p.kwd_patterns)]

        def match_class(f: list, subject: Any, binds: list) -> bool:
            cls = cls_fn(f)
            if not issubclass(type(cls), type):
                raise TypeError("called match pattern must be a class")
            if not isinstance(subject, cls):
                return False
            names: list = []
            if positional:
                if cls in _SELF_MATCHING or (
                    len(positional) == 1 and any(c in _SELF_MATCHING for c in _mro_of(cls)[:1])
                ):
                    if len(positional) > 1:
                        raise TypeError(
                            f"{cls.__name__}() accepts 1 positional sub-pattern ({len(positional)} given)"
                        )
                    return positional[0](f, subject, binds) and _match_keywords(f, subject, keyword, binds)
                try:
                    match_args = load_attr(cls, "__match_args__")
                except AttributeError:
                    match_args = ()
                if not isinstance(match_args, tuple):
                    raise TypeError(
                        f"{cls.__name__}.__match_args__ must be a tuple (got {type(match_args).__name__})"
                    )
                if len(positional) > len(match_args):
                    raise TypeError(
                        f"{cls.__name__}() accepts {len(match_args)} positional sub-pattern"
                        f"{'s' if len(match_args) != 1 else ''} ({len(positional)} given)"
                    )
                names = list(match_args[: len(positional)])
                for name, sub in zip(names, positional):
                    value = _attr_or_missing(subject, name)
                    if value is MISSING or not sub(f, value, binds):
                        return False
            for name, _ in keyword:
                if name in names:
                    raise TypeError(f"{cls.__name__}() got multiple sub-patterns for attribute '{name}'")
            return _match_keywords(f, subject, keyword, binds)

        return match_class


def _attr_or_missing(subject: Any, name: str) -> Any:
    try:
        return load_attr(subject, name)
    except AttributeError:
        return MISSING


def _match_keywords(f: list, subject: Any, keyword: list, binds: list) -> bool:
    for name, sub in keyword:
        value = _attr_or_missing(subject, name)
        if value is MISSING or not sub(f, value, binds):
            return False
    return True


__all__ = ["PatternCompiler", "BREAK"]
