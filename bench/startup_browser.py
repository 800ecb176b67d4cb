"""Start-up of the JavaScript API and of the playground in headless Chromium (measured, never
asserted).

Usage: ``python bench/startup_browser.py [--runs N] [--json PATH]`` (``make build`` first).

Serves ``web/dist`` with ``web/serve.py`` (plain static files, no compression), then for each
run opens a fresh browser context (an empty HTTP cache: a first visit) on a blank page of the
site's origin and times, in the page, ``interp.load()`` up to the runtime being ready and up to
the first ``print`` of a sandboxed program reaching ``onStdout``; then reloads the page in the
same context (a repeat visit: the server answers ``304 Not Modified`` to the revalidations)
and times it again. It also reports the bytes the first visit downloaded and a second run's
time.

In the same run, two more columns, each a first and a repeat visit in a fresh context, timed
from the navigation's start:

- bare Pyodide: a page (served from the same origin, not a file of the site) that loads
  Pyodide and runs ``print()``: up to the first print reaching its ``stdout``;
- the playground (``index.html``), opened on a share link of a ``print`` program: up to the
  editor being usable (its ``playground:editor-ready`` mark), and, with Run clicked as soon as
  the editor is there, up to the first output appearing in the output pane; then, warm, from
  a click on Run to the output of that program (median of ``WARM_RUNS``).

Last, the bytes of JavaScript and CSS that the playground adds on top of Pyodide, raw and
gzipped.
"""

from __future__ import annotations

import argparse
import base64
import gzip
import importlib.util
import json
import statistics
import sys
import threading
import zlib
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "e2e"))
from chromium import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "web" / "dist"

MEASURE = """
async () => {
  const t0 = performance.now();
  const interp = await import("./interp.js");
  const phases = {};
  const rt = await interp.load({ onProgress: (e) => (phases[e.phase] ??= performance.now() - t0) });
  const ready = performance.now() - t0;
  let first = null;
  const sb = rt.sandbox({ onStdout: () => (first ??= performance.now() - t0) });
  const r = await sb.run("print('hello from the sandbox')");
  if (r.stdout !== "hello from the sandbox\\n") throw new Error(JSON.stringify(r));
  const t1 = performance.now();
  await sb.run("print(sum(range(10)))");
  const second = performance.now() - t1;
  return { ready, first, second, phases, worker: rt.info.timings };
}
"""


PROGRAM = "print('hello from the sandbox')"
WARM_RUNS = 5

# Served at these paths by a route of the browser context. The API is timed on a blank page
# (the site's front page, the playground, boots the runtime itself); bare Pyodide, nothing of
# interp.
BLANK_PAGE = "bench-blank.html"
BARE_PAGE = "bench-bare-pyodide.html"
BARE_HTML = """<!doctype html><meta charset="utf-8"><script type="module">
const { loadPyodide } = await import("./pyodide/pyodide.mjs");
const pyodide = await loadPyodide({ indexURL: "./pyodide/", stdout: () => (window.firstOutput ??= performance.now()) });
pyodide.runPython("print('hello from Pyodide')");
</script>"""

# Installed before the playground's page loads: when the first output appears.
FIRST_OUTPUT = """
window.firstOutput = null;
new MutationObserver((_, observer) => {
  if (document.querySelector(".ip-stdout")) {
    window.firstOutput = performance.now();
    observer.disconnect();
  }
}).observe(document, { childList: true, subtree: true });
"""

WARM_RUN = """
() => new Promise((resolve) => {
  const body = document.querySelector(".ip-output-body");
  const observer = new MutationObserver(() => {
    if (body.querySelector(".ip-stdout")) {
      observer.disconnect();
      resolve(performance.now() - t0);
    }
  });
  observer.observe(body, { childList: true, subtree: true });
  const t0 = performance.now();
  document.getElementById("run").click();
})
"""

# What the playground adds on top of Pyodide (index.html aside).
PAGE_ASSETS = ["playground.js", "playground.css", "interp.js", "interp-worker.js"]


