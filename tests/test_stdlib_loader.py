"""The loader of CPython's own pure-Python standard library inside the sandbox.

Allow-listed files (interp/stdlib/catalog.py) are read from the host CPython's ``Lib/`` at
run time, parsed once per process and run as sandbox code, one module object per
sandbox.  These tests cover the loader itself (parse once, fresh modules, packages and
relative imports, neutral paths, the allow-list) and the new sandbox views the files
need (``sys.modules``, ``builtins``, ``types``, ``sys.exc_info``, the native helpers),
each with its escape checks: only sandbox values come back.  What the modules compute is
compared with CPython by the conformance programs in tests/conformance/stdlib/.
"""

from __future__ import annotations

import subprocess
import sys
import types as host_types
from pathlib import Path

import pytest

import interp
from interp.host.session import Session
from interp.runtime.attributes import USER_CLASSES
from interp.runtime.modules import Module
from interp.runtime.typetable import TABLES
from interp.stdlib import _source, catalog


def run(source: str, **limits: object) -> interp.Result:
    sandbox = interp.Sandbox(limits=interp.Limits(**limits)) if limits else interp.Sandbox()
    return sandbox.run(source)


def cpython(source: str) -> str:
    """stdout of ``source`` under the host CPython (the oracle)."""
    done = subprocess.run([sys.executable, "-c", source], capture_output=True, text=True, check=True)
    return done.stdout


def is_sandbox_value(value: object) -> bool:
    """Whether ``value`` is something sandbox code may hold (DESIGN.md invariant 1)."""
    if isinstance(value, (host_types.FrameType, host_types.TracebackType, host_types.CodeType)):
        return False
    if isinstance(value, host_types.ModuleType):
        return False
    t = type(value)
    if isinstance(value, type):
        return value in TABLES or id(value) in USER_CLASSES
    return t in TABLES or id(t) in USER_CLASSES or any(k in TABLES for k in t.__mro__[:-1])


# -- the loader ------------------------------------------------------------------------


def test_docs_show_the_catalog() -> None:
    doc = (Path(__file__).resolve().parents[1] / "docs" / "stdlib.md").read_text(encoding="utf-8")
    start = doc.index("<!-- catalog table: generated from interp/stdlib/catalog.py -->\n")
    start = doc.index("\n", start) + 1
    end = doc.index("<!-- end of catalog table -->")
    assert doc[start:end] == catalog.render_table(), "docs/stdlib.md: paste catalog.render_table() again"


def test_catalog_files_exist_on_this_host() -> None:
    missing = [
        name
        for name, entry in catalog.CATALOG.items()
        if entry.source == catalog.CPYTHON
        and sys.version_info >= entry.since
        and catalog.cpython_file(name) is None
    ]
    assert missing == []


def test_a_file_is_parsed_once_per_process(monkeypatch: pytest.MonkeyPatch) -> None:
    assert run("import json").ok
    parsed: list[str] = []
    original = _source.parse
    monkeypatch.setattr(_source, "parse", lambda text, name: parsed.append(name) or original(text, name))
    first = Session()
    second = Session()
    for session in (first, second):
        outcome = session.run("import json, json.decoder\nx = json.dumps([1])", "<main>")
        assert outcome.ok, outcome.traceback
    assert parsed == []
    # The tree is shared; the modules, their globals and their classes are not.
    assert first.modules["json"] is not second.modules["json"]
    assert first.modules["json.decoder"].JSONDecoder is not second.modules["json.decoder"].JSONDecoder


def test_sandboxes_do_not_share_module_state() -> None:
    first = interp.Sandbox()
    second = interp.Sandbox()
    assert first.run("import json\njson.marker = 1\njson.JSONDecoder.extra = 2").ok
    result = second.run("import json\nprint(hasattr(json, 'marker'), hasattr(json.JSONDecoder, 'extra'))")
    assert result.stdout == "False False\n"


def test_packages_and_relative_imports() -> None:
    result = run(
        "import json, re\n"
        "print(json.__package__, json.__path__, json.decoder.__package__, json.decoder.__name__)\n"
        "print(re._parser.__name__, re._compiler._parser is re._parser)\n"
        "import json.scanner as s\nprint(s is json.scanner)\n"
    )
    assert result.ok, result.error
    assert result.stdout == ("json ['<stdlib>/json'] json json.decoder\nre._parser True\nTrue\n")


def test_file_and_traceback_paths_are_neutral() -> None:
    result = run("import json\nprint(json.__file__, json.decoder.__file__)\njson.loads('[1,')")
    assert result.stdout == "<stdlib>/json/__init__.py <stdlib>/json/decoder.py\n"
    assert result.error.type == "JSONDecodeError"
    assert 'File "<stdlib>/json/decoder.py", line ' in result.error.traceback
    # Source lines are shown, and nothing of the host's layout.
    assert "obj, end = self.scan_once(s, idx)" in result.error.traceback
    assert str(catalog.stdlib_dir()) not in result.error.traceback + result.stdout


