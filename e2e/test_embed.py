"""The embeddable widget (interp-embed.js) in Chromium, as a site author's reader meets it.

A "lab" page, served from the site's origin, holds one snippet per behaviour; it is opened
once for the module (the runtime boots once, which takes seconds) and each test drives its
own snippets, which is itself a check that snippets do not disturb one another. Separate
pages cover the demo page (screenshots in light and dark), twenty snippets on one runtime,
and a page on another origin that loads the widget from the site. What the tests read is
what a reader sees: the text of a snippet's output, its buttons, its code. Times are printed,
never asserted.
"""

from __future__ import annotations

import base64
import functools
import http.server
import re
import threading
import time
import zlib
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from conftest import PageLog
from playwright.sync_api import Browser, Locator, Page, Route, expect

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOTS = ROOT / "test-reports" / "screenshots"

# Booting Pyodide on a loaded 2-core machine can take tens of seconds; once it is up, runs
# take milliseconds to a few seconds. These are ceilings for failure, not expectations.
BOOT_MS = 120_000
RUN_MS = 30_000

LAB = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>embed lab</title>
<script type="module" src="interp-embed.js"></script>
</head><body>
<h1>lab</h1>
<pre id="slow-a"><code class="language-python">print("a started")
answer = input("a waits? ")
print("a got", answer)</code></pre>
<pre id="slow-b"><code class="language-python">import time
for i in range(6):
    print("b", i)
    time.sleep(0.4)</code></pre>
<pre id="define"><code class="language-python">secret = 42
print("defined secret")</code></pre>
<pre id="peek"><code class="language-python">print(secret)</code></pre>
<pre id="cell-1" data-session="counter"><code class="language-python">count = 1</code></pre>
<pre id="cell-2" data-session="counter"><code class="language-python">count += 1
print("count is", count)</code></pre>
<pre id="cell-3" data-session="counter"><code class="language-python">count *= 10
print("count is", count)</code></pre>
<pre id="capability" data-capabilities="slow_double"><code class="language-python">import asyncio
print(await asyncio.gather(*(slow_double(i) for i in range(5))))</code></pre>
<pre id="ungranted"><code class="language-python">print(slow_double(1))</code></pre>
<pre id="escape"><code class="language-python">attempts = ["import js", "import pyodide_js", "import pyodide", "from js import document",
            "window", "document", "localStorage", "globalThis", "__import__('js')"]
for attempt in attempts:
    try:
        exec(attempt)
        print("REACHED", attempt)
    except Exception as error:
        print("blocked", attempt, type(error).__name__)
print("all blocked")</code></pre>
<pre id="forever"><code class="language-python">n = 0
while True:
    n += 1</code></pre>
<pre id="ticker"><code class="language-python">import time
for i in range(8):
    print("tick", i)
    time.sleep(0.25)
print("ticker done")</code></pre>
<pre id="ask"><code class="language-python">name = input("Your name? ")
print("Hello,", name)</code></pre>
<pre id="stdin" data-stdin="Ada&#10;Grace"><code class="language-python">print(input("first? "), "and", input("second? "))</code></pre>
<pre id="readonly" data-readonly><code class="language-python">print("as written")</code></pre>
<pre id="editable"><code class="language-python">print("original")</code></pre>
<pre id="failing"><code class="language-python">def f(x):
    return 1 / x

f(0)</code></pre>
<interp-snippet id="custom"><pre>print("from interp-snippet", 6 * 7)</pre></interp-snippet>
<script type="module">
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  window.inFlight = 0;
  window.maxInFlight = 0;
  window.runEnds = [];
  window.runTimes = {};
  document.addEventListener("run-start", (event) => {
    window.runTimes[event.target.id] = { start: performance.now() };
  });
  document.addEventListener("run-end", (event) => {
    window.runTimes[event.target.id].end = performance.now();
    window.runEnds.push({ id: event.target.id, ok: event.detail.ok, stdout: event.detail.stdout });
  });
  interpEmbed.capabilities({
    slow_double: async (x) => {
      window.inFlight += 1;
      window.maxInFlight = Math.max(window.maxInFlight, window.inFlight);
      await sleep(300);
      window.inFlight -= 1;
      return x * 2;
    },
  });
  document.cookie = "lab_secret=cookie-1234; SameSite=Strict";
  localStorage.setItem("lab_secret", "storage-5678");
  window.labSecret = "global-9012";
</script>
</body></html>
"""


def serve_html(page: Page, url: str, html: str) -> None:
    """Answer `url` with `html`, as if the site's server had the file."""

    def fulfil(route: Route) -> None:
        route.fulfill(status=200, content_type="text/html; charset=utf-8", body=html)

    page.route(url, fulfil)


