"""The sandbox's codec registry (``_codecs.register``/``lookup``/``unregister``).

Each sandbox has its own registry of sandbox search functions; ``lookup`` calls them
as sandbox code, under the program's meter.  The programs here run under CPython and in
a sandbox and must print the same.  Real encodings (``codecs.lookup("utf-8")``) go
through ``encodings.search_function``, which needs ``__import__``: not here yet.
"""

from __future__ import annotations

import contextlib
import io

import interp

REGISTRY = r"""
import codecs
import _codecs
seen = []
def search(name):
    seen.append(name)
    if name == "rot_x":
        return ("enc", "dec", None, None)
    if name == "three":
        return (1, 2, 3)
    return None
for bad in ["nope", "Nope X-y", 3]:
    try:
        codecs.lookup(bad)
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)
codecs.register(search)
print(codecs.lookup("ROT x"), codecs.lookup("rot-x") is codecs.lookup("rot_x"))
for name in ["three", " Weird..  Name-1 ", "é-X"]:
    try:
        codecs.lookup(name)
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)
print(seen)
codecs.unregister(search)
codecs.unregister(search)
try:
    codecs.lookup("rot_x")
except LookupError as e:
    print(e)
for bad in [5, None]:
    try:
        codecs.register(bad)
    except TypeError as e:
        print(e)
try:
    codecs.lookup("a\0b")
except ValueError as e:
    print("ValueError", e)
"""


def _cpython(source: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(source, {})
    return out.getvalue()


def test_registry_matches_cpython() -> None:
    import codecs

    before = codecs.lookup("utf-8")
    want = _cpython(REGISTRY)
    assert codecs.lookup("utf-8") is before
    result = interp.Sandbox().run(REGISTRY)
    assert result.error is None, result.error
    assert result.stdout == want


def test_registries_are_per_sandbox() -> None:
    first = interp.Sandbox()
    second = interp.Sandbox()
    program = "import codecs\ncodecs.register(lambda n: ('e', 'd', 'r', 'w') if n == 'mine' else None)\n"
    assert first.run(program).error is None
    assert first.run("import codecs\nprint(codecs.lookup('mine'))").stdout == "('e', 'd', 'r', 'w')\n"
    other = second.run("import codecs\ncodecs.lookup('mine')")
    assert other.error is not None and other.error.type == "LookupError"


def test_search_functions_run_under_the_meter() -> None:
    program = (
        "import codecs\ndef s(name):\n    while True:\n        pass\ncodecs.register(s)\ncodecs.lookup('x')\n"
    )
    result = interp.Sandbox(limits=interp.Limits(max_steps=20_000)).run(program)
    assert result.error is not None and result.error.limit == "max_steps"
    program = "import codecs\ncodecs.register(lambda name: codecs.lookup(name + 'x'))\ncodecs.lookup('x')\n"
    result = interp.Sandbox().run(program)
    assert result.error is not None and result.error.type == "RecursionError"


def test_strptime_and_calendar_import() -> None:
    program = (
        "import datetime, calendar, locale\n"
        "print(datetime.datetime.strptime('05/06/22 07:08', '%d/%m/%y %H:%M'), calendar.isleap(2024))\n"
        "print(locale.getlocale(locale.LC_TIME), locale.normalize('en_US.utf8'))\n"
    )
    result = interp.Sandbox().run(program)
    assert result.error is None, result.error
    assert result.stdout == _cpython(program)
