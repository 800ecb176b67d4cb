"""What a ``def`` leaves behind (interp/compiler/definitions.py).

A CPython module's tree and scope analysis are shared by every sandbox of the process,
so the Code fields taken from them are worked out once and kept on the scope; the Code
objects themselves (their bodies, compiled per sandbox) must stay each sandbox's own.
The stand-in for a deferred body keeps its state in one object, which lets go of the
compiler and the tree once the body is compiled.
"""

from __future__ import annotations

import contextlib
import gc
import io
import types

import interp
from interp.compiler import definitions
from interp.runtime.functions import Function

FIELDS = (
    "name",
    "qualname",
    "filename",
    "firstlineno",
    "argnames",
    "posonlycount",
    "kwonlynames",
    "has_varargs",
    "has_varkw",
    "nslots",
    "cell_params",
    "new_cells",
    "kind",
    "slot_names",
    "docstring",
)


def _function(sandbox: interp.Sandbox, module: str, name: str) -> Function:
    found = sandbox._session.modules[module].__dict__[name]
    assert type(found) is Function
    return found


def test_shared_fields_own_codes() -> None:
    first, second = interp.Sandbox(), interp.Sandbox()
    for sandbox in (first, second):
        result = sandbox.run("import json\nprint(json.dumps({'a': [1, 2]}))\n")
        assert result.stdout == '{"a": [1, 2]}\n', result.error
    for name in ("dumps", "loads"):
        a, b = _function(first, "json", name), _function(second, "json", name)
        assert a.code is not b.code
        assert [getattr(a.code, f) for f in FIELDS] == [getattr(b.code, f) for f in FIELDS]
    # ``dumps`` ran in both: each sandbox compiled its own body.
    assert _function(first, "json", "dumps").code.body is not _function(second, "json", "dumps").code.body


def test_fields_as_cpython_gives_them() -> None:
    source = (
        "def f(a, /, b, *args, c=1, **kw):\n"
        "    'doc'\n"
        "    def g():\n"
        "        return a + c\n"
        "    return g\n"
        "async def co(x):\n"
        "    return x\n"
        "def gen():\n"
        "    yield 1\n"
        "c = f.__code__\n"
        "print(c.co_name, c.co_qualname, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount)\n"
        "print(c.co_firstlineno, c.co_flags & 0x0C, f(1, 2).__code__.co_qualname)\n"
        "print(f.__doc__, f(1, 2)(), co.__code__.co_flags & 0x80, gen.__code__.co_flags & 0x20)\n"
    )
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        exec(compile(source, "<fields>", "exec"), {})
    # The first compile works the fields out, the second reads them back.
    for _ in range(2):
        result = interp.Sandbox().run(source)
        assert result.stdout == buffer.getvalue(), result.error


def test_stub_state_is_one_object_released_after_compiling() -> None:
    sandbox = interp.Sandbox()
    result = sandbox.run("def f(x):\n    return x + 1\ng = f\n")
    assert result.ok, result.error
    stub = sandbox._session.globals["f"].code.body
    assert type(stub) is types.FunctionType
    (cell,) = stub.__closure__
    lazy = cell.cell_contents
    assert type(lazy) is definitions._LazyBody and lazy.compiled is None
    assert lazy.compiler is not None and lazy.code is sandbox._session.globals["f"].code
    assert sandbox.run("print(f(1), g(2))\n").stdout == "2 3\n"
    assert lazy.compiled is not None
    assert lazy.compiler is None and lazy.node is None and lazy.code is None
    assert sandbox._session.globals["f"].code.body is lazy.compiled[0]
    gc.collect()
