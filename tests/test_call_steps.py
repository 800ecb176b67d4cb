"""The steps of a sandbox function call have one source, ``calls.RUN_STEPS``: budget,
depth, body, traceback entry, result.  ``calls.invoke`` is built from that text and the
compiler's call sites run it in place (one generator less per call).  These tests fail
if either stops using it, for instance if someone writes ``invoke`` out again.
"""

from __future__ import annotations

import ast
import textwrap

from interp.compiler import specialize
from interp.runtime import calls


def _statements(source: str) -> list[str]:
    return [
        ast.dump(stmt, annotate_fields=False) for stmt in ast.parse(textwrap.dedent(source).strip("\n")).body
    ]


def test_call_sites_insert_the_steps_of_the_runtime() -> None:
    assert specialize.RUN_STEPS is calls.RUN_STEPS
    assert not hasattr(specialize, "_RUN_DIRECT")
    for template in (specialize._CALL, specialize._METHOD):
        assert "{run}" in template
        assert calls.RUN_STEPS in template.format(args="()", run=calls.RUN_STEPS)


def test_invoke_is_built_from_the_steps() -> None:
    # Its code is that of the template: a hand-written invoke would have another file.
    assert calls.invoke.__code__.co_filename == "<interp.runtime.calls.invoke>"
    source = calls._INVOKE.format(run=calls.RUN_STEPS)
    namespace: dict = {}
    exec(compile(source, "<interp.runtime.calls.invoke>", "exec"), namespace)
    assert namespace["invoke"].__code__.co_code == calls.invoke.__code__.co_code
    # After the docstring and the four statements of binding: the steps, and nothing else.
    body = ast.parse(source).body[0].body[5:]
    assert _statements(calls.RUN_STEPS) == [ast.dump(stmt, annotate_fields=False) for stmt in body]


def test_invoke_runs_in_the_runtime_globals() -> None:
    # The late-bound links it reads rebind themselves in the module's globals.
    assert calls.invoke.__globals__ is vars(calls)
    assert calls.invoke.__code__ in calls.RUNNING_CODES
