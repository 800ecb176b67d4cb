"""Programs that make printing their exception hard never crash the host.

The cases whose output CPython prints deterministically are in the traceback corpus
(``tests/tracebacks/hostile/``, compared with CPython byte for byte).  These are the
rest: programs on which CPython itself gives up ("lost sys.stderr", a segmentation
fault on a chain of 10**5 contexts), where the sandbox must still end with a clean
Result; and what crosses to the host, which must be exact builtin values whatever
the program returns from its ``__str__`` or ``__repr__``.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
import textwrap
from dataclasses import fields

import pytest
from oracle_env import oracle_env

import interp
from interp.runtime import tracebacks

#: A str subclass whose every method the host might call raises: the host running
#: any of them shows up as a host exception in the test.
HOSTILE_STR = """
class S(str):
    def __str__(self): raise RuntimeError("S.__str__ ran")
    def __repr__(self): raise RuntimeError("S.__repr__ ran")
    def __format__(self, spec): raise RuntimeError("S.__format__ ran")
    def __reduce_ex__(self, protocol): raise RuntimeError("S.__reduce_ex__ ran")
    def __deepcopy__(self, memo): raise RuntimeError("S.__deepcopy__ ran")
    def __eq__(self, other): raise RuntimeError("S.__eq__ ran")
    def __hash__(self): raise RuntimeError("S.__hash__ ran")
    def __len__(self): raise RuntimeError("S.__len__ ran")
    def __iter__(self): raise RuntimeError("S.__iter__ ran")
    def encode(self, *a, **k): raise RuntimeError("S.encode ran")
"""


def run(source: str, **kwargs: object) -> interp.Result:
    return interp.Sandbox(**kwargs).run(textwrap.dedent(source))


def assert_exact(result: interp.Result) -> None:
    """Every text of ``result`` is an exact str, and it copies and serialises without
    running any method of the program's."""
    for name in ("stdout", "stderr", "result_repr"):
        value = getattr(result, name)
        assert value is None or type(value) is str, name
    if result.error is not None:
        for f in fields(result.error):
            value = getattr(result.error, f.name)
            assert value is None or type(value) in (str, int), f.name
    json.dumps(result.to_dict(), default=repr)
    copy.deepcopy(result)


def cpython(source: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(source)], capture_output=True, text=True, env=oracle_env()
    )


# -- exact values at the boundary ------------------------------------------------------------


def test_str_subclass_message_crosses_as_exact_str() -> None:
    result = run(
        HOSTILE_STR
        + """
class E(Exception):
    def __str__(self):
        return S("the message")
raise E()
"""
    )
    assert not result.ok
    assert_exact(result)
    assert result.error.type == "E"
    # CPython writes the str() it got with str() again, which runs S.__str__: it fails.
    assert result.error.message == "<exception str() failed>"
    assert result.error.traceback.endswith("E: <exception str() failed>\n")


def test_str_subclass_type_name_crosses_as_exact_str() -> None:
    result = run(
        HOSTILE_STR
        + """
class E(Exception):
    pass
E.__name__ = S("Name")
E.__qualname__ = S("Qualname")
E.__module__ = S("module")
raise E("x")
"""
    )
    assert_exact(result)
    assert result.error.type == "Name"
    assert result.error.message == "x"


def test_str_subclass_result_crosses_as_exact_str() -> None:
    result = run(
        """
class S(str):
    def __reduce_ex__(self, protocol): raise RuntimeError("S.__reduce_ex__ ran")
    def __deepcopy__(self, memo): raise RuntimeError("S.__deepcopy__ ran")
class R:
    def __repr__(self):
        return S("R()")
R()
"""
    )
    assert result.ok, result.stderr
    assert_exact(result)
    assert result.result == "R()" and type(result.result) is str
    assert result.result_repr == "R()"


def test_output_and_prompt_reach_the_callbacks_as_exact_str() -> None:
    seen: list[type] = []
    result = run(
        """
class S(str):
    pass
import sys
print(S("printed"))
sys.stdout.write(S("written\\n"))
sys.stderr.write(S("error\\n"))
input(S("prompt> "))
""",
        stdout=lambda text: seen.append(type(text)),
        stderr=lambda text: seen.append(type(text)),
        stdin=lambda prompt: (seen.append(type(prompt)), "answer")[1],
    )
    assert result.ok, result.stderr
    assert seen and set(seen) == {str}
    assert_exact(result)