def snippet(page: Page, snippet_id: str) -> Locator:
    return page.locator(f"interp-snippet#{snippet_id}")


def output(s: Locator) -> Locator:
    return s.locator(".output")


def run_button(s: Locator) -> Locator:
    return s.get_by_role("button", name="Run", exact=True)


def stop_button(s: Locator) -> Locator:
    return s.get_by_role("button", name="Stop", exact=True)


def code_of(s: Locator) -> str:
    """The code in the snippet's editor (its document: inner_text doubles blank lines)."""
    return s.evaluate("el => el.code")


def finished(s: Locator, timeout: float = RUN_MS) -> None:
    """Wait until the snippet's Run button is back (the run ended)."""
    expect(run_button(s)).to_be_visible(timeout=timeout)


@pytest.fixture(scope="module")
def lab(browser: Browser, site_url: str) -> Iterator[tuple[Page, PageLog, list]]:
    context = browser.new_context()
    page = context.new_page()
    log = PageLog()
    workers: list = []
    page.on("pageerror", lambda exc: log.page_errors.append(f"page error: {exc}"))
    page.on("console", lambda m: m.type == "error" and log.console_errors.append(m.text))
    page.on("worker", lambda worker: workers.append(worker))
    serve_html(page, f"{site_url}embed-lab.html", LAB)
    page.goto(f"{site_url}embed-lab.html")
    expect(page.locator("interp-snippet")).to_have_count(18)
    t0 = time.monotonic()
    run_button(snippet(page, "custom")).click()
    expect(output(snippet(page, "custom"))).to_contain_text("from interp-snippet 42", timeout=BOOT_MS)
    print(f"\nlab page: first Run to output {time.monotonic() - t0:.1f} s (runtime boot included)")
    try:
        yield page, log, workers
    finally:
        context.close()


def test_code_blocks_become_snippets(lab) -> None:
    page, log, _ = lab
    s = snippet(page, "define")
    assert code_of(s) == 'secret = 42\nprint("defined secret")'
    blocks = page.locator("pre > code.language-python")
    assert blocks.count() == 17
    assert blocks.evaluate_all("codes => codes.every((c) => c.closest('interp-snippet'))"), (
        "every block was enhanced"
    )
    # The original <pre> stays inside, behind the Shadow DOM: the reader sees the editor.
    expect(s.locator("pre")).to_be_hidden()
    # The page's own <pre> and <code> styles do not reach inside (Shadow DOM).
    assert s.evaluate("el => el.shadowRoot !== null")
    expect(run_button(s)).to_be_visible()


def test_snippets_run_at_the_same_time(lab) -> None:
    page, _, _ = lab
    a, b = snippet(page, "slow-a"), snippet(page, "slow-b")
    run_button(a).click()
    box = a.get_by_role("textbox", name="Answer to: a waits?")
    expect(box).to_be_visible()
    # While a is in the middle of its run, b runs from start to end.
    run_button(b).click()
    finished(b)
    expect(output(b)).to_have_text("\n".join(f"b {i}" for i in range(6)), use_inner_text=True)
    expect(stop_button(a)).to_be_visible()
    expect(output(a)).to_contain_text("a started")
    box.fill("yes")
    box.press("Enter")
    finished(a)
    expect(output(a)).to_contain_text("a got yes")
    times = page.evaluate("window.runTimes")
    print(f"\nrun-start/run-end (ms): a {times['slow-a']}, b {times['slow-b']}")
    assert (
        times["slow-a"]["start"] < times["slow-b"]["start"] < times["slow-b"]["end"] < times["slow-a"]["end"]
    )
    ends = {e["id"]: e for e in page.evaluate("window.runEnds")}
    assert ends["slow-a"]["ok"] and ends["slow-b"]["ok"]


def test_globals_do_not_leak_between_snippets(lab) -> None:
    page, _, _ = lab
    run_button(snippet(page, "define")).click()
    expect(output(snippet(page, "define"))).to_contain_text("defined secret")
    peek = snippet(page, "peek")
    run_button(peek).click()
    expect(output(peek)).to_contain_text("NameError: name 'secret' is not defined")


