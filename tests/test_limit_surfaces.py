"""Every place that lists the limits lists those of ``interp.Limits``, with its defaults.

``Limits`` (interp/runtime/limits.py) is the one source: the meter, the Pyodide glue and
the command line derive theirs from its fields.  ``interp.js``, ``interp.d.ts`` and the
docs are written by hand, so this test pins them: a limit added to ``Limits`` fails here
until each of them lists it.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import re
from pathlib import Path

import pytest

import interp
from interp.__main__ import main
from interp.host.cli import add_limit_flags, cli_defaults, limits_from_flags
from interp.host.sandbox import Sandbox
from interp.runtime.limits import RECURSION_LIMIT, SPECS, Limits, describe
from interp.runtime.meter import Meter

ROOT = Path(__file__).resolve().parent.parent
DEFAULTS = Limits()
#: The command line's defaults: Limits()'s but where a limit's ``cli_default`` differs.
CLI_DEFAULTS = cli_defaults()
#: JavaScript option keys, in declaration order.
JS_OPTIONS = [spec.js_option for spec in SPECS.values()]
#: What ``error.limit`` may say, in Python and in JavaScript.
ENDING_PY = {name for name, spec in SPECS.items() if spec.hard} | {"stopped"}
ENDING_JS = {spec.js for spec in SPECS.values() if spec.hard} | {"stopped"}


def _text(rel: str) -> str:
    return (ROOT / rel).read_text(encoding="utf-8")


def _section(text: str, heading: str) -> str:
    """The body of the markdown section whose heading line is ``heading``."""
    start = text.index(f"\n{heading}\n") + len(heading) + 2
    end = re.search(r"^#{1,6} ", text[start:], re.MULTILINE)
    return text[start : start + end.start()] if end else text[start:]


def _table(section: str) -> dict[str, list[str]]:
    """First-column name (in backticks) -> the other cells, for each row of the table."""
    rows = {}
    for line in section.splitlines():
        m = re.match(r"\| `(\w+)` \|(.*)\|$", line)
        if m:
            rows[m.group(1)] = [cell.strip() for cell in m.group(2).split("|")]
    return rows


def _normal(shown: str) -> str:
    # The docs write 10 000 and 10000 alike.
    return shown.replace(" ", "").replace("\u202f", "")


def _js_default(name: str) -> str:
    spec = SPECS[name]
    value = getattr(DEFAULTS, name)
    if value is not None and spec.js_factor is not None:
        value = round(value / spec.js_factor)
    return describe(value, spec.unit)


def _flags(text: str) -> set[str]:
    return set(re.findall(r"--(?:timeout|max-[a-z-]+)", text))


CLI_FLAGS = {spec.flag for spec in SPECS.values()}


# -- Python ----------------------------------------------------------------------------------


def test_limits_is_one_class_everywhere() -> None:
    from interp.host import sandbox

    assert interp.Limits is sandbox.Limits is Limits
    assert list(SPECS) == [f for f in Limits.__dataclass_fields__]


def test_meter_takes_the_limits_whole() -> None:
    limits = Limits(**{name: i + 7 for i, name in enumerate(SPECS)})
    meter = Meter(limits)
    assert meter.limits is limits
    for name in SPECS:
        assert getattr(meter, name) == getattr(limits, name), name


def test_sandbox_forwards_the_limits_whole() -> None:
    limits = Limits(max_steps=12345, max_host_calls=3)
    assert Sandbox(limits=limits)._session.meter.limits is limits


def test_a_bare_meter_has_every_limit_off_but_the_depth() -> None:
    meter = Meter()
    for name, spec in SPECS.items():
        if name == "max_depth":
            # The depth check reads the recursion limit, which starts at CPython's and
            # may be raised by the program up to the configured ceiling.
            assert meter.depth_ceiling == DEFAULTS.max_depth
            assert meter.max_depth == min(RECURSION_LIMIT, DEFAULTS.max_depth)
            continue
        expected = None if spec.unlimited else getattr(DEFAULTS, name)
        assert getattr(meter, name) == expected, name


def test_every_field_has_a_distinct_spelling() -> None:
    specs = list(SPECS.values())
    for attribute in ("js", "js_option", "flag"):
        values = [getattr(spec, attribute) for spec in specs]
        assert len(set(values)) == len(values), attribute
    assert "stopped" not in SPECS and "stopped" not in {spec.js for spec in specs}


# -- the command line ------------------------------------------------------------------------


def test_cli_help_lists_every_limit_with_its_default() -> None:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit):
        main(["--help"])
    text = " ".join(out.getvalue().split())  # argparse wraps lines
    assert _flags(text) == CLI_FLAGS
    options = text[text.index("show this help message") :]  # past the usage line
    for name, spec in SPECS.items():
        m = re.search(re.escape(spec.flag) + r" [A-Z]+ .*?\(default: ([^;]+);", options)
        assert m and m.group(1) == describe(getattr(CLI_DEFAULTS, name), spec.unit), spec.flag


def test_cli_flags_set_every_limit() -> None:
    parser = argparse.ArgumentParser()
    add_limit_flags(parser)
    assert limits_from_flags(parser.parse_args([])) == CLI_DEFAULTS
    argv = []
    for i, spec in enumerate(SPECS.values()):
        argv += [spec.flag, str(i + 2)]
    limits = limits_from_flags(parser.parse_args(argv))
    assert [getattr(limits, name) for name in SPECS] == [i + 2 for i in range(len(SPECS))]
    zeros = [arg for spec in SPECS.values() if spec.unlimited for arg in (spec.flag, "0")]
    off = limits_from_flags(parser.parse_args(zeros))
    for name, spec in SPECS.items():
        assert getattr(off, name) == (None if spec.unlimited else getattr(DEFAULTS, name)), name


def test_cli_max_depth_flag(capsys: pytest.CaptureFixture[str]) -> None:
    program = "def f(n):\n    return n if n == 0 else f(n - 1)\nprint(f(150))\n"
    assert main(["--max-depth", "200", "-c", program]) == 0
    assert capsys.readouterr().out == "0\n"
    assert main(["--max-depth", "100", "-c", program]) == 1
    assert "RecursionError" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--max-depth", "0", "-c", program])
    assert "at least 1" in capsys.readouterr().err


def test_cli_defaults_differ_only_where_the_metadata_says() -> None:
    for name, spec in SPECS.items():
        expected = getattr(DEFAULTS, name) if spec.cli_default is None else spec.cli_default
        assert getattr(CLI_DEFAULTS, name) == expected, name
    assert CLI_DEFAULTS.max_wall == 60 and DEFAULTS.max_wall is None


def test_cli_max_steps_flag(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--max-steps", "5000", "-c", "while True:\n    pass\n"]) == 1
    assert "(limit: max_steps)" in capsys.readouterr().err


# -- JavaScript ------------------------------------------------------------------------------


def test_interp_js_limits_list() -> None:
    m = re.search(r"^const LIMITS = \[([^\]]*)\];$", _text("web/site/interp.js"), re.MULTILINE)
    assert m, "interp.js no longer has its LIMITS list: update this test"
    assert re.findall(r'"(\w+)"', m.group(1)) == JS_OPTIONS


def test_interp_d_ts_limits() -> None:
    text = _text("web/site/interp.d.ts")
    body = re.search(r"^export interface Limits \{\n(.*?)^\}", text, re.MULTILINE | re.DOTALL)
    assert body, "interp.d.ts no longer declares `interface Limits`: update this test"
    keys = re.findall(r"/\*\*(.*?)\*/\s*(\w+)\?: ([^;]+);", body.group(1), re.DOTALL)
    assert [key for _, key, _ in keys] == JS_OPTIONS
    by_option = {spec.js_option: name for name, spec in SPECS.items()}
    for comment, key, declared in keys:
        name = by_option[key]
        assert ("null" in declared) == SPECS[name].unlimited, key
        default = re.search(r"Default:? ([^.]+)\.", comment)
        assert default and _normal(default.group(1)) == _normal(_js_default(name)), key
    union = re.search(r"^export type LimitName = ([^;]+);", text, re.MULTILINE)
    assert union and set(re.findall(r'"(\w+)"', union.group(1))) == ENDING_JS


# -- the docs --------------------------------------------------------------------------------


def test_python_api_doc() -> None:
    text = _text("docs/python-api.md")
    table = _table(_section(text, "## `interp.Limits`"))
    assert list(table) == list(SPECS)
    for name, spec in SPECS.items():
        assert _normal(table[name][1]) == _normal(describe(getattr(DEFAULTS, name), spec.unit)), name
    result = _section(text, "## `interp.Result`")
    ending = re.search(r"name of the limit that ended the run:(.*?); else", result, re.DOTALL)
    assert ending and set(re.findall(r"`(\w+)`", ending.group(1))) == ENDING_PY
    assert _flags(_section(text, "## Command line")) == CLI_FLAGS


def test_js_api_doc() -> None:
    text = _text("docs/js-api.md")
    table = _table(_section(text, "## Limits"))
    assert list(table) == JS_OPTIONS
    for name, spec in SPECS.items():
        assert _normal(table[spec.js_option][1]) == _normal(_js_default(name)), spec.js_option
    option = _table(_section(text, "## `rt.sandbox(options?) → Sandbox`"))["limits"][0]
    assert re.findall(r"\w+", option.split("}")[0]) == JS_OPTIONS
    ending = re.search(r"`error.limit` names the limit that ended the run:(.*?), else", text, re.DOTALL)
    assert ending and set(re.findall(r'"(\w+)"', ending.group(1))) == ENDING_JS


def test_readme_command_line() -> None:
    assert _flags(_section(_text("README.md"), "## Command line")) == CLI_FLAGS
