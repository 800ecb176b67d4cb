"""End-to-end checks of the built site in Chromium, served as plain static files."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urljoin

from playwright.sync_api import Page

DIST = Path(__file__).resolve().parent.parent / "web" / "dist"

ISOLATION_HEADERS = ("cross-origin-opener-policy", "cross-origin-embedder-policy")


def test_page_has_title_and_heading(page: Page, site_url: str, page_log) -> None:
    response = page.goto(site_url, wait_until="load")
    assert response is not None and response.status == 200
    assert "interp playground" in page.title()
    assert page.locator("h1").inner_text().strip() == "interp playground"
    assert page.get_by_text("sandboxed Python interpreter written in pure Python").first.is_visible()


def test_no_console_errors(page: Page, site_url: str, page_log) -> None:
    page.goto(site_url, wait_until="networkidle")
    assert page_log.problems() == []


def test_links_resolve(page: Page, site_url: str) -> None:
    page.goto(site_url)
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")
    local = sorted({h for h in hrefs if not h.startswith(("http:", "https:", "#", "mailto:"))})
    assert local, "the page links to the license files"
    for href in local:
        response = page.request.get(urljoin(site_url, href))
        assert response.status == 200, href


def test_served_without_cross_origin_isolation(page: Page, site_url: str) -> None:
    response = page.goto(site_url)
    assert response is not None
    for path in ("", "pyodide/pyodide.mjs", "pyodide/pyodide.asm.wasm"):
        headers = page.request.head(urljoin(site_url, path)).headers
        for name in ISOLATION_HEADERS:
            assert name not in headers, f"{path or '/'} sends {name}"
    assert response.all_headers().get("cross-origin-opener-policy") is None
    assert page.evaluate("self.crossOriginIsolated") is False


def test_pyodide_loads_from_dist_offline(page: Page, site_url: str, page_log, outside_requests) -> None:
    """The shipped Pyodide, micropip and lark work in the browser with no other origin."""
    page.goto(site_url)
    report = page.evaluate(
        """async () => {
            const info = await (await fetch("build-info.json")).json();
            const indexURL = new URL(info.pyodide.indexURL, location.href).href;
            const { loadPyodide } = await import(indexURL + "pyodide.mjs");
            const pyodide = await loadPyodide({ indexURL });
            await pyodide.loadPackage(new URL(info.wheels.micropip.file, location.href).href,
                                      { messageCallback: () => {} });
            pyodide.globals.set("lark_url", new URL(info.wheels.lark.file, location.href).href);
            await pyodide.runPythonAsync(
                "import micropip\\nawait micropip.install(lark_url, deps=False)");
            return pyodide.runPython(
                "import sys, lark\\nf'{sys.version.split()[0]} {sys.platform} {lark.__version__}'");
        }"""
    )
    python, platform, lark_version = report.split()
    assert python.startswith("3.14.")
    assert platform == "emscripten"
    assert lark_version == json.loads((DIST / "build-info.json").read_text())["wheels"]["lark"]["version"]
    assert outside_requests == []
    assert page_log.problems() == []