def test_shared_session_keeps_state(lab) -> None:
    page, _, _ = lab
    one, two, three = (snippet(page, f"cell-{i}") for i in (1, 2, 3))
    # The first cell of a session has nothing above it.
    expect(one.get_by_role("button", name="Run all above")).to_have_count(0)
    run_button(one).click()
    finished(one)
    run_button(two).click()
    expect(output(two)).to_contain_text("count is 2")
    run_button(two).click()
    expect(output(two)).to_contain_text("count is 3")
    # "Run all above" on the third cell runs cells 1 and 2 first, in page order, then it.
    three.get_by_role("button", name="Run all above").click()
    expect(output(three)).to_contain_text("count is 20")
    expect(output(two)).to_contain_text("count is 2")


def test_page_capability_resolves_from_a_promise(lab) -> None:
    page, _, _ = lab
    s = snippet(page, "capability")
    run_button(s).click()
    expect(output(s)).to_contain_text("[0, 2, 4, 6, 8]")
    assert page.evaluate("window.maxInFlight") >= 2, "gathered calls were in flight together"
    # The output streams in before the run ends: wait for the run-end event itself.
    page.wait_for_function("() => window.runEnds.some((e) => e.id === 'capability')", timeout=RUN_MS)
    end = [e for e in page.evaluate("window.runEnds") if e["id"] == "capability"][-1]
    assert end == {"id": "capability", "ok": True, "stdout": "[0, 2, 4, 6, 8]\n"}
    # A snippet that did not ask for the capability does not get it.
    other = snippet(page, "ungranted")
    run_button(other).click()
    expect(output(other)).to_contain_text("NameError: name 'slow_double' is not defined")


def test_snippet_cannot_reach_the_page(lab) -> None:
    page, _, _ = lab
    s = snippet(page, "escape")
    run_button(s).click()
    expect(output(s)).to_contain_text("all blocked")
    text = output(s).inner_text()
    assert "REACHED" not in text
    for attempt, error in [
        ("import js", "ModuleNotFoundError"),
        ("import pyodide_js", "ModuleNotFoundError"),
        ("import pyodide", "ModuleNotFoundError"),
        ("from js import document", "ModuleNotFoundError"),
        ("window", "NameError"),
        ("document", "NameError"),
        ("localStorage", "NameError"),
        ("globalThis", "NameError"),
        ("__import__('js')", "ModuleNotFoundError"),
    ]:
        assert f"blocked {attempt} {error}" in text
    for secret in ("cookie-1234", "storage-5678", "global-9012"):
        assert secret not in text
    assert "lab_secret=cookie-1234" in page.evaluate("document.cookie")
    assert page.evaluate("localStorage.getItem('lab_secret')") == "storage-5678"


def test_stop_leaves_a_running_neighbour_alone(lab) -> None:
    page, _, _ = lab
    forever, ticker = snippet(page, "forever"), snippet(page, "ticker")
    run_button(forever).click()
    run_button(ticker).click()
    expect(output(ticker)).to_contain_text("tick 1")
    stop_button(forever).click()
    finished(forever)
    expect(output(forever)).to_contain_text("Stopped")
    # The neighbour kept running and ends normally, with all its output.
    expect(output(ticker)).to_contain_text("ticker done")
    lines = output(ticker).inner_text().splitlines()
    assert lines == [f"tick {i}" for i in range(8)] + ["ticker done"]
    # The stopped snippet runs again.
    run_button(forever).click()
    stop_button(forever).click()
    finished(forever)


def test_input_inline(lab) -> None:
    page, _, _ = lab
    s = snippet(page, "ask")
    run_button(s).click()
    box = s.get_by_role("textbox", name="Answer to: Your name?")
    expect(box).to_be_visible()
    box.fill("Ada")
    box.press("Enter")
    expect(output(s)).to_contain_text("Hello, Ada")
    expect(output(s)).to_contain_text("Your name? Ada")


def test_initial_stdin(lab) -> None:
    page, _, _ = lab
    s = snippet(page, "stdin")
    run_button(s).click()
    expect(output(s)).to_contain_text("Ada and Grace")


def test_read_only_snippet_keeps_its_code(lab) -> None:
    page, _, _ = lab
    s = snippet(page, "readonly")
    code = s.locator(".cm-content")
    expect(code).to_have_attribute("aria-readonly", "true")
    code.click()
    # Still a keyboard stop: focused, unchanged by typing, and Ctrl+Enter runs it.
    expect(code).to_be_focused()
    page.keyboard.type("x = 1")
    assert code_of(s) == 'print("as written")'
    page.keyboard.press("Control+Enter")
    expect(output(s)).to_contain_text("as written")