def share_fragment(code: str) -> str:
    """The playground's share link fragment for ``code`` (web/src/components/share.js)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    packed = packer.compress(code.encode()) + packer.flush()
    return "#code=" + base64.urlsafe_b64encode(packed).decode().rstrip("=")


def measure_bare_pyodide(browser, url: str) -> dict:
    context = browser.new_context()
    context.route(url + BARE_PAGE, lambda route: route.fulfill(body=BARE_HTML, content_type="text/html"))
    page = context.new_page()
    out = {}
    for visit in ("first", "repeat"):
        page.goto(url + BARE_PAGE) if visit == "first" else page.reload()
        page.wait_for_function("window.firstOutput", timeout=120_000)
        out[visit] = page.evaluate("window.firstOutput")
    context.close()
    return out


def measure_playground(browser, url: str) -> dict:
    context = browser.new_context()
    context.add_init_script(FIRST_OUTPUT)
    page = context.new_page()
    out = {}
    for visit in ("first", "repeat"):
        page.goto(url + share_fragment(PROGRAM)) if visit == "first" else page.reload()
        page.locator(".cm-content").wait_for()
        page.click("#run")
        page.wait_for_function("window.firstOutput", timeout=120_000)
        editor = page.evaluate("performance.getEntriesByName('playground:editor-ready')[0].startTime")
        out[visit] = {"editor": editor, "first": page.evaluate("window.firstOutput")}
        page.locator("#run:enabled").wait_for()
    warm = []
    for _ in range(WARM_RUNS):
        warm.append(page.evaluate(WARM_RUN))
        page.locator("#run:enabled").wait_for()
    out["warm"] = statistics.median(warm)
    context.close()
    return out


def asset_sizes() -> dict[str, tuple[int, int]]:
    """(raw, gzip -6: what a web server sends) bytes of each file of PAGE_ASSETS."""
    sizes = {}
    for name in PAGE_ASSETS:
        data = (DIST / name).read_bytes()
        sizes[name] = (len(data), len(gzip.compress(data, 6, mtime=0)))
    return sizes


def serve():
    spec = importlib.util.spec_from_file_location("interp_web_serve", ROOT / "web" / "serve.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    server = module.make_server(DIST, "127.0.0.1", 0, quiet=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    if not (DIST / "interp.js").is_file():
        print("web/dist is not built: run `make build` first", file=sys.stderr)
        return 1
    server, url = serve()
    cold, warm = [], []
    bare, playground = [], []
    downloaded: list[int] = []
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            for i in range(args.runs):
                context = browser.new_context()
                page = context.new_page()
                sizes: list[int] = []

                def on_finished(request, sizes=sizes):
                    response = request.response()
                    if response is not None and response.status == 200:
                        sizes.append(request.sizes()["responseBodySize"])

                page.on("requestfinished", on_finished)
                context.route(
                    url + BLANK_PAGE, lambda route: route.fulfill(body="", content_type="text/html")
                )
                page.goto(url + BLANK_PAGE)
                first_visit = page.evaluate(MEASURE)
                downloaded.append(sum(sizes))
                page.reload()
                repeat_visit = page.evaluate(MEASURE)
                context.close()
                cold.append(first_visit)
                warm.append(repeat_visit)
                # Alternate which goes first, so that a change of load favours neither.
                if i % 2:
                    playground.append(measure_playground(browser, url))
                    bare.append(measure_bare_pyodide(browser, url))
                else:
                    bare.append(measure_bare_pyodide(browser, url))
                    playground.append(measure_playground(browser, url))
                for label, m in (("first visit", first_visit), ("repeat visit", repeat_visit)):
                    print(
                        f"run {i + 1} {label:12}: ready {m['ready']:.0f} ms, first print {m['first']:.0f} ms "
                        f"(Pyodide {m['worker']['runtimeMs']:.0f} ms, wheels + interp "
                        f"{m['worker']['interpreterMs']:.0f} ms), second run {m['second']:.1f} ms"
                    )
                print(
                    f"run {i + 1} bare Pyodide: first print {bare[-1]['first']:.0f} ms (repeat visit "
                    f"{bare[-1]['repeat']:.0f} ms); playground: editor usable {playground[-1]['first']['editor']:.0f} ms, "
                    f"first output {playground[-1]['first']['first']:.0f} ms (repeat visit "
                    f"{playground[-1]['repeat']['first']:.0f} ms), warm run {playground[-1]['warm']:.1f} ms"
                )
            browser.close()
    finally:
        server.shutdown()

    def median(key: str, runs: list[dict]) -> float:
        return statistics.median(m[key] for m in runs)

    summary = {
        "runs": args.runs,
        "first_visit_ready_ms": median("ready", cold),
        "first_visit_first_print_ms": median("first", cold),
        "repeat_visit_ready_ms": median("ready", warm),
        "repeat_visit_first_print_ms": median("first", warm),
        "downloaded_bytes": statistics.median(downloaded),
        "bare_pyodide_first_print_ms": statistics.median(m["first"] for m in bare),
        "bare_pyodide_repeat_first_print_ms": statistics.median(m["repeat"] for m in bare),
        "playground_editor_usable_ms": statistics.median(m["first"]["editor"] for m in playground),
        "playground_first_output_ms": statistics.median(m["first"]["first"] for m in playground),
        "playground_repeat_first_output_ms": statistics.median(m["repeat"]["first"] for m in playground),
        "playground_warm_run_ms": statistics.median(m["warm"] for m in playground),
        "playground_assets": {
            name: {"raw": raw, "gzip": packed} for name, (raw, packed) in asset_sizes().items()
        },
    }
    print(
        f"median of {args.runs}: first visit: first print {summary['first_visit_first_print_ms']:.0f} ms "
        f"({summary['downloaded_bytes'] / 2**20:.2f} MiB downloaded, uncompressed server); repeat visit: "
        f"first print {summary['repeat_visit_first_print_ms']:.0f} ms"
    )
    print(f"\n{'navigation to first output, median':38} {'bare Pyodide':>13} {'playground':>11} {'ratio':>6}")
    for visit, bare_key, playground_key in (
        ("first visit", "bare_pyodide_first_print_ms", "playground_first_output_ms"),
        ("repeat visit", "bare_pyodide_repeat_first_print_ms", "playground_repeat_first_output_ms"),
    ):
        ms_bare, ms_playground = summary[bare_key], summary[playground_key]
        print(f"{visit:38} {ms_bare:10.0f} ms {ms_playground:8.0f} ms {ms_playground / ms_bare:5.2f}x")
    print(
        f"playground: editor usable {summary['playground_editor_usable_ms']:.0f} ms after navigation; "
        f"warm hello-world run, click to output: {summary['playground_warm_run_ms']:.1f} ms"
    )
    assets = summary["playground_assets"]
    print("JavaScript and CSS the playground adds on top of Pyodide (raw / gzip -6):")
    for name, size in assets.items():
        print(f"  {name:18} {size['raw']:>9,} / {size['gzip']:>8,} bytes")
    raw, packed = sum(s["raw"] for s in assets.values()), sum(s["gzip"] for s in assets.values())
    print(f"  {'total':18} {raw:>9,} / {packed:>8,} bytes")
    if args.json:
        figures = {
            "summary": summary,
            "first": cold,
            "repeat": warm,
            "bare_pyodide": bare,
            "playground": playground,
        }
        args.json.write_text(json.dumps(figures, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
