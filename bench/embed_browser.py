"""Size and speed of the embeddable widget (interp-embed.js) in headless Chromium.

Usage: ``python bench/embed_browser.py [--runs N] [--json PATH]`` (``make build`` first).

Serves ``web/dist`` with ``web/serve.py`` (plain static files, no compression) and, in each
run, opens fresh browser contexts (empty HTTP caches: first visits) to measure, in the page:

- bare Pyodide: ``loadPyodide()`` from the same server until a ``print`` comes out, the floor
  any Pyodide-based widget stands on;
- a cold page with one snippet: the time from the click on Run to the first output (the
  runtime boots meanwhile), and the bytes that page downloaded, split into Pyodide's files
  and what the widget adds on top of them (its scripts, the wheels, the byte-compiled
  modules), raw and gzip-compressed (``gzip -6``, what a static host serves);
- a page with twenty snippets: the time until the twenty editors are on the page, and, once
  the runtime is up (one boot), the time from clicking the twenty Run buttons until all
  twenty have shown their output.

The figures are printed (medians of the runs), never asserted.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import statistics
import sys
import threading
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import Browser, Route, sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "e2e"))
from chromium import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "web" / "dist"

BARE = """<!doctype html><meta charset="utf-8"><title>bare Pyodide</title>
<script type="module">
  const t0 = performance.now();
  const { loadPyodide } = await import("./pyodide/pyodide.mjs");
  let first = null;
  const pyodide = await loadPyodide({ indexURL: new URL("pyodide/", location.href).href,
                                      stdout: () => (first ??= performance.now() - t0) });
  pyodide.runPython("print('hello from Pyodide')");
  window.measured = { first };
</script>"""

ONE = """<!doctype html><meta charset="utf-8"><title>one snippet</title>
<script type="module" src="interp-embed.js"></script>
<pre id="only"><code class="language-python">print("hello from the sandbox")</code></pre>"""

TWENTY = """<!doctype html><meta charset="utf-8"><title>twenty snippets</title>
<script>window.t0 = performance.now();</script>
<script type="module" src="interp-embed.js"></script>""" + "".join(
    f'<pre><code class="language-python">print({i} * {i})</code></pre>' for i in range(20)
)

CLICK_TO_OUTPUT = """
async () => {
  const snippet = document.querySelector("interp-snippet");
  while (!snippet.shadowRoot?.querySelector(".ip-output")) await new Promise((r) => setTimeout(r, 5));
  const output = snippet.shadowRoot.querySelector(".ip-output-body");
  const seen = new Promise((resolve, reject) => {
    new MutationObserver(() => output.textContent.includes("hello") && resolve(performance.now()))
      .observe(output, { childList: true, subtree: true, characterData: true });
    // A run that ends without the expected output fails the measurement instead of hanging it.
    snippet.addEventListener("run-end", (event) => {
      if (!event.detail?.ok) reject(new Error(`the run failed: ${output.textContent}`));
    });
  });
  const t0 = performance.now();
  snippet.shadowRoot.querySelector("button.run").click();
  return (await seen) - t0;
}
"""

TWENTY_RUNS = """
async () => {
  const count = () => document.querySelectorAll("interp-snippet").length;
  while (count() < 20 || [...document.querySelectorAll("interp-snippet")].some((s) => !s.shadowRoot?.querySelector(".cm-content"))) {
    await new Promise((r) => setTimeout(r, 5));
  }
  const enhanced = performance.now() - window.t0;
  const t1 = performance.now();
  await interpEmbed.runtime();
  const boot = performance.now() - t1;
  const snippets = interpEmbed.snippets();
  const t2 = performance.now();
  const results = await Promise.all(snippets.map((s) => s.run()));
  const runs = performance.now() - t2;
  const failed = results.findIndex((r, i) => !(r?.ok && r.stdout === `${i * i}\\n`));
  if (failed >= 0) throw new Error(`snippet ${failed} failed: ${JSON.stringify(results[failed])}`);
  return { enhanced, boot, runs };
}
"""


def serve():
    spec = importlib.util.spec_from_file_location("interp_web_serve", ROOT / "web" / "serve.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    server = module.make_server(DIST, "127.0.0.1", 0, quiet=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def open_page(browser: Browser, url: str, html: str, fetched: list[str] | None = None):
    """A fresh context (empty cache) whose `url` answers `html`; `fetched` collects the paths
    of the site's files the page (and its worker) downloaded."""
    context = browser.new_context()

    def fulfil(route: Route) -> None:
        route.fulfill(status=200, content_type="text/html; charset=utf-8", body=html)

    context.route(url, fulfil)
    page = context.new_page()
    if fetched is not None:
        context.on("requestfinished", lambda request: fetched.append(urlsplit(request.url).path.lstrip("/")))
    page.goto(url)
    return context, page