def test_edit_run_with_keyboard_and_reset(lab) -> None:
    page, _, _ = lab
    s = snippet(page, "editable")
    reset = s.get_by_role("button", name="Reset")
    expect(reset).to_be_hidden()
    s.locator(".cm-content").click()
    page.keyboard.press("End")
    page.keyboard.type("\nprint('edited')")
    page.keyboard.press("Control+Enter")
    expect(output(s)).to_contain_text("original\nedited")
    reset.click()
    assert code_of(s) == 'print("original")'
    expect(reset).to_be_hidden()


def test_open_in_playground_carries_the_code(lab, site_url: str) -> None:
    page, _, _ = lab
    s = snippet(page, "failing")
    link = s.get_by_role("link", name="Open in playground")
    expect(link).to_have_attribute("href", re.compile(r"#code="))
    href = urlsplit(link.get_attribute("href"))
    assert f"{href.scheme}://{href.netloc}{href.path}" == site_url, "the playground is the site's root page"
    assert link.get_attribute("target") == "_blank"
    # The playground's share format: deflate-raw, then base64url, after "#code=".
    packed = href.fragment.removeprefix("code=")
    code = zlib.decompress(base64.urlsafe_b64decode(packed + "=" * (-len(packed) % 4)), wbits=-15).decode()
    assert code == code_of(s)


def test_traceback_marks_the_line(lab) -> None:
    page, _, _ = lab
    s = snippet(page, "failing")
    run_button(s).click()
    expect(output(s)).to_contain_text("ZeroDivisionError: division by zero")
    # The line of the error is marked in the code.
    marked = s.locator(".cm-line.ip-error-line")
    expect(marked).to_have_count(1)
    expect(marked).to_contain_text("return 1 / x")
    expect(marked.locator(".ip-error-message")).to_have_text("ZeroDivisionError: division by zero")
    # The traceback's line links move the cursor there.
    s.get_by_role("button", name='File "main.py", line 4').click()
    assert (
        s.evaluate("el => el.editor.view.state.doc.lineAt(el.editor.view.state.selection.main.head).number")
        == 4
    )


def test_one_runtime_and_no_errors(lab) -> None:
    page, log, workers = lab
    assert len(workers) == 1, "all the snippets of the page share one worker"
    assert log.problems() == []


