"""``try`` ... ``except*``: matching parts of an exception group (PEP 654)."""

from __future__ import annotations

from typing import Any


def _leaves(error: BaseException) -> list[BaseException]:
    if isinstance(error, BaseExceptionGroup):
        out = []
        for e in error.exceptions:
            out.extend(_leaves(e))
        return out
    return [error]


def _check_type(expected: Any) -> None:
    types = expected if isinstance(expected, tuple) else (expected,)
    for t in types:
        if not (isinstance(t, type) and issubclass(t, BaseException)):
            raise TypeError("catching classes that do not inherit from BaseException is not allowed")
        if issubclass(t, BaseExceptionGroup):
            raise TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.")


def _copy_traceback(error: BaseException, part: BaseException) -> None:
    """``split`` gives a part of ``error`` CPython's traceback; it gets the sandbox's too."""
    if part is error:
        return
    for key, value in error.__dict__.items():
        if key.startswith("_interp"):
            part.__dict__[key] = list(value) if type(value) is list else value


def run_star_handlers(f: list, error: BaseException, handlers: list, final: Any) -> Any:
    """Run the ``except*`` clauses for ``error`` (generator), then ``finally``; re-raise
    what is left unhandled, plus anything the handlers raised."""
    naked = not isinstance(error, BaseExceptionGroup)
    group: BaseExceptionGroup | None = BaseExceptionGroup("", [error]) if naked else error
    raised: list[BaseException] = []
    reraised_leaves: set[int] = set()
    try:
        for match, _test, store, delete, hbody, _line in handlers:
            if group is None:
                break
            fn, g = match
            expected = (yield from fn(f)) if g else fn(f)
            _check_type(expected)
            matched, group = group.split(expected)
            if matched is None:
                continue
            _copy_traceback(error, matched)
            if naked and isinstance(matched, BaseExceptionGroup) and len(matched.exceptions) == 1:
                bound: BaseException = matched
            else:
                bound = matched
            if store is not None:
                store(f, bound)
            try:
                yield from hbody(f)
            except BaseException as e:
                if e is bound:
                    reraised_leaves.update(id(x) for x in _leaves(e))
                else:
                    raised.append(e)
            finally:
                if delete is not None:
                    delete(f, quiet=True)
    finally:
        pass
    if final is not None:
        rf = yield from final(f)
        if rf is not None:
            return rf
    keep_ids = reraised_leaves | ({id(x) for x in _leaves(group)} if group is not None else set())
    kept = None
    if keep_ids:
        if naked:
            kept = error
        else:
            kept, _ = error.split(lambda leaf: id(leaf) in keep_ids)
            if kept is not None:
                _copy_traceback(error, kept)
    if raised:
        parts = raised + ([kept] if kept is not None else [])
        if len(parts) == 1:  # CPython raises a single exception as it is
            raise parts[0]
        if all(isinstance(p, Exception) for p in parts):
            raise ExceptionGroup("", parts)
        raise BaseExceptionGroup("", parts)
    if kept is not None:
        raise kept
    return None