def sizes(paths: list[str]) -> dict[str, int]:
    raw = gz = 0
    for path in paths:
        data = (DIST / path).read_bytes()
        raw += len(data)
        gz += len(gzip.compress(data, 6, mtime=0))
    return {"raw": raw, "gzip": gz, "files": len(paths)}


def kib(n: float) -> str:
    return f"{n / 1024:,.0f} KiB" if n < 2**20 else f"{n / 2**20:.2f} MiB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    if not (DIST / "interp-embed.js").is_file():
        print("web/dist is not built: run `make build` first", file=sys.stderr)
        return 1
    server, url = serve()
    runs: list[dict] = []
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            for i in range(args.runs):
                context, page = open_page(browser, f"{url}bench-bare.html", BARE)
                page.wait_for_function("window.measured", timeout=180_000)
                bare = page.evaluate("window.measured.first")
                context.close()

                fetched: list[str] = []
                context, page = open_page(browser, f"{url}bench-one.html", ONE, fetched)
                before_run = [p for p in fetched if (DIST / p).is_file()]
                click_to_output = page.evaluate(CLICK_TO_OUTPUT)
                downloaded = sorted({p for p in fetched if (DIST / p).is_file()})
                context.close()

                context, page = open_page(browser, f"{url}bench-twenty.html", TWENTY)
                twenty = page.evaluate(TWENTY_RUNS)
                context.close()

                run = {
                    "bare_pyodide_first_print_ms": bare,
                    "click_to_output_ms": click_to_output,
                    "twenty_enhanced_ms": twenty["enhanced"],
                    "twenty_boot_ms": twenty["boot"],
                    "twenty_runs_ms": twenty["runs"],
                    "before_run": sizes(sorted(set(before_run))),
                    "pyodide": sizes([p for p in downloaded if p.startswith("pyodide/")]),
                    "widget": sizes([p for p in downloaded if not p.startswith("pyodide/")]),
                    "widget_files": [p for p in downloaded if not p.startswith("pyodide/")],
                }
                runs.append(run)
                print(
                    f"run {i + 1}: bare Pyodide first print {bare:.0f} ms; widget: Run click to output "
                    f"{click_to_output:.0f} ms; twenty snippets: editors {twenty['enhanced']:.0f} ms after "
                    f"load, boot {twenty['boot']:.0f} ms, then twenty runs {twenty['runs']:.0f} ms"
                )
            browser.close()
    finally:
        server.shutdown()

    def median(key: str) -> float:
        return statistics.median(run[key] for run in runs)

    last = runs[-1]
    summary = {
        "runs": args.runs,
        "bare_pyodide_first_print_ms": median("bare_pyodide_first_print_ms"),
        "click_to_output_ms": median("click_to_output_ms"),
        "twenty_enhanced_ms": median("twenty_enhanced_ms"),
        "twenty_runs_ms": median("twenty_runs_ms"),
        "before_run_bytes": last["before_run"],
        "widget_bytes": last["widget"],
        "pyodide_bytes": last["pyodide"],
    }
    w, p, b = last["widget"], last["pyodide"], last["before_run"]
    print(f"\nmedian of {args.runs} (first visits, uncompressed local server):")
    print(f"  bytes on top of Pyodide:  {kib(w['raw'])} raw, {kib(w['gzip'])} gzip ({w['files']} files):")
    for path in last["widget_files"]:
        one = sizes([path])
        print(f"    {path:40} {kib(one['raw']):>10} raw {kib(one['gzip']):>10} gzip")
    print(f"  Pyodide itself:           {kib(p['raw'])} raw, {kib(p['gzip'])} gzip ({p['files']} files)")
    print(f"  before any Run:           {kib(b['raw'])} raw, {kib(b['gzip'])} gzip (the page and the widget)")
    print(
        f"  cold page, Run click to output: {summary['click_to_output_ms']:.0f} ms; "
        f"bare Pyodide to first print: {summary['bare_pyodide_first_print_ms']:.0f} ms"
    )
    print(
        f"  twenty snippets: editors on the page {summary['twenty_enhanced_ms']:.0f} ms after load; "
        f"after one boot, twenty runs (twenty sandboxes) {summary['twenty_runs_ms']:.0f} ms"
    )
    if args.json:
        args.json.write_text(json.dumps({"summary": summary, "runs": runs}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
