"""The playground boots from the build's start-up snapshot, and still works without it.

The worker (``web/site/interp-worker.js``) restores the snapshot that ``web/make_snapshot.mjs``
made at build time instead of booting CPython and importing interp; when the file cannot be
used (damaged, another Pyodide build, missing) it boots normally from the wheels. Both paths
are driven here as a visitor uses the page: a program pasted and run, its output read.
"""

from __future__ import annotations

import gzip
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


def record_downloads(page: Page) -> list[str]:
    """The URLs of the requests the page completes from now on (filled as they finish)."""
    downloaded: list[str] = []
    page.on("requestfinished", lambda request: downloaded.append(request.url))
    return downloaded


def boot_info(page: Page) -> dict:
    """What the worker reported when it was ready (how it booted, and why not from the snapshot)."""
    return page.evaluate("async () => (await window.interpBoot.runtime).info")


def test_playground_boots_from_the_snapshot(page: Page, site_url: str, page_log) -> None:
    downloaded = record_downloads(page)
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
    # The snapshot is inflated while it downloads: once the damage is found, the rest of the
    # download may be abandoned (when it had not all arrived yet). Nothing else goes wrong.
    abandoned = f"request failed: {site_url}{snapshot_name()} (net::ERR_ABORTED)"
    assert [problem for problem in page_log.problems() if problem != abandoned] == []


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


SNAPSHOT_CACHE = "interp-snapshot"


def put_in_snapshot_cache(page: Page, site_url: str, url: str, body: bytes) -> None:
    """Store ``body`` as the Cache Storage's copy of ``url``, as the worker keeps a snapshot
    (the page is left at a file of the site's origin)."""
    page.context.route(site_url + "cache-entry.bin", lambda route: route.fulfill(body=body))
    page.goto(site_url + "build-info.json")
    page.evaluate(
        """async ([name, url]) => {
            const body = await (await fetch("cache-entry.bin")).arrayBuffer();
            await (await caches.open(name)).put(url, new Response(body));
        }""",
        [SNAPSHOT_CACHE, url],
    )
    page.context.unroute(site_url + "cache-entry.bin")


def wait_for_kept_snapshot(page: Page, size: int) -> None:
    """Until the Cache Storage holds the build's snapshot alone, of ``size`` bytes."""
    page.wait_for_function(
        """async ([name, file, size]) => {
            const cache = await caches.open(name);
            const keys = await cache.keys();
            if (keys.length !== 1 || !keys[0].url.endsWith(file)) return false;
            return (await (await cache.match(keys[0])).arrayBuffer()).byteLength === size;
        }""",
        arg=[SNAPSHOT_CACHE, snapshot_name(), size],
        timeout=30_000,
    )


def test_a_damaged_kept_snapshot_is_downloaded_again(page: Page, site_url: str, page_log) -> None:
    inflated = gzip.decompress((DIST / snapshot_name()).read_bytes())
    damaged = bytearray(inflated)
    damaged[len(damaged) // 2] ^= 0x40
    put_in_snapshot_cache(page, site_url, site_url + snapshot_name(), bytes(damaged))
    downloaded = record_downloads(page)
    open_playground(page, site_url)
    info = boot_info(page)
    # Still from the snapshot: the kept copy is refused (its checksum), the file downloaded.
    assert info["boot"] == "snapshot", info
    assert info["snapshotError"] is None
    assert "cachedSnapshotRefused" in info["timings"]["marks"]
    assert site_url + snapshot_name() in downloaded
    assert run(page, PROGRAM) == "done"
    assert output(page).strip() == EXPECTED
    # The good copy replaces it, for the next visit.
    wait_for_kept_snapshot(page, len(inflated))
    middle = page.evaluate(
        """async ([name, file, at]) => {
            const cache = await caches.open(name);
            return new Uint8Array(await (await cache.match(file)).arrayBuffer())[at];
        }""",
        [SNAPSHOT_CACHE, site_url + snapshot_name(), len(inflated) // 2],
    )
    assert middle == inflated[len(inflated) // 2]
    assert page_log.problems() == []


def test_a_snapshot_kept_by_another_build_is_dropped(page: Page, site_url: str, page_log) -> None:
    other = site_url + "snapshot/interp-0123456789abcdef.snap.gz"
    put_in_snapshot_cache(page, site_url, other, b"the snapshot of another build")
    downloaded = record_downloads(page)
    open_playground(page, site_url)
    assert boot_info(page)["boot"] == "snapshot"
    assert site_url + snapshot_name() in downloaded
    assert run(page, PROGRAM) == "done"
    assert output(page).strip() == EXPECTED
    wait_for_kept_snapshot(page, len(gzip.decompress((DIST / snapshot_name()).read_bytes())))
    assert page_log.problems() == []


def test_pyodide_compiles_its_module_when_the_early_compilation_fails(
    page: Page, site_url: str, page_log
) -> None:
    """The worker compiles Pyodide's WebAssembly module while it reads the snapshot; when
    that fails (here its download), Pyodide downloads and compiles the module itself."""
    wasm = site_url + build_info()["pyodide"]["indexURL"] + "pyodide.asm.wasm"
    requests: list[str] = []

    def first_fails(route: Route) -> None:
        requests.append(route.request.url)
        if len(requests) == 1:
            route.fulfill(status=503, body="unavailable")
        else:
            route.continue_()

    page.context.route(wasm, first_fails)
    open_playground(page, site_url)
    info = boot_info(page)
    assert info["boot"] == "snapshot", info
    assert "wasmCompiled" not in info["timings"]["marks"]
    assert len(requests) == 2
    assert run(page, PROGRAM) == "done"
    assert output(page).strip() == EXPECTED
    assert page_log.problems() == [f"HTTP 503: {wasm}"]


def test_one_download_of_each_file(page: Page, site_url: str, page_log) -> None:
    """Pyodide's module, compiled early by the worker, and the standard library, requested
    early, are not downloaded a second time for Pyodide; the worker imports build-info.js
    (not build-info.json)."""
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url.removeprefix(site_url)))
    open_playground(page, site_url)
    info = boot_info(page)
    assert info["boot"] == "snapshot", info
    assert "wasmCompiled" in info["timings"]["marks"]
    stdlib = build_info()["snapshot"]["stdlib"]["file"]
    for name in ("pyodide/pyodide.asm.wasm", stdlib, "build-info.js", "interp-snapshot.js", snapshot_name()):
        assert requests.count(name) == 1, (name, requests)
    assert "build-info.json" not in requests
    assert len(requests) == len(set(requests)), requests
    assert page_log.problems() == []