def twenty_snippets_page(widget_url: str) -> str:
    blocks = "\n".join(
        f'<pre id="s{i}"><code class="language-python">print("snippet {i}:", {i} ** 2)</code></pre>'
        for i in range(20)
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>twenty snippets</title>
<script type="module" src="{widget_url}"></script></head>
<body><h1>Twenty snippets</h1>{blocks}</body></html>"""


def test_twenty_snippets_boot_one_runtime(browser: Browser, site_url: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    workers: list = []
    wasm: list[str] = []
    page.on("worker", lambda worker: workers.append(worker))
    page.on("request", lambda r: r.url.endswith("pyodide.asm.wasm") and wasm.append(r.url))
    try:
        serve_html(page, f"{site_url}embed-twenty.html", twenty_snippets_page("interp-embed.js"))
        page.goto(f"{site_url}embed-twenty.html")
        snippets = [snippet(page, f"s{i}") for i in range(20)]
        for s in snippets:
            expect(run_button(s)).to_be_visible()
        # Nothing is loaded before a Run: the enhancement alone is cheap.
        assert workers == [] and wasm == []
        heights = [s.bounding_box()["height"] for s in snippets]
        t0 = time.monotonic()
        for s in snippets:
            run_button(s).click()
        expect(output(snippets[0])).to_have_text("snippet 0: 0", use_inner_text=True, timeout=BOOT_MS)
        t1 = time.monotonic()
        for i, s in enumerate(snippets):
            expect(output(s)).to_have_text(f"snippet {i}: {i * i}", use_inner_text=True)
        t2 = time.monotonic()
        print(f"\ntwenty snippets: first output {t1 - t0:.1f} s after the clicks, all twenty {t2 - t0:.1f} s")
        assert len(workers) == 1, "twenty snippets, one runtime"
        assert len(wasm) == 1
        # The output area was there from the start: the page did not move when it filled.
        assert [s.bounding_box()["height"] for s in snippets] == heights
    finally:
        context.close()


@pytest.fixture
def other_origin(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """A plain static server for `tmp_path` on another port of 127.0.0.1: another origin."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield tmp_path, f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def test_widget_from_another_origin(browser: Browser, site_url: str, other_origin) -> None:
    folder, page_origin = other_origin
    assert page_origin != site_url
    (folder / "blog.html").write_text(
        f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>a blog</title>
<link rel="icon" href="data:,">
<script type="module" src="{site_url}interp-embed.js"></script></head><body>
<p>A post with a snippet.</p>
<pre id="post"><code class="language-python">import sys
print("hello from", sys.platform, sum(range(10)))</code></pre>
<pre id="auto" data-autorun><code class="language-python">print("ran by itself")</code></pre>
</body></html>"""
    )
    context = browser.new_context()
    page = context.new_page()
    log = PageLog()
    page.on("pageerror", lambda exc: log.page_errors.append(str(exc)))
    page.on("console", lambda m: m.type == "error" and log.console_errors.append(m.text))
    from_site: list[str] = []
    page.on("request", lambda r: r.url.startswith(site_url) and from_site.append(r.url))
    try:
        page.goto(f"{page_origin}blog.html")
        assert page.evaluate("location.origin") + "/" == page_origin
        s = snippet(page, "post")
        t0 = time.monotonic()
        run_button(s).click()
        expect(output(s)).to_contain_text("hello from", timeout=BOOT_MS)
        print(f"\nother origin: first Run to output {time.monotonic() - t0:.1f} s")
        expect(output(s)).to_contain_text("45")
        # data-autorun: this one ran with no click.
        expect(output(snippet(page, "auto"))).to_have_text("ran by itself", use_inner_text=True)
        assert any(url.endswith("pyodide.asm.wasm") for url in from_site), "the runtime came from the site"
        assert log.problems() == []
    finally:
        context.close()


def is_dark(s: Locator) -> bool:
    """Whether the snippet's background is dark, as a reader sees it."""
    background = s.locator(".snippet").evaluate("el => getComputedStyle(el).backgroundColor")
    red, green, blue = (int(c) for c in re.findall(r"\d+", background)[:3])
    return (red + green + blue) / 3 < 128


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_demo_page(browser: Browser, site_url: str, scheme: str) -> None:
    """The demo page works in both themes: its snippets run, and screenshots are saved."""
    context = browser.new_context(color_scheme=scheme, viewport={"width": 1100, "height": 900})
    page = context.new_page()
    log = PageLog()
    page.on("pageerror", lambda exc: log.page_errors.append(str(exc)))
    page.on("console", lambda m: m.type == "error" and log.console_errors.append(m.text))
    try:
        with page.expect_worker(timeout=BOOT_MS):
            # The first snippet has data-preload: in view at load, it boots the runtime.
            page.goto(f"{site_url}embed-demo.html")
        snippets = page.locator("interp-snippet")
        expect(snippets).to_have_count(10)
        first = snippets.nth(0)
        run_button(first).click()
        expect(output(first)).to_contain_text("Hello, Guido!", timeout=BOOT_MS)
        run_button(snippets.nth(1)).click()
        expect(output(snippets.nth(1))).to_contain_text("Not here: name 'greet' is not defined")
        session_last = snippets.nth(4)
        session_last.get_by_role("button", name="Run all above").click()
        expect(output(session_last)).to_contain_text("now 4 items, total 3.75")
        weather = snippets.nth(5)
        run_button(weather).click()
        # The first asyncio import of the page's worker comes first: seconds on a loaded machine.
        expect(output(weather)).to_contain_text("3 calls in", timeout=BOOT_MS)
        expect(output(weather)).to_contain_text("Cairo   27 °C")
        ask = snippets.nth(6)
        run_button(ask).click()
        box = ask.get_by_role("textbox", name="Answer to: What is your name?")
        box.fill("Ada")
        box.press("Enter")
        expect(output(ask)).to_contain_text("Nice to meet you, Ada.")
        escape = snippets.nth(7)
        run_button(escape).click()
        expect(output(escape)).to_contain_text("__import__('os').system('id')")
        assert "escaped?!" not in output(escape).inner_text()
        # The read-only snippet loops until its two-second limit, explained in plain words.
        looping = snippets.nth(8)
        run_button(looping).click()
        expect(output(looping)).to_contain_text("Time limit reached")
        expect(output(looping)).to_contain_text("computed for more than 2 seconds")
        failing = snippets.nth(9)
        run_button(failing).click()
        expect(output(failing)).to_contain_text("ZeroDivisionError")
        # The snippets follow the color scheme: a dark background in dark, light in light.
        assert is_dark(first) == (scheme == "dark")
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=SCREENSHOTS / f"embed-demo-{scheme}.png", full_page=True)
        # ... and the page's own theme switch, whatever the system's scheme.
        other = "light" if scheme == "dark" else "dark"
        page.select_option("#theme", other)
        expect(first.locator(".snippet")).to_have_class(re.compile(f"ip-{other}"))
        assert is_dark(first) == (other == "dark")
        assert log.problems() == []
    finally:
        context.close()