def test_module_attributes_match_cpython() -> None:
    program = "import keyword, heapq\nprint(sorted(keyword.__all__), heapq.__all__, keyword.__name__)\n"
    assert run(program).stdout == cpython(program)


@pytest.mark.parametrize(
    "name", ["subprocess", "ctypes", "socket", "importlib", "_pydecimal", "pickle", "antigravity", "_json.x"]
)
def test_names_off_the_allow_list_do_not_exist(name: str) -> None:
    result = run(f"import {name}")
    assert result.error is not None and result.error.type == "ModuleNotFoundError"


def test_a_failed_import_leaves_no_module_behind(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    (tmp_path / "_loader_test_boom.py").write_text("import math\nhalf = 1\nraise ValueError('boom')\n")
    monkeypatch.setattr(catalog, "stdlib_dir", lambda: tmp_path)
    monkeypatch.setitem(catalog.CATALOG, "_loader_test_boom", catalog.Entry(catalog.CPYTHON, "a test"))
    sandbox = interp.Sandbox()
    result = sandbox.run("import _loader_test_boom")
    assert result.error.type == "ValueError"
    assert 'File "<stdlib>/_loader_test_boom.py", line 3, in <module>' in result.error.traceback
    again = sandbox.run("import sys\nprint('_loader_test_boom' in sys.modules, 'math' in sys.modules)")
    assert again.stdout == "False True\n"


def test_future_import() -> None:
    program = "from __future__ import annotations, division\nimport __future__\nprint(__future__.all_feature_names[:3])\n"
    assert run(program).stdout == cpython(program)


def test_catastrophic_backtracking_ends_by_a_limit() -> None:
    result = run("import re\nre.match(r'(a+)+$', 'a' * 40 + 'b')", max_steps=200_000)
    assert result.error is not None and result.error.limit == "max_steps"
    result = run("import re\nre.match(r'(a+)+$', 'a' * 40 + 'b')", timeout=1.0)
    assert result.error is not None and result.error.limit == "timeout"


# -- the views and helpers the files need ---------------------------------------------------


def test_sys_modules_is_this_sandboxs_table() -> None:
    session = Session()
    outcome = session.run("import sys, json\nmods = sys.modules\nnames = sorted(mods)", "<main>")
    assert outcome.ok
    modules = session.globals["mods"]
    assert modules is session.modules
    assert all(type(m) is Module for m in modules.values())
    assert "json.decoder" in session.globals["names"]
    # CPython's rule: what sys.modules holds is what import gives.
    result = run("import sys\nsys.modules['fake'] = 42\nimport fake\nprint(fake)")
    assert result.stdout == "42\n"
    assert interp.Sandbox().run("import sys\nprint('fake' in sys.modules)").stdout == "False\n"


def test_builtins_module_is_a_view_of_this_sandboxs_builtins() -> None:
    sandbox = interp.Sandbox()
    result = sandbox.run(
        "import builtins\nbuiltins.shout = lambda s: s.upper()\nprint(shout('hi'), builtins.len is len)"
    )
    assert result.stdout == "HI True\n"
    assert interp.Sandbox().run("shout('x')").error.type == "NameError"
    session = Session()
    assert session.run("import builtins\nvalues = list(vars(builtins).values())", "<main>").ok
    assert all(is_sandbox_value(v) for v in session.globals["values"] if not isinstance(v, (str, type(None))))


def test_types_module_holds_sandbox_types_only() -> None:
    session = Session()
    program = "import types\nvalues = [getattr(types, n) for n in types.__all__]\ncode = type(compile('', '', 'exec'))"
    assert session.run(program, "<main>").ok
    for value in session.globals["values"]:
        # CodeType is the type compile() already gives sandbox code (no attributes exposed).
        assert is_sandbox_value(value) or value is session.globals["code"], value
    program = (
        "import types\n"
        "ns = types.SimpleNamespace(a=1, b='x')\nns.c = [2]\nprint(ns, ns == types.SimpleNamespace(a=1, b='x', c=[2]))\n"
        "def f(self): return self\nclass C: pass\nc = C()\nm = types.MethodType(f, c)\nprint(m() is c)\n"
        "print(types.MappingProxyType({'k': 1})['k'])\n"
        "K = types.new_class('K', (dict,), {}, lambda ns: ns.update(x=1))\nprint(K.__name__, K.x, K.__mro__[1])\n"
    )
    assert run(program).stdout == cpython(program)


def test_mappingproxy_wraps_plain_dicts_only() -> None:
    result = run("import types\nclass M(dict):\n    pass\ntypes.MappingProxyType(M())")
    assert result.error.type == "TypeError"
    result = run("import types\np = types.MappingProxyType({'a': 1})\np['b'] = 2")
    assert result.error.type == "TypeError"


def test_exc_info_gives_the_handled_sandbox_exception() -> None:
    program = (
        "import sys\nprint(sys.exc_info())\n"
        "try:\n    1 / 0\nexcept ZeroDivisionError:\n"
        "    t, v, tb = sys.exc_info()\n    print(t.__name__, v, tb.tb_lineno, sys.exception() is v)\n"
        "print(sys.exception())\n"
    )
    assert run(program).stdout == cpython(program)
    session = Session()
    assert session.run(
        "import sys\ntry:\n    {}['k']\nexcept KeyError:\n    info = sys.exc_info()", "<main>"
    ).ok
    assert all(is_sandbox_value(v) for v in session.globals["info"])


def test_string_helper_returns_plain_data() -> None:
    session = Session()
    program = (
        "import _string\nparts = list(_string.formatter_parser('a{0!r:>3}b{x.y[1]}'))\n"
        "first, rest = _string.formatter_field_name_split('x.y[1]')\nrest = list(rest)\n"
    )
    assert session.run(program, "<main>").ok
    assert session.globals["parts"] == [("a", "0", ">3", "r"), ("b", "x.y[1]", "", None)]
    assert session.globals["rest"] == [(True, "y"), (False, 1)]
    result = run("import _string\nclass S(str):\n    pass\nprint(list(_string.formatter_parser(S('{}'))))")
    assert result.stdout == "[('', '', '', None)]\n"


def test_codecs_helper_refuses_unbounded_codecs() -> None:
    # The registry itself (codecs.register, one per sandbox) is tests/test_stdlib_codecs.py's.
    assert run("import codecs\nprint(codecs.decode(b'\\xc3\\xa9', 'utf-8'))").stdout == "é\n"
    for program in (
        "import codecs\ncodecs.decode(b'x', 'zlib')",
        "import codecs\ncodecs.encode('x', 'rot13')",
    ):
        result = run(program)
        assert result.error is not None and result.error.type in ("LookupError", "TypeError"), program
    # The text codecs are found (CPython imports encodings at start-up; the first lookup does).
    assert run("import codecs\nprint(codecs.lookup('utf-8').name)").stdout == "utf-8\n"
    result = run("import codecs\ncodecs.encode('x' * 10**8, 'utf-8')", max_memory=10**6)
    assert result.error is not None and result.error.type == "MemoryError"


def test_json_helper_raises_the_sandboxs_decode_error() -> None:
    session = Session()
    program = "import json\ntry:\n    json.loads('\"abc')\nexcept json.JSONDecodeError as e:\n    err = e\n"
    assert session.run(program, "<main>").ok
    error = session.globals["err"]
    assert id(type(error)) in USER_CLASSES
    assert type(error) is session.modules["json.decoder"].JSONDecodeError


def test_memoryview_over_bytes_only() -> None:
    program = "m = memoryview(b'abcdefgh')\nprint(m[1], bytes(m[2:4]), m.cast('I').tolist() == list(memoryview(b'abcdefgh').cast('I')), len(m))\n"
    assert run(program).stdout == cpython(program)
    program = "m = memoryview(bytearray(b'xy'))\nit = iter(m)\nprint(type(it).__name__, next(it), list(it), [b for b in m])\nm[0] = 65\nprint(m.obj)\n"
    assert run(program).stdout == cpython(program)
    assert run("memoryview('text')").error.type == "TypeError"
    assert run("memoryview([1, 2])").error.type == "TypeError"
    session = Session()
    program = "m = memoryview(b'abcd')\nvalues = [iter(m), m.obj, m.cast('H'), m.tolist(), m.format, m.shape]"
    assert session.run(program, "<main>").ok
    assert all(is_sandbox_value(v) for v in session.globals["values"])


def test_os_has_no_host_io() -> None:
    result = run("import os\nprint(os.getcwd(), os.environ, os.sep, os.path.join('a', 'b'))\nos.listdir('/')")
    assert result.stdout == "/ {} / a/b\n"
    assert result.error.type == "FileNotFoundError"
    for name in ("system", "popen", "execv", "fork", "open", "kill"):
        assert run(f"import os\nos.{name}").error.type == "AttributeError", name


def test_weakref_and_thread_stand_ins() -> None:
    result = run(
        "import weakref, _thread\nclass C: pass\nc = C()\nr = weakref.ref(c)\nprint(r() is c)\n"
        "lock = _thread.allocate_lock()\nprint(lock.acquire(), lock.acquire(False), lock.locked())\n"
        "lock.acquire()\n"
    )
    assert result.stdout == "True\nTrue False True\n"
    # The only thread waiting for a lock it holds: an error, not a hang.
    assert result.error.type == "RuntimeError"
