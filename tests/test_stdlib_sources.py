"""The stdlib layer's start-up and its sandbox-side Python files (interp/stdlib/lib/).

A broken stdlib module must stop the start-up with its own error, not show up in the
sandbox as "No module named ..."; every file under lib/ is loaded through the one
loader, parsed once per process; frames inside these modules show the module's name
and the line of its file.
"""

from __future__ import annotations

import importlib.abc
import importlib.util
import sys
from importlib.machinery import ModuleSpec
from pathlib import Path

import pytest

import interp
import interp.stdlib as stdlib
from interp.stdlib import _source

LIB = Path(stdlib.__file__).resolve().parent / "lib"


class _BrokenModule(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Provides ``interp.stdlib._broken``, whose import fails the way a half-written
    module does (an ImportError from inside it)."""

    NAME = "interp.stdlib._broken"

    def find_spec(self, fullname: str, path: object, target: object = None) -> ModuleSpec | None:
        if fullname == self.NAME:
            return importlib.util.spec_from_loader(fullname, self)
        return None

    def create_module(self, spec: ModuleSpec) -> None:
        return None

    def exec_module(self, module: object) -> None:
        raise ImportError("cannot import name 'missing' from 'interp.runtime.nothing'")


def test_a_broken_stdlib_module_fails_the_start_up(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "meta_path", [_BrokenModule(), *sys.meta_path])
    monkeypatch.delitem(sys.modules, _BrokenModule.NAME, raising=False)
    monkeypatch.setattr(stdlib, "PACKAGE_MODULES", (*stdlib.PACKAGE_MODULES, "_broken"))
    with pytest.raises(ImportError, match="cannot import name 'missing'"):
        stdlib._load_modules()


def test_a_missing_stdlib_module_fails_the_start_up(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stdlib, "PACKAGE_MODULES", (*stdlib.PACKAGE_MODULES, "no_such_module"))
    with pytest.raises(ModuleNotFoundError, match="no_such_module"):
        stdlib._load_modules()


def test_a_listed_module_must_register_a_sandbox_module(monkeypatch: pytest.MonkeyPatch) -> None:
    # _source defines no sandbox module: listing it is a mistake the start-up reports.
    monkeypatch.setattr(stdlib, "PACKAGE_MODULES", ("_source",))
    with pytest.raises(ImportError, match="registers no sandbox module"):
        stdlib._load_modules()


def _lib_module_names() -> list[str]:
    names = []
    for path in sorted(LIB.rglob("*.py")):
        parts = path.relative_to(LIB).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names.append(".".join(parts))
    return names


def test_lib_holds_the_sandbox_source_files() -> None:
    names = _lib_module_names()
    for name in ("asyncio", "asyncio._more", "_collections", "dataclasses"):
        assert name in names
    # Sandbox source, not host modules: no package marker that would make the folder one.
    assert not (LIB / "__init__.py").exists()


@pytest.mark.parametrize("name", _lib_module_names())
def test_every_lib_file_loads_once_per_process(name: str) -> None:
    loaded = _source.load(name)
    assert loaded.text == Path(loaded.path).read_text(encoding="utf-8")
    assert _source.load(name) is loaded


def test_the_wheel_ships_every_lib_file() -> None:
    sys.path.insert(0, str(LIB.parents[2] / "web"))
    try:
        import build
    finally:
        sys.path.pop(0)
    shipped = {arc for arc, _ in build.interp_package_files()}
    for path in LIB.rglob("*.py"):
        assert path.relative_to(LIB.parents[2]).as_posix() in shipped


def test_a_name_without_a_file_is_a_lookup_error() -> None:
    with pytest.raises(LookupError, match="no_such_module"):
        _source.load("no_such_module")


@pytest.mark.parametrize("name", sorted(stdlib.MODULES))
def test_every_registered_module_imports(name: str) -> None:
    result = interp.Sandbox().run(f"import {name}\nprint({name}.__name__)")
    assert result.error is None, result.error
    # _collections_abc names itself collections.abc, as CPython's does.
    assert result.stdout == f"{'collections.abc' if name == '_collections_abc' else name}\n"


def _line_of(path: Path, text: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if text in line)


def test_frames_in_sandbox_modules_show_the_module_and_the_file_line() -> None:
    result = interp.Sandbox().run("import collections\ncollections.defaultdict(1)\n")
    line = _line_of(LIB / "_collections.py", "must be callable or None")
    assert f'File "<_collections>", line {line}, in __init__\n' in result.error.traceback


def test_frames_in_a_part_compiled_on_first_use_belong_to_the_module() -> None:
    # Both parts of asyncio compile as "<asyncio>", whose frames tracebacks leave out (its
    # loop and tasks are C code in CPython): the program's frame is the last one shown.
    result = interp.Sandbox().run("import asyncio\nasyncio.Queue().get_nowait()\n")
    assert result.error.type == "QueueEmpty"
    assert "<asyncio" not in result.error.traceback
    assert "line 2, in <module>\n" in result.error.traceback
    from interp.runtime.tracebacks import HIDDEN_FILES

    # (array and _queue hide their own files the same way.)
    assert {name for name in HIDDEN_FILES if name.startswith("<asyncio")} == {"<asyncio>"}
