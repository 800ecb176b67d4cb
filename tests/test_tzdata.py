"""The native ``_tzdata`` (interp/stdlib/_tzdata.py) against a tz directory made here:
what it serves, and what it refuses (symlinks out of the directory, huge files,
non-TZif files, FIFOs, keys that are not zone names), on the host side and through
``zoneinfo`` in the sandbox."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

import interp
from interp.stdlib import _tzdata, catalog

UTC_FILE = Path("/usr/share/zoneinfo/UTC")
#: A small TZif file (version 2, one type, UTC), used where the host has none.
SYNTHETIC = (
    b"TZif2"
    + b"\0" * 15
    + (0).to_bytes(4, "big") * 4
    + (0).to_bytes(4, "big")
    + (1).to_bytes(4, "big")
    + (4).to_bytes(4, "big")
    + b"\0\0\0\0\0\0"
    + b"UTC\0"
)
SYNTHETIC = SYNTHETIC + SYNTHETIC + b"\nUTC0\n"


def _zone_bytes() -> bytes:
    return UTC_FILE.read_bytes() if UTC_FILE.is_file() else SYNTHETIC


@pytest.fixture
def tzroot(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    root = tmp_path / "zoneinfo"
    outside = tmp_path / "outside"
    (root / "Zone").mkdir(parents=True)
    (root / "right").mkdir()
    outside.mkdir()
    data = _zone_bytes()
    (root / "Zone" / "A").write_bytes(data)
    (root / "right" / "A").write_bytes(data)
    (root / "Alias").symlink_to("Zone/A")
    (root / "posixrules").symlink_to("Zone/A")
    (outside / "Secret").write_bytes(data)
    (outside / "passwd").write_bytes(b"root:x:0:0\n")
    (root / "Outside").symlink_to(outside / "Secret")
    (root / "Passwd").symlink_to(outside / "passwd")
    (root / "OutDir").symlink_to(outside)
    (root / "Big").write_bytes(b"TZif" + b"\0" * _tzdata.MAX_FILE)
    (root / "zone.tab").write_text("# a table, not a zone\n")
    if hasattr(os, "mkfifo"):
        os.mkfifo(root / "Fifo")
    real = os.path.realpath(root)
    monkeypatch.setattr(_tzdata, "roots", lambda: (real,))
    _tzdata.zone_names.cache_clear()
    yield root
    _tzdata.zone_names.cache_clear()


def test_serves_zones_inside_the_directory(tzroot: Path) -> None:
    data = _zone_bytes()
    assert _tzdata.read_zone("Zone/A") == data
    assert _tzdata.read_zone("Alias") == data  # a link that stays inside
    assert _tzdata.read_zone("right/A") == data  # readable by key, as in CPython


def test_refuses_what_is_not_a_zone_of_the_directory(tzroot: Path) -> None:
    for key in ("Outside", "Passwd", "OutDir/Secret", "OutDir/passwd", "Big", "Fifo", "Zone", "Nothing"):
        assert _tzdata.read_zone(key) is None, key
    # A regular file that is not TZif: known to exist, content withheld.
    assert _tzdata.read_zone("zone.tab") == b""
    for key in (
        "../outside/Secret",
        "/etc/passwd",
        "Zone/../Alias",
        ".",
        "..",
        ".hidden",
        "Zone/A\0",
        "",
        "Zone//A",
        "Zone/A/",
        "a" * 300,
        "Zóne/A",
        " Zone/A",
    ):
        assert not _tzdata.valid_key(key), key
        assert _tzdata.read_zone(key) is None, key


def test_lists_the_zones_as_cpython_does(tzroot: Path) -> None:
    # right/ is left out, posixrules too; links inside count, links out do not.
    assert _tzdata.zone_names() == ("Alias", "Zone/A")


@pytest.mark.skipif(catalog.cpython_file("zoneinfo._zoneinfo") is None, reason="no Python ZoneInfo here")
def test_zoneinfo_in_the_sandbox_over_the_directory(tzroot: Path) -> None:
    result = interp.Sandbox().run(
        "import zoneinfo\n"
        "from zoneinfo import ZoneInfo\n"
        "print(ZoneInfo('Alias').utcoffset(None), sorted(zoneinfo.available_timezones()))\n"
        "for key in ('Outside', 'Passwd', 'OutDir/passwd', 'Big', 'Fifo', 'zone.tab'):\n"
        "    try:\n"
        "        ZoneInfo(key)\n"
        "    except Exception as e:\n"
        "        print(key, type(e).__name__)\n"
    )
    assert result.ok, result.error
    lines = result.stdout.splitlines()
    assert lines[0] == "0:00:00 ['Alias', 'Zone/A']"
    assert lines[1:] == [
        "Outside ZoneInfoNotFoundError",
        "Passwd ZoneInfoNotFoundError",
        "OutDir/passwd ZoneInfoNotFoundError",
        "Big ZoneInfoNotFoundError",
        "Fifo ZoneInfoNotFoundError",
        "zone.tab ValueError",
    ]


def test_reads_are_charged_and_capped() -> None:
    # The host work of listing and reading counts on the meter: a loop of them ends.
    sandbox = interp.Sandbox(limits=interp.Limits(max_steps=2_000))
    result = sandbox.run("import _tzdata\nwhile True:\n    _tzdata.zones()\n    _tzdata.read('UTC')\n")
    assert not result.ok and result.error.limit == "max_steps"


def test_without_the_python_zoneinfo_no_zone_loads(monkeypatch: pytest.MonkeyPatch) -> None:
    # As in Pyodide, whose library has the C ZoneInfo only: keys are still checked.
    found = catalog.cpython_file
    monkeypatch.setattr(
        catalog, "cpython_file", lambda name: None if name == "zoneinfo._zoneinfo" else found(name)
    )
    result = interp.Sandbox().run(
        "import zoneinfo, io\n"
        "from zoneinfo import ZoneInfo\n"
        "print(ZoneInfo.__module__, ZoneInfo.__qualname__)\n"
        "for key in ('UTC', 'America/New_York', '../etc/passwd', '/etc/passwd', ''):\n"
        "    for make in (ZoneInfo, ZoneInfo.no_cache):\n"
        "        try:\n"
        "            make(key)\n"
        "        except Exception as e:\n"
        "            print(key, type(e).__name__, e)\n"
        "try:\n"
        "    ZoneInfo.from_file(io.BytesIO(b'TZif'))\n"
        "except NotImplementedError:\n"
        "    print('from_file: NotImplementedError')\n"
        "ZoneInfo.clear_cache()\n"
    )
    assert result.ok, result.error
    lines = result.stdout.splitlines()
    assert lines[0] == "zoneinfo ZoneInfo"
    assert lines[1:5] == [
        "UTC ZoneInfoNotFoundError 'No time zone found with key UTC'",
        "UTC ZoneInfoNotFoundError 'No time zone found with key UTC'",
        "America/New_York ZoneInfoNotFoundError 'No time zone found with key America/New_York'",
        "America/New_York ZoneInfoNotFoundError 'No time zone found with key America/New_York'",
    ]
    assert lines[5].startswith("../etc/passwd ValueError ZoneInfo keys must refer to subdirectories")
    assert lines[7].startswith("/etc/passwd ValueError ZoneInfo keys may not be absolute paths")
    assert lines[9].startswith(" ValueError ZoneInfo keys must be normalized relative paths")
    assert lines[-1] == "from_file: NotImplementedError"
