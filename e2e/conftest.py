"""Fixtures for the end-to-end tests: the built site on a local static server, and Chromium.

The site is served from ``web/dist`` (run ``make build`` first) by ``web/serve.py`` on a
free port of 127.0.0.1, in a thread, for the whole session. The browser is Debian's
Chromium (``$CHROMIUM``, default ``/usr/bin/chromium``) driven by Playwright, headless.
"""

from __future__ import annotations

import importlib.util
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from chromium import CHROMIUM, CHROMIUM_ARGS
from playwright.sync_api import (
    Browser,
    ConsoleMessage,
    Page,
    Request,
    Response,
    Route,
    sync_playwright,
)

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "web" / "dist"


def _load_serve_module():
    spec = importlib.util.spec_from_file_location("interp_web_serve", ROOT / "web" / "serve.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def site_url() -> Iterator[str]:
    if not (DIST / "index.html").is_file():
        pytest.fail(f"{DIST} is not built: run `make build` first", pytrace=False)
    server = _load_serve_module().make_server(DIST, "127.0.0.1", 0, quiet=True)
    thread = threading.Thread(target=server.serve_forever, name="e2e-static-server", daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    try:
        yield f"http://{host}:{port}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(f"Chromium not found at {CHROMIUM} (make install-chromium)", pytrace=False)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@dataclass
class PageLog:
    """What went wrong while a page was open: console errors, uncaught errors, bad requests."""

    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)
    bad_responses: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        return [*self.console_errors, *self.page_errors, *self.failed_requests, *self.bad_responses]


@pytest.fixture
def page_log() -> PageLog:
    return PageLog()


@pytest.fixture
def page(browser: Browser, page_log: PageLog) -> Iterator[Page]:
    context = browser.new_context()
    page = context.new_page()

    def on_console(msg: ConsoleMessage) -> None:
        if msg.type == "error":
            page_log.console_errors.append(f"console.error: {msg.text}")

    def on_request_failed(request: Request) -> None:
        page_log.failed_requests.append(f"request failed: {request.url} ({request.failure})")

    def on_response(response: Response) -> None:
        if response.status >= 400:
            page_log.bad_responses.append(f"HTTP {response.status}: {response.url}")

    page.on("console", on_console)
    page.on("pageerror", lambda exc: page_log.page_errors.append(f"page error: {exc}"))
    page.on("requestfailed", on_request_failed)
    page.on("response", on_response)
    try:
        yield page
    finally:
        context.close()


@pytest.fixture
def outside_requests(page: Page, site_url: str) -> list[str]:
    """Abort every request of the page's context (the page and its workers) that leaves
    the local site; the list collects the URLs that tried."""
    outside: list[str] = []

    def route(request_route: Route) -> None:
        if request_route.request.url.startswith(site_url):
            request_route.continue_()
        else:
            outside.append(request_route.request.url)
            request_route.abort()

    page.context.route("**/*", route)
    return outside
