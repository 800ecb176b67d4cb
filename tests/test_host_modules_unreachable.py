"""Sandboxed code cannot import the host's modules, whatever the host has loaded.

Inside Pyodide the host process has ``js``, ``pyodide`` and ``pyodide_js`` in
``sys.modules`` (``import js`` there owns the page).  The sandbox's import system only
knows the modules the host grants and the sandbox standard library, never ``sys.modules``:
these tests put stand-ins for Pyodide's modules into the host's ``sys.modules`` and check
that no spelling of an import reaches them.  The JavaScript API tests (web/tests) check the
same inside Pyodide itself.
"""

from __future__ import annotations

import sys
import types

import pytest

from interp import Sandbox

HOST_MODULES = ["js", "pyodide", "pyodide.ffi", "pyodide_js", "_pyodide", "micropip"]


@pytest.fixture
def pyodide_like_host(monkeypatch):
    for name in HOST_MODULES:
        module = types.ModuleType(name)
        module.document = "the page"  # type: ignore[attr-defined]
        monkeypatch.setitem(sys.modules, name, module)
    yield


@pytest.mark.parametrize(
    "statement",
    [
        *(f"import {name}" for name in HOST_MODULES),
        "from js import document",
        "from pyodide.ffi import to_js",
        "import pyodide_js as p",
        "import interp",
        "import interp.host.pyodide",
        "import importlib",
        "import posix",
        "import subprocess",
    ],
)
def test_host_modules_cannot_be_imported(pyodide_like_host, statement):
    r = Sandbox().run(f"try:\n    {statement}\nexcept ImportError as e:\n    print(type(e).__name__)\n")
    assert r.ok, r.stderr
    assert r.stdout == "ModuleNotFoundError\n"


def test_os_and_builtins_are_the_sandboxs_own(pyodide_like_host):
    # Both exist as sandbox modules (DESIGN.md invariant 2: views of sandbox state only).
    source = """
import os, builtins
print([hasattr(os, n) for n in ('system', 'popen', 'fork', 'open')])
print([hasattr(builtins, n) for n in ('open', '__import__', 'print')])
print(builtins.print is print, os.environ)
"""
    r = Sandbox().run(source)
    assert r.ok, r.stderr
    # __import__ is the sandbox's own import (DESIGN.md invariant 2), so it is there.
    assert r.stdout == "[False, False, False, False]\n[False, True, True]\nTrue {}\n"


def test_no_back_door_to_the_host_import_system(pyodide_like_host):
    source = """
import sys
found = []
for name in ('meta_path', 'path_hooks', 'path_importer_cache'):
    found.append(hasattr(sys, name))
# sys.modules is a view of the sandbox's own modules: none of the host's is in it.
found.append(any(name in sys.modules for name in ('js', 'pyodide', 'interp', 'os', 'builtins')))
print(found)
try:
    __import__('js')
except ImportError as e:
    print(type(e).__name__)
try:
    exec('import js')
except ImportError as e:
    print(type(e).__name__)
"""
    r = Sandbox().run(source)
    assert r.ok, r.stderr
    assert r.stdout == "[False, False, False, False]\nModuleNotFoundError\nModuleNotFoundError\n"