# -- what CPython gives up on ---------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        # A __str__ whose answer's own __str__ raises (CPython: "lost sys.stderr").
        """
class S(str):
    def __str__(self): raise KeyError("inner")
class E(Exception):
    def __str__(self): return S("hello")
raise E("x")
""",
        # A __notes__ property that raises (CPython: "lost sys.stderr").
        """
class E(Exception):
    @property
    def __notes__(self): raise RuntimeError("no notes")
raise E("x")
""",
        # A __getattribute__ that raises for everything (CPython: "lost sys.stderr").
        """
class E(Exception):
    def __getattribute__(self, name): raise KeyError(name)
def f():
    raise E("x")
f()
""",
        # A __getattribute__ that offers a __dict__ of its own.
        """
class E(Exception):
    def __getattribute__(self, name):
        if name == "__dict__":
            return {"_interp_tb": [("fake", 1, "fake", None)]}
        return object.__getattribute__(self, name)
raise E("x")
""",
    ],
    ids=["str_of_str_raises", "notes_property_raises", "getattribute_raises", "fake_dict"],
)
def test_clean_result_where_cpython_gives_up(body: str) -> None:
    result = run(body)
    assert not result.ok
    assert result.error.limit is None
    assert result.error.type == "E"
    assert_exact(result)
    last = result.error.traceback.splitlines()[-1]
    assert last in ("E: x", "E: <exception str() failed>")
    assert "fake" not in result.error.traceback


def test_str_that_never_returns_ends_with_the_stand_in() -> None:
    # The run's own limits are off: the epilogue budget of the meter ends the __str__.
    result = run(
        """
class E(Exception):
    def __str__(self):
        while True:
            pass
raise E()
"""
    )
    assert result.error.limit is None
    assert result.error.message == "<exception str() failed>"
    assert result.error.traceback.endswith("E: <exception str() failed>\n")


def test_str_runs_once_as_in_cpython() -> None:
    source = """
class E(Exception):
    def __str__(self):
        print("__str__ ran")
        return "message"
raise E()
"""
    expected = cpython(source)
    result = run(source)
    assert result.stdout == expected.stdout
    assert result.error.message == "message"


# -- bounded work ------------------------------------------------------------------------


def test_chain_of_100000_contexts_is_cut() -> None:
    # CPython 3.11 crashes printing this chain (a segmentation fault).
    result = run(
        """
class E(Exception):
    def __str__(self):
        return "e" + str(self.args[0])
e = None
for i in range(100_000):
    x = E(i)
    x.__context__ = e
    e = x
raise e
"""
    )
    text = result.error.traceback
    assert result.error.type == "E" and result.error.message == "e99999"
    printed = [line for line in text.splitlines() if line.startswith("E: ")]
    assert len(printed) == tracebacks._MAX_EXCEPTIONS
    assert printed[-1] == "E: e99999"
    assert text.startswith("[... older exceptions of this chain not shown")


def test_chain_of_raised_contexts_is_cut() -> None:
    result = run(
        """
e = None
for i in range(20_000):
    try:
        raise ValueError(i)
    except ValueError as x:
        x.__context__ = e
        e = x
raise e
"""
    )
    printed = [line for line in result.error.traceback.splitlines() if line.startswith("ValueError: ")]
    assert len(printed) == tracebacks._MAX_EXCEPTIONS
    assert printed[-1] == "ValueError: 19999"


def test_a_million_notes_are_cut() -> None:
    result = run(
        """
e = ValueError("v")
e.__notes__ = ["n"] * 10**6
raise e
"""
    )
    lines = result.error.traceback.splitlines()
    assert lines.count("n") == tracebacks._MAX_NOTES
    assert lines[-1] == f"[... {10**6 - tracebacks._MAX_NOTES} more notes not shown ...]"


def test_huge_traceback_text_is_cut() -> None:
    result = run(
        """
e = ValueError("v")
e.__notes__ = ["x" * 10_000] * 500
raise e
"""
    )
    text = result.error.traceback
    assert len(text) <= tracebacks._MAX_TEXT + 200
    assert text.endswith(tracebacks._TEXT_CUT.format(tracebacks._MAX_TEXT))


def test_group_tree_is_bounded() -> None:
    # 15 members at each of 10 levels: CPython would print 15**10 leaves.
    result = run(
        """
def tree(depth):
    if depth == 0:
        return ValueError("leaf")
    member = tree(depth - 1)
    return ExceptionGroup("g", [member] * 15)
raise tree(10)
"""
    )
    assert result.error.type == "ExceptionGroup"
    assert len(result.error.traceback) <= tracebacks._MAX_TEXT + 200
