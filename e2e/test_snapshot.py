"""The playground boots from the build's start-up snapshot, and still works without it.

The worker (``web/site/interp-worker.js``) restores the snapshot that ``web/make_snapshot.mjs``
made at build time instead of booting CPython and importing interp; when the file cannot be
used (damaged, another Pyodide build, missing) it boots normally from the wheels. Both paths
are driven here as a visitor uses the page: a program pasted and run, its output read.
"""

from __future__ import annotations

import json
from pathlib import Path

from playwright.sync_api import Page, Route, expect
from test_playground import open_playground, output, run

DIST = Path(__file__).resolve().parent.parent / "web" / "dist"
PROGRAM = "import json, random\nprint(json.dumps({'sum': sum(range(10))}), 0 <= random.random() < 1)"
EXPECTED = '{"sum": 45} True'


def build_info() -> dict:
    return json.loads((DIST / "build-info.json").read_text())


def snapshot_name() -> str:
    return build_info()["snapshot"]["file"]


def boot_info(page: Page) -> dict:
    """What the worker reported when it was ready (how it booted, and why not from the snapshot)."""
    return page.evaluate("async () => (await window.interpBoot.runtime).info")


def test_playground_boots_from_the_snapshot(page: Page, site_url: str, page_log) -> None:
    downloaded: list[str] = []
    page.on("requestfinished", lambda request: downloaded.append(request.url))
    open_playground(page, site_url)
    info = boot_info(page)
    assert info["boot"] == "snapshot", info
    assert info["snapshotError"] is None
    assert run(page, PROGRAM) == "done"
    assert output(page).strip() == EXPECTED
    # The snapshot replaces the wheels, and its part of the standard library Pyodide's whole
    # zip: a visit downloads none of them.
    assert site_url + snapshot_name() in downloaded
    assert site_url + build_info()["snapshot"]["stdlib"]["file"] in downloaded
    assert not [
        url for url in downloaded if url.endswith((".whl", "-pycache-cp314.zip", "python_stdlib.zip"))
    ]

    # The worker keeps the inflated snapshot in the Cache Storage (a second after the page is
    # up): the next visit reads it there, without a request.
    page.wait_for_function(
        """async (name) => {
            const keys = await (await caches.open("interp-snapshot")).keys();
            return keys.length === 1 && keys[0].url.endsWith(name);
        }""",
        arg=snapshot_name(),
        timeout=30_000,
    )
    downloaded.clear()
    open_playground(page, site_url)
    assert boot_info(page)["boot"] == "snapshot"
    assert site_url + snapshot_name() not in downloaded
    assert run(page, PROGRAM) == "done"
    assert output(page).strip() == EXPECTED
    assert page_log.problems() == []


def test_playground_works_with_a_damaged_snapshot(page: Page, site_url: str, page_log) -> None:
    damaged = bytearray((DIST / snapshot_name()).read_bytes())
    damaged[len(damaged) // 2] ^= 0x40

    def serve_damaged(route: Route) -> None:
        route.fulfill(body=bytes(damaged), content_type="application/octet-stream")

    page.context.route(site_url + snapshot_name(), serve_damaged)
    open_playground(page, site_url)
    info = boot_info(page)
    assert info["boot"] == "normal", info
    assert info["snapshotError"]
    assert run(page, PROGRAM) == "done"
    assert output(page).strip() == EXPECTED
    assert page_log.problems() == []


def test_playground_works_without_the_snapshot_file(page: Page, site_url: str, page_log) -> None:
    page.context.route(site_url + snapshot_name(), lambda route: route.fulfill(status=404, body="not found"))
    open_playground(page, site_url)
    info = boot_info(page)
    assert info["boot"] == "normal", info
    assert "404" in info["snapshotError"]
    expect(page.locator("#status")).to_have_attribute("data-state", "ready")
    assert run(page, PROGRAM) == "done"
    assert output(page).strip() == EXPECTED
    # The one problem is the missing file itself.
    assert page_log.problems() == [f"HTTP 404: {site_url}{snapshot_name()}"]
